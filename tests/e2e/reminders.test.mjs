// Browser tests of the reminder screens: the liveview build in Debian's Chromium, axe-core on
// every screen, in French and in Arabic. Everything is done without typing: pictograms, a
// calendar of day buttons, picture keys.
//
// Run from the repository root: `bash tests/e2e/run.sh`. The server binary is given by
// TOUTPRES_LIVEVIEW_BIN; this file starts its own server on its own port and data folder.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { harness, checkAxe, shot, readAloudMatchesScript } from './harness.mjs';

const h = harness({ portBase: 9000, dataPrefix: 'toutpres-e2e-reminders-' });
const BASE = h.base;
const open = h.open;
const startServer = h.startServer;
const stopServer = h.stopServer;
before(h.setup);
after(h.teardown);

/** Text of an element without the bidi isolation marks put around inserted values. */
async function text(page, selector) {
  return (await page.textContent(selector)).replace(/[\u2068\u2069]/g, '');
}

/** Every touch target of the screen is at least 48 × 48 CSS pixels. */
async function bigTargets(page, screen) {
  const small = await page.$$eval('main button, main a', (els) => els
    .filter((e) => e.offsetParent !== null)
    .map((e) => { const r = e.getBoundingClientRect(); return { t: e.textContent.trim().slice(0, 20), w: r.width, h: r.height }; })
    .filter((r) => r.w < 47.5 || r.h < 47.5));
  assert.deepEqual(small, [], `small targets on ${screen}`);
}

async function setLanguage(page, code) {
  await page.goto(BASE + '/settings');
  await page.waitForSelector('.languages');
  await page.click(`.languages button[lang="${code}"]`);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/** The no-typing location flow: commune, then a spot people know. */
async function sayWhereWithoutTyping(page) {
  await page.goto(BASE + '/where');
  await page.waitForSelector('.communes .commune.big');
  await page.click('.communes .commune.big >> nth=0');
  await page.waitForSelector('.spots');
  await page.click('.spots button >> nth=0');
  await page.waitForSelector('.need-tile');
}

/** From the list, a CAF declaration on `date` (YYYY-MM-DD, on the shown month or after
 * `forward` taps on "next month"), optionally choosing the months first. No typing. */
async function newCaf(page, { date, forward = 0, cycle = null, lang, hour = null }) {
  await page.goto(BASE + '/reminders');
  await page.waitForSelector('#new-reminder');
  await page.click('#new-reminder');
  await page.waitForSelector('.kind-tile');
  assert.equal(await page.locator('.kind-tile').count(), 5, 'five kinds, as pictograms');
  await readAloudMatchesScript(page);
  await checkAxe(page, `new reminder (${lang})`);
  await page.click('.kind-caf');
  await page.waitForSelector('.month-grid');
  assert.equal(await page.locator('main input, main textarea, main select').count(), 0, 'nothing to type');
  assert.equal(await page.locator('.cycles .cycle').count(), 3);
  assert.ok(await page.isDisabled('#save-reminder'), 'nothing to save before a day is chosen');
  await checkAxe(page, `new CAF reminder (${lang})`);
  if (cycle) await page.click(`.cycles .cycle[data-cycle="${cycle}"]`);
  for (let i = 0; i < forward; i++) {
    const before = await text(page, '#calendar-month');
    await page.click('#month-next');
    await page.waitForFunction((b) => document.querySelector('#calendar-month').textContent !== b, before);
  }
  await page.click(`.month-grid .day[data-date="${date}"]`);
  await page.waitForSelector(`.month-grid .day[data-date="${date}"][aria-pressed="true"]`);
  await page.waitForSelector('.next-dates li');
  assert.equal(await page.locator('.next-dates li').count(), 3, 'the next three dates are shown before saving');
  if (hour) {
    await page.click(`.alert-times .alert-time[data-hour="${hour}"]`);
    await page.waitForSelector(`.alert-time[data-hour="${hour}"][aria-pressed="true"]`);
  }
  await bigTargets(page, `new CAF reminder (${lang})`);
  await checkAxe(page, `new CAF reminder with a day (${lang})`);
  await readAloudMatchesScript(page);
  await page.click('#save-reminder');
  await page.waitForSelector('.reminder-actions #mark-done');
  // The saved reminder has its own address; liveview updates the address bar after drawing
  // the sheet, so a loaded machine may show the sheet a moment before the address.
  await page.waitForURL(/\/reminders\/\d+$/, { timeout: 10000 }).catch(() => {});
}

test('Arabic: a CAF reminder without typing, its dates, done, the nearest help, export', async () => {
  const page = await open('/');
  await sayWhereWithoutTyping(page);
  await setLanguage(page, 'ar');
  await newCaf(page, { date: '2026-03-12', cycle: 3, lang: 'ar' });
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.match(page.url(), /\/reminders\/\d+$/);
  // The next dates: 12 March, 12 June, 12 September 2026.
  assert.ok(await page.locator('.next-dates li').count() >= 3);
  const dates = await text(page, '.next-dates');
  assert.match(dates, /مارس/);
  assert.match(dates, /يونيو/);
  assert.match(dates, /سبتمبر/);
  assert.ok(await page.isVisible('.current .state-upcoming'));
  // Places that help with procedures, open that day, with Call and Go.
  await page.waitForSelector('.help-places .help-place');
  const go = await page.getAttribute('.help-place .action.go >> nth=0', 'href');
  assert.match(go, /^geo:-?\d+\.\d+,-?\d+\.\d+\?q=/);
  const calls = await page.$$eval('.help-place .action.call', (as) => as.map((a) => a.getAttribute('href')));
  for (const c of calls) assert.match(c, /^tel:\+?\d+$/);
  // Export to a calendar: a download of an iCalendar file.
  const href = await page.getAttribute('#export-calendar', 'href');
  assert.match(href, /^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
  assert.match(decodeURIComponent(href), /RRULE:FREQ=MONTHLY;INTERVAL=3/);
  assert.match(await page.getAttribute('#export-calendar', 'download'), /\.ics$/);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /التصريح|الكاف|CAF/);
  await bigTargets(page, 'reminder (ar)');
  await checkAxe(page, 'reminder (ar)');
  await shot(page, 'reminder-ar');
  // Done: 12 March is done, the next one is 12 June.
  await page.click('#mark-done');
  await page.waitForSelector('.next-dates .state-done');
  assert.ok(await page.isVisible('#undo-done'));
  assert.match(await text(page, '.current .sentence'), /يونيو/);
  await checkAxe(page, 'reminder marked done (ar)');
  // It stays done on the list.
  await page.goto(BASE + '/reminders');
  await page.waitForSelector('.reminders .reminder-row');
  assert.match(await text(page, '.reminders'), /يونيو/);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'reminders (ar)');
  await page.goto(BASE + '/reminders/privacy');
  await page.waitForSelector('.stored li');
  await checkAxe(page, 'privacy (ar)');
  await page.goto(BASE + '/reminders/lock');
  await page.waitForSelector('.keypad');
  await checkAxe(page, 'lock (ar)');
  await setLanguage(page, 'fr');
  await page.close();
});

