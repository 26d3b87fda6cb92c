import type * as z from 'zod/mini';
import type { FieldError } from '@layanan/contract';
import { details, fieldMessages, localeOf, type FieldCode } from './i18n.js';
import { problem } from './problem.js';

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function fieldCode(issue: z.core.$ZodIssue, body: unknown): FieldCode {
  if (issue.code !== 'unrecognized_keys' && valueAt(body, issue.path) === undefined) return 'required';
  return issue.code in fieldMessages ? (issue.code as FieldCode) : 'invalid';
}

/** zod issues → the contract's localized `errors[{ path, code, message }]`. */
export function fieldErrorsOf(request: Request, error: z.core.$ZodError, body: unknown): FieldError[] {
  const locale = localeOf(request);
  return error.issues.map((issue) => {
    const code = fieldCode(issue, body);
    return { path: issue.path.map(String).join('.'), code, message: fieldMessages[code][locale] };
  });
}

/**
 * Reads and validates a JSON body. Anything else is answered, never crashed on: a body that is not
 * `application/json` → 415, JSON that does not parse → 400, JSON that fails the schema → 422.
 * The failure is thrown as a Response, which msw sends as it is.
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodMiniType<T>): Promise<T> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw problem(request, 'unsupported-media-type', { status: 415, detail: details.mediaType(contentType) });
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw problem(request, 'malformed-json', { status: 400, detail: details.malformedJson });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw problem(request, 'validation', { status: 422, detail: details.validation, errors: fieldErrorsOf(request, parsed.error, body) });
  }
  return parsed.data;
}

/** A 422 for rules a schema cannot express (a NIK's birth date, a closed day): codes in, localized errors out. */
export function invalidFields(request: Request, errors: Array<{ path: string; code: FieldCode }>): Response {
  const locale = localeOf(request);
  const list: FieldError[] = errors.map(({ path, code }) => ({ path, code, message: fieldMessages[code][locale] }));
  return problem(request, 'validation', { status: 422, detail: details.validation, errors: list });
}
