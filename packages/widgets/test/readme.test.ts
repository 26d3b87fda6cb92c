import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { elementsOf, manifestPath, readmePath, updateReadme } from '../../../scripts/widgets-readme.mjs';
import { tags as widgetTags } from '../widgets.mjs';

interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; cssParts?: Array<{ name: string; description?: string }> }> }>;
}

// The README's API reference is generated from the built manifest (`npm run build` runs first).
describe('packages/widgets/README.md', () => {
  const readme = readFileSync(readmePath, 'utf8');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

  it('is current with custom-elements.json (run `npm run docs` when this fails)', () => {
    assert.equal(updateReadme(readme, manifest), readme, 'packages/widgets/README.md is stale: run `npm run docs`');
  });

  it('has a reference section for every element of the manifest', () => {
    const tags = elementsOf(manifest).map((element) => element.tagName);
    assert.deepEqual([...tags].sort(), [...widgetTags].sort(), 'the manifest documents every widget of widgets.mjs');
    for (const tag of tags) assert.match(readme, new RegExp(`^### \`<${tag}>\`$`, 'm'), `no section for <${tag}>`);
  });

  it('would be stale after a header changed (the check above can fail)', () => {
    const changed = structuredClone(manifest);
    const queueTicket = changed.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'layanan-queue-ticket')!;
    queueTicket.cssParts = [...(queueTicket.cssParts ?? []), { name: 'counter-name', description: 'The counter to go to.' }];
    const updated = updateReadme(readme, changed);
    assert.notEqual(updated, readme);
    assert.match(updated, /\| `counter-name` \| The counter to go to\. \|/);
  });

  it('refuses a README without its markers rather than dropping the reference', () => {
    assert.throws(() => updateReadme(readme.replace('<!-- generated:api end -->', ''), manifest), /no "<!-- generated:api start/);
  });
});
