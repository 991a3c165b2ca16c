// Browser tests of the street map: from a result list or a place sheet, the streets around the
// person drawn by the app (no network), the places as pictograms a finger can tap, the way to
// the one chosen, zoom and recentre, the same places in words below, and outside the street
// map the places by direction and distance on a plain background.
//
// Run from the repository root: `bash tests/e2e/run.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { harness, checkAxe, readAloudMatchesScript, shot } from './harness.mjs';

// Grenoble station, inside the street map.
const h = harness({
  portBase: 12600,
  dataPrefix: 'toutpres-e2e-map-',
  env: () => ({ TOUTPRES_POSITION: '45.1913,5.7146' }),
});
// Vienne (Isère), 75 km away: places known, no streets in the map layer.
const far = harness({
  portBase: 13100,
  dataPrefix: 'toutpres-e2e-map-far-',
  env: () => ({ TOUTPRES_POSITION: '45.5253,4.8741' }),
});
before(async () => { await h.setup(); await far.setup(); });
after(async () => { await h.teardown(); await far.teardown(); });

/** Say where one is with the device's position, from a screen that asks. */
async function useDevicePosition(page) {
  await page.click('#say-where');
  await page.waitForSelector('#use-gps');
  await page.click('#use-gps');
}

/** The scale bar's words ("5 min à pied"): they change with the zoom. */
const scaleWords = (page) => page.textContent('.map-picture .scale text');

