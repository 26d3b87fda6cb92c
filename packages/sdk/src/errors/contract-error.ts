import { LayananError } from './layanan-error.js';

/** One way a response body broke the contract. */
export interface ContractIssue {
  path: string;
  message: string;
}

/**
 * The server answered 2xx, but the body is not JSON or does not match the contract. Not an HTTP
 * error: retrying will not help; the server (or a proxy in front of it) is at fault.
 */
export class ContractError extends LayananError {
  override name = 'ContractError' as const;
  readonly status: number;
  readonly issues: readonly ContractIssue[];

  constructor(request: { method: string; url: string }, status: number, issues: ContractIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    const where = first ? ` (${first.path || '(body)'}: ${first.message}${issues.length > 1 ? `, +${issues.length - 1} more` : ''})` : '';
    super(`Response does not match the contract${where}: ${request.method.toUpperCase()} ${request.url}`, request, options);
    this.status = status;
    this.issues = issues;
  }
}

export function isContractError(error: unknown): error is ContractError {
  return error instanceof Error && error.name === 'ContractError' && 'issues' in error;
}
