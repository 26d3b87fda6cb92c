// `npm run bench`: what Layanan costs a citizen's phone and an agency's server.
//   1. bytes: min and gzip of each package's entry (every dependency bundled, as a browser gets it),
//      of each widget alone, of the single-file CDN bundle with every widget, and what each widget
//      adds to that bundle (its own cost once Lit, the SDK and the shared internals are paid);
//   2. request overhead: the SDK's `agency.get()` against a raw fetch + JSON.parse of the same
//      endpoint on the local HTTP mock server (median of repeated runs);
//   3. network cost: bytes per minute of watching a queue ticket over SSE and over polling;
//   4. render time: a 100-field permit form in headless Chromium (median of repeated runs);
//   5. first widget content of each example page on emulated weak mobile data (500 kbps, 400 ms,
//      4× CPU), first and repeat visit, median of 5, with the bytes on the wire
//      (scripts/bench-first-content.mjs);
//   6. capacity: N SSE queue watchers + 200 req/s of mixed traffic against the reference server
//      (scripts/bench-capacity.mjs: errors, p50/p99, event lag and RSS for N = 1,000, 5,000, 10,000).
// Numbers for notes, never assertions: the byte budgets are checked by `npm test`.
import { spawnSync } from 'node:child_process';
import { budgetOf, budgets, bundleSize, bundleSizeOf, cdnEntry, widgetEntries } from './bundle-size.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name, { min, gzip, lazy }, budget) =>
  console.log(`${name.padEnd(34)} ${kb(min).padStart(9)} ${kb(gzip).padStart(9)}${budget ? `   budget ${kb(budget)} (${((gzip / budget) * 100).toFixed(0)} %)` : ''}${lazy ? `   + ${kb(lazy)} English, loaded when needed` : ''}`);

if (spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' }).status !== 0) process.exit(1);

console.log('\nBytes (bundled with dependencies, minified)      min      gzip');
row('@layanan/contract (whole entry)', await bundleSize('packages/contract/dist/index.js'));
row('@layanan/sdk', await bundleSize('packages/sdk/dist/index.js'));
row('@layanan/mock-server/browser (msw)', await bundleSize('packages/mock-server/dist/browser.js'));
for (const [tag, entry] of Object.entries(widgetEntries)) row(`<${tag}>`, await bundleSize(entry), budgetOf(tag));
const all = await bundleSize(cdnEntry);
row('layanan.js (every widget, CDN)', all, budgets.all);

// What each widget adds to a page that has the others already: Lit, the SDK and the shared
// internals are paid once, so this is the widget's own cost.
console.log('\nOwn bytes: every widget minus this one         min      gzip');
const entries = Object.entries(widgetEntries);
for (const [tag] of entries) {
  const without = await bundleSizeOf(entries.filter(([other]) => other !== tag).map(([, entry]) => entry));
  row(`<${tag}>`, { min: all.min - without.min, gzip: all.gzip - without.gzip });
}

// Request overhead and network cost, in child processes so they run the TypeScript sources.
for (const script of ['scripts/bench-requests.ts', 'scripts/bench-network.ts', 'scripts/bench-permit-render.mjs', 'scripts/bench-first-content.mjs']) {
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', script], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// Capacity: thousands of open sockets need more open files than a shell's default 1,024; raise the
// soft limit as far as the hard one allows (the script skips a step the limit cannot hold).
const capacity = spawnSync('sh', ['-c', 'ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" scripts/bench-capacity.mjs', process.execPath], { stdio: 'inherit' });
if (capacity.status !== 0) process.exit(capacity.status ?? 1);
