// End-to-end test of the dashboard: `newsmill serve` on a database, Debian's
// chromium driven by playwright-core (never a downloaded browser): the
// Russia-United States timeline, a quote search for "guarantees", the
// article it comes from, and screenshots.
//
//   node tests/browser/dashboard_test.mjs --newsmill build/newsmill \
//        --db demo.db --out build/tests/browser
//
// Run by ctest through tests/browser/run.sh, which installs what is missing.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'node:test';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

function arg(name, def) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : def;
}
const newsmill = arg('newsmill', 'build/newsmill');
const db = arg('db', 'demo.db');
const out = arg('out', 'build/tests/browser');
const chromiumPath = arg('chromium', '/usr/bin/chromium');
mkdirSync(out, { recursive: true });

// Starts the server on a free loopback port; resolves to its dashboard URL.
function startServer() {
  return new Promise((resolve, reject) => {
    const proc = spawn(newsmill, ['serve', '--db', db, '--port', '0', '--token', 'browser-test-token'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    const timer = setTimeout(() => reject(new Error('serve did not start: ' + text)), 20000);
    proc.stdout.on('data', (d) => {
      text += d;
      const m = text.match(/dashboard: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1] });
      }
    });
    proc.on('exit', (code) => reject(new Error('serve exited with ' + code + ': ' + text)));
  });
}

test('dashboard: timeline, quote search, article view', { timeout: 120000 }, async () => {
  const server = await startServer();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'newsmill-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
    const page = context.pages()[0] || await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

    // 1. The Russia-United States timeline (the default view).
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="timeline"]', { timeout: 20000 });
    const summary = await page.textContent('[data-testid="timeline-summary"]');
    assert.match(summary, /events between Russia and United States/);
    const total = Number(summary.match(/^([\d,]+) events/)[1].replace(/,/g, ''));
    assert.ok(total > 0, 'the timeline has events: ' + summary);
    assert.equal(await page.evaluate(() => typeof window.Chart), 'function', 'chart.js is loaded');
    await page.waitForSelector('canvas#timeline-chart');
    await page.waitForSelector('[data-testid="events-table"] tbody tr');
    await page.screenshot({ path: path.join(out, 'dashboard-timeline.png'), fullPage: true });

    // 2. Quotes with "guarantees".
    await page.click('nav a[data-view="quotes"]');
    await page.waitForSelector('body[data-ready="quotes"]');
    await page.fill('input[name="q"]', 'guarantees');
    await page.click('form[role="search"] button[type="submit"]');
    // (The hash changes before the router's hashchange handler runs and
    // clears the ready mark: wait for the list of this search itself.)
    await page.waitForFunction(() => {
      if (!location.hash.includes('q=guarantees') || document.body.dataset.ready !== 'quotes')
        return false;
      const qs = [...document.querySelectorAll('[data-testid="quote"] blockquote')];
      return qs.length > 0 && qs.every((e) => /guarantee/i.test(e.textContent));
    }, null, { timeout: 20000 });
    const quotes = await page.$$eval('[data-testid="quote"] blockquote', (els) => els.map((e) => e.textContent));
    assert.ok(quotes.length > 0, 'quotes were found');
    for (const q of quotes) assert.match(q, /guarantee/i);

    // 3. The article of the first quote, with the quote highlighted.
    await page.click('[data-testid="quote"] .meta a[href^="#/article/"]');
    await page.waitForSelector('body[data-ready="article"]');
    const title = await page.textContent('[data-testid="article-title"]');
    assert.ok(title.length > 0);
    const selected = await page.$$eval('.hl.k-quote.selected', (els) => els.map((e) => e.textContent).join(''));
    assert.match(selected, /guarantees/, 'the quote is highlighted in the text');
    const panel = await page.textContent('[data-testid="record-json"]');
    assert.match(panel, /"kind": "(direct|mixed|indirect)"/, 'its record is shown');
    // Clicking an actor's mention shows that entity's record.
    await page.click('.hl.k-PERSON >> nth=0');
    assert.match(await page.textContent('[data-testid="record-json"]'), /"key": "/);
    await page.screenshot({ path: path.join(out, 'dashboard-article.png'), fullPage: true });

    assert.deepEqual(errors, [], 'no errors in the page');
  } finally {
    if (context) await context.close();
    server.proc.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  }
});
