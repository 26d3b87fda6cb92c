// Writes each widget's API (attributes and properties, methods, events, parts, CSS custom properties,
// slots) from packages/widgets/custom-elements.json into packages/widgets/README.md, between marker
// comments; the prose around them stays as written. `--check` only says whether the README is current.
//   node scripts/widgets-readme.mjs [--check]      (`npm run docs` builds the manifest first)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const readmePath = fileURLToPath(new URL('packages/widgets/README.md', root));
export const manifestPath = fileURLToPath(new URL('packages/widgets/custom-elements.json', root));

const BLOCKS = {
  tokens: renderTokens,
  api: renderApi,
};

/** The custom elements of a manifest, in the order of their tags. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })))
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The README with every generated block replaced; throws when a marker pair is missing. */
export function updateReadme(readme, manifest) {
  let text = readme;
  for (const [name, render] of Object.entries(BLOCKS)) {
    const start = `<!-- generated:${name} start: npm run docs writes this from custom-elements.json -->`;
    const end = `<!-- generated:${name} end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`packages/widgets/README.md has no "${start}" … "${end}" block`);
    text = `${text.slice(0, from + start.length)}\n\n${render(manifest).trim()}\n\n${text.slice(to)}`;
  }
  return text;
}

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text === undefined || text === '' ? '—' : `\`${cell(text).replace(/`/g, '')}\``);

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** Every token any widget reads, once, with its description. */
function renderTokens(manifest) {
  const tokens = new Map();
  for (const element of elementsOf(manifest)) {
    for (const property of element.cssProperties ?? []) {
      const users = tokens.get(property.name)?.users ?? [];
      tokens.set(property.name, { description: property.description, users: [...users, element.tagName] });
    }
  }
  const all = elementsOf(manifest).length;
  return table(
    ['custom property', 'what it sets', 'read by'],
    [...tokens].map(([name, { description, users }]) => [code(name), cell(description), users.length === all ? 'every widget' : users.map((tag) => `\`<${tag}>\``).join(', ')]),
  );
}

function renderApi(manifest) {
  return elementsOf(manifest).map(renderElement).join('\n\n');
}

function renderElement(element) {
  const out = [`### \`<${element.tagName}>\``, '', `${cell(element.summary ?? element.description)}`, '', `Import: \`@layanan/widgets/${element.tagName.replace(/^layanan-/, '')}\` (\`${element.modulePath}\`), class \`${element.name}\`.`];
  const fields = (element.members ?? []).filter((member) => member.kind === 'field');
  const byField = new Map(fields.map((field) => [field.name, field]));
  const attributes = element.attributes ?? [];
  const rows = attributes.map((attribute) => {
    const field = byField.get(attribute.fieldName);
    return [code(attribute.name), code(attribute.fieldName), code(attribute.type?.text ?? field?.type?.text), code(attribute.default ?? field?.default), cell(attribute.description ?? field?.description)];
  });
  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  for (const field of fields.filter((field) => !withAttribute.has(field.name))) {
    rows.push(['—', code(field.name), code(field.type?.text), field.readonly ? 'read-only' : code(field.default), cell(field.description)]);
  }
  if (rows.length) out.push('', '**Attributes and properties**', '', table(['attribute', 'property', 'type', 'default', 'description'], rows));
  const methods = (element.members ?? []).filter((member) => member.kind === 'method');
  if (methods.length) {
    const signature = (method) => `${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`;
    out.push('', '**Methods**', '', table(['method', 'description'], methods.map((method) => [code(signature(method)), cell(method.description)])));
  }
  const events = element.events ?? [];
  out.push('', '**Events**', '', events.length ? table(['event', 'description'], events.map((event) => [code(event.name), cell(event.description)])) : 'None.');
  const parts = element.cssParts ?? [];
  out.push('', '**Parts** (style with `::part()`)', '', parts.length ? table(['part', 'description'], parts.map((part) => [code(part.name), cell(part.description)])) : 'None.');
  const tokens = element.cssProperties ?? [];
  out.push('', `**CSS custom properties** ([tokens](#theming)): ${tokens.length ? tokens.map((token) => code(token.name)).join(', ') : 'none'}.`);
  const slots = element.slots ?? [];
  out.push('', slots.length ? ['**Slots**', '', table(['slot', 'description'], slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]))].join('\n') : '**Slots**: none (the widgets render their own content).');
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const current = readFileSync(readmePath, 'utf8');
  const next = updateReadme(current, manifest);
  if (check) {
    if (next !== current) {
      console.error('packages/widgets/README.md is not current with custom-elements.json: run `npm run docs`.');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(readmePath, next);
    console.log('packages/widgets/README.md: API reference written from custom-elements.json.');
  }
}
