// custom-elements.json for @layanan/widgets, from each element's JSDoc header (the header is the API),
// made true for what npm users get: shipped paths, every definition, public members only, and the
// parts and tokens that shared templates and styles bring, written once where they are rendered.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const SRC = 'packages/widgets/src/';

/**
 * The analyzer also guesses events from `dispatchEvent(new SomeEvent(value))`, naming them after
 * the variable (`ticket`, `payment`) or leaving them nameless. Our events are all documented with
 * `@event` in the header; keep only those.
 */
const documentedEventsOnly = {
  name: 'layanan-documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of declarationsOf(customElementsManifest)) {
      if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
    }
  },
};

/**
 * Our elements register through `defineElement('layanan-x', Class)`, which the analyzer does not
 * read; the one `customElements.define(tag, element)` it does see (inside `defineElement`) names no
 * element. One `custom-element-definition` export per literal call, and nothing else.
 */
const defineElementCalls = {
  name: 'layanan-define-element-calls',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || !ts.isExpressionStatement(node.parent)) return;
    const callee = node.expression.getText();
    const [tag, element] = node.arguments;
    if (!['defineElement', 'customElements.define'].includes(callee) || !tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
    (moduleDoc.literalDefinitions ??= []).push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } });
  },
  moduleLinkPhase({ moduleDoc }) {
    const definitions = moduleDoc.literalDefinitions ?? [];
    delete moduleDoc.literalDefinitions;
    moduleDoc.exports = [...(moduleDoc.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'), ...definitions];
    for (const declaration of moduleDoc.declarations ?? []) {
      const definition = definitions.find((entry) => entry.declaration.name === declaration.name);
      if (definition) {
        declaration.customElement = true;
        declaration.tagName ??= definition.name;
      }
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of declarationsOf(customElementsManifest)) {
      if (declaration.customElement && !declaration.tagName) delete declaration.customElement; // a base class (LocalizedElement), never registered
    }
  },
};

/**
 * The parts and tokens that shared code renders (`renderError()` in internal/states.ts, the
 * `tokens` stylesheet …) are documented once, in the JSDoc of that export, and added to every
 * element whose module reaches the export through its imports (not through another element's
 * module: a nested widget's parts are in its own shadow root). A header may still describe a
 * shared part in its own words; that description wins.
 */
const sharedPartsAndTokens = {
  name: 'layanan-shared-parts-and-tokens',
  packageLinkPhase({ customElementsManifest }) {
    const elementModules = new Set();
    for (const module of customElementsManifest.modules) {
      if (module.declarations?.some((declaration) => declaration.customElement)) elementModules.add(module.path);
    }
    for (const module of customElementsManifest.modules) {
      for (const element of module.declarations ?? []) {
        if (!element.customElement) continue;
        const reached = importsReachedFrom(module.path, elementModules);
        const css = stylesheetText(reached);
        for (const { file, name } of reached) {
          const shared = sharedDocsOf(file)[name];
          if (!shared) continue;
          const add = (kind, entry) => {
            element[kind] ??= [];
            if (!element[kind].some((own) => own.name === entry.name)) element[kind].push({ ...entry });
          };
          shared.cssParts.forEach((part) => add('cssParts', part));
          // A token only where the element's own stylesheets read it (directly or through its `--_` alias).
          shared.cssProperties.filter((token) => readsToken(css, token.name)).forEach((token) => add('cssProperties', token));
        }
      }
    }
  },
};

/** What a user can touch: no private, protected, static or `#private` members, nor their attributes. */
const publicApiOnly = {
  name: 'layanan-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of declarationsOf(customElementsManifest)) {
      if (declaration.kind !== 'class') continue;
      const hidden = new Set();
      declaration.members = (declaration.members ?? []).filter((member) => {
        const isPublic = !member.privacy || member.privacy === 'public';
        const keep = isPublic && !member.static && !member.name.startsWith('#') && !member.name.startsWith('_');
        if (!keep) hidden.add(member.name);
        return keep;
      });
      if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
    }
  },
};

/**
 * npm users get `dist/queue-ticket/queue-ticket.js`, not `src/queue-ticket/queue-ticket.ts`: every
 * module path and reference names the shipped file, relative to the package (where the manifest is).
 */
