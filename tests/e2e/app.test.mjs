// Browser tests of the Tout près interface: the liveview build (the same Dioxus components as
// the phone and desktop apps) served on loopback, driven by Playwright in Debian's Chromium,
// checked by axe-core on every screen.
//
// Run from the repository root: `bash tests/e2e/run.sh` (builds the server, installs the npm
// packages, runs this file). The server binary is given by TOUTPRES_LIVEVIEW_BIN.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { harness, checkAxe, shot, readAloudMatchesScript } from './harness.mjs';

const h = harness({ portBase: 8400, dataPrefix: 'toutpres-e2e-' });
const BASE = h.base;
const open = h.open;
const startServer = h.startServer;
const stopServer = h.stopServer;
before(h.setup);
after(h.teardown);

test('home: eight need tiles, read aloud, no axe violations', async () => {
  const page = await open('/');
  assert.equal(await page.locator('.need-tile').count(), 8);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /Wifi gratuit/);
  await checkAxe(page, 'home');
  await shot(page, 'home-fr');
  await page.close();
});

test('wifi: no position yet, the no-typing location flow, results by distance, the place sheet', async () => {
  const page = await open('/');
  await page.click('.need-wifi');
  // No position: a picture-first prompt, never an empty screen.
  await page.waitForSelector('.prompt #say-where');
  await checkAxe(page, 'results without position');
  await page.click('#say-where');
  await page.waitForSelector('.communes');
  await checkAxe(page, 'where');
  await readAloudMatchesScript(page);
  await page.click('.communes .commune.big >> nth=0');
  await page.waitForSelector('.spots');
  await checkAxe(page, 'where: spots');
  await page.click('.spots button >> nth=0');
  // Back on the wifi results, nearest first.
  await page.waitForSelector('.results .result');
  const distances = await page.$$eval('.results .result', (rows) => rows.map((r) => Number(r.dataset.distance)));
  assert.ok(distances.length >= 3, `several wifi places: ${distances}`);
  for (let i = 1; i < distances.length; i++) assert.ok(distances[i - 1] <= distances[i], `sorted: ${distances}`);
  const status = await page.textContent('.results .result >> nth=0 >> .status');
  assert.match(status, /Ouvert|Ouvre|Fermé|Horaires inconnus/);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'results');
  await shot(page, 'results-fr');
  // Filters change the list and say so.
  await page.click('.filters .toggle >> nth=0');
  await page.waitForSelector('.filters .toggle[aria-pressed="true"]');
  await checkAxe(page, 'results filtered');
  await page.click('.filters .toggle >> nth=0');
  // The first place: hours, Call, Go.
  await page.click('.results .result >> nth=0');
  await page.waitForSelector('.actions');
  assert.ok(await page.isVisible('.action.go'));
  const go = await page.getAttribute('.action.go', 'href');
  assert.match(go, /^geo:-?\d+\.\d+,-?\d+\.\d+\?q=/);
  const hasHours = await page.locator('table.week, .status-unknown').count();
  assert.ok(hasHours > 0, 'hours (or "hours unknown") are shown');
  await readAloudMatchesScript(page);
  await checkAxe(page, 'place');
  await shot(page, 'place-fr');
  await page.close();
});

test('a place with a phone has a Call button with a tel: link', async () => {
  const page = await open('/place/france-services:234');
  await page.waitForSelector('.action.call');
  assert.match(await page.getAttribute('.action.call', 'href'), /^tel:0476330656$/);
  assert.ok(await page.isVisible('table.week tr.today'));
  await checkAxe(page, 'place with phone');
  await page.close();
});

