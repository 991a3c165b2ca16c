// Browser test of search from the home screen: type an agency's name, press the keyboard's
// Enter (the "search" key of a phone keyboard), say where one is, see who helps with it.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { harness, checkAxe, readAloudMatchesScript, shot } from './harness.mjs';

// Grenoble station, as the device's position.
const h = harness({
  portBase: 10800,
  dataPrefix: 'toutpres-e2e-search-',
  env: () => ({ TOUTPRES_POSITION: '45.1913,5.7146' }),
});
before(h.setup);
after(h.teardown);

test('search: type caf, press enter, say where, see who helps with the CAF', async () => {
  const page = await h.open('/');
  assert.equal(await page.getAttribute('#home-search', 'enterkeyhint'), 'search');
  const key = await page.locator('#search-go').boundingBox();
  assert.ok(key.width >= 48 && key.height >= 48, `a large search key: ${JSON.stringify(key)}`);
  await checkAxe(page, 'home with the search field');
  await page.fill('#home-search', 'caf');
  await page.press('#home-search', 'Enter');
  // No position yet: asked for, without typing, as for a need.
  await page.waitForSelector('.prompt #say-where');
  await checkAxe(page, 'search without position');
  await page.click('#say-where');
  await page.waitForSelector('#use-gps');
  await page.click('#use-gps');
  // Back on the answers, nearest first, the first one helping with the CAF.
  await page.waitForSelector('.results .result', { timeout: 15000 });
  const first = await page.textContent('.results .result >> nth=0');
  assert.match(first, /Aide pour : .*CAF/);
  assert.doesNotMatch(first, /Repair/);
  const helping = await page.$$eval('.results .result', (rows) => rows
    .filter((r) => r.querySelector('.helps'))
    .map((r) => Number(r.dataset.distance)));
  assert.ok(helping.length >= 3, `several places help with the CAF: ${helping}`);
  for (let i = 1; i < helping.length; i++) assert.ok(helping[i - 1] <= helping[i], `sorted: ${helping}`);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /lieux trouvés/);
  await checkAxe(page, 'search results');
  await shot(page, 'search-fr');
  // Its sheet says what it helps with.
  await page.click('.results .result >> nth=0');
  await page.waitForSelector('.offers .helps');
  assert.match(await page.textContent('.offers .helps'), /CAF/);
  await checkAxe(page, 'place with procedures');
  await page.close();
});

test('search: nothing found says so and offers the need pictures', async () => {
  const page = await h.open('/');
  await page.fill('#home-search', 'zzqxw');
  await page.click('#search-go');
  await page.waitForSelector('.search-none');
  assert.match(await page.textContent('.search-none'), /Rien trouvé/);
  assert.equal(await page.locator('.need-tile').count(), 8);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'search: nothing found');
  // A slash or a percent sign in what is typed does not break the screen's address.
  await h.goto(page, '/');
  await page.fill('#home-search', 'aide 100% / caf');
  await page.press('#home-search', 'Enter');
  await page.waitForSelector('.results .result .helps');
  assert.match(await page.textContent('.results .result >> nth=0'), /CAF/);
  await page.close();
});