test('map: from the wifi results, streets, places as pictograms, the way to one', async () => {
  const page = await h.open('/need/wifi');
  await useDevicePosition(page);
  await page.waitForSelector('.results .result', { timeout: 15000 });
  await page.click('.see-map');
  // The street layer is read once per screen, after the first drawing.
  await page.waitForSelector('.map-picture path.road', { timeout: 15000 });

  // Real streets and the river, drawn by the app.
  const picture = await page.$eval('.map-picture svg', (svg) => ({
    roads: svg.querySelectorAll('path.road').length,
    water: svg.querySelectorAll('path.water').length,
    names: [...svg.querySelectorAll('.names title')].map((t) => t.textContent),
    you: svg.querySelector('.you title')?.textContent,
    label: svg.getAttribute('aria-label'),
    attribution: svg.querySelector('.attribution')?.textContent,
  }));
  assert.ok(picture.roads >= 3, `streets drawn: ${JSON.stringify(picture)}`);
  assert.equal(picture.water, 1, 'the Isère');
  assert.ok(picture.names.length >= 1, 'street names where they fit');
  assert.equal(picture.you, 'Vous êtes ici');
  assert.match(picture.label, /Plan des rues/);
  assert.match(picture.attribution, /OpenStreetMap/);

  // Markers: the need's pictogram, a 48 px target at least, numbered as in the list below.
  const markers = await page.$$eval('.map-marker', (ms) => ms.map((m) => {
    const r = m.getBoundingClientRect();
    return { label: m.getAttribute('aria-label'), w: r.width, h: r.height, svg: !!m.querySelector('svg') };
  }));
  assert.ok(markers.length >= 3, `${markers.length} markers`);
  for (const m of markers) {
    assert.ok(m.w >= 48 && m.h >= 48 && m.svg, JSON.stringify(m));
  }
  const listed = await page.$$eval('.results .result .name', (ns) => ns.map((n) => n.textContent));
  for (const m of markers) {
    const [, n, name] = m.label.match(/^(\d+)\. (.*)$/);
    assert.equal(listed[Number(n) - 1], name, `marker ${n} is row ${n} of the list`);
  }
  // The nearest first in the list, and the script says how many the picture shows.
  const distances = await page.$$eval('.results .result', (rs) => rs.map((r) => Number(r.dataset.distance)));
  for (let i = 1; i < distances.length; i++) assert.ok(distances[i - 1] <= distances[i]);
  let script = await readAloudMatchesScript(page);
  assert.match(script, new RegExp(`^Vous êtes ici\\. ${markers.length} lieux sur la carte\\.`));
  await checkAxe(page, 'map of wifi places');
  await shot(page, 'map-fr');

  // Tap the second marker: the way to it, in minutes and direction, and its line.
  assert.equal(await page.$('.map-picture path.route'), null);
  const second = page.locator('.map-marker >> nth=1');
  const name = (await second.getAttribute('aria-label')).replace(/^\d+\. /, '');
  const scaleBefore = await scaleWords(page);
  await second.click();
  await page.waitForSelector('.map-way');
  assert.equal(await second.getAttribute('aria-pressed'), 'true');
  const way = await page.textContent('.map-way');
  assert.ok(way.includes(name), way);
  assert.match(way, /\d+ min à pied, direction (nord|sud|est|ouest)/);
  assert.ok(await page.$('.map-picture path.route'), 'the way is drawn');
  assert.equal(await scaleWords(page), scaleBefore, 'choosing a place keeps the picture where it was');
  script = await readAloudMatchesScript(page);
  assert.ok(script.includes(`${name} est à`), script);
  await checkAxe(page, 'map with a place chosen');
  await shot(page, 'map-chosen-fr');

  // Farther shows more ground: the scale bar says more minutes; closer comes back.
  await page.click('.zoom-out');
  await page.waitForFunction((b) => document.querySelector('.map-picture .scale text').textContent !== b, scaleBefore);
  const minutes = (s) => Number(s.match(/\d+/)[0]);
  assert.ok(minutes(await scaleWords(page)) > minutes(scaleBefore));
  await page.click('.zoom-in');
  await page.waitForFunction((b) => document.querySelector('.map-picture .scale text').textContent === b, scaleBefore);
  // The wheel (and a trackpad's pinch) zooms as well.
  const mapBox = await page.locator('.map').boundingBox();
  await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
  await page.mouse.wheel(0, 120);
  await page.waitForFunction((b) => document.querySelector('.map-picture .scale text').textContent !== b, scaleBefore);
  assert.ok(minutes(await scaleWords(page)) > minutes(scaleBefore));
  await page.mouse.wheel(0, -120);
  await page.waitForFunction((b) => document.querySelector('.map-picture .scale text').textContent === b, scaleBefore);
  // Back on the person: their dot at the centre of the picture.
  await page.click('.recentre');
  await page.waitForFunction(() => {
    const dot = document.querySelector('.map-picture .you circle');
    const [w, h] = document.querySelector('.map-picture svg').getAttribute('viewBox').split(' ').slice(2).map(Number);
    return Math.abs(dot.getAttribute('cx') - w / 2) < 1 && Math.abs(dot.getAttribute('cy') - h / 2) < 1;
  });
  // Farther out, places across the Isère are said to be on the other bank, the others not.
  await page.click('.zoom-out');
  await page.click('.zoom-out');
  await page.waitForFunction(() => document.querySelectorAll('.map-marker').length >= 8);
  const ways = [];
  for (const marker of await page.$$('.map-marker')) {
    // Far out, markers may overlap: the list under the picture names every place anyway.
    await marker.evaluate((m) => m.click());
    await page.waitForFunction((k) => document.querySelector(`.map-marker[data-key="${k}"]`)?.getAttribute('aria-pressed') === 'true',
      await marker.getAttribute('data-key'));
    ways.push(await page.textContent('.map-way'));
  }
  const across = ways.filter((w) => w.includes("de l'autre côté de la rivière"));
  assert.ok(across.length >= 1 && across.length < ways.length, ways.join('\n'));
  await h.goto(page, '/map/wifi');
  await page.waitForSelector('.map-picture path.road', { timeout: 15000 });
  await page.click(`.map-marker[data-key="${await second.getAttribute('data-key')}"]`);
  await page.waitForSelector('.map-way');
  // The list's link opens the chosen place's sheet.
  await page.click('.map-way a');
  await page.waitForSelector('.offers');
  assert.equal((await page.textContent('h1')).trim(), name);
  await page.close();
});

