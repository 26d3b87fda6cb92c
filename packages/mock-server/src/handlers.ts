import type { RequestHandler } from 'msw';
import { agencyHandlers } from './handlers/agency.js';
import { fallbackHandler } from './handlers/fallback.js';
import { faultHandler } from './handlers/faults.js';
import { mockHandlers } from './handlers/mock.js';
import { openApiHandler } from './handlers/openapi.js';
import { queueHandlers } from './handlers/queue.js';
import { taxHandlers } from './handlers/taxes.js';
import { complaintHandlers } from './handlers/complaints.js';
import { permitHandlers } from './handlers/permits.js';
import { MockStore } from './state.js';

/**
 * Every handler of the reference server over one store, in order: faults and latency first, then
 * each resource, then the 404/405 fallback. The same list serves the browser worker, Node
 * `setupServer` and the HTTP server. `extra` resources join the list behind the fault handler, as
 * if they were part of the server (tests of the shared conventions use it).
 */
export function createHandlers(store: MockStore = new MockStore(), extra: RequestHandler[] = []): RequestHandler[] {
  const resources: RequestHandler[] = [...agencyHandlers(store), ...queueHandlers(store), ...taxHandlers(store), ...complaintHandlers(store), ...permitHandlers(store), openApiHandler(), ...mockHandlers(store), ...extra];
  const served = [...resources, fallbackHandler(() => resources)];
  return [faultHandler(store, () => served), ...served];
}