test('share: the code on screen scans as a contact card with the place name and phone', async () => {
  const page = await open('/place/france-services:234');
  const name = (await page.textContent('main h1')).trim();
  await page.click('.action.share');
  await page.waitForSelector('#share-card .qr svg');
  assert.equal(await page.getAttribute('.action.share', 'aria-expanded'), 'true');
  await checkAxe(page, 'place: share code');
  await shot(page, 'place-share-fr');
  // Read the pixels Chromium drew, as another phone's camera would.
  const png = PNG.sync.read(await page.locator('#share-card .qr svg').screenshot());
  const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(scanned, 'the code on screen decodes');
  const card = scanned.data;
  assert.match(card, /^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
  const escaped = name.replace(/[\\,;]/g, (c) => '\\' + c);
  assert.ok(card.includes(`\r\nFN:${escaped}\r\n`), `the name: ${card}`);
  assert.match(card, /\r\nTEL;TYPE=WORK,VOICE:04 76 33 06 56\r\n/);
  assert.match(card, /\r\nGEO:4\d\.\d{6};\d\.\d{6}\r\n/);
  // For a basic phone: the phone's SMS app, with the place written out.
  const sms = await page.getAttribute('.share-card .action.sms', 'href');
  assert.match(sms, /^sms:\?&body=/);
  const body = decodeURIComponent(sms.slice('sms:?&body='.length));
  assert.ok(body.startsWith(name + '\n'), `the name first: ${body}`);
  assert.match(body, /\nTél\. : 04 76 33 06 56\n/);
  assert.match(body, /\nHoraires :\n(lun|mar|mer|jeu|ven|sam|dim) /);
  // On paper: the print dialog opens, and the printed page keeps the words and the code only.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.click('.share-card .action.print');
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.isVisible('nav.topbar')), 'no navigation on paper');
  assert.ok(!(await page.isVisible('.actions')), 'no buttons on paper');
  assert.ok(await page.isVisible('#share-card .qr svg'), 'the code is on paper');
  assert.match(await page.textContent('main .phone'), /Tél\. : 04 76 33 06 56/);
  await page.emulateMedia({ media: 'screen' });
  // Tapping again hides it.
  await page.click('.action.share');
  await page.waitForSelector('#share-card', { state: 'detached' });
  await page.close();
});

test('switching to Arabic flips the layout', async () => {
  const page = await open('/settings');
  await checkAxe(page, 'settings');
  await page.click('.languages button[lang="ar"]');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await page.getAttribute('.app', 'dir'), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await readAloudMatchesScript(page);
  await checkAxe(page, 'settings (ar)');
  await page.goto(BASE + '/');
  await page.waitForSelector('.need-tile');
  // Mirrored: the first tile sits on the right.
  const first = await page.locator('.need-tile >> nth=0').boundingBox();
  const second = await page.locator('.need-tile >> nth=1').boundingBox();
  assert.ok(first.x > second.x, `first tile on the right in RTL (${first.x} vs ${second.x})`);
  await checkAxe(page, 'home (ar)');
  await shot(page, 'home-ar');
  await page.goto(BASE + '/need/wifi');
  await page.waitForSelector('.results .result');
  await checkAxe(page, 'results (ar)');
  await shot(page, 'results-ar');
  // Back to French for the other tests.
  await page.goto(BASE + '/settings');
  await page.click('.languages button[lang="fr"]');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  await page.close();
});

test('larger text and high contrast pass axe too', async () => {
  const page = await open('/settings');
  await page.click('.filters .toggle >> nth=0');
  await page.click('.filters .toggle >> nth=1');
  await page.waitForSelector('.app.larger.contrast');
  await checkAxe(page, 'settings (larger, contrast)');
  await page.goto(BASE + '/need/wifi');
  await page.waitForSelector('.app.larger.contrast .results');
  await checkAxe(page, 'results (larger, contrast)');
  await page.goto(BASE + '/settings');
  await page.click('.filters .toggle >> nth=0');
  await page.click('.filters .toggle >> nth=1');
  await page.waitForFunction(() => !document.querySelector('.app.larger'));
  await page.close();
});

test('about the data shows sources and licences', async () => {
  const page = await open('/about');
  const text = await page.textContent('main');
  assert.match(text, /ODbL/);
  assert.match(text, /Licence Ouverte/);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'about');
  await page.close();
});

test('favourites survive a restart', async () => {
  let page = await open('/place/france-services:234');
  await page.click('.action.save');
  await page.waitForSelector('.action.save[aria-pressed="true"]');
  await page.close();
  await stopServer();
  await startServer();
  page = await open('/saved');
  await page.waitForSelector('.favourites .result');
  assert.match(await page.textContent('.favourites'), /Pimms/);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'favourites');
  await page.close();
});
