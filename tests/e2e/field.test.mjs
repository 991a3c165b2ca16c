// The whole loop of a field contribution, end to end on loopback: a volunteer near Grenoble
// station finds no place to charge a phone, taps "I know one" and adds it with no network; the
// contribution waits on the phone through a restart; with a connection it goes to the inbox
// the signed manifest names; a coordinator accepts it on the review page; the publisher
// exports, builds and publishes; the phone updates and the new place is on its "Charge"
// screen, with its source. Also: "Something wrong?" on a place's sheet, and deleting a waiting
// contribution.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { harness, checkAxe, readAloudMatchesScript, shot } from './harness.mjs';
import { serveFolder } from './serve-folder.mjs';

const CLI = process.env.TOUTPRES_CLI_BIN;
// The inbox's own binary, built beside the command line (tests/e2e/run.sh).
const INBOX = CLI && join(dirname(CLI), 'toutpres-inbox');
const ROOT = new URL('../..', import.meta.url).pathname;
const BUNDLED = join(ROOT, 'assets/toutpres-isere.sqlite');
const SHARED_DATA = join(ROOT, '../shared/data');
const PASSWORD = 'relire les contributions du terrain';
const NAME = "Accueil de jour Point d'eau";
const CHARGE = 'Recharger';

const work = mkdtempSync(join(tmpdir(), 'toutpres-e2e-field-'));
const siteDir = join(work, 'site');
const site = serveFolder(siteDir);
const key = join(work, 'publisher.key');
let publicKey = '';
let inbox = null;
let inboxUrl = '';
let network = 'none';
let teamCode = '';
const TEAM = 'Maraude Nord';

const h = harness({
  portBase: 13600,
  dataPrefix: 'toutpres-e2e-field-',
  env: () => ({
    TOUTPRES_POSITION: '45.1913,5.7146',
    TOUTPRES_SYNC_URL: `${site.url}/manifest`,
    TOUTPRES_TEST_PUBLISHER_KEY: publicKey,
    TOUTPRES_NETWORK: network,
  }),
});

function cli(...args) {
  return execFileSync(CLI, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'] });
}

before(async () => {
  assert.ok(CLI, 'TOUTPRES_CLI_BIN must name the toutpres-cli binary');
  const line = execFileSync(INBOX, ['hash-password', '--name', 'camille'], { input: `${PASSWORD}\n`, encoding: 'utf8' });
  writeFileSync(join(work, 'reviewers.txt'), line);
  // A coordinator makes a code for the outreach team; the inbox keeps only its hash.
  const made = spawnSync(INBOX, ['team-code', '--name', TEAM], { encoding: 'utf8' });
  teamCode = /X-Team-Code\): ([0-9a-f]+)/.exec(made.stderr)[1];
  writeFileSync(join(work, 'teams.txt'), made.stdout);
  inbox = spawn(INBOX, ['serve', '--create', '--db', join(work, 'inbox.sqlite'), '--listen', '127.0.0.1:0',
    '--reviewers', join(work, 'reviewers.txt'), '--team-codes', join(work, 'teams.txt'), '--snapshot', BUNDLED],
  { stdio: ['ignore', 'pipe', 'inherit'] });
  inboxUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('inbox did not start')), 20000);
    inbox.stdout.on('data', (d) => {
      const m = /http:\/\/\S+/.exec(String(d));
      if (m) { clearTimeout(timer); resolve(m[0].replace(/\/$/, '')); }
    });
    inbox.on('exit', (code) => reject(new Error(`inbox exited ${code}`)));
  });
  await site.listen();
  publicKey = /tp-ed25519:\S+/.exec(cli('keygen', '--secret', key))[0];
  // The publisher names its inbox in the signed manifest: the app sends nowhere else.
  cli('publish', '--snapshot', BUNDLED, '--dir', siteDir, '--key', key, '--valid-days', '36500',
    '--contributions', `${inboxUrl}/contributions`);
  await h.setup();
});

after(async () => {
  await h.teardown();
  await site.close();
  if (inbox) {
    const done = new Promise((r) => inbox.once('exit', r));
    inbox.kill('SIGTERM');
    await done;
  }
  rmSync(work, { recursive: true, force: true });
});

/** The states of the phone's contributions list, in its order (newest first). */
async function states(page) {
  await h.goto(page, '/contributions');
  await page.waitForSelector('main #read-aloud');
  return page.$$eval('.contribution', (cs) => cs.map((c) => c.dataset.state));
}

