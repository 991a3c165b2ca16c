// Browser test of "use my position": a phone that needs a few seconds to find where it is.
// The liveview server stands in for the device with TOUTPRES_POSITION (a position found four
// seconds after it is first asked for); the screen must say it is looking, stay usable, then
// show the nearest places.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { harness, checkAxe } from './harness.mjs';

// Grenoble station.
const STATION = { lat: 45.1913, lon: 5.7146 };
const h = harness({
  portBase: 10200,
  dataPrefix: 'toutpres-e2e-position-',
  env: () => ({ TOUTPRES_POSITION: `${STATION.lat},${STATION.lon} after 4s` }),
});
before(h.setup);
after(h.teardown);

test('use my position: says it is looking, then shows the nearest wifi', async () => {
  const page = await h.open('/');
  await page.click('.need-wifi');
  await page.waitForSelector('.prompt #say-where');
  await page.click('#say-where');
  await page.waitForSelector('#use-gps');
  await page.click('#use-gps');
  // While the phone looks: a status line, and the button says it is busy.
  await page.waitForSelector('.gps-searching[role="status"]');
  assert.match(await page.textContent('.gps-searching'), /Recherche de votre position/);
  assert.equal(await page.getAttribute('#use-gps', 'aria-busy'), 'true');
  await checkAxe(page, 'where: looking for the position');
  // A second tap while looking starts nothing new and loses nothing.
  await page.click('#use-gps');
  // Then the wifi results around the station, nearest first.
  await page.waitForSelector('.results .result', { timeout: 15000 });
  const distances = await page.$$eval('.results .result', (rows) => rows.map((r) => Number(r.dataset.distance)));
  assert.ok(distances.length >= 3, `several wifi places: ${distances}`);
  for (let i = 1; i < distances.length; i++) assert.ok(distances[i - 1] <= distances[i], `sorted: ${distances}`);
  // The position is remembered for the next need.
  await h.goto(page, '/');
  await page.click('.need-computers');
  await page.waitForSelector('.results .result');
  await page.close();
});
