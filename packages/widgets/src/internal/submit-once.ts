import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createIdempotencyKey, isProblemError } from '@layanan/sdk';
import { deviceKey, holdsIdentityNumber, storage } from './storage.js';

export { holdsIdentityNumber } from './storage.js';

/** One create as this device remembers it: kept before the request leaves, gone once it is answered for good. */
export interface Intent<Body> {
  key: string;
  /** This device's clock when the intent was first sent (the server made the record about then). */
  firstSentAt: number;
  /** The body first sent; only in memory when it holds a NIK, NPWP or phone (the device keeps its digest). */
  body?: Body;
}

/** What the device keeps: the body in full, or only its SHA-256 when it names a NIK, NPWP or phone. */
interface StoredIntent<Body> extends Intent<Body> {
  v: 1;
  digest?: string;
}

export interface SubmitOnceOptions<Body, Result> {
  /** The widget's tag without `layanan-`, the first part of the device key. */
  widget: string;
  /** Which create: `payment`, `comment:<code>` … (the last part of `layanan:<widget>:<api-origin>:<id>`). */
  id: () => string;
  /** The API root the request goes to. */
  apiBase: () => string | undefined;
  /** Sends `body` under `intent.key`; the same key and body every time for one intent. */
  send: (body: Body, intent: Intent<Body>) => Promise<Result>;
}

async function digestOf(body: unknown): Promise<string | undefined> {
  // `crypto.subtle` exists only in secure contexts: on plain HTTP such an intent stays in memory.
  if (!globalThis.crypto?.subtle) return undefined;
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(body)));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The answer ends an intent only when it is about this very request: a success, or a 4xx refusal.
 * Not a lost answer, a timeout, a 5xx, 408, 425, 429, nor a 409 that says the first try is still
 * running: the server may have made (or may yet make) the record, so the same key must go again.
 */
export function endsIntent(error: unknown): boolean {
  if (!isProblemError(error)) return false;
  const { status } = error;
  if (status < 400 || status >= 500 || status === 408 || status === 425 || status === 429) return false;
  const inProgress = status === 409 && (error.type === 'idempotency-key-in-progress' || error.response.headers.has('retry-after'));
  return !inProgress;
}

/**
 * Sends a create (a ticket, a payment, a complaint, a draft, a follow-up) at most once. The intent
 * `{ key, body, firstSentAt }` is on the device before the request leaves; a retry, a double click
 * (it joins the request in flight) and a reload send the same key and the same body again, so the
 * server answers with the record it made. See docs/decisions/009-submit-once.md.
 */
export class SubmitOnce<Body, Result> implements ReactiveController {
  /** Open intents by device key; a digest-only intent keeps its body here while the page lives. */
  private readonly memory = new Map<string, StoredIntent<Body>>();
  private readonly inFlight = new Map<string, Promise<Result>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubmitOnceOptions<Body, Result>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Attached again (or another tab sent it meanwhile): the device's copy is the truth; a body only in memory stays.
    for (const [key, intent] of this.memory) if (!intent.digest && !this.inFlight.has(key)) this.memory.delete(key);
  }

  hostDisconnected(): void {
    // Nothing to stop: an answer that arrives after the widget left still ends the intent on the device.
  }

  private get storageKey(): string {
    return deviceKey(this.options.widget, this.options.apiBase(), this.options.id());
  }

  /** The open intent of the current id (sent, not yet answered for good), if any. */
  get intent(): Intent<Body> | undefined {
    const key = this.storageKey;
    if (!this.memory.has(key)) {
      const kept = storage.get<StoredIntent<Body>>(key);
      if (kept?.v === 1 && kept.key && kept.firstSentAt) this.memory.set(key, kept);
    }
    return this.memory.get(key);
  }

  /** A request of the current id is on its way. */
  get sending(): boolean {
    return this.inFlight.has(this.storageKey);
  }

  /**
   * Sends `body` once. With an open intent the kept body goes again under its key (what the
   * citizen changed since is not sent: the first request may already be a record). A call while
   * one is in flight joins it. Rejects with the SDK's error; the intent stays unless it `endsIntent`.
   */
  submit(body: Body): Promise<Result> {
    const key = this.storageKey;
    let running = this.inFlight.get(key);
    if (!running) {
      running = this.run(key, body).finally(() => {
        this.inFlight.delete(key);
        this.host.requestUpdate();
      });
      this.inFlight.set(key, running);
      this.host.requestUpdate();
    }
    return running;
  }

  /** Sends the open intent again when its body is known (after a reload); `undefined` when it cannot. */
  resend(): Promise<Result> | undefined {
    const body = this.intent?.body;
    return body === undefined && !this.sending ? undefined : this.submit(body!);
  }

  /** Forgets the open intent: the citizen chose to start something else. */
  forget(): void {
    this.end(this.storageKey);
    this.host.requestUpdate();
  }

  private async run(key: string, body: Body): Promise<Result> {
    let intent: StoredIntent<Body> | undefined = (void this.intent, this.memory.get(key));
    if (!intent) {
      const secret = holdsIdentityNumber(body);
      intent = { v: 1, key: createIdempotencyKey(), firstSentAt: Date.now() };
      const digest = secret ? await digestOf(body) : undefined;
      // Before the request leaves: whatever happens to the answer, this device sends the same again.
      if (!secret || digest) storage.set(key, secret ? { ...intent, digest } : { ...intent, body });
      intent = { ...intent, body, ...(digest ? { digest } : {}) };
    } else if (intent.body === undefined && intent.digest === (await digestOf(body))) {
      // Only the digest survived the reload: the same details are the same intent, known again.
      intent = { ...intent, body };
    }
    // Other details after a reload go under the kept key: the server makes them the record, or says 409.
    this.memory.set(key, intent);
    const sent = intent.body ?? body;
    try {
      const result = await this.options.send(sent, { ...intent, body: sent });
      this.end(key);
      return result;
    } catch (error) {
      if (endsIntent(error)) this.end(key);
      throw error;
    }
  }

  private end(key: string): void {
    this.memory.delete(key);
    storage.remove(key);
  }
}
