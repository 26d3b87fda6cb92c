import { isContractError, isNetworkError, isProblemError, isTimeoutError } from '@layanan/sdk';
import type { Translation } from '../translations/translation.js';

/** What a page's developer reads when no API address is set: the three ways to set one. */
export const MISSING_API_BASE = 'No API address set: give an api-base attribute, configure({ apiBase }), or <meta name="layanan-api-base">.';

/** No API address anywhere: a mistake of the page, shown so its developer sees what to fix. */
export class MissingApiBaseError extends Error {
  override name = 'MissingApiBaseError';
}

/** The sentence a citizen reads for an error, in the widget's language. Server text stays text. */
export function errorMessage(error: unknown, t: Translation): string {
  if (error instanceof MissingApiBaseError) return t.errors.missingApiBase;
  if (isProblemError(error)) {
    const { title, detail, status } = error.problem;
    return detail ? `${t.errors.problem(title, status)}. ${detail}` : t.errors.problem(title, status);
  }
  if (isNetworkError(error)) return t.errors.network;
  if (isTimeoutError(error)) return t.errors.timeout;
  if (isContractError(error)) return t.errors.contract;
  return t.errors.unknown;
}
