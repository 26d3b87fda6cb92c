// node:test reporter that writes `{"passed":N,"failed":N}` (tests only, not suites) for scripts/test.mjs.
export default async function* countTests(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) passed++;
    if (event.type === 'test:fail') failed++;
  }
  yield `${JSON.stringify({ passed, failed })}\n`;
}
