// Browser tests of map updates: a folder published by `toutpres-cli publish` (the bundled
// snapshot, then a newer edition with one more wifi place) served over HTTP on loopback, and
// the app's data screen in Chromium. The app believes it is on mobile data, so it must ask
// before downloading and say the size; other open tabs take the new data at once; then a wifi
// login page and a dead server must leave the data in use and say what to do.
//
// Run from the repository root: `bash tests/e2e/run.sh`. TOUTPRES_CLI_BIN names the command
// line tool (publisher side); the app trusts the throwaway key only because it is a debug build.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { harness, checkAxe, shot, readAloudMatchesScript } from './harness.mjs';

const CLI = process.env.TOUTPRES_CLI_BIN;
const ROOT = new URL('../..', import.meta.url).pathname;
const BUNDLED = join(ROOT, 'assets/toutpres-isere.sqlite');
const SHARED_DATA = join(ROOT, '../shared/data');
// The new place of the second edition: public wifi at Grenoble station.
const NEW_PLACE = 'bench:e2e-wifi-gare';

const work = mkdtempSync(join(tmpdir(), 'toutpres-e2e-site-'));
const site = join(work, 'site');
let publicKey = '';
let requests = [];

/** A static file server (with Range, as CDNs have), plus a wifi login page under /portal/. */
const files = createServer((req, res) => {
  requests.push(req.url);
  if (req.url.startsWith('/portal/')) {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html><body><form>Accept the terms to use the wifi</form></body></html>');
    return;
  }
  const path = normalize(join(site, decodeURIComponent(req.url.replace(/^\/site\//, '/'))));
  if (!path.startsWith(site)) { res.writeHead(403).end(); return; }
  let body;
  try { body = readFileSync(path); } catch { res.writeHead(404).end('not found'); return; }
  const range = /^bytes=(\d+)-$/.exec(req.headers.range || '');
  if (range) {
    const from = Number(range[1]);
    res.writeHead(206, { 'content-range': `bytes ${from}-${body.length - 1}/${body.length}`, 'content-length': body.length - from });
    res.end(body.subarray(from));
    return;
  }
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
  res.end(body);
});
let filesPort = 0;

const h = harness({
  portBase: 9600,
  dataPrefix: 'toutpres-e2e-sync-',
  env: () => ({
    TOUTPRES_SYNC_URL: `http://127.0.0.1:${filesPort}/site/manifest`,
    TOUTPRES_NETWORK: 'mobile',
    TOUTPRES_TEST_PUBLISHER_KEY: publicKey,
  }),
});
const open = h.open;

function cli(...args) {
  return execFileSync(CLI, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Publisher side: a key, the bundled edition, then the next one with one more place. */
function publish() {
  const key = join(work, 'publisher.key');
  publicKey = /tp-ed25519:\S+/.exec(cli('keygen', '--secret', key))[0];
  cli('publish', '--snapshot', BUNDLED, '--dir', site, '--key', key, '--valid-days', '36500');
  const extra = join(work, 'extra.csv');
  writeFileSync(extra, 'id,name,cats,lat,lon,opening_hours\ne2e-wifi-gare,Wifi de la gare,1,45.191400,5.714600,Mo-Su 05:00-23:00\n');
  const next = join(work, 'next.sqlite');
  cli('build', '--data', SHARED_DATA, '--source', `bench=${extra}`, '--build-date', '2025-06-05',
    '--data-version', '20250605', '--out', next);
  cli('publish', '--snapshot', next, '--dir', site, '--key', key, '--valid-days', '36500');
}

before(async () => {
  assert.ok(CLI, 'TOUTPRES_CLI_BIN must name the toutpres-cli binary');
  publish();
  await new Promise((r) => files.listen(0, '127.0.0.1', r));
  filesPort = files.address().port;
  await h.setup();
});
after(async () => {
  await h.teardown();
  files.close();
  rmSync(work, { recursive: true, force: true });
});

/** The data screen's outcome, once it is this one. */
async function outcome(page, id) {
  await page.waitForSelector(`.sync-outcome[data-outcome="${id}"]`, { timeout: 30000 });
  return (await page.textContent('.sync-outcome')).trim();
}

test('on mobile data the app asks first, says the size, then updates through the delta', async () => {
  const page = await open('/data');
  // The start-up sync found the update but did not download it on mobile data.
  const asked = await outcome(page, 'sync-needs-consent');
  assert.match(asked, /données mobiles/);
  assert.match(asked, /\d+ Ko/, `the size is said: ${asked}`);
  assert.match(await page.textContent('.snapshot-date'), /04\/06\/2025 · version 20250604 · 650 lieux/);
  assert.ok(!requests.some((u) => u.includes('.zst') || u.includes('delta')), `nothing downloaded yet: ${requests}`);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'data: consent');
  await shot(page, 'data-consent-fr');
  // Before the update, the new place is unknown. These two other sessions (browser tabs)
  // stay open: they must take the new data and result without a reload.
  const placeTab = await h.browser.newPage();
  await h.goto(placeTab, '/place/' + NEW_PLACE);
  await placeTab.waitForSelector('main .empty');
  const dataTab = await open('/data');
  await outcome(dataTab, 'sync-needs-consent');

  requests = [];
  await page.click('#sync-download');
  assert.match(await outcome(page, 'sync-updated'), /La carte est mise à jour/);
  assert.match(await page.textContent('.snapshot-date'), /05\/06\/2025 · version 20250605 · 651 lieux/);
  const fetched = requests.filter((u) => !u.endsWith('/manifest'));
  assert.equal(fetched.length, 1, `one file: ${requests}`);
  assert.match(fetched[0], /delta/i, `the delta, not the full file: ${fetched}`);
  await checkAxe(page, 'data: updated');
  await shot(page, 'data-updated-fr');
  await placeTab.waitForFunction(() => /Wifi de la gare/.test(document.querySelector('main h1')?.textContent || ''));
  assert.match(await outcome(dataTab, 'sync-updated'), /La carte est mise à jour/);
  assert.match(await dataTab.textContent('.snapshot-date'), /version 20250605 · 651 lieux/);
  await placeTab.close();
  await dataTab.close();

  // Every screen now answers from the new data, and it is still there after a restart.
  await h.goto(page, '/place/' + NEW_PLACE);
  await page.waitForSelector('main h1');
  assert.match(await page.textContent('main h1'), /Wifi de la gare/);
  await page.close();
  await h.stopServer();
  await h.startServer();
  const again = await open('/data');
  assert.match(await again.textContent('.snapshot-date'), /version 20250605/);
  // The last result was kept; the start-up check on mobile data found nothing newer.
  await again.waitForSelector('.sync-outcome[data-outcome]');
  await again.close();
});

test('a wifi login page and a dead server keep the data and say what to do (Arabic)', async () => {
  const page = await open('/settings');
  await page.click('.languages button[lang="ar"]');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await h.goto(page, '/data');
  await page.waitForSelector('#sync-url-change');
  // The server the app talks to is shown, and a helper can change it.
  assert.equal((await page.textContent('.sync-host')).trim(), `127.0.0.1:${filesPort}`);
  await page.click('#sync-url-change');
  await page.fill('#sync-url', 'http://example.org/manifest');
  await page.click('#sync-url-save');
  await page.waitForSelector('.server-edit [role="alert"]');
  await checkAxe(page, 'data: invalid address (ar)');
  await page.fill('#sync-url', `http://127.0.0.1:${filesPort}/portal/manifest`);
  await page.click('#sync-url-save');
  await page.waitForSelector('#sync-url-change');

  await page.click('#sync-now');
  const portal = await outcome(page, 'sync-wifi-login-page');
  assert.match(portal, /[\u0600-\u06FF]{3}/, `in Arabic: ${portal}`);
  assert.doesNotMatch(portal, /sync-/, `a real message: ${portal}`);
  assert.match(await page.textContent('.snapshot-date'), /20250605/);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'data: wifi login page (ar)');
  await shot(page, 'data-portal-ar');

  // Nobody answers at all.
  await page.click('#sync-url-change');
  await page.fill('#sync-url', 'http://127.0.0.1:9/manifest');
  await page.click('#sync-url-save');
  await page.click('#sync-now');
  await outcome(page, 'sync-no-connection');
  assert.match(await page.textContent('.snapshot-date'), /20250605/);

  // The data in use still answers.
  await h.goto(page, '/place/' + NEW_PLACE);
  await page.waitForSelector('main h1');
  assert.match(await page.textContent('main h1'), /Wifi de la gare/);

  // Back to the default server and French for whoever comes next.
  await h.goto(page, '/data');
  await page.click('#sync-url-change');
  await page.click('#sync-url-default');
  await page.waitForSelector('#sync-url-change');
  assert.equal((await page.textContent('.sync-host')).trim(), `127.0.0.1:${filesPort}`);
  await h.goto(page, '/settings');
  await page.click('.languages button[lang="fr"]');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  await page.close();
});
