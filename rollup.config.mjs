// One build for every package: ESM + .d.ts per package (dependencies external, modules preserved so
// per-widget entry points exist), then the single-file CDN bundle of all widgets.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { entryOf, widgets } from './packages/widgets/widgets.mjs';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bare imports (npm packages, other workspaces, Node built-ins) stay imports in a package build. */
const isExternal = (id) => builtins.has(id) || /^(@[^/.][^/]*\/)?[^/.][^/]*/.test(id) && !id.startsWith('/');

function packageBuild(name, inputs) {
  const dir = `packages/${name}`;
  return {
    input: Object.fromEntries(inputs.map((entry) => [entry, `${dir}/src/${entry}.ts`])),
    external: isExternal,
    // Source maps point at src/, which the tarball ships; no second copy of the sources inside them.
    output: { dir: `${dir}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `${dir}/src`, sourcemap: true, sourcemapExcludeSources: true },
    plugins: [typescript({ tsconfig: `${dir}/tsconfig.build.json`, outputToFilesystem: true, noEmitOnError: true })],
  };
}

/**
 * Every widget in one minified file, as an agency's `<script type="module" src=".../layanan.js">` loads
 * it; what it imports dynamically (the English texts) becomes content-hashed files in `chunks/` beside it.
 */
export function browserBundle(input, file, { minify = true } = {}) {
  return {
    input,
    // The entry may export what the English chunks import from it: no second file on the critical path.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: dirname(file), entryFileNames: basename(file), chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
      minifyTemplates(),
      // Only `__decorate` of the TypeScript helpers, in the shape our member decorators need (decision 011).
      typescript({ tsconfig: 'packages/widgets/tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'packages/widgets/dist', noEmitOnError: true, tslib: fileURLToPath(new URL('./scripts/decorate.mjs', import.meta.url)) }),
      dropStaleChunks(dirname(file)),
      minify && terser({ ecma: 2020, module: true, format: { comments: false, wrap_func_args: false }, compress: { passes: 3, keep_fargs: false } }),
    ].filter(Boolean),
  };
}

/** Removes chunks of earlier builds from `dir/chunks`: their names are hashes, so nothing overwrites them. */
const dropStaleChunks = (dir) => ({
  name: 'drop-stale-chunks',
  generateBundle(_, bundle, isWrite) {
    if (!isWrite || !existsSync(join(dir, 'chunks'))) return;
    for (const name of readdirSync(join(dir, 'chunks'))) if (!(`chunks/${name}` in bundle)) rmSync(join(dir, 'chunks', name));
  },
});

export default [
  packageBuild('contract', ['index']),
  packageBuild('sdk', ['index']),
  packageBuild('mock-server', ['index', 'node', 'browser', 'http', 'cli']),
  packageBuild('conformance', ['index', 'cli']),
  packageBuild('widgets', ['index', 'config', ...widgets.map(entryOf)]),
  // One entry per generated wrapper (scripts/generate-frameworks.mjs writes them from the manifest).
  packageBuild('react', readdirSync('packages/react/src').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3))),
  browserBundle('packages/widgets/src/index.ts', 'packages/widgets/dist/layanan.js'),
];
