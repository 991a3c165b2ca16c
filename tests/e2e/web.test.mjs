// Browser tests of the web app itself: the build phones run (platforms/web/build.sh), served by
// Debian's nginx with the host's headers (platforms/web/nginx.conf), in Chromium with a phone's
// viewport, touch, and the browser's own geolocation granted at Grenoble station.
//
// First visit online; then offline: reload, need → results from the browser's position → place
// → favourite; the favourite survives a reload while offline (IndexedDB). Chromium must report
// no installability error, and axe no violation on each screen visited.
//
// Run from the repository root: `bash tests/e2e/run.sh` (it builds the web app first).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { checkAxe, readAloudMatchesScript, NOW } from './harness.mjs';

const WEB_DIR = process.env.TOUTPRES_WEB_DIR;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const STATION = { latitude: 45.1913, longitude: 5.7146 };
const port = 11200 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
let server;
let context;
let profile;

before(async () => {
  assert.ok(WEB_DIR, 'TOUTPRES_WEB_DIR must name the built web app');
  server = spawn('bash', ['platforms/web/serve.sh', WEB_DIR, String(port)], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('nginx did not start')), 20000);
    server.stdout.on('data', (d) => { if (String(d).includes('Tout près on')) { clearTimeout(timer); resolve(); } });
    server.on('exit', (code) => reject(new Error(`nginx exited ${code}`)));
  });
  // A profile on disk: a throwaway one is "incognito" to Chromium's installability check.
  profile = mkdtempSync(join(tmpdir(), 'toutpres-e2e-web-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    geolocation: STATION,
    permissions: ['geolocation'],
  });
  // A fixed clock, as the desktop's TOUTPRES_NOW: opening hours give stable answers.
  await context.addInitScript((now) => localStorage.setItem('TOUTPRES_NOW', now), NOW);
});

after(async () => {
  if (context) await context.close();
  if (server) { server.kill('SIGTERM'); }
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Waits for the app to draw its screen (the read-aloud button is on every one). */
async function drawn(page) {
  await page.waitForSelector('main #read-aloud', { timeout: 30000 });
}

test('first visit: the app draws, stores itself for offline use and is installable', async () => {
  const page = await context.newPage();
  await page.goto(base + '/');
  await drawn(page);
  // The service worker has stored every file of the build and controls the page.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  }
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('toutpres-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const f of ['/index.html', '/toutpres-web.js', '/toutpres-web_bg.wasm', '/manifest.webmanifest']) {
    assert.ok(cached.includes(f), `${f} is stored for offline use: ${cached}`);
  }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'Chromium can install the app');
  const { url, errors } = await cdp.send('Page.getAppManifest');
  assert.ok(url.endsWith('/manifest.webmanifest'));
  assert.deepEqual(errors, []);
  await checkAxe(page, 'web: home');
  await page.close();
});

test('offline: reload, nearest wifi from the browser position, a favourite that survives', async () => {
  await context.setOffline(true);
  const page = await context.newPage();
  // A deep link, offline: the service worker answers with the app.
  await page.goto(base + '/need/wifi');
  await drawn(page);
  await page.waitForSelector('.prompt #say-where');
  await page.tap('#say-where');
  await page.waitForSelector('#use-gps');
  await page.tap('#use-gps');
  await page.waitForSelector('.results .result', { timeout: 30000 });
  const distances = await page.$$eval('.results .result', (rows) => rows.map((r) => Number(r.dataset.distance)));
  assert.ok(distances.length >= 3, `several wifi places: ${distances}`);
  assert.ok(distances[0] < 1500, `the nearest wifi is near the station: ${distances[0]} m`);
  for (let i = 1; i < distances.length; i++) assert.ok(distances[i - 1] <= distances[i], `sorted: ${distances}`);
  await checkAxe(page, 'web: results');
  await readAloudMatchesScript(page);

  await page.tap('.results .result >> nth=0');
  await page.waitForSelector('.action.save');
  const name = (await page.textContent('main h1')).trim();
  await page.tap('.action.save');
  await page.waitForSelector('.action.save[aria-pressed="true"]');
  await checkAxe(page, 'web: place');
  // Written back to the browser's storage within a moment; then a reload, still offline.
  await page.waitForTimeout(1500);
  await page.reload();
  await drawn(page);
  await page.goto(base + '/saved');
  await drawn(page);
  await page.waitForSelector('.favourites .result');
  assert.ok((await page.textContent('.favourites')).includes(name), `${name} is still saved`);
  await checkAxe(page, 'web: favourites');
  await page.close();
  await context.setOffline(false);
});

test('a position the person refuses is told apart from one not found', async () => {
  await context.clearPermissions();
  const page = await context.newPage();
  await page.goto(base + '/where');
  await drawn(page);
  await page.tap('#use-gps');
  await page.waitForSelector('.gps-problem', { timeout: 30000 });
  assert.equal(await page.getAttribute('.gps-problem', 'data-problem'), 'Denied');
  await page.close();
  await context.grantPermissions(['geolocation']);
});
