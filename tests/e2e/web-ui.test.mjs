// Browser tests of what the web app adds for phones (platforms/web/build.sh, served by Debian's
// nginx through platforms/web/serve.sh), in Debian's Chromium with a phone's viewport and touch:
//
// - giving the app: the code on the give screen scans back to the page's own address;
// - reminders in a browser: the screen says nothing rings while the app is closed, what is due
//   shows when the app opens and goes on the app's icon badge, and the phone's calendar gets
//   every reminder in one tap (an iCalendar download);
// - the smallest phones: at 320 CSS px with text at 200 %, no screen scrolls sideways and no
//   element sticks out, in each of the twelve languages (and with the app's own larger text).
//
// Run from the repository root: `bash tests/e2e/run.sh` (it builds the web app first), or with
// an existing build: `TOUTPRES_WEB_DIR=… node --test web-ui.test.mjs` in tests/e2e.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { checkAxe, readAloudMatchesScript, NOW } from './harness.mjs';

const WEB_DIR = process.env.TOUTPRES_WEB_DIR;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const STATION = { latitude: 45.1913, longitude: 5.7146 };
const LANGUAGES = ['fr', 'en', 'ar', 'fa', 'ps', 'ro', 'uk', 'ru', 'es', 'tr', 'ti', 'ka'];
const SMALLEST = { width: 320, height: 640 };
const port = 11700 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
let server;
let browser;

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
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
});

/** A fresh phone (its own storage) with the fixed clock and the position granted. */
async function phone(viewport = { width: 360, height: 740 }) {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    geolocation: STATION,
    permissions: ['geolocation'],
  });
  await context.addInitScript((now) => localStorage.setItem('TOUTPRES_NOW', now), NOW);
  return context;
}

/** Waits for the app to draw the screen of `path` (the router has caught up with the address). */
async function drawn(page, path) {
  await page.waitForFunction((want) => {
    const main = document.querySelector('main');
    return main && decodeURIComponent(main.dataset.path) === want && main.querySelector('#read-aloud');
  }, path, { timeout: 30000 });
}

/** Goes to `path` inside the running app, as a link does (no reload of the app). */
async function go(page, path) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await drawn(page, path);
}

test('give the app: the code on screen opens this very address', async () => {
  const context = await phone();
  const page = await context.newPage();
  await page.goto(base + '/settings');
  await drawn(page, '/settings');
  await page.tap('#give-link');
  await drawn(page, '/give');
  await page.waitForSelector('#give-qr svg');
  // Read the pixels Chromium drew, as the other phone's camera would.
  const png = PNG.sync.read(await page.locator('#give-qr svg').screenshot());
  const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(scanned, 'the code on screen decodes');
  const origin = await page.evaluate(() => location.origin);
  assert.equal(scanned.data, origin);
  assert.equal((await page.textContent('.app-address')).trim(), origin, 'the address is also written');
  // Three steps, each a number, a pictogram and a few words; where each phone puts the last one.
  assert.equal(await page.locator('.give-steps li').count(), 3);
  assert.equal(await page.locator('.give-steps li svg').count(), 3);
  assert.equal(await page.locator('.give-systems li').count(), 2);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /Sur l'écran d'accueil/);
  assert.match(script, /Installer l'application/);
  await checkAxe(page, 'web: give the app');
  await context.close();
});

test('reminders in a browser: said plainly, due ones on opening with a badge, the calendar in one tap', async () => {
  const context = await phone();
  // Every badge the app asks for, in order (0 for "no badge").
  await context.addInitScript(() => {
    window.toutpresBadges = [];
    navigator.setAppBadge = (n) => { window.toutpresBadges.push(n); return Promise.resolve(); };
    navigator.clearAppBadge = () => { window.toutpresBadges.push(0); return Promise.resolve(); };
  });
  const page = await context.newPage();
  await page.goto(base + '/reminders');
  await drawn(page, '/reminders');
  const notice = await page.textContent('#cannot-ring');
  assert.match(notice, /Quand l'application est fermée, elle ne peut pas sonner\./);
  assert.equal(await page.locator('#cannot-ring svg').count(), 1, 'with its pictogram');
  assert.equal(await page.locator('#add-to-phone-calendar').count(), 0, 'nothing to export yet');
  assert.match(await readAloudMatchesScript(page), /ne peut pas sonner/);
  assert.deepEqual(await page.evaluate(() => window.toutpresBadges.filter((n) => n > 0)), [], 'no badge without reminders');
  // My own reminder for today (Tuesday 10 March), by pictures, no typing.
  await page.tap('#new-reminder');
  await page.waitForSelector('.kind-own');
  await page.tap('.kind-own');
  await page.waitForSelector('.picto-choices');
  await page.tap('.picto-choices .choice >> nth=1');
  await page.tap('.month-grid .day[data-date="2026-03-10"]');
  await page.tap('#save-reminder');
  await page.waitForSelector('.reminder-actions');
  await go(page, '/reminders');
  await page.waitForSelector('.reminders .reminder-row');
  await checkAxe(page, 'web: reminders, one due today');
  // One tap: the phone's calendar receives the file and rings on time.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.tap('#add-to-phone-calendar'),
  ]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /BEGIN:VEVENT/);
  assert.match(ics, /DTSTART;TZID=Europe\/Paris:20260310T/);
  // The app is closed and opened again: what is due comes first, and on the app's icon.
  await page.waitForTimeout(1500); // written back to the browser's storage
  await page.goto(base + '/');
  await drawn(page, '/');
  await page.waitForSelector('#due-now');
  assert.match(await page.textContent('#due-now'), /Un rappel à faire maintenant\./);
  assert.equal(await page.locator('#due-now .reminder-row').count(), 1, 'named: no lock, named notifications');
  assert.match(await page.textContent('#due-now .state'), /Aujourd'hui/);
  await page.waitForFunction(() => window.toutpresBadges.includes(1));
  assert.deepEqual(await page.evaluate(() => window.toutpresBadges), [1]);
  assert.match(await readAloudMatchesScript(page), /^Un rappel à faire maintenant\. /);
  await checkAxe(page, 'web: home with a reminder due');
  // Done: the badge goes away.
  await page.tap('#due-now .reminder-row');
  await page.waitForSelector('#mark-done');
  await page.tap('#mark-done');
  await page.waitForFunction(() => window.toutpresBadges.at(-1) === 0);
  await go(page, '/');
  assert.equal(await page.locator('#due-now').count(), 0, 'nothing due any more');
  await context.close();
});

