import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { createTransport, type Transport } from '@layanan/sdk';
import { LayananErrorEvent } from '../events/layanan-error.js';
import type { Translation } from '../translations/translation.js';
import { onConfigure, resolveApiBase } from './config.js';
import { errorMessage, MissingApiBaseError } from './error-message.js';
import { localeOf, translationFor, type WidgetLocale } from './locale.js';

const connected = new Set<LayananElement>();
const transports = new Map<string, Transport>();

// One observer for the page: a change of <html lang> re-renders every widget in the new language.
let pageLangObserver: MutationObserver | undefined;
function observePageLang() {
  if (pageLangObserver) return;
  pageLangObserver = new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  onConfigure(() => connected.forEach((element) => element.requestUpdate()));
}

/**
 * The base of every Layanan widget: where the API is, which language to speak, the SDK client for
 * both, and the `layanan-error` event. Not exported to users; each widget extends it.
 */
export class LayananElement extends LitElement {
  /** Root of the Layanan API; falls back to `configure({ apiBase })`, then `<meta name="layanan-api-base">`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** `id` (default) or `en`; without it the nearest `lang` on the page decides. */
  @property({ reflect: true }) override lang!: string;

  /** The widget's language, resolved from its own `lang`, its ancestors' or the page's. */
  get locale(): WidgetLocale {
    return localeOf(this);
  }

  /** The texts of the widget's language. @internal */
  get t(): Translation {
    return translationFor(this.locale);
  }

  /** The API root this widget talks to, or `undefined` when the page set none. @internal */
  get resolvedApiBase(): string | undefined {
    return resolveApiBase(this.apiBase);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    observePageLang();
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * The SDK connection for this widget's API and language, shared by every widget with the same
   * pair. A widget builds only the resources it uses on it (`new QueueResource(transport)`), so the
   * others stay out of its bundle. Throws `MissingApiBaseError` when no API address is set anywhere.
   */
  protected transportFor(apiBase: string | undefined, locale: WidgetLocale): Transport {
    if (!apiBase) throw new MissingApiBaseError('No api-base, configure({ apiBase }) or <meta name="layanan-api-base">');
    const key = `${apiBase}\n${locale}`;
    let transport = transports.get(key);
    if (!transport) transports.set(key, (transport = createTransport({ baseUrl: apiBase, locale })));
    return transport;
  }

  /**
   * The localized message for an error, after telling the page through `layanan-error`.
   * @fires layanan-error
   */
  protected reportError(error: unknown, operation: string): string {
    const message = errorMessage(error, this.t);
    this.dispatchEvent(new LayananErrorEvent({ error, message, operation }));
    return message;
  }
}

/** Registers a widget once; a second bundle on the same page (CDN + npm) must not throw. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
