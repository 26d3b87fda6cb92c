import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { budgetOf, budgets, widgetEntries } from '../../../scripts/bundle-size.mjs';
import { entryOf, widgets, type Widget } from '../widgets.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const storiesDir = fileURLToPath(new URL('../../../stories', import.meta.url));

interface PackageJson {
  exports: Record<string, unknown>;
  sideEffects: string[];
}

/** What the hand-written files say, read once so a test can change one of them in memory. */
interface Tree {
  pkg: PackageJson;
  /** src/index.ts */
  index: string;
  /** `layanan-x` → where the sources register it and with which class. */
  defined: Map<string, { file: string; className: string }>;
  stories: Set<string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function readTree(): Tree {
  const src = join(packageDir, 'src');
  const defined = new Map<string, { file: string; className: string }>();
  for (const file of sourceFiles(src)) {
    // `defineElement` is how our elements register; a bare `customElements.define` would be caught too.
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:defineElement|customElements\.define)\(\s*['"](layanan-[a-z0-9-]+)['"]\s*,\s*(\w+)/g)) {
      defined.set(match[1]!, { file: relative(packageDir, file), className: match[2]! });
    }
  }
  return {
    pkg: JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackageJson,
    index: readFileSync(join(src, 'index.ts'), 'utf8'),
    defined,
    stories: new Set(readdirSync(storiesDir)),
  };
}

/** The names src/index.ts re-exports from each module (`./queue-ticket/queue-ticket.js` → LayananQueueTicket, …). */
function indexExports(index: string): Map<string, Set<string>> {
  const byModule = new Map<string, Set<string>>();
  for (const [, names, module] of index.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const set = byModule.get(module!) ?? new Set<string>();
    for (const name of names!.split(',')) set.add(name.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)!);
    byModule.set(module!, set);
  }
  return byModule;
}

// `all` is the CDN bundle's budget, not a class a widget can be in.
const budgetClasses = Object.keys(budgets).filter((name) => name !== 'all');
const kinds: readonly string[] = ['service', 'agency', 'identity'] satisfies Widget['kind'][];

/** Everything that disagrees with the list, one sentence each that says what to add where. */
function problemsWith(list: readonly Widget[], tree: Tree): string[] {
  const problems: string[] = [];
  const exported = indexExports(tree.index);
  const seen = new Set<string>();
  for (const widget of list) {
    const { tag, folder, className } = widget;
    const entry = entryOf(widget);
    const say = (text: string) => problems.push(`${tag}: ${text}`);
    if (seen.has(tag)) say('is in widgets.mjs twice');
    seen.add(tag);
    if (tag !== `layanan-${folder}`) say(`its folder "${folder}" should be "${tag.replace(/^layanan-/, '')}" (the subpath and the React wrapper are named after the tag)`);
    // widgets.mjs is plain JavaScript: its types hold only where someone checks them.
    if (!kinds.includes(widget.kind)) say(`kind "${widget.kind}" is not one of ${kinds.join(', ')}`);
    if (!budgetClasses.includes(widget.budget)) say(`budget class "${widget.budget}" is not one of scripts/bundle-size.mjs budgets`);

    const want = { source: `./src/${entry}.ts`, types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` };
    if (JSON.stringify(tree.pkg.exports[`./${folder}`]) !== JSON.stringify(want)) say(`package.json exports needs "./${folder}": ${JSON.stringify(want)}`);
    for (const path of [want.default, want.source]) if (!tree.pkg.sideEffects.includes(path)) say(`package.json sideEffects needs "${path}" (the module registers the element)`);
    if (!exported.get(`./${entry}.js`)?.has(className)) say(`src/index.ts needs \`export { ${className} } from './${entry}.js';\``);
    if (!tree.stories.has(`${folder}.stories.ts`)) say(`stories/${folder}.stories.ts is missing (every widget has its stories)`);

    const definition = tree.defined.get(tag);
    if (!definition) say(`src/${entry}.ts must call defineElement('${tag}', ${className})`);
    else if (definition.file !== `src/${entry}.ts` || definition.className !== className) say(`widgets.mjs says ${className} in src/${entry}.ts, the sources define ${definition.className} in ${definition.file}`);
  }
  for (const [tag, { file, className }] of tree.defined) {
    if (!seen.has(tag)) problems.push(`${tag}: ${file} defines it (${className}) but packages/widgets/widgets.mjs does not list it`);
  }
  return problems;
}

