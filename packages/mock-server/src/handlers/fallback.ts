import { http, HttpHandler, matchRequestUrl, type RequestHandler } from 'msw';
import { details } from '../internal/i18n.js';
import { problem } from '../internal/problem.js';

/**
 * The last word on `/v1/*`: a known path with another method → 405 with `Allow`; anything else →
 * 404. Both as problem+json, never an HTML page.
 */
export function fallbackHandler(known: () => RequestHandler[]) {
  return http.all('*/v1/*', ({ request }) => {
    const url = new URL(request.url);
    const allowed = new Set<string>();
    for (const handler of known()) {
      if (!(handler instanceof HttpHandler)) continue;
      const { method, path } = handler.info;
      if (typeof method !== 'string' || method === 'ALL' || typeof path !== 'string') continue;
      if (matchRequestUrl(url, path).matches) allowed.add(method);
    }
    if (allowed.size > 0) {
      if (allowed.has('GET')) allowed.add('HEAD');
      const allow = [...allowed].sort().join(', ');
      return problem(request, 'method-not-allowed', {
        status: 405,
        detail: details.methodNotAllowed(request.method, allow),
        headers: { allow },
      });
    }
    return problem(request, 'not-found', { status: 404, detail: details.notFound(url.pathname) });
  });
}
