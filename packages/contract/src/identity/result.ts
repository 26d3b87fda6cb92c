/** What every identity parser returns: the decoded value, or the reason it cannot be one. */
export type ParseResult<Value, Reason extends string> =
  | { ok: true; value: Value }
  | { ok: false; reason: Reason };

import { PROVINCES } from './regions.js';

/** Keeps digits only: people type NIKs and NOPs with spaces, dots and dashes. */
export function digitsOf(input: string): string {
  return input.replace(/[\s.\-/]/g, '');
}

/**
 * The checks every regional number (NIK, NOP) starts with: something typed, digits only, the
 * right length, and a province code that exists.
 */
export function regionalDigits(
  input: string,
  length: number,
): ParseResult<{ value: string; provinceCode: string; province: string }, 'empty' | 'digits' | 'length' | 'province'> {
  const value = digitsOf(input);
  if (value === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(value)) return { ok: false, reason: 'digits' };
  if (value.length !== length) return { ok: false, reason: 'length' };
  const provinceCode = value.slice(0, 2);
  const province = PROVINCES[provinceCode];
  if (!province) return { ok: false, reason: 'province' };
  return { ok: true, value: { value, provinceCode, province } };
}
