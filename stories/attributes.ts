import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import manifest from '../packages/widgets/custom-elements.json';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
}

/** Each element's attribute names, as custom-elements.json documents them. */
const attributesOf = new Map<string, string[]>(
  (manifest.modules as Array<{ declarations?: Declaration[] }>)
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, (declaration.attributes ?? []).map((attribute) => attribute.name)]),
);

/**
 * Sets every documented attribute of the element it sits on from the story's args (`true` as an
 * empty attribute; `false`, `undefined` or `''` removes it), so each attribute control Storybook
 * shows is applied: `html`<layanan-queue-ticket ${attributes(args)}></layanan-queue-ticket>``.
 */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element: <layanan-x ${attributes(args)}>');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const element = part.element;
    const names = attributesOf.get(element.localName);
    if (!names) throw new Error(`custom-elements.json documents no <${element.localName}>`);
    for (const name of names) {
      if (!(name in args)) continue;
      const value = (args as Record<string, unknown>)[name];
      if (value === undefined || value === null || value === false || value === '') element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    return nothing;
  }
}

export const attributes = directive(AttributesDirective);
