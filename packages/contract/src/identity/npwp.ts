import * as z from 'zod/mini';
import { parseNik } from './nik.js';
import { digitsOf, type ParseResult } from './result.js';

/** A decoded NPWP (Nomor Pokok Wajib Pajak), the taxpayer number. */
export interface Npwp {
  /** The digits as written: 15 for the old form, 16 for the new. */
  value: string;
  /** The 16-digit form used since 2024: a NIK, or `0` followed by the old 15 digits. */
  value16: string;
  /** The old 15-digit form when there is one (not for a NIK-based NPWP). */
  value15?: string;
  /** `nik`: a citizen's NIK used as NPWP; `legacy`: an old 15-digit number (possibly `0`-prefixed). */
  kind: 'nik' | 'legacy';
}

export type NpwpInvalidReason = 'empty' | 'length' | 'digits' | 'check_digit' | 'nik';

/** Luhn over the first nine digits: the ninth is the check digit of the eight before it. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Decodes an NPWP: the old 15-digit `ST.sss.sss.C-OOO.BBB` (C is a Luhn check digit over the nine
 * before the dash) or the new 16-digit form (a valid NIK, or `0` + a valid old number).
 */
export function parseNpwp(input: string, options?: { today?: Date }): ParseResult<Npwp, NpwpInvalidReason> {
  const value = digitsOf(input);
  if (value === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(value)) return { ok: false, reason: 'digits' };
  if (value.length === 15) {
    if (!luhnValid(value.slice(0, 9))) return { ok: false, reason: 'check_digit' };
    return { ok: true, value: { value, value16: `0${value}`, value15: value, kind: 'legacy' } };
  }
  if (value.length === 16) {
    if (value.startsWith('0')) {
      const legacy = value.slice(1);
      if (!luhnValid(legacy.slice(0, 9))) return { ok: false, reason: 'check_digit' };
      return { ok: true, value: { value, value16: value, value15: legacy, kind: 'legacy' } };
    }
    if (!parseNik(value, options).ok) return { ok: false, reason: 'nik' };
    return { ok: true, value: { value, value16: value, kind: 'nik' } };
  }
  return { ok: false, reason: 'length' };
}

export function isValidNpwp(input: string, options?: { today?: Date }): boolean {
  return parseNpwp(input, options).ok;
}

/** 15 digits → `01.234.567.4-123.000`; 16 digits are grouped by four. */
export function formatNpwp(input: string): string {
  const v = digitsOf(input);
  if (v.length === 15) return `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}.${v.slice(8, 9)}-${v.slice(9, 12)}.${v.slice(12)}`;
  if (v.length === 16) return v.replace(/(\d{4})(?=\d)/g, '$1 ');
  return input;
}

/** NPWP as 15 or 16 digits. */
export const NpwpNumber = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{15,16}$/), z.refine((v) => isValidNpwp(v), { error: 'Invalid NPWP' }));