test('a charging place reported offline reaches every phone after review', async () => {
  // No network: the Charge screen knows no place, and offers to add one.
  let page = await h.open('/need/charging');
  await page.click('#say-where');
  await page.waitForSelector('#use-gps');
  await page.click('#use-gps');
  await page.waitForSelector('.i-know-one', { timeout: 15000 });
  assert.match(await page.textContent('.prompt'), /Aucun lieu connu ici pour l'instant/);
  await checkAxe(page, 'charge: none known, I know one');
  await page.click('.i-know-one');
  await page.waitForSelector('#add-name');
  // The need asked for is already chosen.
  const pressed = await page.$$eval('.choices .toggle[aria-pressed="true"]', (ts) => ts.map((t) => t.textContent.trim()));
  assert.deepEqual(pressed, [CHARGE]);
  await page.click('.yes-no .toggle:has-text("Des prises")');
  // Only during opening hours: yes (the first "Oui" is that question's).
  await page.click('fieldset:has(legend:has-text("heures d\'ouverture")) .toggle:has-text("Oui")');
  await page.fill('#add-name', NAME);
  // Open Monday and Wednesday mornings, as the week picker says it.
  await page.click('.week-picker .toggle:has-text("lun")');
  await page.click('.week-picker .toggle:has-text("mer")');
  await page.selectOption('#opens', '9');
  await page.selectOption('#closes', '12');
  await page.fill('#contribution-note', 'Prises dans la salle d\'accueil <b>le matin</b>.');
  await readAloudMatchesScript(page);
  await checkAxe(page, 'add a place');
  await shot(page, 'add-place-fr');
  await page.click('#add-send');
  await page.waitForSelector('.kept');
  assert.match(await page.textContent('.kept'), /gardé sur le téléphone/);
  assert.deepEqual(await states(page), ['waiting']);
  // The team's code, pasted as the coordinator's QR code reads.
  await page.fill('#team-code', `toutpres-team:${teamCode}`);
  await page.click('#team-code-save');
  await page.waitForSelector('.team-code [role=status]');
  assert.equal(await page.inputValue('#team-code'), teamCode);
  await checkAxe(page, 'my reports: waiting');
  await page.close();

  // The app restarts, now with a connection: the contribution was kept, and goes by itself.
  await h.stopServer();
  network = 'wifi';
  await h.startServer();
  page = await h.open('/contributions');
  await page.waitForSelector('.contribution', { timeout: 15000 });
  for (let i = 0; i < 30 && !(await page.$('.contribution[data-state="sent"]')); i++) {
    // The list is read when drawn: come back to it until the sending is done.
    await page.waitForTimeout(500);
    await h.goto(page, '/contributions');
  }
  assert.deepEqual(await page.$$eval('.contribution', (cs) => cs.map((c) => c.dataset.state)), ['sent']);
  await checkAxe(page, 'my reports: sent');
  await shot(page, 'contributions-fr');

  // A coordinator accepts it on the inbox's review page.
  // (Its strict content policy is bypassed only so that axe-core can be injected.)
  const reviewing = await h.browser.newContext({ bypassCSP: true });
  const review = await reviewing.newPage();
  await review.goto(`${inboxUrl}/review`);
  await review.getByLabel('Nom').fill('camille');
  await review.getByLabel('Mot de passe').fill(PASSWORD);
  await review.getByRole('button', { name: 'Se connecter' }).click();
  const added = review.locator('section', { has: review.getByRole('heading', { name: /Nouveau lieu/ }) });
  assert.ok((await added.textContent()).includes(NAME));
  assert.ok((await added.textContent()).includes(TEAM), 'marked as from the team');
  assert.match(await added.textContent(), /<b>le matin<\/b>/, 'the note is shown as text');
  await checkAxe(review, 'review: the contribution from the app');
  await added.getByRole('button', { name: 'Accepter', exact: true }).click();
  await review.waitForSelector('[role=status]');
  await reviewing.close();

  // The publisher: export, build with the field source, publish the next version.
  const exported = join(work, 'field.json');
  execFileSync(INBOX, ['export', '--db', join(work, 'inbox.sqlite'), '--out', exported]);
  const next = join(work, 'next.sqlite');
  cli('build', '--data', SHARED_DATA, '--source', `field=${exported}`, '--build-date', '2025-06-06',
    '--data-version', '20250606', '--out', next);
  cli('publish', '--snapshot', next, '--dir', siteDir, '--key', key, '--valid-days', '36500',
    '--contributions', `${inboxUrl}/contributions`);

  // The phone updates; the Charge screen now has the place, with its source.
  await h.goto(page, '/data');
  await page.click('#sync-now');
  await page.waitForSelector('.sync-outcome[data-outcome="sync-updated"]', { timeout: 30000 });
  await h.goto(page, '/need/charging');
  await page.waitForSelector('.results .result', { timeout: 15000 });
  assert.ok((await page.textContent('.results .result >> nth=0')).includes(NAME));
  await page.click('.results .result >> nth=0');
  await page.waitForSelector('.provenance');
  assert.match(await page.textContent('.provenance'), /Contributions de terrain Tout près/);
  assert.match(await page.textContent('.provenance'), /ODbL/);
  // Its hours, as picked: Tuesday 10 March (the test's clock) closed, the week shown.
  assert.ok(await page.$('table.week'), 'the week picked is shown');
  assert.match(await page.textContent('table.week'), /09:00/);
  await checkAxe(page, 'the new place from the field');
  await page.close();
});

test('something wrong on a place: one tap, a note, kept; a waiting one can be deleted', async () => {
  // No network again (the app restarts without it): the report waits on the phone.
  await h.stopServer();
  network = 'none';
  await h.startServer();
  const page = await h.open('/place/france-services:234');
  await page.click('.report');
  await page.waitForSelector('.choices');
  await readAloudMatchesScript(page);
  await page.click('.choices .toggle:has-text("Le wifi ne marche pas")');
  await checkAxe(page, 'something wrong');
  await page.click('#report-send');
  await page.waitForSelector('.kept');
  await h.goto(page, '/contributions');
  await page.waitForSelector('.contribution');
  const before = await page.$$eval('.contribution', (cs) => cs.length);
  const waiting = page.locator('.contribution[data-state="waiting"]').first();
  assert.match(await waiting.textContent(), /Le wifi ne marche pas/);
  // "Send now" with no connection: it stays waiting, nothing is lost.
  await page.click('#contrib-send');
  await page.waitForTimeout(500);
  assert.match(await page.locator('.contribution[data-state="waiting"]').first().textContent(), /Le wifi ne marche pas/);
  await checkAxe(page, 'my reports: one waiting');
  await waiting.locator('.delete').click();
  await page.waitForFunction((n) => document.querySelectorAll('.contribution').length === n - 1, before);
  await page.close();
});
