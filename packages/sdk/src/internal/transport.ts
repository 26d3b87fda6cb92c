import ky, { isHTTPError, isTimeoutError as isKyTimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import { Problem } from '@layanan/contract';
import { ContractError, type ContractIssue } from '../errors/contract-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ProblemError } from '../errors/problem-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { createIdempotencyKey } from './idempotency.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default: `2`. */
  limit?: number;
  /** Upper bound of one backoff delay, in ms. Default: `10000`. */
  backoffLimit?: number;
  /** Upper bound of a server's `Retry-After`, in ms. Default: the `timeout`. */
  maxRetryAfter?: number;
}

export interface TransportOptions {
  baseUrl: string;
  locale: string;
  timeout: number;
  retry: number | RetryOptions;
  headers: Record<string, string>;
  fetch?: typeof globalThis.fetch;
}

export interface CallOptions {
  /** Cancels the request (and its retries); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Extra headers for this call only. */
  headers?: Record<string, string>;
}

export interface MutationOptions extends CallOptions {
  /**
   * Reuse one key for one intent (a payment, a ticket) across reloads and retries; the server
   * answers a replay with the first response. Default: a fresh UUID per call, reused by its retries.
   */
  idempotencyKey?: string;
}

interface SendInit<T> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  schema: z.ZodMiniType<T>;
  json?: unknown;
  /** A raw body (an upload) with its content type, instead of `json`. */
  body?: { data: Blob | ArrayBuffer | Uint8Array; contentType: string };
  searchParams?: Record<string, string | number | undefined>;
  options?: MutationOptions;
  /** GET only: revalidate with the last ETag and reuse the last body on 304 (catalogs, polled resources). */
  conditional?: boolean;
}

/** How many ETag-validated bodies one client keeps (oldest dropped first). */
const ETAG_CACHE_SIZE = 50;

/** The methods retried by default: the idempotent ones, and POST because every POST carries a key. */
const RETRY_METHODS = ['get', 'head', 'put', 'delete', 'options', 'post'];

/** Resolves a relative base (`/`, `/api`) against the page, so the SDK works from any page path. */
function absoluteBase(baseUrl: string): string {
  const base = typeof location === 'undefined' ? new URL(baseUrl) : new URL(baseUrl, location.href);
  return base.href.endsWith('/') ? base.href : `${base.href}/`;
}

function issuesOf(error: z.core.$ZodError): ContractIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export class Transport {
  readonly baseUrl: string;
  readonly locale: string;
  private readonly timeout: number;
  private readonly headers: Record<string, string>;
  private readonly ky: KyInstance;
  private readonly validated = new Map<string, { etag: string; data: unknown }>();

  constructor(options: TransportOptions) {
    this.baseUrl = absoluteBase(options.baseUrl);
    this.locale = options.locale;
    this.timeout = options.timeout;
    this.headers = options.headers;
    const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry;
    this.ky = ky.create({
      prefixUrl: this.baseUrl,
      timeout: options.timeout,
      throwHttpErrors: (status) => status >= 400,
      headers: { accept: 'application/json, application/problem+json', 'accept-language': options.locale, ...options.headers },
      retry: {
        limit: retry.limit ?? 2,
        methods: RETRY_METHODS,
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [413, 429, 503],
        backoffLimit: retry.backoffLimit ?? 10_000,
        ...(retry.maxRetryAfter === undefined ? {} : { maxRetryAfter: retry.maxRetryAfter }),
        jitter: true,
        retryOnTimeout: true,
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /** Sends one request, maps every failure onto the SDK's errors and parses the body by `schema`. */
  async send<T>(init: SendInit<T>): Promise<{ data: T; response: Response }> {
    const { method, path, schema, json, body, searchParams, options = {}, conditional = false } = init;
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(searchParams ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    const request = { method, url: url.href };
    const headers: Record<string, string> = { ...options.headers };
    if (method === 'post') headers['idempotency-key'] = options.idempotencyKey ?? createIdempotencyKey();
    const cached = conditional ? this.validated.get(url.href) : undefined;
    if (cached) headers['if-none-match'] = cached.etag;
    if (body) headers['content-type'] = body.contentType;

    let response: Response;
    try {
      response = await this.ky(path, {
        method,
        headers,
        ...(json === undefined ? {} : { json }),
        ...(body ? { body: body.data as BodyInit } : {}),
        ...(searchParams ? { searchParams: url.searchParams } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      throw await this.failure(error, request, options.signal);
    }
    if (response.status === 304 && cached) return { data: cached.data as T, response };
    const data = await parseBody(response, schema, request);
    const etag = response.headers.get('etag');
    if (conditional && etag) this.remember(url.href, etag, data);
    return { data, response };
  }

  /** Headers every request carries (language, accept, the caller's own), for the XHR upload path. */
  get defaultHeaders(): Record<string, string> {
    return { accept: 'application/json, application/problem+json', 'accept-language': this.locale, ...this.headers };
  }

  /** The absolute URL of an API path. */
  url(path: string): string {
    return new URL(path, this.baseUrl).href;
  }

  /**
   * Opens a long-lived GET (Server-Sent Events) and returns the raw response once its headers are
   * in. No retries here: the caller decides how to resume. Errors are mapped as in `send`.
   */
  async openStream(path: string, options: CallOptions = {}): Promise<Response> {
    const url = new URL(path, this.baseUrl);
    const request = { method: 'get', url: url.href };
    try {
      return await this.ky(path, {
        headers: { accept: 'text/event-stream', ...options.headers },
        retry: 0,
        // The timeout guards the wait for the response headers, not the stream after them.
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      throw await this.failure(error, request, options.signal);
    }
  }

  /** Any failure of a call as what the caller should see: the abort reason, or one of the SDK's errors. */
  private async failure(error: unknown, request: { method: string; url: string }, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return signal.reason ?? error;
    if (isHTTPError(error)) return problemErrorOf(error.response, request);
    if (isKyTimeoutError(error)) return new TimeoutError(request, this.timeout, { cause: error });
    return new NetworkError(request, { cause: error });
  }

  private remember(url: string, etag: string, data: unknown): void {
    this.validated.delete(url);
    this.validated.set(url, { etag, data });
    if (this.validated.size > ETAG_CACHE_SIZE) this.validated.delete(this.validated.keys().next().value!);
  }
}

export async function problemErrorOf(response: Response, request: { method: string; url: string }): Promise<ProblemError> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  const parsed = Problem.safeParse(body);
  const problem = parsed.success && parsed.data.status === response.status
    ? parsed.data
    : { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
  return new ProblemError(problem, request, response);
}

export async function parseBody<T>(response: Response, schema: z.ZodMiniType<T>, request: { method: string; url: string }): Promise<T> {
  let body: unknown;
  if (response.status !== 204 && response.status !== 304) {
    const text = await readText(response, request);
    try {
      body = JSON.parse(text);
    } catch (cause) {
      throw new ContractError(request, response.status, [{ path: '', message: 'Body is not JSON' }], { cause });
    }
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ContractError(request, response.status, issuesOf(parsed.error), { cause: parsed.error });
  return parsed.data;
}

async function readText(response: Response, request: { method: string; url: string }): Promise<string> {
  try {
    return await response.text();
  } catch (cause) {
    // The connection dropped while the body was still arriving.
    throw new NetworkError(request, { cause });
  }
}
