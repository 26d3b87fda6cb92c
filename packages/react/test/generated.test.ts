import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generate } from '../../../scripts/generate-frameworks.mjs';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('packages/widgets/custom-elements.json'));
const widgetsPackage = JSON.parse(read('packages/widgets/package.json'));

type Manifest = { modules: { path: string; declarations?: { tagName?: string; events?: { name: string; description: string }[] }[] }[] };
const declarationOf = (m: Manifest, tag: string) => m.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === tag)!;

describe('@layanan/react sources', () => {
  const generated = generate(manifest, widgetsPackage);

  it('are current with custom-elements.json (else: npm run frameworks)', () => {
    const committed = readdirSync(new URL('../src/', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => `packages/react/src/${f}`);
    assert.deepEqual(committed.sort(), Object.keys(generated.react).sort());
    for (const [path, text] of Object.entries(generated.react)) assert.equal(read(path), text, `${path} is behind the manifest`);
    assert.deepEqual(JSON.parse(read('packages/react/package.json')).exports, generated.reactExports);
  });

  it('change when a widget documents a new event (the check above can fail)', () => {
    const changed = structuredClone(manifest) as Manifest;
    declarationOf(changed, 'layanan-queue-ticket').events!.push({ name: 'layanan-ticket-rescheduled', description: 'Moved to another day.' });
    const again = generate(changed, widgetsPackage);
    assert.notEqual(again.react['packages/react/src/queue-ticket.ts'], generated.react['packages/react/src/queue-ticket.ts']);
    assert.match(again.react['packages/react/src/queue-ticket.ts']!, /onTicketRescheduled: 'layanan-ticket-rescheduled' as EventName<GlobalEventHandlersEventMap\['layanan-ticket-rescheduled'\]>/);
  });

  it('are the same whether the manifest names source or shipped module paths', () => {
    const shipped = structuredClone(manifest) as Manifest;
    const toDist = (path: string) => path.replace(/^\/?packages\/widgets\/src\/(.*)\.ts$/, 'dist/$1.js');
    for (const mod of shipped.modules) mod.path = toDist(mod.path);
    assert.ok(shipped.modules.some((m) => m.path === 'dist/queue-ticket/queue-ticket.js'));
    const fromDist = generate(shipped, widgetsPackage);
    assert.deepEqual(fromDist.react, generated.react);
    assert.deepEqual(fromDist.widgets, generated.widgets);
  });

  it('wrap every element, importing it from its own subpath, with a typed prop for every documented event', () => {
    const tags = (manifest as Manifest).modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    assert.equal(generated.elements.length, tags.length);
    for (const el of generated.elements) {
      const source = generated.react[`packages/react/src/${el.tagName.replace('layanan-', '')}.ts`]!;
      assert.match(source, new RegExp(`import \\{ ${el.className} as ${el.className}Element \\} from '@layanan/widgets/${el.tagName.replace('layanan-', '')}';`));
      for (const event of el.events) assert.ok(source.includes(`: '${event.name}' as EventName<`), `${el.tagName}: no prop for ${event.name}`);
    }
    const queue = generated.react['packages/react/src/queue-ticket.ts']!;
    assert.match(queue, /onTicketIssued: 'layanan-ticket-issued' as EventName<LayananTicketIssuedEvent>/);
    assert.match(queue, /onError: 'layanan-error' as EventName<LayananErrorEvent>/);
    assert.match(generated.react['packages/react/src/nik-input.ts']!, /onInput: 'input' as EventName<GlobalEventHandlersEventMap\['input'\]>/);
  });
});

describe('framework and editor files shipped in @layanan/widgets', () => {
  const { widgets, elements } = generate(manifest, widgetsPackage);
  const react = widgets['packages/widgets/types/react.d.ts']!;
  const vue = widgets['packages/widgets/types/vue.d.ts']!;
  const svelte = widgets['packages/widgets/types/svelte.d.ts']!;

  it('declare every tag for React, Vue and Svelte with its events typed by their classes', () => {
    for (const el of elements) {
      assert.ok(react.includes(`'${el.tagName}': ${el.className}Props;`), `React JSX: ${el.tagName}`);
      assert.ok(vue.includes(`'${el.tagName}': DefineComponent<${el.className}VueProps>;`), `Vue: ${el.tagName}`);
      assert.ok(svelte.includes(`'${el.tagName}': ${el.className}SvelteProps;`), `Svelte: ${el.tagName}`);
    }
    assert.match(react, /'onlayanan-ticket-issued'\?: \(event: LayananTicketIssuedEvent\) => void;/);
    assert.match(vue, /onLayananTicketIssued\?: \(event: LayananTicketIssuedEvent\) => void;/);
    assert.match(svelte, /'onlayanan-ticket-issued'\?: \(event: LayananTicketIssuedEvent\) => void;/);
    assert.match(react, /headingLevel\?: LayananQueueTicket\['headingLevel'\];/);
    assert.doesNotMatch(react, /\b(errorText|phase|ticket)\?:/, 'private state leaked into the props');
  });

  it('give VS Code and JetBrains every tag, attribute, event, part and CSS property', () => {
    const vscode = JSON.parse(widgets['packages/widgets/vscode.html-custom-data.json']!);
    const webTypes = JSON.parse(widgets['packages/widgets/web-types.json']!);
    assert.equal(vscode.version, 1.1);
    const queue = vscode.tags.find((t: { name: string }) => t.name === 'layanan-queue-ticket');
    assert.deepEqual(queue.attributes.map((a: { name: string }) => a.name).sort(), ['api-base', 'heading-level', 'lang', 'service']);
    assert.match(queue.description.value, /`layanan-ticket-issued` — A number was taken/);
    assert.match(queue.description.value, /\*\*CSS parts:\*\* `base`/);
    assert.match(queue.description.value, /`--layanan-color-primary`/);
    const nik = vscode.tags.find((t: { name: string }) => t.name === 'layanan-nik-input');
    assert.equal(nik.attributes.find((a: { name: string }) => a.name === 'required').valueSet, 'v');
    const element = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === 'layanan-queue-ticket');
    assert.equal(webTypes.name, '@layanan/widgets');
    assert.deepEqual(element.source, { module: '@layanan/widgets/queue-ticket', symbol: 'LayananQueueTicket' });
    assert.ok(element.js.events.some((e: { name: string }) => e.name === 'layanan-ticket-issued'));
    assert.ok(element.css.parts.some((p: { name: string }) => p.name === 'number'));
    assert.equal(webTypes.contributions.html.elements.length, elements.length);
  });

  it('offer the values of a union-typed attribute', () => {
    const changed = structuredClone(manifest) as Manifest & { modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text: string } }[] }[] }[] };
    const lang = (declarationOf(changed, 'layanan-agency-info') as { attributes: { name: string; type?: { text: string } }[] }).attributes.find((a) => a.name === 'lang')!;
    lang.type = { text: "'id' | 'en' | undefined" };
    const vscode = JSON.parse(generate(changed, widgetsPackage).widgets['packages/widgets/vscode.html-custom-data.json']!);
    const attribute = vscode.tags.find((t: { name: string }) => t.name === 'layanan-agency-info').attributes.find((a: { name: string }) => a.name === 'lang');
    assert.deepEqual(attribute.values, [{ name: 'id' }, { name: 'en' }]);
  });
});
