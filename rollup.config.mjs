// One build for every package: ESM + .d.ts per package (dependencies external, modules preserved so
// per-widget entry points exist), then the single-file CDN bundle of all widgets.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

/** Everything in one minified file, as an agency's `<script type="module" src=".../layanan.js">` loads it. */
export function browserBundle(input, file, { minify = true } = {}) {
  return {
    input,
    output: { file, format: 'es', inlineDynamicImports: true, sourcemap: true },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
      minifyTemplates(),
      // Only `__decorate` of the TypeScript helpers, in the shape our member decorators need (decision 011).
      typescript({ tsconfig: 'packages/widgets/tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'packages/widgets/dist', noEmitOnError: true, tslib: fileURLToPath(new URL('./scripts/decorate.mjs', import.meta.url)) }),
      minify && terser({ ecma: 2020, module: true, format: { comments: false, wrap_func_args: false }, compress: { passes: 3, keep_fargs: false } }),
    ].filter(Boolean),
  };
}

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
