import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LayananTranslations } from '../translations/catalogs.js';
import { onConfigure } from './config.js';
import { baseLocale, englishLoaded, languageOf, translate, translationListeners, type Catalog, type WidgetLocale } from './locale.js';

const connected = new Set<LocalizedElement>();

// One observer for the page: a change of <html lang>, of configure() or of the registered texts re-renders every widget.
let pageObserver: MutationObserver | undefined;
function observePage() {
  if (pageObserver) return;
  const renderAll = () => connected.forEach((element) => element.requestUpdate());
  pageObserver = new MutationObserver(renderAll);
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  onConfigure(renderAll);
  translationListeners.add(renderAll);
}

/**
 * The language of a widget: its own `lang`, its ancestors', or the page's, followed live. The base
 * of every element, also of those that never call the API (the identity inputs), which therefore
 * carry no SDK in their bundle.
 */
export class LocalizedElement extends LitElement {
  /**
   * `id` (default), `en`, or a language added with `registerTranslation`; without it the nearest
   * `lang` on the page decides. Any other language shows Bahasa Indonesia.
   */
  @property({ reflect: true }) override lang!: string;

  /**
   * The built-in language under the widget's texts (`id` or `en`): the one the server is asked to
   * speak and dates and money are written in. A registered language gives its fallback's.
   */
  get locale(): WidgetLocale {
    return baseLocale(this.language);
  }

  /** The language of the widget's texts: `id`, `en`, or a registered one such as `jv`. */
  get language(): string {
    return languageOf(this);
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

  /** One catalog's texts in the widget's language, with what the page registered on top. @internal */
  protected localize<K extends keyof LayananTranslations>(key: K, catalog: Catalog<LayananTranslations[K]>): LayananTranslations[K] {
    return translate(key, catalog, this.language);
  }

  /**
   * A widget in English waits for the English texts before it renders (the first time and after a
   * change of language), so a page in English never shows Indonesian first. @internal
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const english = this.locale === 'en' ? englishLoaded() : undefined;
    return english ? english.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}

/** Registers a widget once; a second bundle on the same page (CDN + npm) must not throw. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
