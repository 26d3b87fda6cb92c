import { AgencyResource } from './resources/agency.js';
import { QueueResource } from './resources/queue.js';
import { TaxesResource } from './resources/taxes.js';
import { ComplaintsResource } from './resources/complaints.js';
import { PermitsResource } from './resources/permits.js';
import { Transport, type RetryOptions } from './internal/transport.js';

export interface ClientOptions {
  /**
   * Root of the API (the `/v1/…` paths live under it), e.g. `https://layanan.lampungutarakab.go.id`.
   * A relative URL is resolved against the page in a browser.
   */
  baseUrl: string;
  /** Language of server text (`Accept-Language`). Default: `'id'`. */
  locale?: 'id' | 'en';
  /** Milliseconds before one attempt is given up. Default: `15000` (weak mobile connections). */
  timeout?: number;
  /** Retries for idempotent requests and keyed POSTs, with exponential backoff, full jitter and `Retry-After`. Default: `{ limit: 2, backoffLimit: 10000 }`; `0` turns retries off. */
  retry?: number | RetryOptions;
  /** Headers sent with every request (an API key, a tracing id). Default: none. */
  headers?: Record<string, string>;
  /** A `fetch` to use instead of the global one (tests, instrumentation). Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
}

/** A typed client for one Layanan API. */
export interface LayananClient {
  readonly baseUrl: string;
  readonly locale: 'id' | 'en';
  readonly agency: AgencyResource;
  readonly queue: QueueResource;
  readonly taxes: TaxesResource;
  readonly complaints: ComplaintsResource;
  readonly permits: PermitsResource;
}

/**
 * Creates a client for one Layanan API.
 *
 * ```ts
 * const client = createClient({ baseUrl: 'http://localhost:4010' });
 * const agency = await client.agency.get();
 * ```
 */
export function createClient(options: ClientOptions): LayananClient {
  const transport = createTransport(options);
  return {
    baseUrl: transport.baseUrl,
    locale: transport.locale as 'id' | 'en',
    agency: new AgencyResource(transport),
    queue: new QueueResource(transport),
    taxes: new TaxesResource(transport),
    complaints: new ComplaintsResource(transport),
    permits: new PermitsResource(transport),
  };
}

/**
 * The connection a client is made of (base URL, language, timeout, retries, ETag cache), for
 * bundle-sensitive code that builds only the resources it uses, so the rest is tree-shaken away:
 *
 * ```ts
 * const queue = new QueueResource(createTransport({ baseUrl }));
 * ```
 */
export function createTransport(options: ClientOptions): Transport {
  return new Transport({
    baseUrl: options.baseUrl,
    locale: options.locale ?? 'id',
    timeout: options.timeout ?? 15_000,
    retry: options.retry ?? {},
    headers: options.headers ?? {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