const bpjsCard: Widget = { tag: 'layanan-bpjs-card', folder: 'bpjs-card', className: 'LayananBpjsCard', kind: 'identity', budget: 'widget' };

describe('packages/widgets/widgets.mjs, the one list of widgets', () => {
  const tree = readTree();
  const baseline = problemsWith(widgets, tree);
  // What a change adds to today's problems, so each case below judges only its own change.
  const added = (list: readonly Widget[], changed: Tree = tree) => problemsWith(list, changed).filter((problem) => !baseline.includes(problem));

  it('agrees with package.json exports and sideEffects, src/index.ts, the sources and the stories', () => {
    assert.deepEqual(baseline, []);
  });

  it('reports a widget added to the list but not exported, not side-effectful, not in index.ts (the check above can fail)', () => {
    assert.deepEqual(added([...widgets, bpjsCard]), [
      'layanan-bpjs-card: package.json exports needs "./bpjs-card": {"source":"./src/bpjs-card/bpjs-card.ts","types":"./dist/bpjs-card/bpjs-card.d.ts","default":"./dist/bpjs-card/bpjs-card.js"}',
      'layanan-bpjs-card: package.json sideEffects needs "./dist/bpjs-card/bpjs-card.js" (the module registers the element)',
      'layanan-bpjs-card: package.json sideEffects needs "./src/bpjs-card/bpjs-card.ts" (the module registers the element)',
      "layanan-bpjs-card: src/index.ts needs `export { LayananBpjsCard } from './bpjs-card/bpjs-card.js';`",
      'layanan-bpjs-card: stories/bpjs-card.stories.ts is missing (every widget has its stories)',
      "layanan-bpjs-card: src/bpjs-card/bpjs-card.ts must call defineElement('layanan-bpjs-card', LayananBpjsCard)",
    ]);
  });

  it('reports a kind or a budget class that does not exist', () => {
    const typo = { ...widgets[0]!, kind: 'servis', budget: 'service' } as unknown as Widget;
    assert.deepEqual(added([typo, ...widgets.slice(1)]), [
      'layanan-agency-info: kind "servis" is not one of service, agency, identity',
      'layanan-agency-info: budget class "service" is not one of scripts/bundle-size.mjs budgets',
    ]);
  });

  it('reports a widget dropped from src/index.ts or from the exports', () => {
    const pkg = structuredClone(tree.pkg);
    delete pkg.exports['./tax-payment'];
    const index = tree.index.replace(/^export \{ LayananNopInput \} from .*$/m, '');
    assert.notEqual(index, tree.index, 'the index exported LayananNopInput');
    assert.deepEqual(added(widgets, { ...tree, pkg, index }), [
      'layanan-nop-input: src/index.ts needs `export { LayananNopInput } from \'./nop-input/nop-input.js\';`',
      'layanan-tax-payment: package.json exports needs "./tax-payment": {"source":"./src/tax-payment/tax-payment.ts","types":"./dist/tax-payment/tax-payment.d.ts","default":"./dist/tax-payment/tax-payment.js"}',
    ]);
  });

  it('reports an element the sources define that the list leaves out', () => {
    assert.deepEqual(added(widgets.filter((widget) => widget.tag !== 'layanan-phone-input')), ['layanan-phone-input: src/phone-input/phone-input.ts defines it (LayananPhoneInput) but packages/widgets/widgets.mjs does not list it']);
  });

  it('feeds the bundle-size entries and budgets', () => {
    assert.deepEqual(Object.keys(widgetEntries), widgets.map((w) => w.tag));
    for (const path of Object.values(widgetEntries)) assert.ok(existsSync(join(packageDir, '../..', path)), `${path} exists`);
    assert.equal(budgetOf('layanan-permit-form'), budgets.serviceWidget);
    assert.equal(budgetOf('layanan-nik-input'), budgets.widget);
    assert.throws(() => budgetOf('layanan-bpjs-card'), /not in packages\/widgets\/widgets\.mjs/);
  });
});
