import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { startHttpServer, type RunningHttpServer } from '@layanan/mock-server/http';
import { launchChromium } from './chromium.js';

// Issue #11: a loading placeholder reserves roughly the height of what replaces it, so the page
// below a widget does not jump when its data arrives (Lighthouse counts it as layout shift).
// One line per widget: its tag and the attributes a page would give it.
const WIDGETS: { tag: string; attributes?: string }[] = [
  { tag: 'layanan-queue-ticket', attributes: 'service="ktp-el"' },
  { tag: 'layanan-agency-info' },
  { tag: 'layanan-permit-status', attributes: 'code="PRM7K-D2AFT-Q9WXZ"' },
  // As on examples/taxes.html: no tax fixed, so the citizen chooses among the types the server lists.
  { tag: 'layanan-tax-payment' },
  { tag: 'layanan-complaint-form' },
];

/** The most cumulative layout shift a widget's load may cause (Lighthouse calls ≤ 0.1 "good"). */
const MAX_SHIFT = 0.05;

const dist = fileURLToPath(new URL('../dist', import.meta.url));
let server: RunningHttpServer;
let browser: Browser;

before(async () => {
  const page = mkdtempSync(join(tmpdir(), 'layanan-shift-'));
  for (const { tag, attributes = '' } of WIDGETS) {
    // A phone-sized page with text below the widget: what moves when the widget grows.
    writeFileSync(
      join(page, `${tag}.html`),
      `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${tag}</title>
    <meta name="layanan-api-base" content="/" />
    <script>
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    </script>
    <script type="module" src="/dist/layanan.js"></script>
  </head>
  <body>
    <main>
      <h1>Layanan</h1>
      <${tag} ${attributes}></${tag}>
      <section style="min-height: 100vh; background: #eee">Teks halaman di bawah widget.</section>
    </main>
  </body>
</html>`,
    );
  }
  server = await startHttpServer({ port: 0, static: [{ prefix: '/dist', dir: dist }, { prefix: '/', dir: page }] });
  // Slow enough that the placeholder is painted before the answer replaces it.
  server.store.state.config.latencyMs = 600;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The cumulative layout shift while `tag` loads, from the first paint to a settled screen. */
async function shiftWhileLoading(tag: string): Promise<number> {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 800 });
  await page.goto(`${server.url}/${tag}.html`);
  await page.waitForFunction((name: string) => customElements.get(name) && document.querySelector(name)!.shadowRoot?.querySelector('[part~="loading"]'), { timeout: 15000 }, tag);
  // The element's upgrade (nothing → placeholder) is the page's script loading, not the widget's
  // load: once the placeholder is painted and its shift reported, count from zero.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
  await page.evaluate('window.layoutShift = 0');
  await page.waitForFunction((name: string) => !document.querySelector(name)!.shadowRoot!.querySelector('[part~="loading"]'), { timeout: 15000 }, tag);
  // Layout shifts are reported after the frame that makes them.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const shift = (await page.evaluate('window.layoutShift')) as number;
  await page.close();
  return shift;
}

describe('layout shift while a widget loads (built bundle, Chromium, 360 px)', () => {
  for (const { tag } of WIDGETS) {
    it(`<${tag}> shifts the page by at most ${MAX_SHIFT}`, async () => {
      const shift = await shiftWhileLoading(tag);
      assert.ok(shift <= MAX_SHIFT, `${tag}: cumulative layout shift ${shift.toFixed(3)} > ${MAX_SHIFT}`);
    });
  }
});
