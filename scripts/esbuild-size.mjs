// The bytes an app pays when it bundles one of our built files with esbuild (as Vite does for
// production dependencies' pre-bundling and many apps do directly). rollup (scripts/bundle-size.mjs)
// is what the budget test checks; esbuild honours `/* @__PURE__ */` differently (issue #12), so the
// two figures can differ and this script shows by how much.
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, analyzeMetafile } from 'esbuild';
import { entryOf, widgets } from '../packages/widgets/widgets.mjs';

/** `{ min, gzip }` bytes of `entryFile` (a built file in some `dist/`) bundled by esbuild with every dependency. */
export async function esbuildSize(entryFile, { metafile = false } = {}) {
  const result = await build({
    entryPoints: [resolve(entryFile)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['browser', 'module', 'import', 'default'],
    write: false,
    legalComments: 'none',
    metafile,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const size = { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).length };
  return metafile ? { ...size, analysis: await analyzeMetafile(result.metafile) } : size;
}

/** `packages/widgets/dist/queue-ticket/queue-ticket.js`: a widget's built entry from the repository root. */
export const distOf = (widget) => `packages/widgets/dist/${entryOf(widget)}.js`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--analyze <tag>` prints esbuild's per-module bytes for one widget.
  const analyze = process.argv.indexOf('--analyze');
  if (analyze !== -1) {
    const widget = widgets.find((w) => w.tag === process.argv[analyze + 1] || w.folder === process.argv[analyze + 1]);
    if (!widget) throw new Error(`no widget ${process.argv[analyze + 1]}`);
    console.log((await esbuildSize(distOf(widget), { metafile: true })).analysis);
  } else {
    console.log('widget'.padEnd(28), 'min'.padStart(8), 'gzip'.padStart(8));
    for (const widget of widgets) {
      const { min, gzip } = await esbuildSize(distOf(widget));
      console.log(widget.tag.padEnd(28), String(min).padStart(8), String(gzip).padStart(8));
    }
  }
}