test('French: a CAF reminder from the calendar alone, and the list', async () => {
  const page = await open('/');
  await page.click('#reminders-link');
  await page.waitForSelector('#new-reminder');
  // The day of a past declaration gives the months: 2 April → January, April, July, October.
  await newCaf(page, { date: '2026-04-02', forward: 1, lang: 'fr', hour: 14 });
  assert.match(await text(page, '.alert-time-line'), /14:00/, 'the chosen alert time is kept');
  const dates = await text(page, '.next-dates');
  assert.match(dates, /2 avril/);
  assert.match(dates, /2 juillet/);
  assert.match(dates, /2 octobre/);
  await checkAxe(page, 'reminder (fr)');
  await readAloudMatchesScript(page);
  await page.goto(BASE + '/reminders');
  await page.waitForSelector('.reminders .reminder-row');
  assert.equal(await page.locator('.reminders .reminder-row').count(), 2);
  const list = await text(page, '.reminders');
  assert.match(list, /Déclaration CAF/);
  assert.match(list, /juin/, 'the Arabic reminder, done for March, is next due in June');
  assert.ok(await page.locator('.reminders .state').count() >= 2, 'each row says its state');
  const script = await readAloudMatchesScript(page);
  assert.match(script, /2 rappels/);
  await bigTargets(page, 'reminders (fr)');
  await checkAxe(page, 'reminders (fr)');
  await shot(page, 'reminders-fr');
  await page.close();
});

