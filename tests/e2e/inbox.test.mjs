// Browser test of the field contributions inbox's review page (`toutpres-inbox serve`),
// with JavaScript switched off, as it must work: the login form, the waiting contributions
// beside the places as published, a note with markup shown as text, accept, reject, and edit
// then accept, with axe-core on each state.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { checkAxe, shot } from './harness.mjs';

const CLI = process.env.TOUTPRES_CLI_BIN;
// The inbox's own binary, built beside the command line (tests/e2e/run.sh).
const INBOX = CLI && join(dirname(CLI), 'toutpres-inbox');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PASSWORD = 'un mot de passe de coordination';
const KNOWN = 'grenoble-wifi:AP_BIB_GRANDPLACE_ESPACE_MUSIQUE';

const work = mkdtempSync(join(tmpdir(), 'toutpres-e2e-inbox-'));
let server = null;
let base = '';
let browser = null;

function contribution(id, kind, note) {
  return { id, kind, note, created: '2026-03-10T10:00:00+01:00', app_version: '0.1.0' };
}

async function post(body) {
  const r = await fetch(`${base}/contributions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(r.status, 201, await r.text());
}

before(async () => {
  assert.ok(CLI, 'TOUTPRES_CLI_BIN must name the toutpres-cli binary');
  const line = execFileSync(INBOX, ['hash-password', '--name', 'camille'], {
    input: `${PASSWORD}\n`, encoding: 'utf8',
  });
  writeFileSync(join(work, 'reviewers.txt'), line);
  server = spawn(INBOX, ['serve', '--create', '--db', join(work, 'inbox.sqlite'), '--listen', '127.0.0.1:0',
    '--reviewers', join(work, 'reviewers.txt')], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('inbox did not start')), 20000);
    server.stdout.on('data', (d) => {
      const m = /http:\/\/\S+/.exec(String(d));
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
    server.on('exit', (code) => reject(new Error(`inbox exited ${code}`)));
  });
  await post(contribution('newplace-e2e-0001', {
    type: 'new_place', name: 'Accueil de jour Point d\'eau', lat: 45.1875, lon: 5.7357,
    needs: ['charging', 'wifi'], charging: { free: true, how: 'sockets', inside_hours_only: true },
    hours_osm: 'Mo-Fr 09:00-12:00', free: true,
  }, '<script>document.title="pwned"</script> prises à l\'accueil'));
  await post(contribution('report-e2e-000001', {
    type: 'report', place_key: KNOWN, problem: { type: 'wifi_broken' },
  }, 'Le wifi ne marche plus depuis lundi.'));
  await post(contribution('report-e2e-000002', {
    type: 'report', place_key: KNOWN, problem: { type: 'hours_wrong', hours_osm: 'Tu-Sa 10:00-18:00' },
  }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    const done = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await done;
  }
  rmSync(work, { recursive: true, force: true });
});

/**
 * axe-core on what `page` shows. The review page runs no script (JavaScript is off, and its
 * Content-Security-Policy forbids scripts), so its HTML is checked in a page of its own.
 */
async function checkAxeOf(page, screen) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const copy = await context.newPage();
  await copy.setContent(await page.content());
  await checkAxe(copy, screen);
  await context.close();
}

test('a coordinator reviews contributions without JavaScript, and the page passes axe', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/review`);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await checkAxeOf(page, 'review login');

  // A wrong password opens nothing.
  await page.getByLabel('Nom').fill('camille');
  await page.getByLabel('Mot de passe').fill('pas le bon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  assert.match(await page.textContent('[role=alert]'), /Nom ou mot de passe incorrect/);
  await checkAxeOf(page, 'review login refused');

  await page.getByLabel('Nom').fill('camille');
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Contributions de terrain à relire' }).waitFor();
  assert.match(await page.textContent('main'), /3 en attente/);
  // The note's markup is text, and ran nowhere.
  assert.match(await page.textContent('main'), /<script>document.title="pwned"<\/script> prises/);
  assert.doesNotMatch(await page.title(), /pwned/);
  // A report beside the place as published.
  const wifi = page.locator('section', { has: page.getByRole('heading', { name: 'Signalement : Le wifi ne marche pas' }) });
  assert.match(await wifi.textContent(), /Bibliothèque Kateb Yacine/);
  assert.match(await wifi.textContent(), /Le lieu publié aujourd'hui/);
  await checkAxeOf(page, 'review list');
  await shot(page, 'inbox-review-fr');

  await wifi.getByRole('button', { name: 'Accepter', exact: true }).click();
  assert.match(await page.textContent('[role=status]'), /Contribution acceptée/);
  assert.match(await page.textContent('main'), /2 en attente · 1 acceptée/);
  await checkAxeOf(page, 'review after accept');

  const hours = page.locator('section', { has: page.getByRole('heading', { name: 'Signalement : Horaires faux' }) });
  await hours.getByRole('button', { name: 'Rejeter', exact: true }).click();
  assert.match(await page.textContent('[role=status]'), /Contribution rejetée/);

  // Edit then accept: the coordinator corrects the name and the hours.
  const place = page.locator('section', { has: page.getByRole('heading', { name: /Nouveau lieu/ }) });
  await place.getByLabel('Nom du lieu').fill('Point d\'eau, accueil de jour');
  await place.getByLabel(/Horaires/).fill('Mo-Fr 09:00-12:30');
  await place.getByRole('button', { name: 'Enregistrer et accepter' }).click();
  assert.match(await page.textContent('main'), /Aucune contribution en attente/);
  assert.match(await page.textContent('main'), /0 en attente · 2 acceptée\(s\) · 1 rejetée/);
  await checkAxeOf(page, 'review empty');

  const exported = join(work, 'field.json');
  execFileSync(INBOX, ['export', '--db', join(work, 'inbox.sqlite'), '--out', exported]);
  const file = JSON.parse(execFileSync('cat', [exported], { encoding: 'utf8' }));
  const names = file.contributions.map((c) => c.contribution.kind.name ?? c.contribution.kind.problem.type);
  assert.deepEqual(names, ['Point d\'eau, accueil de jour', 'wifi_broken']);
  assert.equal(file.contributions[0].contribution.kind.hours_osm, 'Mo-Fr 09:00-12:30');
  await context.close();
});
