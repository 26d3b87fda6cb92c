import { LayananError } from './layanan-error.js';

/** No response arrived: offline, DNS, CORS refusal, connection reset. Safe to retry later. */
export class NetworkError extends LayananError {
  override name = 'NetworkError' as const;

  constructor(request: { method: string; url: string }, options?: { cause?: unknown }) {
    super(`Network error: ${request.method.toUpperCase()} ${request.url}`, request, options);
  }
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof Error && error.name === 'NetworkError' && 'url' in error;
}
