import { agencyExample, type Agency } from '@layanan/contract';
import type { IdempotencyRecord } from './internal/idempotency.js';

/** A failure the tester asks for: the next `count` matching requests fail this way. */
export interface FailureRule {
  /** `status`: answer a problem with `status`; `network`: the connection fails; `malformed`: 200 with a body that breaks the contract; `drop-response`: the server does the work, then the response is lost. */
  mode: 'status' | 'network' | 'malformed' | 'drop-response';
  /** Only requests whose path starts with this, e.g. `/v1/agency`. Default: every API request. */
  path?: string;
  /** Only this method (upper case). Default: any. */
  method?: string;
  /** For `status`: the HTTP status. Default: 503. */
  status?: number;
  /** For `status`: a `Retry-After` in seconds. */
  retryAfter?: number;
  /** How many requests fail before the rule is used up. Default: 1. */
  count?: number;
}

export interface MockConfig {
  /** Added before every API answer, in ms (what a weak 3G connection feels like: 300–1500). */
  latencyMs: number;
  failures: FailureRule[];
}

/** Everything the reference server knows. Each service slice adds its part to the seed. */
export interface MockState {
  config: MockConfig;
  /** Milliseconds the simulated clock runs ahead of the real one (`POST /v1/_mock/clock`). */
  clockOffsetMs: number;
  /** First responses of create requests, by method, path and Idempotency-Key. */
  idempotency: Map<string, IdempotencyRecord>;
  agency: Agency;
}

export function seedState(): MockState {
  return {
    config: { latencyMs: 0, failures: [] },
    clockOffsetMs: 0,
    idempotency: new Map(),
    agency: structuredClone(agencyExample),
  };
}

/** Holds the state so handlers keep one reference across resets. */
export class MockStore {
  state: MockState = seedState();

  /** Back to the seed: data, clock and knobs alike. */
  reset(): void {
    this.state = seedState();
  }

  /**
   * The reference server's "now": real time plus the simulated offset. Everything time-dependent
   * (queues moving, due dates, payment expiry) must read this, never `Date.now()`.
   */
  now(): Date {
    return new Date(Date.now() + this.state.clockOffsetMs);
  }
}
