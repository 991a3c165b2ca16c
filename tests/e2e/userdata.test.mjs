// The person's own database is damaged (random bytes where `user.sqlite` should be): the app
// still opens on the map, tells the person in their language with a pictogram, keeps the
// damaged file aside untouched and starts a fresh one that saves.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harness, checkAxe, shot, readAloudMatchesScript } from './harness.mjs';

const h = harness({ portBase: 10700, dataPrefix: 'toutpres-e2e-userdata-' });
// Not a database: SQLite answers "file is not a database".
const JUNK = Buffer.concat([Buffer.from('not sqlite at all '), randomBytes(16 * 1024)]);

before(async () => {
  await h.setup();
  // The damaged file is there before the app opens its data folder.
  await h.stopServer();
  writeFileSync(join(h.dataDir, 'user.sqlite'), JUNK);
  writeFileSync(join(h.dataDir, 'user.sqlite-wal'), Buffer.from('a log of the damaged file'));
  await h.startServer();
});
after(h.teardown);

test('a damaged personal database: the map works, the person is told, the file is kept aside', async () => {
  const page = await h.open('/');
  // Told first, in French, with a pictogram, as a status the screen reader announces.
  const notice = page.locator('#user-data-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.match(await notice.textContent(), /n'ont pas pu être lus.*mis de côté/);
  assert.equal(await page.locator('#user-data-notice svg').count(), 1);
  assert.doesNotMatch(await page.textContent('main'), /file is not a database|user data:/);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /^Vos lieux enregistrés et vos rappels n'ont pas pu être lus/);
  assert.equal(await page.locator('.need-tile').count(), 8);
  await checkAxe(page, 'home with the notice');
  await shot(page, 'userdata-damaged-fr');

  // The damaged file and its log are kept aside, byte for byte; a fresh file took their place.
  const names = readdirSync(h.dataDir);
  assert.ok(names.includes('user.sqlite.damaged-1'), `${names}`);
  assert.deepEqual(readFileSync(join(h.dataDir, 'user.sqlite.damaged-1')), JUNK);
  assert.equal(
    readFileSync(join(h.dataDir, 'user.sqlite.damaged-1-wal'), 'utf8'),
    'a log of the damaged file',
  );
  assert.equal(readFileSync(join(h.dataDir, 'user.sqlite')).subarray(0, 15).toString(), 'SQLite format 3');

  // Results for a need still show, from the map data, which was never touched.
  await page.click('.need-wifi');
  await page.waitForSelector('.prompt #say-where');
  await page.click('#say-where');
  await page.waitForSelector('.communes');
  await page.click('.communes .commune.big >> nth=0');
  await page.waitForSelector('.spots');
  await page.click('.spots button >> nth=0');
  await page.waitForSelector('.results .result');
  assert.ok(await page.locator('.results .result').count() >= 3);
  await checkAxe(page, 'results after recovery');
  await page.close();
});

test('the notice in Arabic, right to left, and the fresh database saves the choice', async () => {
  const page = await h.open('/settings');
  await page.click('.languages button[lang="ar"]');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await h.goto(page, '/');
  const notice = page.locator('#user-data-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /تعذّرت قراءة أماكنك المحفوظة وتذكيراتك/);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /^تعذّرت قراءة/);
  await checkAxe(page, 'home with the notice (ar)');
  await shot(page, 'userdata-damaged-ar');
  await page.close();

  // Another window (a new session) opens the fresh file: Arabic was saved, and the notice is
  // still there until the person closes it.
  const again = await h.open('/');
  // The app's own root says the language at the first drawing; the document's `lang` follows
  // from an effect just after it (on a busy machine, after the page counts as open).
  assert.equal(await again.getAttribute('div[dir]', 'lang'), 'ar');
  await again.waitForFunction(() => document.documentElement.lang === 'ar', null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await again.evaluate(() => document.documentElement.lang), 'ar');
  await again.locator('#user-data-notice').waitFor();
  await again.click('#user-data-notice-ok');
  await again.waitForSelector('#user-data-notice', { state: 'detached' });
  await checkAxe(again, 'home after the notice (ar)');
  // Back to French; the notice does not come back.
  await h.goto(again, '/settings');
  await again.click('.languages button[lang="fr"]');
  await again.waitForFunction(() => document.documentElement.dir === 'ltr');
  await again.close();
  const later = await h.open('/');
  assert.equal(await later.locator('#user-data-notice').count(), 0);
  assert.equal(readdirSync(h.dataDir).filter((n) => n.includes('.damaged-')).length, 2);
  await later.close();
});
