// What npm would publish, checked from the built packages: every import declared, every exported path
// packed, metadata present, one version with caret ranges between our packages (decision 007).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const workspaces = root.workspaces.map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
const version = workspaces[0].pkg.version;
const ours = new Set(workspaces.map(({ pkg }) => pkg.name));
const builtins = new Set(builtinModules);

/** Files under `dir` (recursively) whose names end with one of `endings`. */
function filesIn(dir, endings) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The package a bare specifier names (`lit/decorators.js` → `lit`, `@scope/a/b` → `@scope/a`), or null. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtins.has(name) ? null : name;
}

const specifierPattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every package imported by the shipped `.js` and `.d.ts` files of one workspace (not the CDN bundle). */
function importedPackages(dir) {
  const imported = new Map();
  for (const file of filesIn(join(dir, 'dist'), ['.js', '.d.ts'])) {
    if (file.endsWith('layanan.js')) continue; // self-contained by design
    for (const match of readFileSync(file, 'utf8').matchAll(specifierPattern)) {
      const name = packageOf(match[1] ?? match[2] ?? match[3]);
      if (name && !imported.has(name)) imported.set(name, file);
    }
  }
  return imported;
}

/** Every file path an `exports` map points at (all conditions). */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports).flatMap(exportTargets);
}

/** What `npm pack` would put in the tarball, relative to the package folder. */
function packedFiles(dir) {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return new Set(report.files.map((file) => file.path));
}

describe('published packages', () => {
  for (const { dir, pkg } of workspaces) {
    describe(pkg.name, () => {
      it('declares every package its shipped files import', () => {
        const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
        const missing = [...importedPackages(dir)].filter(([name]) => name !== pkg.name && !declared.has(name)).map(([name, file]) => `${name} (imported by ${file})`);
        assert.deepEqual(missing, [], `${pkg.name} imports packages it does not declare`);
      });

      it('packs every file its exports, bin and sideEffects name, and no tests', () => {
        const packed = packedFiles(dir);
        const named = [...exportTargets(pkg.exports ?? {}), ...Object.values(pkg.bin ?? {}), ...(Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [])];
        // A sideEffects glob (`./themes/*.css`) must match some packed file.
        const matches = (path) => (path.includes('*') ? [...packed].some((file) => new RegExp(`^${path.replaceAll('.', '\\.').replaceAll('*', '[^/]*')}$`).test(file)) : packed.has(path));
        const absent = named.map((path) => path.replace(/^\.\//, '')).filter((path) => !matches(path));
        assert.deepEqual(absent, [], `${pkg.name} names files the tarball does not contain`);
        assert.ok(packed.has('LICENSE') && packed.has('README.md') && packed.has('CHANGELOG.md'), 'LICENSE, README.md and CHANGELOG.md are packed');
        assert.deepEqual([...packed].filter((path) => /\.test\.[mc]?[jt]s$/.test(path)), [], 'no test files in the tarball');
        assert.ok(pkg.exports['./package.json'], './package.json is exported');
      });

      it('carries the metadata a registry page and a bundler read', () => {
        for (const field of ['description', 'license', 'repository', 'homepage', 'bugs', 'keywords', 'engines', 'types']) assert.ok(pkg[field], `${field} is set`);
        assert.equal(pkg.license, 'MIT');
        assert.equal(pkg.publishConfig?.access, 'public');
        assert.ok(pkg.sideEffects === false || Array.isArray(pkg.sideEffects), 'sideEffects is false or a list of the modules that have them');
        assert.equal(pkg.repository.directory, dir);
      });

      it(`is version ${version}, depends on our packages by caret ranges and on nothing by an exact pin`, () => {
        assert.equal(pkg.version, version, 'one version for every package (decision 007)');
        for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies })) {
          if (ours.has(name)) assert.equal(range, `^${version}`, `${name} by ^${version}`);
          else assert.match(range, /^\^\d/, `${name} by a caret range, not "${range}"`);
        }
        assert.match(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm'), `CHANGELOG.md has a section for ${version}`);
      });

      it('ships a source map beside every module, pointing at packed sources', () => {
        const modules = filesIn(join(dir, 'dist'), ['.js']);
        assert.ok(modules.length > 0, 'built');
        const unmapped = modules.filter((file) => !existsSync(`${file}.map`) || !readFileSync(file, 'utf8').includes(`//# sourceMappingURL=`));
        assert.deepEqual(unmapped, []);
        const map = JSON.parse(readFileSync(`${modules[0]}.map`, 'utf8'));
        for (const source of map.sources) if (!source.includes('node_modules')) assert.ok(existsSync(join(modules[0], '..', source)), `${source} exists`);
      });
    });
  }
});
