import { http, passthrough } from 'msw';
import { details } from '../internal/i18n.js';
import { problem } from '../internal/problem.js';

/** Where the API lives: an origin and a path before `/v1`, or a path alone (any origin). */
export interface ApiBase {
  origin?: string;
  /** `''` for the root, or `/api` (no trailing slash). */
  path: string;
}

/**
 * `http://localhost:4010/api` → that origin and `/api`; `/api` or `api/` → the path on any origin;
 * `undefined` or `/` → `/v1` at the root of any origin.
 */
export function parseApiBase(baseUrl: string | undefined): ApiBase {
  const raw = baseUrl?.trim() ?? '';
  const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(raw);
  const url = new URL(raw, 'http://any.invalid');
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, ''); // a base given with its /v1 means the same API
  return absolute ? { origin: url.origin, path } : { path };
}

/**
 * Runs before every other handler, as production's routing does: a request under `<base>/v1/` is
 * handed on; another path that reaches for `/v1` (`/anything/v1/agency`, or `/v1/agency` when the
 * base is `/api`) is a 404 problem, so a wrong `api-base` fails in development too. Requests to
 * another origin than the base's are not the reference server's business and go to the network.
 */
export function baseHandler(base: ApiBase) {
  const root = `${base.path}/v1`;
  return http.all('*', ({ request }) => {
    const url = new URL(request.url);
    if (!/\/v1(\/|$)/.test(url.pathname)) return undefined;
    if (base.origin && url.origin !== base.origin) return passthrough();
    if (url.pathname === root || url.pathname.startsWith(`${root}/`)) return undefined;
    return problem(request, 'not-found', { status: 404, detail: details.outsideApiBase(url.pathname, `${base.origin ?? ''}${base.path}`) });
  });
}
