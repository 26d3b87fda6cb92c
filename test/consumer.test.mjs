// The packages as someone else's project gets them: `npm pack` every workspace, install the tarballs
// into a fresh folder outside this repository (so nothing resolves to the workspace), then build,
// type-check and run what an agency developer, a back-office script and a consumer's test suite would.
// One install serves every case; npm's cache makes it quick after `npm ci`.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { widgets } from '../packages/widgets/widgets.mjs';

const run = promisify(execFile);
const repo = resolve('.');
const root = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const keep = process.env.LAYANAN_KEEP_CONSUMER === '1';

/** The version this repository's lock file installed, so the consumer install is served from npm's cache. */
function locked(name) {
  const version = lock.packages[`node_modules/${name}`]?.version;
  assert.ok(version, `${name} is in package-lock.json`);
  return version;
}

// Not dependencies of this repository: the consumer alone checks the Vue and Svelte types against them.
const frameworksOnlyHere = { vue: '3.5.45', svelte: '5.57.3' };

const home = mkdtempSync(join(tmpdir(), 'layanan-consumer-'));
const app = join(home, 'app');

function write(path, text) {
  mkdirSync(dirname(join(app, path)), { recursive: true });
  writeFileSync(join(app, path), text);
}

// Without this a `node --test` inside a test reports to this runner instead of printing its own result.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_TEST_CONTEXT'));

async function sh(command, args, options = {}) {
  try {
    return await run(command, args, { cwd: app, env, maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    assert.fail(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  }
}

// Strict, and our .d.ts files checked too (skipLibCheck off), as a careful agency team would set it.
const compilerOptions = { target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] };
let packed = [];
const bin = (name) => join(repo, 'node_modules', '.bin', name);

const tsc = (project) => sh(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', project]);

before(async () => {
  const tarballs = join(home, 'tarballs');
  mkdirSync(tarballs);
  const { stdout } = await run('npm', ['pack', '--workspaces', '--json', '--ignore-scripts', '--pack-destination', tarballs], { cwd: repo, maxBuffer: 16 * 1024 * 1024 });
  packed = JSON.parse(stdout).map((p) => ({ ...p, path: join(tarballs, p.filename) }));
  const ours = Object.fromEntries(packed.map((p) => [p.name, `file:../tarballs/${p.filename}`]));
  const third = ['lit', 'msw', 'vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'];
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'agency-site',
        private: true,
        type: 'module',
        dependencies: { ...ours, ...Object.fromEntries(third.map((name) => [name, locked(name)])), ...frameworksOnlyHere },
        // Our packages depend on each other by ^ranges: point those at the tarballs, never the registry.
        overrides: Object.fromEntries(Object.keys(ours).map((name) => [name, `$${name}`])),
      },
      null,
      2,
    ),
  );
  await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
});

after(() => {
  if (keep) console.log(`consumer kept at ${app}`);
  else rmSync(home, { recursive: true, force: true });
});

describe('the tarballs', () => {
  it('are clean for publint (strict) and for Are the Types Wrong (esm-only)', async () => {
    for (const { name, path } of packed) {
      const lint = await sh(bin('publint'), ['run', path, '--strict'], { cwd: repo });
      assert.match(lint.stdout, /All good!/, `${name}: ${lint.stdout}`);
      // A stylesheet export (`./themes/dark.css`) has no types to find: attw judges the JS entries.
      const pkg = JSON.parse(readFileSync(join(repo, 'packages', name.split('/')[1], 'package.json'), 'utf8'));
      const stylesheets = Object.keys(pkg.exports).filter((entry) => entry.endsWith('.css'));
      await sh(bin('attw'), [path, '--profile', 'esm-only', '--format', 'ascii', ...(stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : [])], { cwd: repo });
    }
  });
});

