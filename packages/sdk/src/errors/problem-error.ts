import { problemSlug, type FieldError, type Problem } from '@layanan/contract';
import { LayananError } from './layanan-error.js';

/**
 * The server answered 4xx/5xx. `problem` is its RFC 9457 body; a server that sent something else
 * gets a synthesized `about:blank` problem with the HTTP status and reason.
 */
export class ProblemError extends LayananError {
  override name = 'ProblemError' as const;
  readonly status: number;
  readonly problem: Problem;
  /** The response, for its headers (`Retry-After`, `ETag` …). Its body has been read. */
  readonly response: Response;

  constructor(problem: Problem, request: { method: string; url: string }, response: Response) {
    super(`${problem.status} ${problem.title}: ${request.method.toUpperCase()} ${request.url}`, request);
    this.status = problem.status;
    this.problem = problem;
    this.response = response;
  }

  /** The problem type without the `urn:layanan:problem:` prefix, e.g. `not-found`, `validation`. */
  get type(): string {
    return problemSlug(this.problem.type);
  }

  /** Per-field errors of a 422, keyed by path (`phone`, `answers.nik`). */
  get fieldErrors(): Record<string, FieldError> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.path, e]));
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof Error && error.name === 'ProblemError' && 'problem' in error;
}
