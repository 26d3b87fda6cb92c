import { agencyExample, type Agency } from '@layanan/contract';
import type { IdempotencyRecord } from './internal/idempotency.js';
import type { QueueState } from './queue/model.js';
import { seedQueue } from './queue/seed.js';
import type { TaxState } from './taxes/model.js';
import type { ComplaintState } from './complaints/model.js';
import { seedComplaints } from './complaints/seed.js';
import type { PermitState } from './permits/model.js';
import { seedPermits } from './permits/seed.js';
import { seedTaxes } from './taxes/seed.js';

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
  /** The simulated clock: `simulatedAt` was the time when the real clock read `realAt`. */
  clock: { simulatedAt: number; realAt: number; speed: number };
  /** First responses of create requests, by method, path and Idempotency-Key. */
  idempotency: Map<string, IdempotencyRecord>;
  agency: Agency;
  queue: QueueState;
  taxes: TaxState;
  complaints: ComplaintState;
  permits: PermitState;
}

/**
 * Where the reference server's clock starts: Monday 30 November 2026, 09:00 WIB, with offices open
 * and queues moving. A fixed start keeps the contract's examples valid and every demo the same;
 * `--clock real` (or `new MockStore({ start: 'real' })`) starts from the real time instead.
 */
export const REFERENCE_START = Date.parse('2026-11-30T09:00:00+07:00');

export interface MockStoreOptions {
  /** `'reference'` (default, {@link REFERENCE_START}), `'real'`, or an ISO date-time. */
  start?: 'reference' | 'real' | string;
}

function startOf(option: MockStoreOptions['start']): number {
  if (option === undefined || option === 'reference') return REFERENCE_START;
  if (option === 'real') return Date.now();
  const at = Date.parse(option);
  if (Number.isNaN(at)) throw new TypeError(`Not a date-time: ${option}`);
  return at;
}

export function seedState(start: number = REFERENCE_START): MockState {
  return {
    config: { latencyMs: 0, failures: [] },
    clock: { simulatedAt: start, realAt: Date.now(), speed: 1 },
    idempotency: new Map(),
    agency: structuredClone(agencyExample),
    queue: seedQueue(start),
    taxes: seedTaxes(),
    complaints: seedComplaints(),
    permits: seedPermits(),
  };
}

/** Holds the state so handlers keep one reference across resets. */
export class MockStore {
  private readonly start: number;
  state: MockState;

  constructor(options: MockStoreOptions = {}) {
    this.start = startOf(options.start);
    this.state = seedState(this.start);
  }

  /** Back to the seed: data, clock and knobs alike. */
  reset(): void {
    this.state = seedState(this.start);
  }

  /**
   * The reference server's "now", on its simulated clock. Everything time-dependent (queues
   * moving, due dates, payment expiry) must read this, never `Date.now()`.
   */
  now(): Date {
    const { simulatedAt, realAt, speed } = this.state.clock;
    return new Date(simulatedAt + (Date.now() - realAt) * speed);
  }

  /** Moves the clock to `at` (ms), keeping its speed. Time never runs backwards for the store's data. */
  setNow(at: number): void {
    this.state.clock = { ...this.state.clock, simulatedAt: at, realAt: Date.now() };
  }

  /** 1 = real time; 60 = a simulated minute per real second (demos). */
  setSpeed(speed: number): void {
    this.setNow(this.now().getTime());
    this.state.clock.speed = speed;
  }
}