describe('an app built from the packed tarballs', () => {
  it('installs only what the packages declare (one copy of lit, zod and ky)', async () => {
    const { stdout } = await sh('npm', ['ls', '--all', '--json', 'lit', 'zod', 'ky', 'tslib']);
    const copies = new Map();
    const walk = (deps = {}) => {
      for (const [name, info] of Object.entries(deps)) {
        if (['lit', 'zod', 'ky', 'tslib'].includes(name)) copies.set(name, (copies.get(name) ?? new Set()).add(info.version));
        walk(info.dependencies);
      }
    };
    walk(JSON.parse(stdout).dependencies);
    for (const name of ['lit', 'zod', 'ky', 'tslib']) assert.equal(copies.get(name)?.size, 1, `one version of ${name}: ${[...(copies.get(name) ?? [])]}`);
  });

  it('a Vite + TypeScript page imports one widget and configure(), type-checks its event and builds', async () => {
    write(
      'index.html',
      `<!doctype html>
<html lang="id">
  <head><meta charset="utf-8" /><title>Antrean</title></head>
  <body>
    <layanan-queue-ticket service="ktp-el"></layanan-queue-ticket>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
    );
    write(
      'src/main.ts',
      `import '@layanan/widgets/queue-ticket';
import { configure } from '@layanan/widgets/config';

configure({ apiBase: 'https://layanan.lampungutarakab.go.id' });

const widget = document.querySelector('layanan-queue-ticket');
widget?.addEventListener('layanan-ticket-issued', (e) => {
  const number: string = e.detail.ticket.number;
  // @ts-expect-error the detail is the contract's QueueTicket, not any
  console.log(number, e.detail.ticket.notAField);
});
widget?.addEventListener('layanan-error', (e) => console.error(e.detail.operation, e.detail.message));
if (widget) widget.headingLevel = 3;
`,
    );
    write('tsconfig.json', JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'Bundler' }, include: ['src'] }));
    write('tsconfig.node16.json', JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'Node16', moduleResolution: 'Node16' }, include: ['src'] }));
    await Promise.all([tsc('tsconfig.json'), tsc('tsconfig.node16.json')]);

    await sh(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error']);
    const assets = join(app, 'dist', 'assets');
    const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
    const page = readFileSync(join(app, 'dist', 'index.html'), 'utf8');
    const scripts = js.filter((file) => page.includes(file));
    assert.equal(scripts.length, 1, 'one script on the page');
    // The rest are the English catalogs, which Vite splits off and loads only for a widget in English.
    assert.deepEqual(js.filter((file) => !page.includes(file) && !/^(en|[a-z-]+\.strings\.en)-[\w-]+\.js$/.test(file)), [], 'no other lazy script');
    const code = readFileSync(join(assets, scripts[0]), 'utf8');
    assert.ok(code.includes('layanan-queue-ticket'), 'the element is in the bundle');
    const others = widgets.filter((widget) => widget.kind === 'service' && widget.tag !== 'layanan-queue-ticket').map((widget) => widget.tag);
    assert.deepEqual(others.filter((tag) => code.includes(tag)), [], 'no other service widget came along');
    const gzip = gzipSync(code, { level: 9 }).length;
    writeFileSync(join(repo, '.test-results', 'consumer-vite.json'), JSON.stringify({ widget: 'layanan-queue-ticket', min: Buffer.byteLength(code), gzip }) + '\n');
    console.log(`  Vite bundle of <layanan-queue-ticket>: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB min, ${(gzip / 1024).toFixed(1)} KB gzip`);
  });

  it('a React 19 app type-checks the @layanan/react wrappers and the JSX intrinsic elements, and refuses their mistakes', async () => {
    // The repository's own fixture, with an @ts-expect-error on each mistake a developer could make.
    write('react/App.tsx', readFileSync('packages/react/test/fixtures/app.tsx', 'utf8'));
    write(
      'react/main.tsx',
      `import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
`,
    );
    write('tsconfig.react.json', JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx' }, include: ['react'] }));
    await tsc('tsconfig.react.json');
  });

  it('Vue 3 and Svelte 5 see every element with typed props and events', async () => {
    write(
      'frameworks/vue.ts',
      `import type {} from '@layanan/widgets/vue';
import type { GlobalComponents } from 'vue';

type QueueTicketProps = InstanceType<GlobalComponents['layanan-queue-ticket']>['$props'];
export const props: QueueTicketProps = { service: 'ktp-el', headingLevel: 3, onLayananTicketIssued: (e) => e.detail.ticket.number.trim() };
// @ts-expect-error headingLevel is a number
export const wrong: QueueTicketProps = { headingLevel: 'tiga' };
`,
    );
    write(
      'frameworks/svelte.ts',
      `import type {} from '@layanan/widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const attributes: SvelteHTMLElements['layanan-tax-payment'] = { 'tax-type': 'pbb-p2', 'onlayanan-payment-completed': (e) => e.detail.payment.receipt?.receiptNumber.trim() };
// @ts-expect-error the receipt has no such field
export const wrong: SvelteHTMLElements['layanan-tax-payment'] = { 'onlayanan-payment-completed': (e) => e.detail.payment.receipt?.nomor };
`,
    );
    write('tsconfig.frameworks.json', JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'Bundler' }, include: ['frameworks'] }));
    await tsc('tsconfig.frameworks.json');
  });

  it('a Node ESM script calls the reference server over HTTP with @layanan/sdk', async () => {
    const server = spawn(join(app, 'node_modules/.bin/layanan-mock-server'), ['--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise((resolveUrl, reject) => {
        let out = '';
        server.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /on (http:\/\/[^\s]+)/.exec(out);
          if (match) resolveUrl(match[1]);
        });
        server.on('exit', (code) => reject(new Error(`layanan-mock-server exited with ${code}: ${out}`)));
      });
      write(
        'back-office.mjs',
        `import { createClient, isProblemError } from '@layanan/sdk';
const client = createClient({ baseUrl: process.argv[2], locale: 'en' });
const agency = await client.agency.get();
const ticket = await client.queue.issueTicket({ serviceId: 'ktp-el', visitDate: '2026-12-02', name: 'Siti Aminah', phone: '0812-3456-7890', nik: '1803054512900001' });
try {
  await client.queue.getTicket('NOPE0-NOPE0-NOPE0');
} catch (error) {
  if (!isProblemError(error)) throw error;
  console.log(JSON.stringify({ agency: agency.name, number: ticket.number, missing: error.status }));
}
`,
      );
      const { stdout } = await sh(process.execPath, ['back-office.mjs', url]);
      const result = JSON.parse(stdout);
      assert.match(result.agency, /Lampung Utara/);
      assert.match(result.number, /^[A-Z]-\d{3}$/);
      assert.equal(result.missing, 404);
    } finally {
      server.kill();
    }
  });

  it("a consumer's own test suite runs against the mock server's Node handlers", async () => {
    write(
      'test/agency.test.mjs',
      `import assert from 'node:assert/strict';
import { after, afterEach, before, it } from 'node:test';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { createClient } from '@layanan/sdk';
import { http, HttpResponse } from 'msw';

const mock = createNodeMockServer();
before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());
const client = createClient({ baseUrl: 'https://layanan.example.go.id', retry: 0 });

it('reads the seeded agency', async () => {
  assert.match((await client.agency.get()).name, /Lampung Utara/);
});

it('sees an override for one test', async () => {
  mock.use(http.get('*/v1/agency', () => HttpResponse.json({ type: 'about:blank', title: 'Down', status: 503 }, { status: 503, headers: { 'content-type': 'application/problem+json' } })));
  await assert.rejects(client.agency.get(), (error) => error.name === 'ProblemError' && error.status === 503);
});
`,
    );
    const { stdout } = await sh(process.execPath, ['--test', '--test-reporter=tap', 'test/agency.test.mjs']);
    assert.match(stdout, /^# pass 2$/m);
    assert.match(stdout, /^# fail 0$/m);
  });
});
