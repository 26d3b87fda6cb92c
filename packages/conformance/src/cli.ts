import { parseArgs } from 'node:util';
import { runConformance } from './index.js';

const usage = `Usage: layanan-conformance --base-url <url> [--examples] [--reset]

Checks that a backend keeps the Layanan contract: problem+json errors, validation, idempotency,
conditional GETs, CORS and the schema of every answer.

  --base-url <url>   Root of the backend (its /v1/… paths live under it)
  --examples         Also replay the contract's examples (a backend seeded like the reference server)
  --reset            With --examples: POST /v1/_mock/reset before each (the reference server)
  -h, --help         Show this help`;

let values;
try {
  ({ values } = parseArgs({
    options: { 'base-url': { type: 'string' }, examples: { type: 'boolean' }, reset: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  console.error(`layanan-conformance: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const baseUrl = values['base-url'];
if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
  console.error(`layanan-conformance: --base-url must be an http(s) URL\n\n${usage}`);
  process.exit(2);
}

const results = await runConformance({
  baseUrl,
  examples: values.examples ?? false,
  reset: values.reset ?? false,
  onResult: (result) => console.log(`${result.passed ? '✓' : '✗'} ${result.title}${result.passed ? '' : `\n    ${result.message}`}`),
});
const failed = results.filter((r) => !r.passed).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
