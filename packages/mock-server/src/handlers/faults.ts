import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import type { FailureRule, MockStore } from '../state.js';
import { details } from '../internal/i18n.js';
import { problem } from '../internal/problem.js';

function takeFailure(store: MockStore, request: Request): FailureRule | undefined {
  const { pathname } = new URL(request.url);
  const rules = store.state.config.failures;
  const index = rules.findIndex(
    (rule) => (!rule.path || pathname.includes(rule.path)) && (!rule.method || rule.method === request.method),
  );
  const rule = rules[index];
  if (!rule) return undefined;
  const left = (rule.count ?? 1) - 1;
  if (left > 0) rules[index] = { ...rule, count: left };
  else rules.splice(index, 1);
  return rule;
}

/**
 * Runs first for every API request (the knobs under `/v1/_mock` excepted): adds the configured
 * latency and applies a matching failure rule. Returning nothing hands the request on.
 */
export function faultHandler(store: MockStore, rest: () => RequestHandler[]) {
  return http.all('*/v1/*', async ({ request }) => {
    if (new URL(request.url).pathname.includes('/v1/_mock/')) return undefined;
    const { latencyMs } = store.state.config;
    if (latencyMs > 0) await delay(latencyMs);
    const rule = takeFailure(store, request);
    if (!rule) return undefined;
    switch (rule.mode) {
      case 'network':
        return HttpResponse.error();
      case 'malformed':
        return HttpResponse.json({ unexpected: 'this body breaks the contract' });
      case 'drop-response':
        await getResponse(rest(), request.clone());
        return HttpResponse.error();
      case 'status': {
        const status = rule.status ?? 503;
        return problem(request, status >= 500 ? (status === 503 ? 'unavailable' : 'internal') : status === 429 ? 'too-many-requests' : 'bad-request', {
          status,
          detail: details.injected,
          ...(rule.retryAfter === undefined ? {} : { headers: { 'retry-after': String(rule.retryAfter) } }),
        });
      }
    }
  });
}
