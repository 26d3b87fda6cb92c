import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { withMockApi } from './mock-api.js';

// What the permit form's and the permit status's stories share: the seeded applications and the
// reference server moved on by the officer.
export const DRAFT = 'PRM7K-D2AFT-Q9WXZ';
export const COMPLETE = 'PRM4X-C9MPT-W2HQZ';

/** Drafts this device remembers from earlier stories would open instead of the story's state. */
function forgetDrafts() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('layanan:permit-form:')) localStorage.removeItem(key);
}

/** The reference server, fresh, then `then` (a submission, the officer's decision, an override). */
export function withPermits(then?: (mock: BrowserMockServer) => Promise<unknown> | void) {
  return async () => {
    const { mock } = await withMockApi()();
    forgetDrafts();
    await then?.(mock);
    return { mock };
  };
}

export const post = (path: string, body?: object) =>
  fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
export const submitComplete = () => post(`/v1/permits/applications/${COMPLETE}/submit`);
export const decide = (decision: string, note: string) => post(`/v1/_mock/permits/applications/${COMPLETE}/decide`, { decision, note });
