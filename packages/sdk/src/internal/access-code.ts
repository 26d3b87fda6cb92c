import { normalizeAccessCode } from '@layanan/contract';

/**
 * A citizen's code as a path segment: what they typed (any case, spaces) becomes the canonical
 * code; anything else is sent as it is, for the server to answer 404.
 */
export function codeSegment(code: string): string {
  return encodeURIComponent(normalizeAccessCode(code) ?? code);
}
