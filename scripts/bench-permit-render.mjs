// `node scripts/bench-permit-render.mjs [runs]` (after `npm run build`): how long
// `<layanan-permit-form>` takes, in headless Chromium, from being put on the page to a 100-field
// form on screen (contract check of the definition, Lit render, style and layout), median of
// repeated runs. The definition comes from a stub `fetch` in the page, so no network is timed.
// A number for notes, never an assertion.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startHttpServer } from '@layanan/mock-server/http';

const RUNS = Number(process.argv[2] ?? 40);
const WARMUP = 5;
const FIELDS = 100;
const dist = fileURLToPath(new URL('../packages/widgets/dist', import.meta.url));
if (!existsSync(join(dist, 'layanan.js'))) {
  console.error('packages/widgets/dist/layanan.js is missing: run `npm run build` first.');
  process.exit(1);
}

const TYPES = ['text', 'textarea', 'number', 'money', 'date', 'select', 'radio', 'checkbox', 'file', 'email', 'phone', 'nik', 'npwp', 'address'];
const t = (id, en) => ({ id, en });
const options = [t('Pertama', 'First'), t('Kedua', 'Second'), t('Ketiga', 'Third'), t('Keempat', 'Fourth')].map((label, i) => ({ value: `o${i}`, label }));

/** One step of 100 fields, every field type in turn, with the rules a real form carries. */
const permit = {
  id: 'bench-100',
  unitId: 'dpmptsp',
  name: t('Formulir 100 isian', 'A 100-field form'),
  description: t('Untuk mengukur.', 'For measuring.'),
  requirements: [],
  fee: 0,
  serviceLevelDays: 1,
  form: {
    version: 1,
    steps: [
      {
        id: 'semua',
        title: t('Semua isian', 'Every field'),
        fields: Array.from({ length: FIELDS }, (_, i) => {
          const type = TYPES[i % TYPES.length];
          return {
            id: `f${String(i + 1).padStart(3, '0')}`,
            type,
            label: t(`Isian nomor ${i + 1} (${type})`, `Field number ${i + 1} (${type})`),
            ...(i % 3 === 0 ? { help: t('Keterangan singkat untuk isian ini.', 'A short help text for this field.') } : {}),
            required: i % 2 === 0,
            ...(type === 'text' || type === 'textarea' ? { minLength: 3, maxLength: 200 } : {}),
            ...(type === 'number' || type === 'money' ? { min: 0, max: 1_000_000 } : {}),
            ...(type === 'select' || type === 'radio' || type === 'checkbox' ? { options } : {}),
            ...(type === 'file' ? { accept: ['application/pdf', 'image/jpeg'], maxSizeBytes: 2 * 1024 * 1024 } : {}),
          };
        }),
      },
    ],
  },
};

const home = mkdtempSync(join(tmpdir(), 'layanan-bench-'));
const site = join(home, 'site');
mkdirSync(site);
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="layanan-api-base" content="/">
<script src="/bench-page.js"></script><script type="module" src="/dist/layanan.js"></script></head><body></body></html>`,
);
writeFileSync(
  join(site, 'bench-page.js'),
  `// Serves the definition and the regions from memory: the bench times the widget, not the network.
const permit = ${JSON.stringify(permit)};
const regions = fetch('/v1/agency/regions').then((r) => r.text());
const realFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const json = { 'content-type': 'application/json' };
  if (url.pathname === '/v1/permits/types/bench-100') return new Response(JSON.stringify(permit), { headers: json });
  if (url.pathname === '/v1/agency/regions') return new Response(await regions, { headers: json });
  return realFetch(input, init);
};
const tick = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
async function renderOnce() {
  localStorage.clear();
  const form = document.createElement('layanan-permit-form');
  form.setAttribute('type', 'bench-100');
  const start = performance.now();
  document.body.append(form);
  while ((form.shadowRoot?.querySelectorAll('.question').length ?? 0) < ${FIELDS}) await tick();
  form.shadowRoot.querySelector('.permit').getBoundingClientRect(); // style and layout
  const ms = performance.now() - start;
  const controls = permit.form.steps[0].fields.filter((f) => form.shadowRoot.getElementById('field-' + f.id)).length;
  form.remove();
  return { ms, controls };
}
window.runBench = async (runs, warmup) => {
  await customElements.whenDefined('layanan-permit-form');
  for (let i = 0; i < warmup; i++) await renderOnce();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const { ms, controls } = await renderOnce();
    if (controls !== ${FIELDS}) throw new Error('only ' + controls + ' controls rendered');
    times.push(ms);
  }
  return times;
};
`,
);

const server = await startHttpServer({ port: 0, static: [{ prefix: '/dist', dir: dist }, { prefix: '/', dir: site }] });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  env: { ...process.env, HOME: home },
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 915 }); // a common Android phone
  await page.goto(`${server.url}/`);
  const times = (await page.evaluate(`window.runBench(${RUNS}, ${WARMUP})`)).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  console.log(`\nPermit form render (${FIELDS} fields, every field type, Chromium headless, ${RUNS} runs after ${WARMUP} warm-up)`);
  console.log(`<layanan-permit-form> median ${median.toFixed(1)} ms   (min ${times[0].toFixed(1)}, p90 ${p90.toFixed(1)}, max ${times.at(-1).toFixed(1)})`);
} finally {
  await browser.close();
  await server.close();
  rmSync(home, { recursive: true, force: true });
}
