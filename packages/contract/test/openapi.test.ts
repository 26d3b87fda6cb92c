import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument, operations } from '@layanan/contract';

async function validate(document: unknown) {
  return new Validator().validate(structuredClone(document) as Record<string, unknown>);
}

describe('openapi.json', () => {
  const document = buildOpenApiDocument();

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(document);
    assert.deepEqual(result.errors, undefined, JSON.stringify(result.errors, null, 2));
    assert.equal(result.valid, true);
  });

  it('is refused by the validator once broken (the check above can fail)', async () => {
    const broken = structuredClone(document) as { paths: Record<string, Record<string, { responses?: unknown }>>; info?: unknown };
    delete broken.info;
    assert.equal((await validate(broken)).valid, false);
    const noResponses = structuredClone(document) as typeof broken;
    noResponses.paths['/v1/agency']!.get!.responses = 'none';
    assert.equal((await validate(noResponses)).valid, false);
  });

  it('has every $ref resolve to a component, and no schema hidden in local $defs', () => {
    const text = JSON.stringify(document);
    assert.doesNotMatch(text, /"\$defs"|#\/\$defs/, 'a schema used by an operation is not registered in src/registry.ts');
    const components = (document as { components: Record<string, Record<string, unknown>> }).components;
    for (const [, ref] of text.matchAll(/"\$ref":"#\/components\/(\w+\/\w+)"/g)) {
      const [kind, name] = ref!.split('/') as [string, string];
      assert.ok(components[kind]?.[name], `dangling $ref ${ref}`);
    }
  });

  it('gives every operation an id, a summary and an example of each success response', () => {
    for (const op of operations) {
      assert.match(op.operationId, /^[a-z][A-Za-z]+$/);
      assert.ok(op.summary);
      const successes = Object.keys(op.responses).filter((s) => s.startsWith('2'));
      for (const status of successes) {
        assert.ok(op.examples.some((e) => String(e.response.status) === status), `${op.operationId} has no ${status} example`);
      }
    }
  });

  it('is committed as generated (run `npm run openapi` after changing the contract)', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(document)));
  });
});
