// A team's whole service, end to end on loopback, as `platforms/server/install.sh` sets it up:
// the install command on an empty folder (its `--test` mode: everything under one folder,
// Caddy's own certificate authority), Debian's Caddy serving the site over HTTPS and proxying
// the inbox on the same origin, the inbox started as its systemd unit says, and Chromium
// trusting Caddy's authority through its certificate store (no certificate error ignored).
//
// The app is installed from the site and works offline; it syncs from its own site with no
// address typed; a place added in the app reaches the inbox the signed manifest names; a
// coordinator accepts it and presses "Publish now"; the publish unit runs; the app updates by a
// delta and shows the place. Then the backup and a restore into a fresh folder: the restored
// inbox answers and still has what was accepted.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = process.env.TOUTPRES_CLI_BIN;
const BIN_DIR = CLI ? dirname(CLI) : '';
const INBOX = join(BIN_DIR, 'toutpres-inbox');
const WEB_DIR = process.env.TOUTPRES_WEB_DIR;
const SECRET = process.env.TOUTPRES_PUBLISHER_SECRET;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PASSWORD = 'relire les contributions du terrain';
const NAME = 'Bornes de recharge de la Maison des habitants';
const port = 14200 + Math.floor(Math.random() * 400);
const inboxPort = port + 500;
const base = `https://localhost:${port}`;

const work = mkdtempSync(join(tmpdir(), 'toutpres-e2e-site-'));
const root = join(work, 'server');
const STATE = join(root, 'var/lib/toutpres');
const ETC = join(root, 'etc/toutpres');
const children = [];
let context;

/** The command line of a unit file's `ExecStart=`, split as systemd does for plain words. */
function execStart(unit) {
  const text = readFileSync(join(root, 'etc/systemd/system', unit), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('ExecStart='));
  assert.ok(line, `${unit} has an ExecStart`);
  return line.slice('ExecStart='.length).trim().split(/\s+/);
}

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], ...options });
}

/** Starts a long-running process; resolves when `ready()` says so. */
async function start(cmd, args, ready, env = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  children.push(child);
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited ${child.exitCode}: ${log}`);
    if (await ready().catch(() => false)) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${cmd} did not start: ${log}`);
}

const caCert = () => join(STATE, 'caddy/pki/authorities/local/root.crt');

/** A GET over HTTPS that trusts only Caddy's authority, as the phone's browser does here. */
function curl(path) {
  return run('curl', ['--silent', '--show-error', '--fail', '--cacert', caCert(), `${base}${path}`]);
}

before(async () => {
  for (const [name, value] of Object.entries({ CLI, WEB_DIR, SECRET })) {
    assert.ok(value, `${name} must be set (tests/e2e/run.sh sets it)`);
  }
  // The one command, on an empty folder.
  run('bash', [join(ROOT, 'platforms/server/install.sh'), '--test', '--root', root,
    '--domain', `localhost:${port}`, '--inbox-port', String(inboxPort), '--scope', 'isere',
    '--key', SECRET, '--web-app', WEB_DIR, '--bin-dir', BIN_DIR, '--data', join(ROOT, '../shared/data')]);
  const line = run(INBOX, ['hash-password', '--name', 'camille'], { input: `${PASSWORD}\n` });
  appendFileSync(join(ETC, 'reviewers'), line);
  const [inboxCmd, ...inboxArgs] = execStart('toutpres-inbox.service');
  await start(inboxCmd, inboxArgs, async () => (await fetch(`http://127.0.0.1:${inboxPort}/health`)).ok);
  await start('caddy', ['run', '--config', join(root, 'etc/caddy/Caddyfile'), '--adapter', 'caddyfile'],
    async () => existsSync(caCert()) && curl('/health').length > 0, { HOME: work, XDG_DATA_HOME: join(work, 'xdg') });
  // Chromium trusts Caddy's authority through the NSS store of its own home folder.
  const home = join(work, 'home');
  const nss = `sql:${join(home, '.pki/nssdb')}`;
  mkdirSync(join(home, '.pki/nssdb'), { recursive: true });
  run('certutil', ['-d', nss, '-N', '--empty-password']);
  run('certutil', ['-d', nss, '-A', '-t', 'C,,', '-n', 'toutpres-test-ca', '-i', caCert()]);
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: home },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    geolocation: { latitude: 45.1913, longitude: 5.7146 },
    permissions: ['geolocation'],
  });
});

