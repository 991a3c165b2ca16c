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
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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
  // The street map is not part of the install, but is stored in the background once the app
  // runs, without the person opening the map.
  const sw = await page.evaluate(async () => (await fetch('/sw.js')).text());
  const later = JSON.parse(sw.match(/const LATER = (\[.*\]);/)[1]);
  assert.ok(later.includes('/map/grenoble.tpmp') && later.includes('/i18n/ar.ftl'), later.join(' '));
  assert.ok(!later.includes('/i18n/fr.ftl'), 'French is in the module');
  assert.doesNotMatch(sw.match(/const FILES = (.*);/)[1], /grenoble\.tpmp/);
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('toutpres-')));
    return !!(await cache.match('/map/grenoble.tpmp')) && !!(await cache.match('/i18n/ka.ftl'));
  }, null, { timeout: 30000, polling: 500 });
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
  // The street map, offline: drawn from the stored layer.
  await page.goto(base + '/map/wifi');
  await drawn(page);
  await page.waitForSelector('.map-picture path.road', { timeout: 30000 });
  assert.ok((await page.$$('.map-marker')).length >= 3, 'the wifi places on the map');
  await checkAxe(page, 'web: map, offline');
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

/** Starts `platforms/web/serve.sh` on `root` (the app's host headers, CORS for /sync/). */
function serve(root, on) {
  const child = spawn('bash', ['platforms/web/serve.sh', root, String(on)], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('nginx did not start')), 20000);
    child.stdout.on('data', (d) => { if (String(d).includes('Tout près on')) { clearTimeout(timer); resolve(child); } });
    child.on('exit', (code) => reject(new Error(`nginx exited ${code}`)));
  });
}

test('sync in the browser: a signed delta from another host, asked first on unknown network, kept offline', async () => {
  const CLI = process.env.TOUTPRES_CLI_BIN;
  const SECRET = process.env.TOUTPRES_PUBLISHER_SECRET;
  assert.ok(CLI && SECRET, 'TOUTPRES_CLI_BIN and TOUTPRES_PUBLISHER_SECRET (tests/e2e/run.sh sets them)');
  const root = join(import.meta.dirname, '..', '..');
  const cli = (...args) => execFileSync(CLI, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  // Publisher side: the bundled edition, then the next one with one more wifi place, signed
  // with the key this build of the app trusts, with a delta between them. Served by nginx on
  // another origin.
  const work = mkdtempSync(join(tmpdir(), 'toutpres-e2e-web-sync-'));
  chmodSync(work, 0o755); // nginx's workers read it as another user
  const site = join(work, 'sync');
  mkdirSync(site);
  writeFileSync(join(work, 'index.html'), '<!doctype html><title>sync host</title>');
  cli('publish', '--snapshot', join(root, 'assets/toutpres-isere.sqlite'), '--dir', site, '--key', SECRET, '--valid-days', '36500');
  const extra = join(work, 'extra.csv');
  writeFileSync(extra, 'id,name,cats,lat,lon,opening_hours\ne2e-wifi-gare,Wifi de la gare,1,45.191400,5.714600,Mo-Su 05:00-23:00\n');
  const next = join(work, 'next.sqlite');
  cli('build', '--data', join(root, '../shared/data'), '--source', `bench=${extra}`, '--build-date', '2025-06-05',
    '--data-version', '20250605', '--out', next);
  cli('publish', '--snapshot', next, '--dir', site, '--key', SECRET, '--valid-days', '36500');
  const syncPort = port + 600;
  const host = await serve(work, syncPort);
  try {
    const page = await context.newPage();
    const fromHost = [];
    page.on('request', (r) => { if (r.url().includes(`:${syncPort}/`)) fromHost.push(new URL(r.url()).pathname); });
    await page.goto(base + '/data');
    await drawn(page);
    await page.evaluate((url) => localStorage.setItem('TOUTPRES_SYNC_URL', url), `http://127.0.0.1:${syncPort}/sync/manifest`);
    await page.reload();
    await drawn(page);
    assert.match(await page.textContent('.snapshot-date'), /version 20250604/);
    // The browser does not say it is on wifi: that counts as mobile data, so the app asks
    // before downloading, with the size (the check at start may already have asked).
    await page.waitForSelector('#sync-now, #sync-download');
    if (await page.$('#sync-now')) await page.tap('#sync-now');
    await page.waitForSelector('#sync-download', { timeout: 30000 }).catch(() => {});
    assert.equal(await page.getAttribute('.sync-outcome', 'data-outcome'), 'sync-needs-consent',
      await page.textContent('.sync-outcome'));
    assert.match(await page.textContent('.sync-outcome'), /\d+ Ko/);
    // A failure says what the page said (a trap in the rebuild shows as `unreachable`).
    const said = [];
    page.on('console', (m) => said.push(m.text()));
    page.on('pageerror', (e) => said.push(String(e)));
    await page.tap('#sync-download');
    await page.waitForSelector('.sync-outcome[data-outcome="sync-updated"]', { timeout: 30000 }).catch(async (e) => {
      const outcome = await page.textContent('.sync-outcome');
      throw new Error(`${e.message}\noutcome: ${outcome}\nrequests: ${fromHost.join(' ')}\npage: ${said.join('\n')}`);
    });
    assert.match(await page.textContent('.snapshot-date'), /version 20250605 · 651 lieux/);
    // The new snapshot was rebuilt in the browser from the delta: the full file never came.
    assert.ok(fromHost.some((p) => p.startsWith('/sync/deltas/')), fromHost.join(' '));
    assert.ok(!fromHost.some((p) => p.startsWith('/sync/snapshots/')), fromHost.join(' '));
    await checkAxe(page, 'web: data updated');
    await page.goto(base + '/place/bench:e2e-wifi-gare');
    await drawn(page);
    await page.waitForSelector('main h1');
    assert.match(await page.textContent('main h1'), /Wifi de la gare/);
    // Offline, after a reload: the new data came from the browser's storage.
    await context.setOffline(true);
    await page.goto(base + '/data');
    await drawn(page);
    assert.match(await page.textContent('.snapshot-date'), /version 20250605 · 651 lieux/);
    await context.setOffline(false);
    await page.evaluate(() => localStorage.removeItem('TOUTPRES_SYNC_URL'));
    await page.close();
  } finally {
    await context.setOffline(false);
    host.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
});