/** Everything that sticks out of a `width`-pixel screen, and the page's own scroll width. */
async function sideways(page, width) {
  return page.evaluate((vw) => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > vw) out.push(`page scrolls: ${doc.scrollWidth} px`);
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const what = () => (el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
        + ` "${(el.textContent || '').trim().slice(0, 30)}"`;
      if (r.right > vw + 0.5 || r.left < -0.5) {
        out.push(`${what()} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      } else if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !(el instanceof SVGElement)
        && getComputedStyle(el).overflowX === 'visible') {
        // Its text runs out of it (words that did not wrap).
        out.push(`${what()} holds ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
    }
    return out.slice(0, 8);
  }, width);
}

/** Every screen reachable without typing, in the order a person may meet them. */
const SCREENS = ['/', '/where', '/need/wifi', '/place/france-services:234', '/saved', '/settings',
  '/about', '/data', '/reminders', '/reminders/new', '/reminders/new/own', '/give', '/search/caf',
  '/map/wifi', '/place/france-services:234/report', '/add/charging', '/contributions'];

test('the smallest phones: 320 px, text at 200 %, twelve languages, nothing scrolls sideways', async () => {
  const context = await phone(SMALLEST);
  const page = await context.newPage();
  // A position first, from the browser, so that results and places are full.
  await page.goto(base + '/need/wifi');
  await drawn(page, '/need/wifi');
  await page.tap('#say-where');
  await page.waitForSelector('#use-gps');
  await page.tap('#use-gps');
  await page.waitForSelector('.results .result', { timeout: 30000 });
  // The phone's text size at 200 %: the style sheet's sizes are in rem and follow it.
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.app')).fontSize));
  assert.equal(body, 36, 'text is twice its size');
  assert.equal(await page.evaluate(() => window.innerWidth), SMALLEST.width);

  const problems = [];
  let checked = 0;
  const visit = async (label, path) => {
    await go(page, path);
    // The street layer arrives after the first drawing (a file of its own).
    if (path.startsWith('/map/')) await page.waitForSelector('.map-picture path.road', { timeout: 30000 });
    if (/^\/place\/[^/]+$/.test(path)) {
      await page.tap('.action.share'); // the share card, with its code and text message
      await page.waitForSelector('#share-card .qr svg');
    }
    const found = await sideways(page, SMALLEST.width);
    if (found.length) problems.push(`${label} ${path}: ${found.join(' | ')}`);
    checked += 1;
  };
  for (const lang of LANGUAGES) {
    await go(page, '/settings');
    await page.tap(`.languages button[lang="${lang}"]`);
    await page.waitForFunction((c) => document.documentElement.lang === c, lang);
    for (const path of SCREENS) await visit(lang, path);
    // axe at this size on every screen in French and in Arabic (right to left), and on the
    // busiest ones in Georgian (the longest words).
    const axeOn = lang === 'fr' || lang === 'ar' ? SCREENS
      : lang === 'ka' ? ['/', '/place/france-services:234', '/give'] : [];
    for (const path of axeOn) {
      await go(page, path);
      await checkAxe(page, `320 px, 200 %, ${lang}: ${path}`);
    }
  }
  // The app's own larger text on top of the phone's 200 %, in French and Georgian.
  await go(page, '/settings');
  await page.tap('.toggle:has(svg) >> nth=0');
  await page.waitForSelector('.app.larger');
  for (const lang of ['fr', 'ka']) {
    await go(page, '/settings');
    await page.tap(`.languages button[lang="${lang}"]`);
    await page.waitForFunction((c) => document.documentElement.lang === c, lang);
    for (const path of SCREENS) await visit(`${lang} + larger text`, path);
  }
  assert.deepEqual(problems, [], `${problems.length} of ${checked} screens stick out`);
  assert.equal(checked, LANGUAGES.length * SCREENS.length + 2 * SCREENS.length);
  await context.close();
});
