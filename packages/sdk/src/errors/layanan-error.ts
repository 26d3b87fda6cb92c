/** Base of every error the SDK throws. Check with the `is…Error` guards, which work across realms. */
export class LayananError extends Error {
  override name = 'LayananError';
  /** HTTP method of the failed request, upper case. */
  readonly method: string;
  /** Absolute URL of the failed request. */
  readonly url: string;

  constructor(message: string, request: { method: string; url: string }, options?: { cause?: unknown }) {
    super(message, options);
    this.method = request.method.toUpperCase();
    this.url = request.url;
  }
}

const LAYANAN_ERROR_NAMES = new Set(['LayananError', 'ProblemError', 'NetworkError', 'TimeoutError', 'ContractError']);

export function isLayananError(error: unknown): error is LayananError {
  return error instanceof Error && LAYANAN_ERROR_NAMES.has(error.name) && 'method' in error && 'url' in error;
}
