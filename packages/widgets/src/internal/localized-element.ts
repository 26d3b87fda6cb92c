import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { onConfigure } from './config.js';
import { localeOf, type WidgetLocale } from './locale.js';

const connected = new Set<LocalizedElement>();

// One observer for the page: a change of <html lang> (or of configure()) re-renders every widget.
let pageObserver: MutationObserver | undefined;
function observePage() {
  if (pageObserver) return;
  pageObserver = new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  onConfigure(() => connected.forEach((element) => element.requestUpdate()));
}

/**
 * The language of a widget: its own `lang`, its ancestors', or the page's, followed live. The base
 * of every element, also of those that never call the API (the identity inputs), which therefore
 * carry no SDK in their bundle.
 */
export class LocalizedElement extends LitElement {
  /** `id` (default) or `en`; without it the nearest `lang` on the page decides. */
  @property({ reflect: true }) override lang!: string;

  /** The widget's language, resolved from its own `lang`, its ancestors' or the page's. */
  get locale(): WidgetLocale {
    return localeOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    observePage();
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }
}

/** Registers a widget once; a second bundle on the same page (CDN + npm) must not throw. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