test('France Travail needs no date and states the rule; my own reminder by pictures', async () => {
  const page = await open('/reminders/new');
  await page.click('.kind-france-travail');
  await page.waitForSelector('.what');
  assert.match(await text(page, '.what'), /28.*26.*15/s);
  assert.equal(await page.locator('.month-grid').count(), 0, 'no date to choose');
  assert.equal(await page.locator('.next-dates li').count(), 3);
  // 10 March: the February update (opened 26 February) closes on 15 March.
  assert.match(await text(page, '.next-dates li >> nth=0'), /26 février → dimanche 15 mars/);
  await checkAxe(page, 'new France Travail reminder');
  await readAloudMatchesScript(page);
  await page.click('#save-reminder');
  await page.waitForSelector('.current .state-open');
  await checkAxe(page, 'France Travail reminder (window open)');
  assert.ok(await page.isVisible('#snooze'), '"later" while it is open');
  await page.click('#snooze');
  await page.waitForSelector('.current .state-snoozed');

  await page.goto(BASE + '/reminders/new/own');
  await page.waitForSelector('.picto-choices');
  await checkAxe(page, 'new own reminder');
  await page.click('.picto-choices .choice >> nth=1');
  await page.click('.repeats .repeat-weekly');
  // Past days cannot be chosen for one's own reminder.
  assert.ok(await page.isDisabled('.month-grid .day[data-date="2026-03-09"]'));
  await page.click('.month-grid .day[data-date="2026-03-13"]');
  await page.waitForSelector('.next-dates li');
  assert.match(await text(page, '.next-dates'), /vendredi 13 mars.*vendredi 20 mars.*vendredi 27 mars/s);
  await bigTargets(page, 'new own reminder');
  await checkAxe(page, 'new own reminder, filled');
  await page.click('#save-reminder');
  await page.waitForSelector('.reminder-actions');
  assert.match(await text(page, 'h1'), /Médecin/);
  // Delete it again: two taps.
  await page.click('#delete-reminder');
  await page.waitForSelector('#delete-confirm');
  await checkAxe(page, 'delete a reminder: confirm');
  await page.click('#delete-confirm');
  await page.waitForSelector('.reminders');
  assert.doesNotMatch(await text(page, '.reminders'), /Médecin/);
  await page.close();
});

test('yearly renewals on the calendar; every kind passes axe in Arabic, larger text and high contrast', async () => {
  const page = await open('/reminders/new/domiciliation');
  await page.waitForSelector('.month-grid');
  for (let i = 0; i < 3; i++) {
    const before = await page.textContent('#calendar-month');
    await page.click('#month-next');
    await page.waitForFunction((b) => document.querySelector('#calendar-month').textContent !== b, before);
  }
  await page.click('.month-grid .day[data-date="2026-06-01"]');
  await page.waitForSelector('.next-dates li');
  assert.match(await text(page, '.next-dates'), /1er juin.*1er juin 2027.*1er juin 2028/s);
  await checkAxe(page, 'new domiciliation reminder');
  await page.click('#save-reminder');
  await page.waitForSelector('.reminder-actions');
  assert.equal(await page.locator('#snooze').count(), 0, 'no "later" for a date months away');
  await checkAxe(page, 'domiciliation reminder');

  await setLanguage(page, 'ar');
  for (const kind of ['caf', 'france-travail', 'domiciliation', 'health-cover', 'own']) {
    await page.goto(BASE + `/reminders/new/${kind}`);
    await page.waitForSelector('#save-reminder');
    if (kind !== 'france-travail') await page.click('.month-grid .day[data-date="2026-03-20"]');
    await page.waitForSelector('.next-dates li');
    await readAloudMatchesScript(page);
    await checkAxe(page, `new ${kind} reminder (ar)`);
  }
  await page.goto(BASE + '/settings');
  await page.click('.filters .toggle >> nth=0');
  await page.click('.filters .toggle >> nth=1');
  await page.waitForSelector('.app.larger.contrast');
  await page.goto(BASE + '/reminders/new/caf');
  await page.waitForSelector('.month-grid');
  await page.click('.month-grid .day[data-date="2026-03-20"]');
  await page.waitForSelector('.next-dates li');
  await bigTargets(page, 'new CAF reminder (ar, larger, contrast)');
  await checkAxe(page, 'new CAF reminder (ar, larger, contrast)');
  await page.goto(BASE + '/reminders');
  await page.waitForSelector('.reminders .reminder-row');
  await checkAxe(page, 'reminders (ar, larger, contrast)');
  await page.click('.reminders .reminder-row >> nth=0');
  await page.waitForSelector('.reminder-actions');
  await checkAxe(page, 'reminder (ar, larger, contrast)');
  await page.goto(BASE + '/settings');
  await page.click('.filters .toggle >> nth=0');
  await page.click('.filters .toggle >> nth=1');
  await page.waitForFunction(() => !document.querySelector('.app.larger'));
  await setLanguage(page, 'fr');
  await page.close();
});

