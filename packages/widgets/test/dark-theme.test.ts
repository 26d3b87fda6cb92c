import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { startHttpServer, type RunningHttpServer } from '@layanan/mock-server/http';
import { launchChromium } from './chromium.js';
import { tags as WIDGETS } from '../widgets.mjs';

// The shipped dark theme on an agency's dark page: every widget's first screen keeps WCAG AA contrast.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const themes = fileURLToPath(new URL('../themes', import.meta.url));
const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: RunningHttpServer;
let browser: Browser;

before(async () => {
  const page = mkdtempSync(join(tmpdir(), 'layanan-dark-'));
  writeFileSync(
    join(page, 'index.html'),
    `<!doctype html>
<html lang="id" class="layanan-theme-dark">
  <head>
    <meta charset="utf-8" />
    <title>Tema gelap</title>
    <meta name="layanan-api-base" content="/" />
    <link rel="stylesheet" href="/themes/dark.css" />
    <style>body { background: #121619; color: #e6eaee; }</style>
    <script type="module" src="/dist/layanan.js"></script>
  </head>
  <body>
    <main>${WIDGETS.map((tag) => `<${tag}></${tag}>`).join('\n')}</main>
  </body>
</html>`,
  );
  server = await startHttpServer({ port: 0, static: [{ prefix: '/dist', dir: dist }, { prefix: '/themes', dir: themes }, { prefix: '/', dir: page }] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The color-contrast violations axe finds once every widget has left its loading state. */
async function contrastViolations(overrides = ''): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/index.html`);
  if (overrides) await page.addStyleTag({ content: overrides });
  await page.waitForFunction(
    (tags: readonly string[]) => tags.every((tag) => customElements.get(tag) && !document.querySelector(tag)!.shadowRoot?.querySelector('[part~="loading"]')),
    { timeout: 15000 },
    WIDGETS,
  );
  await page.addScriptTag({ path: axe });
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      runOnly: ['color-contrast'],
    });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => JSON.stringify(node.target)));
  })) as string[];
  await page.close();
  return violations;
}

describe('themes/dark.css (built bundle, every widget, axe in Chromium)', () => {
  it('keeps text and controls at WCAG AA contrast on a dark page', async () => {
    assert.deepEqual(await contrastViolations(), []);
  });

  it('would report a token that breaks contrast (the check above can fail)', async () => {
    const violations = await contrastViolations('.layanan-theme-dark { --layanan-color-muted: #3a4148; }');
    assert.ok(violations.length > 0, 'muted text too dark for a dark page is reported');
  });
});
