import * as z from 'zod/mini';
import type { ParseResult } from './result.js';

/** An Indonesian phone number in E.164 form. */
export interface Phone {
  /** E.164, e.g. `+6281234567890`. */
  e164: string;
  /** Mobile numbers start with 8 after the country code; others are fixed lines (0724 … Kotabumi). */
  kind: 'mobile' | 'landline';
}

export type PhoneInvalidReason = 'empty' | 'characters' | 'prefix' | 'length';

/**
 * Accepts `0812-3456-7890`, `62812…`, `+62 812 …` (spaces, dashes, dots and brackets ignored) and
 * returns E.164 `+62…`. Mobile numbers have 9–12 digits after `+62`, fixed lines 7–11.
 */
export function parsePhone(input: string): ParseResult<Phone, PhoneInvalidReason> {
  const compact = input.replace(/[\s.\-()]/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: 'characters' };
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return { ok: false, reason: 'prefix' };
  if (!/^[1-9]/.test(national)) return { ok: false, reason: 'prefix' };
  const kind = national.startsWith('8') ? 'mobile' : 'landline';
  const [min, max] = kind === 'mobile' ? [9, 12] : [7, 11];
  if (national.length < min || national.length > max) return { ok: false, reason: 'length' };
  return { ok: true, value: { e164: `+62${national}`, kind } };
}

export function isValidPhone(input: string): boolean {
  return parsePhone(input).ok;
}

/** `+6281234567890` → `+62 812-3456-7890`; fixed lines → `+62 724 21234`. */
export function formatPhone(e164: string): string {
  const parsed = parsePhone(e164);
  if (!parsed.ok) return e164;
  const national = parsed.value.e164.slice(3);
  if (parsed.value.kind === 'mobile') {
    return `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
  }
  return `+62 ${national.slice(0, 3)} ${national.slice(3)}`;
}

/** A phone number in E.164 (`+62…`), as servers store and return it. */
export const PhoneE164 = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\+62[1-9]\d{6,11}$/));