after(async () => {
  if (context) await context.close();
  for (const child of children) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

async function drawn(page) {
  await page.waitForSelector('main #read-aloud', { timeout: 30000 });
}

/** The need's screen near the station: the position is asked once, then remembered. */
async function needScreen(page, need, ready) {
  await page.goto(`${base}/need/${need}`);
  await drawn(page);
  await page.waitForSelector(`#say-where, ${ready}`, { timeout: 30000 });
  if (await page.$('#say-where')) {
    await page.click('#say-where');
    await page.click('#use-gps');
  }
  await page.waitForSelector(ready, { timeout: 30000 });
}

async function syncNow(page, outcome) {
  await page.goto(`${base}/data`);
  await drawn(page);
  await page.click('#sync-now');
  await page.waitForSelector(`.sync-outcome[data-outcome="${outcome}"]`, { timeout: 60000 });
}

test('the install command lays out a site that serves, with the key kept apart', () => {
  const key = join(ETC, 'publisher.key');
  assert.equal(statSync(key).mode & 0o777, 0o600, 'the key is readable by its owner only');
  const served = run('find', [join(STATE, 'site'), '-name', '*.key']);
  assert.equal(served.trim(), '', 'no key file under the site');
  const status = JSON.parse(readFileSync(join(STATE, 'publish-status.json'), 'utf8'));
  assert.equal(status.ok, true, status.message);
  // The signed list and the Isère manifest, over HTTPS, with the cache rules of each.
  const headers = run('curl', ['--silent', '--fail', '--cacert', caCert(), '-D', '-', '-o', '/dev/null',
    `${base}/data/isere/manifest`]);
  assert.match(headers, /cache-control: no-cache/i);
  assert.match(headers, /access-control-allow-origin: \*/i);
  assert.match(curl('/data/editions'), /toutpres-editions/);
  // A missing data file is a 404, not the app's page.
  assert.throws(() => curl('/data/isere/nothing-here'));
});

test('installed from its site, the app works offline, then sends a place there and gets it back by a delta', async () => {
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await drawn(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  // Its own site's data, verified with the key it was built with: nothing to download.
  await syncNow(page, 'sync-up-to-date');

  // Offline: the app still opens and answers from the data it carries.
  await context.setOffline(true);
  await needScreen(page, 'wifi', '.results .result');
  await context.setOffline(false);

  // A volunteer adds a charging place; it goes to the inbox the manifest names.
  await needScreen(page, 'charging', '.i-know-one');
  await page.click('.i-know-one');
  await page.waitForSelector('#add-name');
  await page.click('.yes-no .toggle:has-text("Des prises")');
  await page.fill('#add-name', NAME);
  await page.click('#add-send');
  await page.waitForSelector('.kept');
  // Written back to the browser's storage within a moment (as web.test.mjs waits).
  await page.waitForTimeout(2000);
  // "My reports": sent by itself, or with the screen's own button (a reload would stop a
  // sending under way: the web app's tasks live in the page).
  await page.goto(`${base}/contributions`);
  await drawn(page);
  let sent = false;
  for (let i = 0; i < 30 && !sent; i++) {
    sent = !!(await page.$('.contribution[data-state="sent"]'));
    if (!sent && (await page.$('#contrib-send'))) await page.click('#contrib-send');
    if (!sent) await page.waitForTimeout(1000);
  }
  const states = await page.$$eval('.contribution', (cs) => cs.map((c) => c.dataset.state));
  assert.ok(sent, `the contribution reached the inbox: ${states}`);

  // A coordinator accepts it on the same site, and presses "Publish now".
  const review = await context.newPage();
  await review.goto(`${base}/review`);
  await review.getByLabel('Nom').fill('camille');
  await review.getByLabel('Mot de passe').fill(PASSWORD);
  await review.getByRole('button', { name: 'Se connecter' }).click();
  const added = review.locator('section', { has: review.getByRole('heading', { name: /Nouveau lieu/ }) });
  assert.ok((await added.first().textContent()).includes(NAME));
  await added.first().getByRole('button', { name: 'Accepter', exact: true }).click();
  await review.waitForSelector('[role=status]');
  const trigger = join(STATE, 'publish-now');
  await review.getByRole('button', { name: /Publier maintenant/ }).click();
  await review.waitForSelector('[role=status]:has-text("Publication demandée")');
  assert.ok(existsSync(trigger), 'the button wrote the trigger the path unit watches');
  await review.close();

  // What toutpres-publish.path starts: the publish unit's own command.
  const [publishCmd, ...publishArgs] = execStart('toutpres-publish.service');
  run(publishCmd, publishArgs);
  const health = JSON.parse(curl('/health'));
  assert.equal(health.publish?.ok, true, JSON.stringify(health));

  // The phone updates from its own site, by a delta, and has the place. The browser does not
  // say it is on wifi, so the app first asks, with the size (a few kilobytes).
  await page.goto(`${base}/data`);
  await drawn(page);
  await page.waitForSelector('#sync-now, #sync-download');
  if (await page.$('#sync-now')) await page.click('#sync-now');
  await page.waitForSelector('#sync-download', { timeout: 60000 });
  assert.match(await page.textContent('.sync-outcome'), /\b\d Ko\b/, 'a delta of a few kilobytes');
  await page.click('#sync-download');
  await page.waitForSelector('.sync-outcome[data-outcome="sync-updated"]', { timeout: 60000 });
  const log = readFileSync(join(root, 'var/log/toutpres/access.log'), 'utf8');
  assert.match(log, /"uri":"\/data\/isere\/deltas\/\d+-\d+\.tpdelta"/, 'the update came as a delta');
  assert.doesNotMatch(log, /"uri":"\/data\/isere\/snapshots\//, 'never the whole snapshot');
  await needScreen(page, 'charging', '.results .result');
  assert.ok((await page.textContent('.results')).includes(NAME), 'the new place is shown');
  await page.close();
});

test('a backup restored into a fresh folder answers and has lost nothing accepted', async () => {
  const env = join(ETC, 'toutpres.env');
  const backups = join(work, 'backups');
  const archive = run('bash', [join(ROOT, 'platforms/server/backup.sh'), env, backups]).trim();
  assert.equal(statSync(archive).mode & 0o077, 0, 'the backup holds the key: owner only');
  const fresh = join(work, 'restored');
  run('bash', [join(ROOT, 'platforms/server/restore.sh'), archive, fresh]);
  const state = join(fresh, 'var/lib/toutpres');
  const exported = join(work, 'restored-field.json');
  run(INBOX, ['export', '--db', join(state, 'inbox.sqlite'), '--out', exported]);
  const kept = JSON.parse(readFileSync(exported, 'utf8')).contributions;
  assert.equal(kept.length, 1, 'the one accepted contribution');
  assert.ok(JSON.stringify(kept[0]).includes(NAME), 'the accepted place is in the restored inbox');
  // The restored inbox answers, and the restored site is the one published.
  const restoredPort = inboxPort + 1;
  await start(INBOX, ['serve', '--db', join(state, 'inbox.sqlite'), '--listen', `127.0.0.1:${restoredPort}`],
    async () => (await fetch(`http://127.0.0.1:${restoredPort}/health`)).ok);
  assert.deepEqual(readFileSync(join(state, 'site/current/data/isere/manifest')),
    readFileSync(join(STATE, 'site/current/data/isere/manifest')));
  // The restored key still signs this site: a publication from the restored folder works.
  const restoredEnv = readFileSync(join(fresh, 'etc/toutpres/toutpres.env'), 'utf8');
  assert.match(restoredEnv, new RegExp(`KEY=${fresh}/etc/toutpres/publisher.key`));
});
