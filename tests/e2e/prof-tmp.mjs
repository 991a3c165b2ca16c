import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const base = process.env.URL;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'p-')), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true,
  geolocation: { latitude: 45.1913, longitude: 5.7146 }, permissions: ['geolocation'],
});
await context.addInitScript(() => {
  const T = (window.__t = []);
  const mark = (n) => T.push([n, Math.round(performance.now())]);
  mark('script');
  for (const f of ['instantiateStreaming', 'instantiate', 'compileStreaming', 'compile']) {
    const orig = WebAssembly[f];
    if (!orig) continue;
    WebAssembly[f] = function (...a) { mark(f + ' start'); const p = orig.apply(this, a); p.then(() => mark(f + ' end')); return p; };
  }
  new MutationObserver(() => {
    if (!T.some(([n]) => n === 'main drawn') && document.querySelector('main')) mark('main drawn');
    if (!T.some(([n]) => n === 'results') && document.querySelector('.results .result')) mark('results');
  }).observe(document, { childList: true, subtree: true });
});
let page = await context.newPage();
await page.goto(base + '/');
await page.waitForSelector('main #read-aloud');
await page.evaluate(async () => { await navigator.serviceWorker.ready; });
await page.waitForTimeout(2000);
await page.tap('.need-wifi'); await page.tap('#say-where'); await page.tap('#use-gps');
await page.waitForSelector('.results .result', { timeout: 30000 });
await page.waitForTimeout(1000);
await page.close();
await context.setOffline(true);
for (let i = 0; i < Number(process.env.RUNS || 5); i++) {
  page = await context.newPage();
  const s = await context.newCDPSession(page);
  await s.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  s.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => s.once('Tracing.tracingComplete', r));
  await s.send('Profiler.enable');
  await s.send('Profiler.setSamplingInterval', { interval: 100 });
  await s.send('Profiler.start');
  await s.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const t0 = Date.now();
  await page.goto(base + '/need/wifi');
  await page.waitForSelector('.results .result', { timeout: 60000 });
  const { profile } = await s.send('Profiler.stop');
  await s.send('Tracing.end');
  await done;
  // Main thread of the renderer: the thread with most RunTask time.
  const byThread = new Map();
  for (const e of events) if (e.name === 'RunTask' && e.dur) byThread.set(e.pid + ':' + e.tid, (byThread.get(e.pid + ':' + e.tid) || 0) + e.dur);
  const main = [...byThread.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const sum = new Map();
  for (const e of events) {
    if (e.pid + ':' + e.tid !== main || !e.dur || e.name === 'RunTask') continue;
    sum.set(e.name, (sum.get(e.name) || 0) + e.dur);
  }
  {
  const self = new Map(); const total = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, k) => { const n = byId.get(id); const key = n.callFrame.functionName; self.set(key, (self.get(key) || 0) + (dt[k] || 0));
    const seen = new Set(); for (let p = id; p !== undefined; p = parent.get(p)) { const f = byId.get(p).callFrame.functionName; if (seen.has(f)) continue; seen.add(f); total.set(f, (total.get(f) || 0) + (dt[k] || 0)); } });
  console.log('SELF\n' + [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k.slice(0,120)}`).join('\n'));
  console.log('TOTAL\n' + [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k.slice(0,140)}`).join('\n'));
  }
  console.log('main', main, 'busy', (byThread.get(main) / 1000).toFixed(0));
  console.log([...sum.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
  const wall = Date.now() - t0;
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]);
    return { nav: [Math.round(nav.responseEnd), Math.round(nav.domContentLoadedEventEnd)], res, marks: window.__t };
  });
  console.log(wall, JSON.stringify(t));
  await page.close();
}
await context.close();
