import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { startHttpServer, type RunningHttpServer } from '@layanan/mock-server/http';
import { launchChromium } from './chromium.js';
import { tags as WIDGETS } from '../widgets.mjs';

const fixture = fileURLToPath(new URL('./fixtures/csp', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));

let server: RunningHttpServer;
let browser: Browser;

before(async () => {
  server = await startHttpServer({ port: 0, static: [{ prefix: '/dist', dir: dist }, { prefix: '/', dir: fixture }] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Agency sites often send a strict policy: layanan.js must work under it without a single report.
describe('layanan.js under a strict Content-Security-Policy (built bundle, real HTTP server, Chromium)', () => {
  it('renders every widget with no violation: no eval, no inline script or style', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?tags=${WIDGETS.join(',')}`);
    await page.waitForFunction('window.cspReport !== undefined', { timeout: 15000 });
    const report = (await page.evaluate('window.cspReport')) as { violations: string[]; errors: string[]; texts: string[] };
    await page.close();
    assert.deepEqual(report.violations, []);
    assert.deepEqual(report.errors, []);
    assert.match(report.texts[0]!, /Pemerintah Kabupaten Lampung Utara/);
  });

  it('would see a violation (the check above can fail)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?tags=`);
    await page.waitForFunction('window.cspReport !== undefined', { timeout: 15000 });
    const violated = await page.evaluate(() => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
      document.body.setAttribute('style', 'color: red');
      return new Promise<string[]>((resolve) => setTimeout(() => resolve(seen), 100));
    });
    await page.close();
    assert.deepEqual(violated, ['style-src-attr']);
  });
});
