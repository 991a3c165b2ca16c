// The web app's figures for BENCHMARKS.md (a measurement, not a test): bytes transferred on
// a first visit (compressed, as nginx serves them), and the offline cold start to the first
// results with the processor slowed 4× (a low-end phone), median of several starts.
//
// `bash platforms/web/bench.sh` builds and serves the app, then runs this.

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.env.TOUTPRES_WEB_URL;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS || 7);
const profile = mkdtempSync(join(tmpdir(), 'toutpres-bench-web-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync'],
  viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true,
  geolocation: { latitude: 45.1913, longitude: 5.7146 }, permissions: ['geolocation'],
});

// First visit: every byte on the wire, until the service worker has stored the build.
let page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
let bytes = 0;
cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
await page.goto(base + '/');
await page.waitForSelector('main #read-aloud');
await page.evaluate(async () => { await navigator.serviceWorker.ready; });
await page.waitForTimeout(2000);
// The service worker's own downloads happen outside the page: count them from its cache.
const stored = await page.evaluate(async () => {
  const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('toutpres-')));
  return (await cache.keys()).length;
});
// Say where once, so that a cold start goes straight to results.
await page.tap('.need-wifi');
await page.tap('#say-where');
await page.tap('#use-gps');
await page.waitForSelector('.results .result', { timeout: 30000 });
await page.waitForTimeout(1000);
await page.close();

// Offline cold starts on a slowed processor.
await context.setOffline(true);
const times = [];
for (let i = 0; i < RUNS; i++) {
  page = await context.newPage();
  const s = await context.newCDPSession(page);
  await s.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(base + '/need/wifi');
  await page.waitForSelector('.results .result', { timeout: 60000 });
  times.push(Date.now() - t0);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  first_visit_page_bytes: bytes,
  files_stored_for_offline: stored,
  cold_start_offline_cpu4x_ms: { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1), runs: times.length },
}, null, 2));
await context.close();
rmSync(profile, { recursive: true, force: true });