test('the lock: a code of pictures, asked before the reminders, then removed', async () => {
  const page = await open('/reminders/lock');
  await page.waitForSelector('.keypad-pictures');
  await readAloudMatchesScript(page);
  await checkAxe(page, 'lock: choose');
  const code = [2, 7, 7, 4];
  for (let round = 0; round < 2; round++) {
    for (const k of code) await page.click(`.keypad .key[data-key="${k}"]`);
    await page.click('#code-ok');
  }
  await page.waitForSelector('#lock-on');
  await checkAxe(page, 'lock: on');
  await page.close();

  // A new session: the reminders ask for the code first.
  const other = await open('/reminders');
  await other.waitForSelector('.keypad-pictures');
  assert.equal(await other.locator('.reminders').count(), 0, 'nothing shown before the code');
  await readAloudMatchesScript(other);
  await checkAxe(other, 'lock: enter');
  for (const k of [1, 2, 3, 4]) await other.click(`.keypad .key[data-key="${k}"]`);
  await other.click('#code-ok');
  await other.waitForSelector('.notice[role="alert"]');
  await checkAxe(other, 'lock: wrong code');
  for (const k of code) await other.click(`.keypad .key[data-key="${k}"]`);
  await other.click('#code-ok');
  await other.waitForSelector('.reminders .reminder-row');
  // Open for the rest of the session.
  await other.click('#lock-link');
  await other.waitForSelector('#remove-lock');
  await other.click('#remove-lock');
  await other.waitForSelector('.keypad');
  await other.close();
});

test('privacy: everything stored is listed, a copy, and delete everything in two taps', async () => {
  const page = await open('/reminders');
  await page.waitForSelector('.reminders .reminder-row');
  // Discreet notifications: off by default, on with one tap, kept after a reload.
  const discreet = '.discreet .toggle';
  assert.equal(await page.getAttribute(discreet, 'aria-pressed'), 'false');
  assert.match(await text(page, '.discreet .hint'), /« Vous avez un rappel\. »/);
  await page.click(discreet);
  await page.waitForSelector(`${discreet}[aria-pressed="true"]`);
  await checkAxe(page, 'reminders: discreet notifications');
  await h.goto(page, '/reminders');
  await page.waitForSelector(`${discreet}[aria-pressed="true"]`);
  await page.click('#privacy-link');
  await page.waitForSelector('.stored li');
  const stored = await text(page, '.stored');
  assert.match(stored, /reminders: id = \d+, kind = caf/);
  assert.match(stored, /reminder_marks: .*mark = done/);
  assert.match(stored, /position: /);
  assert.match(stored, /discreet_alerts/);
  const json = await page.getAttribute('#export-data', 'href');
  assert.match(json, /^data:application\/json;charset=utf-8,/);
  assert.match(decodeURIComponent(json), /"name": "reminders"/);
  await readAloudMatchesScript(page);
  await checkAxe(page, 'privacy (fr)');
  await page.click('#delete-all');
  await page.waitForSelector('#delete-all-confirm');
  await checkAxe(page, 'privacy: confirm');
  await page.click('#delete-all-confirm');
  await page.waitForSelector('#deleted-notice');
  assert.equal(await page.locator('.stored li').count(), 0, 'nothing stored any more');
  await page.goto(BASE + '/reminders');
  await page.waitForSelector('#new-reminder');
  assert.equal(await page.locator('.reminders .reminder-row').count(), 0);
  assert.match(await text(page, 'main'), /Aucun rappel/);
  assert.equal(await page.getAttribute('.discreet .toggle', 'aria-pressed'), 'false', 'the setting went too');
  await checkAxe(page, 'reminders, empty');
  await page.close();
});

test('without a position, the reminder asks where you are (no typing), then shows the help', async () => {
  // Everything was deleted above: no position is stored.
  const page = await open('/reminders/new/france-travail');
  await page.waitForSelector('#save-reminder');
  await page.click('#save-reminder');
  await page.waitForSelector('.help .prompt #say-where');
  assert.equal(await page.locator('.help-places .help-place').count(), 0);
  await checkAxe(page, 'reminder without a position');
  const sheet = page.url();
  await page.click('#say-where');
  await page.waitForSelector('.communes .commune.big');
  await page.click('.communes .commune.big >> nth=0');
  await page.waitForSelector('.spots');
  await page.click('.spots button >> nth=0');
  // Back on the reminder, with the places open today (the update is open on 10 March).
  await page.waitForSelector('.help-places .help-place');
  // Liveview follows the address bar after drawing: wait for it rather than race it.
  await page.waitForURL(sheet, { timeout: 10000 });
  assert.match(await text(page, '.help-day'), /10 mars/);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /Le plus proche est/);
  await checkAxe(page, 'reminder with help nearby');
  await page.close();
});
