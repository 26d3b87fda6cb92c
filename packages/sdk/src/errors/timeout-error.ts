import { LayananError } from './layanan-error.js';

/** The server did not answer within `timeout` milliseconds (after any retries). */
export class TimeoutError extends LayananError {
  override name = 'TimeoutError' as const;
  readonly timeout: number;

  constructor(request: { method: string; url: string }, timeout: number, options?: { cause?: unknown }) {
    super(`Request timed out after ${timeout} ms: ${request.method.toUpperCase()} ${request.url}`, request, options);
    this.timeout = timeout;
  }
}

/** True for the SDK's timeout only, not for a `DOMException` of the same name. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof Error && error.name === 'TimeoutError' && 'timeout' in error && 'url' in error;
}