const shippedPaths = {
  name: 'layanan-shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    const rewrite = (value) => {
      if (Array.isArray(value)) return value.forEach(rewrite);
      if (!value || typeof value !== 'object') return;
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shippedPath(inner);
        else rewrite(inner);
      }
    };
    rewrite(customElementsManifest.modules);
  },
};

function shippedPath(path) {
  const source = path.replace(/^\//, '');
  if (!source.startsWith(SRC)) return path;
  return `dist/${source.slice(SRC.length).replace(/\.(ts|js)$/, '.js')}`;
}

function* declarationsOf(manifest) {
  for (const module of manifest.modules) yield* module.declarations ?? [];
}

const sources = new Map();
function sourceOf(file) {
  if (!sources.has(file)) sources.set(file, existsSync(file) ? readFileSync(file, 'utf8') : '');
  return sources.get(file);
}

/** Value imports and re-exports of a module inside src: `[{ file, name }]` (names `*` for a bare import). */
function importsOf(file) {
  const found = [];
  const source = sourceOf(file);
  const statement = /(?:import|export)\s+(?!type\b)([^'";]*?)\s*from\s*'(\.[^']+)'|import\s+'(\.[^']+)'/g;
  for (const [, clause = '', specifier, bare] of source.matchAll(statement)) {
    const target = normalize(join(dirname(file), (specifier ?? bare).replace(/\.js$/, '.ts')));
    const names = (clause.match(/\{([^}]*)\}/)?.[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '))
      .map((name) => name.split(/\s+as\s+/)[0]);
    found.push({ file: target, names: names.length ? names : ['*'] });
  }
  return found;
}

/** Every `{ file, name }` an element's module reaches, stopping at other elements' modules. */
function importsReachedFrom(start, elementModules) {
  const reached = [];
  const visited = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const { file, names } of importsOf(queue.shift())) {
      for (const name of names) reached.push({ file, name });
      if (visited.has(file) || elementModules.has(file)) continue;
      visited.add(file);
      queue.push(file);
    }
  }
  return reached;
}

/** The text of every `export const x = css`…`` an element reaches: its stylesheets. */
function stylesheetText(reached) {
  let text = '';
  for (const { file, name } of reached) {
    const match = sourceOf(file).match(new RegExp(`export const ${name} = css\`([^\`]*)\``));
    if (match) text += match[1];
  }
  return text;
}

/** Whether stylesheets read `--layanan-x`, ignoring the `--_alias: var(--layanan-x, …);` lines that only define it. */
function readsToken(css, token) {
  const aliases = [...css.matchAll(new RegExp(`(--_[\\w-]+):\\s*var\\(${token}[,)]`, 'g'))].map(([, alias]) => alias);
  const rules = css.replace(/--_[\w-]+:\s*var\(--layanan-[^;]*;/g, '');
  return [token, ...aliases].some((name) => new RegExp(`var\\(${name}[,)]`).test(rules));
}

/** `@csspart` / `@cssproperty` lines in the JSDoc right above `export function x` or `export const x`. */
function sharedDocsOf(file) {
  const docs = {};
  const exported = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g;
  for (const [, comment, name] of sourceOf(file).matchAll(exported)) {
    const entry = { cssParts: [], cssProperties: [] };
    for (const [, tag, partOrProperty, description] of comment.matchAll(/@(csspart|cssproperty)\s+(\S+)\s+-\s+(.+)/g)) {
      entry[tag === 'csspart' ? 'cssParts' : 'cssProperties'].push({ description: description.trim(), name: partOrProperty });
    }
    if (entry.cssParts.length || entry.cssProperties.length) docs[name] = entry;
  }
  return docs;
}

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['packages/widgets/src/**/*.test.ts', 'packages/widgets/src/**/*.styles.ts', 'packages/widgets/src/translations/**'],
  outdir: 'packages/widgets',
  litelement: true,
  dependencies: false,
  // Order matters: paths are rewritten last, after the plugins that read the source files.
  plugins: [documentedEventsOnly, defineElementCalls, sharedPartsAndTokens, publicApiOnly, shippedPaths],
};
