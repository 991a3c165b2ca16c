// Browser test of editions: a host serving the bundled Isère edition and its région's
// (published by `toutpres-cli publish --edition`, with the signed list of editions), the data
// screen listing them at once until one is chosen, the person's région offered first, and a
// tap that downloads it whole and puts it in use.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness, checkAxe, readAloudMatchesScript, shot } from './harness.mjs';
import { serveFolder } from './serve-folder.mjs';

const CLI = process.env.TOUTPRES_CLI_BIN;
const ROOT = new URL('../..', import.meta.url).pathname;
const BUNDLED = join(ROOT, 'assets/toutpres-isere.sqlite');
const SHARED_DATA = join(ROOT, '../shared/data');

const work = mkdtempSync(join(tmpdir(), 'toutpres-e2e-editions-'));
const host = serveFolder(join(work, 'host'));
let publicKey = '';

const h = harness({
  portBase: 11300,
  dataPrefix: 'toutpres-e2e-editions-',
  env: () => ({
    TOUTPRES_SYNC_URL: `${host.url}/isere/manifest`,
    TOUTPRES_NETWORK: 'wifi',
    TOUTPRES_TEST_PUBLISHER_KEY: publicKey,
    TOUTPRES_POSITION: '45.1913,5.7146',
  }),
});

function cli(...args) {
  return execFileSync(CLI, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** The bundled edition as `isere`, and the région's: the same places and three in Lyon. */
function publish() {
  const key = join(work, 'publisher.key');
  publicKey = /tp-ed25519:\S+/.exec(cli('keygen', '--secret', key))[0];
  const dir = join(work, 'host');
  cli('publish', '--snapshot', BUNDLED, '--dir', dir, '--edition', 'isere', '--key', key, '--valid-days', '36500');
  const lyon = join(work, 'lyon.csv');
  writeFileSync(lyon, 'id,nom,latitude,longitude,code_postal,commune,services\n'
    + 'l1,Médiathèque du Bachut,45.7376,4.8704,69008,Lyon,Aide aux démarches administratives\n'
    + 'l2,Maison de la Métropole,45.7640,4.8357,69001,Lyon,Aide aux démarches administratives\n'
    + 'l3,Espace numérique Part-Dieu,45.7605,4.8596,69003,Lyon,Accès internet et matériel informatique\n');
  const region = join(work, 'region.sqlite');
  cli('build', '--data', SHARED_DATA, '--source', `schema=${lyon}`, '--build-date', '2025-06-04',
    '--data-version', '20250604', '--region', 'Auvergne-Rhône-Alpes', '--out', region);
  cli('publish', '--snapshot', region, '--dir', dir, '--edition', 'auvergne-rhone-alpes', '--key', key, '--valid-days', '36500');
}

before(async () => {
  assert.ok(CLI, 'TOUTPRES_CLI_BIN must name the toutpres-cli binary');
  publish();
  await host.listen();
  await h.setup();
});
after(async () => {
  await h.teardown();
  await host.close();
  rmSync(work, { recursive: true, force: true });
});

test('the data screen offers the person\'s région, and one tap puts it in use', async () => {
  // Say where one is first (the device's position, saved as the app does).
  const page = await h.open('/');
  await page.fill('#home-search', 'wifi');
  await page.press('#home-search', 'Enter');
  await page.waitForSelector('.prompt #say-where');
  await page.click('#say-where');
  await page.waitForSelector('#use-gps');
  await page.click('#use-gps');
  await page.waitForSelector('.results .result', { timeout: 15000 });

  // No edition chosen yet: the data screen shows the host's list at once.
  await h.goto(page, '/data');
  assert.match(await page.textContent('.data-region'), /Données de : Isère/);
  await page.waitForSelector('.regions button');
  const listed = await page.$$eval('.regions button', (bs) => bs.map((b) => ({
    id: b.id, text: b.textContent.trim(), disabled: b.disabled, primary: b.classList.contains('primary'),
  })));
  assert.equal(listed.length, 2, JSON.stringify(listed));
  // The région first, marked near the person, with its download size; Isère is the one in use.
  assert.equal(listed[0].id, 'region-auvergne-rhone-alpes');
  assert.ok(listed[0].primary && !listed[0].disabled);
  assert.match(listed[0].text, /Auvergne-Rhône-Alpes · \d+ Ko · Près de vous/);
  assert.equal(listed[1].id, 'region-isere');
  assert.ok(listed[1].disabled, 'the edition in use cannot be chosen again');
  assert.match(listed[1].text, /En service/);
  for (const b of await page.$$('.regions button')) {
    const box = await b.boundingBox();
    assert.ok(box.height >= 48, `a large target: ${JSON.stringify(box)}`);
  }
  await checkAxe(page, 'data: editions listed');
  await shot(page, 'data-editions-fr');

  host.requests.length = 0;
  await page.click('#region-auvergne-rhone-alpes');
  await page.waitForSelector('.sync-outcome[data-outcome="sync-updated"]', { timeout: 30000 });
  assert.match(await page.textContent('.data-region'), /Données de : Auvergne-Rhône-Alpes/);
  assert.match(await page.textContent('.snapshot-date'), /653 lieux/);
  // The whole région's file, from its own folder: no delta starts from another edition.
  assert.ok(host.requests.includes('/auvergne-rhone-alpes/manifest'), host.requests.join(' '));
  assert.ok(host.requests.some((u) => /^\/auvergne-rhone-alpes\/snapshots\/.*\.zst$/.test(u)), host.requests.join(' '));
  assert.ok(!host.requests.some((u) => u.includes('delta')), host.requests.join(' '));
  await readAloudMatchesScript(page);

  // Chosen: the list waits for the button, and shows the région in use.
  await h.goto(page, '/data');
  await page.waitForSelector('#regions-show');
  assert.equal(await page.$('.regions button'), null);
  await page.click('#regions-show');
  await page.waitForSelector('.regions button');
  assert.ok(await page.$eval('#region-auvergne-rhone-alpes', (b) => b.disabled));
  assert.match(await page.textContent('#region-auvergne-rhone-alpes'), /En service/);
  assert.ok(!(await page.$eval('#region-isere', (b) => b.disabled)));

  // Lyon is now known.
  await h.goto(page, '/search/Part-Dieu');
  await page.waitForSelector('.results .result', { timeout: 15000 });
  assert.match(await page.textContent('.results'), /Espace numérique Part-Dieu/);
  await page.close();
});
