import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgets, bundleSize, cdnEntry, widgetEntries } from '../../../scripts/bundle-size.mjs';

// Deterministic byte budgets (DESIGN.md): min+gzip, Lit, the SDK, the contract and zod/mini included.
describe('byte budgets', () => {
  for (const [tag, entry] of Object.entries(widgetEntries)) {
    it(`<${tag}> alone stays within ${budgets.widget / 1024} KB gzip`, async () => {
      const { gzip } = await bundleSize(entry);
      assert.ok(gzip <= budgets.widget, `${tag}: ${gzip} bytes gzip > ${budgets.widget}`);
    });
  }

  it(`every widget together (the CDN bundle) stays within ${budgets.all / 1024} KB gzip`, async () => {
    const { gzip } = await bundleSize(cdnEntry);
    assert.ok(gzip <= budgets.all, `all widgets: ${gzip} bytes gzip > ${budgets.all}`);
  });
});
