// Bundles an entry the way a CDN user gets it (Lit, SDK, contract and zod/mini included),
// minifies it and reports its bytes. Shared by `npm run bench` and the byte-budget test.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const cdn = config.at(-1);

/** `{ min, gzip }` bytes of `input` bundled with every dependency, minified like the CDN file. */
export async function bundleSize(input) {
  const build = await rollup({ ...cdn, input, output: undefined, onwarn() {} });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const code = output[0].code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** Every widget's own entry point: what one `<script type="module">` for that widget costs. */
export const widgetEntries = {
  'layanan-agency-info': 'packages/widgets/src/agency-info/agency-info.ts',
  'layanan-nik-input': 'packages/widgets/src/nik-input/nik-input.ts',
  'layanan-npwp-input': 'packages/widgets/src/npwp-input/npwp-input.ts',
  'layanan-nop-input': 'packages/widgets/src/nop-input/nop-input.ts',
  'layanan-phone-input': 'packages/widgets/src/phone-input/phone-input.ts',
};

/** The single-file CDN bundle with every widget. */
export const cdnEntry = 'packages/widgets/src/index.ts';

/** DESIGN.md's byte budgets, min+gzip with Lit and the SDK included. */
export const budgets = { widget: 24 * 1024, all: 40 * 1024 };
