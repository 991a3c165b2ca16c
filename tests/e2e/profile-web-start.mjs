// Where an offline cold start of the web app spends its time (a measurement for BENCHMARKS.md,
// not a test): one visit online to install the app and save a position, then slowed offline
// starts of `/need/wifi` (CPU 4×, as bench-web.mjs), each traced. Prints, per start, the
// renderer main thread's time by trace event (`wasm.CompileLazy`, `Layout`…) and the functions
// that took most time, inclusive. Function names show only in a module that kept its name
// section: run wasm-bindgen on target/wasm32-unknown-unknown/web/toutpres-web.wasm without
// wasm-opt, as in platforms/web/build.sh, and serve that folder.
//
//   bash platforms/web/serve.sh FOLDER 8080 &
//   TOUTPRES_WEB_URL=http://127.0.0.1:8080 RUNS=2 node tests/e2e/profile-web-start.mjs

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.env.TOUTPRES_WEB_URL;
const RUNS = Number(process.env.RUNS || 2);
const TOP = 30;
const profileDir = mkdtempSync(join(tmpdir(), 'toutpres-profile-web-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true,
  geolocation: { latitude: 45.1913, longitude: 5.7146 }, permissions: ['geolocation'],
});

// Install, and say where once, so that a start goes straight to results.
let page = await context.newPage();
await page.goto(base + '/');
await page.waitForSelector('main #read-aloud');
await page.evaluate(async () => { await navigator.serviceWorker.ready; });
await page.tap('.need-wifi');
await page.tap('#say-where');
await page.tap('#use-gps');
await page.waitForSelector('.results .result', { timeout: 30000 });
await page.close();

const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
const largest = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
const add = (map, key, v) => map.set(key, (map.get(key) || 0) + v);

await context.setOffline(true);
for (let run = 1; run <= RUNS; run++) {
  page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const started = Date.now();
  await page.goto(base + '/need/wifi');
  await page.waitForSelector('.results .result', { timeout: 60000 });
  const wall = Date.now() - started;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;

  // The renderer's main thread is the one that ran tasks longest.
  const tasks = new Map();
  for (const e of events) if (e.name === 'RunTask' && e.dur) add(tasks, `${e.pid}:${e.tid}`, e.dur);
  const [main, busy] = largest(tasks)[0];
  const byEvent = new Map();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` === main && e.dur && e.name !== 'RunTask') add(byEvent, e.name, e.dur);
  }
  // Inclusive time per function from the sampled stacks (a recursive function counts once).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, k) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at).callFrame.functionName || '(anonymous)';
      if (!seen.has(name)) { seen.add(name); add(inclusive, name, profile.timeDeltas[k] || 0); }
    }
  });
  console.log(`# start ${run}: first results after ${wall} ms; main thread busy ${ms(busy)}`);
  console.log('## main thread, by trace event');
  for (const [name, us] of largest(byEvent)) console.log(`${ms(us).padStart(8)}  ${name}`);
  console.log('## functions, inclusive');
  for (const [name, us] of largest(inclusive)) console.log(`${ms(us).padStart(8)}  ${name.slice(0, 140)}`);
  await page.close();
}
await context.close();
rmSync(profileDir, { recursive: true, force: true });
