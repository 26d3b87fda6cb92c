import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetOf, budgets, bundleSize, cdnEntry, widgetEntries } from '../../../scripts/bundle-size.mjs';

// Deterministic byte budgets (DESIGN.md): min+gzip, Lit, the SDK, the contract and zod/mini included.
describe('byte budgets', () => {
  for (const [tag, entry] of Object.entries(widgetEntries)) {
    const budget = budgetOf(tag);
    it(`<${tag}> alone stays within ${budget / 1024} KB gzip`, async () => {
      const { gzip } = await bundleSize(entry);
      assert.ok(gzip <= budget, `${tag}: ${gzip} bytes gzip > ${budget}`);
    });
  }

  it(`every widget together (the CDN bundle) stays within ${budgets.all / 1024} KB gzip`, async () => {
    const { gzip } = await bundleSize(cdnEntry);
    assert.ok(gzip <= budgets.all, `all widgets: ${gzip} bytes gzip > ${budgets.all}`);
  });
});
