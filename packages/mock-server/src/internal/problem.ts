import { HttpResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE, type FieldError } from '@layanan/contract';
import { localeOf, problemTitles, type ProblemSlug } from './i18n.js';

type Text = { id: string; en: string };

export interface ProblemInit {
  status: number;
  detail?: Text;
  errors?: FieldError[];
  headers?: Record<string, string>;
  /** RFC 9457 extension members, e.g. `nextAvailableDate`. */
  extensions?: Record<string, unknown>;
}

/** A problem+json response whose title and detail follow the request's Accept-Language. */
export function problem(request: Request, slug: ProblemSlug, init: ProblemInit): HttpResponse<string> {
  const locale = localeOf(request);
  const body = {
    type: `urn:layanan:problem:${slug}`,
    title: problemTitles[slug][locale],
    status: init.status,
    ...(init.detail ? { detail: init.detail[locale] } : {}),
    instance: new URL(request.url).pathname,
    ...(init.errors ? { errors: init.errors } : {}),
    ...init.extensions,
  };
  return new HttpResponse(JSON.stringify(body), {
    status: init.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'content-language': locale, ...init.headers },
  });
}