test('map: a place sheet shows its place on the map, chosen, with the way to it', async () => {
  const page = await h.open('/need/computers');
  await page.waitForSelector('.results .result', { timeout: 15000 });
  await page.click('.results .result >> nth=2');
  await page.waitForSelector('.offers');
  const name = (await page.textContent('h1')).trim();
  await page.click('.actions .see-map');
  await page.waitForSelector('.map-marker.chosen');
  assert.equal(await page.getAttribute('.map-marker.chosen', 'aria-pressed'), 'true');
  assert.match(await page.getAttribute('.map-marker.chosen', 'aria-label'), new RegExp(`\\d+\\. ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  assert.ok((await page.textContent('.map-way')).includes(name));
  assert.ok(await page.$('.map-picture path.route'));
  await checkAxe(page, 'map from a place sheet');
  await page.close();
});

test('map: Arabic on the smallest phone, right to left, nothing sideways, axe clean', async () => {
  const page = await h.open('/settings');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.click('.languages button[lang="ar"]');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await h.goto(page, '/map/wifi');
  await page.waitForSelector('.map-picture path.road', { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.textContent('.map-picture .you title'), 'أنت هنا');
  const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(wide <= 320, `the page scrolls sideways: ${wide} px`);
  // The scale bar's words and the attribution stay inside the picture (their anchors are not
  // mirrored with the page).
  const outside = await page.evaluate(() => {
    const m = document.querySelector('.map').getBoundingClientRect();
    return [...document.querySelectorAll('.map-picture .scale text, .map-picture .attribution')]
      .map((t) => t.getBoundingClientRect())
      .filter((r) => r.left < m.left - 1 || r.right > m.right + 1)
      .map((r) => `[${Math.round(r.left)}, ${Math.round(r.right)}]`);
  });
  assert.deepEqual(outside, [], 'labels outside the picture');
  const box = await page.locator('.map').boundingBox();
  assert.ok(box.width <= 320 && box.width >= 280, JSON.stringify(box));
  for (const m of await page.$$('.map-marker')) {
    const b = await m.boundingBox();
    assert.ok(b.width >= 48 && b.height >= 48);
  }
  await readAloudMatchesScript(page);
  await checkAxe(page, 'map in Arabic at 320 px');
  await shot(page, 'map-ar-320');
  // The language is the person's setting: back to French for the next tests.
  await h.goto(page, '/settings');
  await page.click('.languages button[lang="fr"]');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.close();
});

test('map: outside the street map, the places by direction and distance, never empty', async () => {
  const page = await far.open('/need/wifi');
  await useDevicePosition(page);
  await page.waitForSelector('.results .result', { timeout: 15000 });
  await page.click('.see-map');
  await page.waitForSelector('.map-no-streets');
  assert.match(await page.textContent('.map-no-streets'), /Pas de plan des rues ici/);
  assert.equal(await page.$$eval('.map-picture path.road', (r) => r.length), 0);
  assert.ok(await page.$('.map-picture .you'), 'the person is drawn');
  assert.ok((await page.$$('.map-marker')).length >= 1, 'the places are drawn');
  const script = await readAloudMatchesScript(page);
  assert.match(script, /^Pas de plan des rues ici/);
  await checkAxe(page, 'map without streets');
  await page.close();
});

test('where am I: type a street, stand on it, move the dot to the right spot', async () => {
  const page = await h.open('/where');
  await page.fill('#where-search', 'cours berriat');
  await page.waitForSelector('.found .street');
  assert.equal((await page.textContent('.found .street >> nth=0')).trim(), 'Cours Berriat');
  await checkAxe(page, 'where: a street found');
  await page.click('.found .street >> nth=0');
  await page.waitForSelector('.map-picture path.road', { timeout: 15000 });
  assert.match(await page.textContent('h1'), /Cours Berriat/);
  const script = await readAloudMatchesScript(page);
  assert.match(script, /^Cours Berriat\. Touchez le plan/);
  await checkAxe(page, 'where: the street on the map');
  await shot(page, 'where-street-fr');
  const dot = () => page.$eval('.map-picture .you circle', (c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
  const [x0, y0] = await dot();
  assert.ok(Math.abs(x0 - 210) < 1 && Math.abs(y0 - 210) < 1, `placed at the centre: ${x0}, ${y0}`);
  // A touch a quarter of the way in from the top left: the dot goes there, the picture stays.
  const box = await page.locator('.map-picture').boundingBox();
  await page.mouse.click(box.x + box.width / 4, box.y + box.height / 4);
  await page.waitForFunction(() => Number(document.querySelector('.map-picture .you circle').getAttribute('cx')) < 150);
  const [x1, y1] = await dot();
  assert.ok(Math.abs(x1 - 105) < 3 && Math.abs(y1 - 105) < 3, `moved where touched: ${x1}, ${y1}`);
  await page.click('#here-done');
  await page.waitForSelector('.need-tile');
  assert.match(await page.textContent('.where-line'), /Cours Berriat/);
  await page.close();
});
