// What every browser test file shares: a liveview server of its own (own port, own data
// folder, a fixed clock), Debian's Chromium, and the checks every screen must pass.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const BIN = process.env.TOUTPRES_LIVEVIEW_BIN;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = process.env.TOUTPRES_SHOTS; // folder for screenshots, optional
// Tuesday 10 March 2026, 10:00 Paris time: opening hours and reminders give stable answers.
export const NOW = '2026-03-10T10:00';

/**
 * A server and a browser for one test file. `portBase`: each file takes ports in its own
 * range of 500, so files never ask for the same port.
 */
export function harness({ portBase, dataPrefix, env = () => ({}) }) {
  const port = portBase + Math.floor(Math.random() * 500);
  const h = { base: `http://127.0.0.1:${port}`, server: null, browser: null, dataDir: null };

  h.startServer = async () => {
    h.server = spawn(BIN, [String(port)], {
      env: {
        ...process.env,
        TOUTPRES_DATA_DIR: h.dataDir,
        TOUTPRES_NOW: NOW,
        // Updates: nothing listens on port 9 here, so the start-up sync finds no connection at
        // once; a test file that syncs gives its own server (`env`).
        TOUTPRES_SYNC_URL: 'http://127.0.0.1:9/manifest',
        ...env(),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not start')), 20000);
      h.server.stdout.on('data', (d) => {
        if (String(d).includes('Tout près on')) { clearTimeout(timer); resolve(); }
      });
      h.server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
  };

  h.stopServer = async () => {
    if (!h.server) return;
    const done = new Promise((r) => h.server.once('exit', r));
    h.server.kill('SIGTERM');
    await done;
    h.server = null;
  };

  h.setup = async () => {
    assert.ok(BIN, 'TOUTPRES_LIVEVIEW_BIN must name the liveview server binary');
    h.dataDir = mkdtempSync(join(tmpdir(), dataPrefix));
    await h.startServer();
    h.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  };

  h.teardown = async () => {
    if (h.browser) await h.browser.close();
    await h.stopServer();
    if (h.dataDir) rmSync(h.dataDir, { recursive: true, force: true });
  };

  /** Go to `path` and wait for its screen: liveview draws home first, then follows the
   * address bar. */
  h.goto = async (page, path) => {
    await page.goto(h.base + path);
    await page.waitForFunction((want) => {
      const main = document.querySelector('main');
      return main && decodeURIComponent(main.dataset.path) === decodeURIComponent(want);
    }, path);
  };

  /** A new phone-sized page on `path`, once the screen is drawn. */
  h.open = async (path = '/') => {
    const page = await h.browser.newPage({ viewport: { width: 412, height: 915 } });
    await h.goto(page, path);
    await page.waitForSelector('main #read-aloud');
    return page;
  };

  return h;
}

/** axe-core on the current screen: no violation at all, WCAG 2.2 AA and AAA tags, best practices. */
export async function checkAxe(page, screen) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'] },
  }));
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  assert.deepEqual(summary, [], `axe violations on ${screen}`);
}

export async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

/** The screen has a read-aloud script, and the button speaks exactly it. */
export async function readAloudMatchesScript(page) {
  const script = (await page.textContent('#read-aloud-script')).trim();
  assert.ok(script.length > 10, 'a read-aloud script is on the screen');
  // The page outlives screens: forget what the previous screen said.
  await page.evaluate(() => { window.toutpresLastSpoken = undefined; });
  await page.click('#read-aloud');
  await page.waitForFunction(() => typeof window.toutpresLastSpoken === 'string');
  const spoken = await page.evaluate(() => window.toutpresLastSpoken);
  assert.equal(spoken.trim(), script);
  return script;
}
