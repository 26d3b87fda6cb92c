import type { RequestHandler } from 'msw';
import { agencyHandlers } from './handlers/agency.js';
import { baseHandler, parseApiBase } from './handlers/base.js';
import { fallbackHandler } from './handlers/fallback.js';
import { faultHandler } from './handlers/faults.js';
import { mockHandlers } from './handlers/mock.js';
import { openApiHandler } from './handlers/openapi.js';
import { queueHandlers } from './handlers/queue.js';
import { taxHandlers } from './handlers/taxes.js';
import { complaintHandlers } from './handlers/complaints.js';
import { permitHandlers } from './handlers/permits.js';
import { MockStore } from './state.js';

export interface HandlerOptions {
  /**
   * Where the API lives; only `<baseUrl>/v1/…` answers, any other path reaching for `/v1` is a 404
   * problem. An absolute URL (`http://localhost:6006`, `https://example.test/api`) also leaves other
   * origins to the network; a path (`/api`) holds on any origin. Default: `/` on any origin.
   */
  baseUrl?: string;
  /** Handlers that take precedence over the reference ones, still behind the base check (a test's or a benchmark's overrides). */
  overrides?: RequestHandler[];
}

/**
 * Every handler of the reference server over one store, in order: the base check, faults and
 * latency, then each resource, then the 404/405 fallback. The same list serves the browser worker,
 * Node `setupServer` and the HTTP server. `extra` resources join the list behind the fault handler,
 * as if they were part of the server (tests of the shared conventions use it).
 */
export function createHandlers(store: MockStore = new MockStore(), extra: RequestHandler[] = [], options: HandlerOptions = {}): RequestHandler[] {
  const resources: RequestHandler[] = [...agencyHandlers(store), ...queueHandlers(store), ...taxHandlers(store), ...complaintHandlers(store), ...permitHandlers(store), openApiHandler(), ...mockHandlers(store), ...extra];
  const served = [...resources, fallbackHandler(() => resources)];
  return [baseHandler(parseApiBase(options.baseUrl)), ...(options.overrides ?? []), faultHandler(store, () => served), ...served];
}
