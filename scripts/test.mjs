// `npm test`: type check, build, Node tests, browser tests; ends with one line `N passed, N failed`
// counting every test (the type check and the build count as one check each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

// Node 20's --test does not glob for .ts files: list each package's test/*.test.ts ourselves, and the
// repository's own test/*.test.mjs (what npm would publish), except the consumer smoke check.
function nodeTestFiles() {
  const packages = readdirSync('packages').flatMap((name) => {
    const dir = join('packages', name, 'test');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f)) : [];
  });
  const repository = readdirSync('test').filter((f) => f.endsWith('.test.mjs') && f !== 'consumer.test.mjs').map((f) => join('test', f));
  return [...packages, ...repository];
}

const nodeTest = (resultFile, files) => [
  '--conditions=source',
  '--import', 'tsx',
  '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-test-counter.mjs', `--test-reporter-destination=${results}/${resultFile}`,
  ...files,
];

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${title} failed`);
  }
}

function suite(title, file, command, args, env) {
  const ok = run(title, command, args, env);
  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(readFileSync(join(results, file), 'utf8').trim().split('\n').at(-1));
  } catch {
    counts.failed = 1; // the runner died before it could count: never a silent pass
  }
  if (!ok && counts.failed === 0) counts.failed = 1;
  console.log(`  ${title}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  failed += counts.failed;
}

// Build first: the type check reads the generated custom-elements.json (Storybook's preview).
check('build', 'npm', ['run', 'build', '--silent']);
check('type check', 'npx', ['tsc', '-p', 'tsconfig.json']);
suite('Node tests', 'node.json', process.execPath, nodeTest('node.json', nodeTestFiles()));
// npm pack → a fresh app outside the repository: Vite, React, Node and a consumer's own tests.
suite('Consumer smoke check (packed tarballs)', 'consumer.json', process.execPath, nodeTest('consumer.json', ['test/consumer.test.mjs']));
// Chromium writes its profile under $HOME: keep it out of the user's.
suite('Browser tests (Chromium)', 'browser.json', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], { HOME: join(tmpdir(), 'layanan-test-home') });

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
