// Bundles an entry the way a CDN user gets it (Lit, SDK, contract and zod/mini included),
// minifies it and reports its bytes. Shared by `npm run bench` and the byte-budget test.
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
import { sourceOf, widgets } from '../packages/widgets/widgets.mjs';

const cdn = config.at(-1);

/** `{ min, gzip, lazy }` bytes of `input` bundled with every dependency, minified like the CDN file. */
export async function bundleSize(input) {
  return measure(input, []);
}

/**
 * The bytes of a bundle of several widget modules together (each an entry path), as if one
 * `index.ts` imported just those: what a page with exactly these widgets pays.
 */
export async function bundleSizeOf(entries) {
  const entry = '\0layanan-bench-entry';
  const code = entries.map((path) => `import ${JSON.stringify(resolve(path))};`).join('\n');
  return measure(entry, [{ name: 'bench-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) }]);
}

/**
 * What a page pays for `input`: the chunk it loads and every chunk that one imports statically, each
 * minified and gzipped as it travels. What is imported dynamically (the English texts, decision 006)
 * is loaded only when needed and reported apart as `lazy`.
 */
async function measure(input, plugins) {
  const build = await rollup({ ...cdn, plugins: [...plugins, ...cdn.plugins], input, output: undefined, onwarn() {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const load = (fileName) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    chunks.get(fileName).imports.forEach(load);
  };
  load([...chunks.values()].find((chunk) => chunk.isEntry).fileName);
  const size = { min: 0, gzip: 0, lazy: 0 };
  for (const [fileName, { code }] of chunks) {
    const gzip = gzipSync(code, { level: 9 }).length;
    if (!loaded.has(fileName)) size.lazy += gzip;
    else Object.assign(size, { min: size.min + Buffer.byteLength(code), gzip: size.gzip + gzip });
  }
  return size;
}

/** Every widget's own entry point: what one `<script type="module">` for that widget costs. */
export const widgetEntries = Object.fromEntries(widgets.map((widget) => [widget.tag, sourceOf(widget)]));

/** The single-file CDN bundle with every widget. */
export const cdnEntry = 'packages/widgets/src/index.ts';

/**
 * Byte budgets, min+gzip with Lit and the SDK included. DESIGN.md asks 24 KB per widget and 40 KB
 * for all; the identity inputs and the agency widget keep 24 KB. A widget that calls a service
 * carries Lit, ky, zod/mini and the SDK core (≈ 20.5 KB) before its first line of UI, so the
 * service widgets and the CDN bundle have provisional ceilings that stop regressions while the
 * budget is decided: decision 006.
 */
export const budgets = { widget: 24 * 1024, serviceWidget: 40 * 1024, all: 80 * 1024 };

const budgetClass = new Map(widgets.map((widget) => [widget.tag, widget.budget]));

/** The budget of one widget's own entry point, by its class in packages/widgets/widgets.mjs. */
export const budgetOf = (tag) => {
  const budget = budgetClass.get(tag);
  if (!budget) throw new Error(`${tag} is not in packages/widgets/widgets.mjs`);
  return budgets[budget];
};
