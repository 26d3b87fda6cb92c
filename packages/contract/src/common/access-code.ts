import * as z from 'zod/mini';

/**
 * Citizens reach their own ticket, application, complaint or payment by a code, never by a
 * sequential id. The alphabet drops the look-alikes 0/O, 1/I/L so a code read aloud or copied
 * from paper survives; 15 symbols of 31 give 74 bits of randomness (the contract asks for ≥ 60).
 */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUP = 5;
const LENGTH = 15;

export const AccessCode = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/));
export type AccessCode = z.infer<typeof AccessCode>;

/** A fresh access code from the platform's CSPRNG, e.g. `K7M2X-9PQRT-H4WZ8`. */
export function generateAccessCode(): AccessCode {
  const symbols: string[] = [];
  const bytes = new Uint8Array(32);
  while (symbols.length < LENGTH) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // Rejection sampling keeps every symbol equally likely (248 = 8 × 31).
      if (byte < 248 && symbols.length < LENGTH) symbols.push(ACCESS_CODE_ALPHABET[byte % 31]!);
    }
  }
  return [0, GROUP, GROUP * 2].map((start) => symbols.slice(start, start + GROUP).join('')).join('-');
}

/**
 * What a citizen typed (any case, spaces or dashes anywhere) → the canonical code, or `null`
 * when it cannot be one.
 */
export function normalizeAccessCode(input: string): AccessCode | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== LENGTH) return null;
  for (const symbol of compact) if (!ACCESS_CODE_ALPHABET.includes(symbol)) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5, 10)}-${compact.slice(10)}`;
}
