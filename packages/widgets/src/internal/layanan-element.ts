import { property } from 'lit/decorators.js';
import { createTransport, type Transport } from '@layanan/sdk';
import { LayananErrorEvent } from '../events/layanan-error.js';
import { id } from '../translations/id.js';
import type { Translation } from '../translations/translation.js';
import { resolveApiBase } from './config.js';
import { errorMessage, MISSING_API_BASE, MissingApiBaseError } from './error-message.js';
import { LocalizedElement } from './localized-element.js';
import { catalog, type WidgetLocale } from './locale.js';

const transports = new Map<string, Transport>();
const common = /* @__PURE__ */ catalog(id, () => import('../translations/en.js').then((m) => m.en));

/**
 * The base of every widget that talks to the API: where the API is, the SDK connection for it and
 * the widget's language, and the `layanan-error` event. Not exported to users; each widget extends it.
 */
export class LayananElement extends LocalizedElement {
  /** Root of the Layanan API; falls back to `configure({ apiBase })`, then `<meta name="layanan-api-base">`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The shared texts in the widget's language, with what the page registered on top. @internal */
  get t(): Translation {
    return this.localize('common', common);
  }

  /** The API root this widget talks to, or `undefined` when the page set none. @internal */
  get resolvedApiBase(): string | undefined {
    return resolveApiBase(this.apiBase);
  }

  /**
   * The SDK connection for this widget's API and language, shared by every widget with the same
   * pair. A widget builds only the resources it uses on it (`new QueueResource(transport)`), so the
   * others stay out of its bundle. Throws `MissingApiBaseError` when no API address is set anywhere.
   */
  protected transportFor(apiBase: string | undefined, locale: WidgetLocale): Transport {
    if (!apiBase) throw new MissingApiBaseError(MISSING_API_BASE); // in English, for the page's developer
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

export { defineElement } from './localized-element.js';
// Every service widget fires `layanan-error`: its type comes with the base class.
export type { LayananErrorDetail, LayananErrorEvent } from '../events/layanan-error.js';
