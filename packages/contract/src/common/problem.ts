import * as z from 'zod/mini';

/** One failed field of a request, as in a 422 problem's `errors` list. */
export const FieldError = /* @__PURE__ */ z
  .object({
    /** JSON-pointer-like dotted path of the field, e.g. `phone` or `answers.nik`. */
    path: z.string(),
    /** Machine-readable reason, stable across locales, e.g. `required`, `too_long`, `nik_birth_date`. */
    code: z.string(),
    /** Human-readable reason in the language of the request's `Accept-Language`. */
    message: z.string(),
  });
export type FieldError = z.infer<typeof FieldError>;

/**
 * An RFC 9457 problem document (`application/problem+json`). Extension members (such as a queue's
 * `nextAvailableDate`) are kept, so the object is loose.
 */
export const Problem = /* @__PURE__ */ z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.int().check(z.minimum(400), z.maximum(599)),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const PROBLEM_TYPE_PREFIX = 'urn:layanan:problem:';

/** The problem types every Layanan server uses; a service adds its own with the same prefix. */
export const problemTypes = {
  badRequest: `${PROBLEM_TYPE_PREFIX}bad-request`,
  malformedJson: `${PROBLEM_TYPE_PREFIX}malformed-json`,
  notFound: `${PROBLEM_TYPE_PREFIX}not-found`,
  methodNotAllowed: `${PROBLEM_TYPE_PREFIX}method-not-allowed`,
  conflict: `${PROBLEM_TYPE_PREFIX}conflict`,
  idempotencyKeyReused: `${PROBLEM_TYPE_PREFIX}idempotency-key-reused`,
  unsupportedMediaType: `${PROBLEM_TYPE_PREFIX}unsupported-media-type`,
  validation: `${PROBLEM_TYPE_PREFIX}validation`,
  tooManyRequests: `${PROBLEM_TYPE_PREFIX}too-many-requests`,
  internal: `${PROBLEM_TYPE_PREFIX}internal`,
  unavailable: `${PROBLEM_TYPE_PREFIX}unavailable`,
} as const;

/** `urn:layanan:problem:not-found` → `not-found`; other URIs come back unchanged. */
export function problemSlug(type: string): string {
  return type.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : type;
}
