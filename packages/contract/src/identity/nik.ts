import * as z from 'zod/mini';
import { LAMPUNG_REGENCIES } from './regions.js';
import { digitsOf, regionalDigits, type ParseResult } from './result.js';

/** A decoded NIK (Nomor Induk Kependudukan), the 16-digit national identity number. */
export interface Nik {
  /** The 16 digits. */
  value: string;
  provinceCode: string;
  /** Four digits: province + regency, e.g. `1803` for Kabupaten Lampung Utara. */
  regencyCode: string;
  /** Six digits: province + regency + district (kecamatan). */
  districtCode: string;
  /** Province name, when the code is known. */
  province: string;
  /** Regency or city name, when known (the seed region's are). */
  regency?: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** Women's NIKs carry the day of birth plus 40. */
  sex: 'female' | 'male';
  serial: string;
}

export type NikInvalidReason = 'empty' | 'length' | 'digits' | 'province' | 'region' | 'birth_date' | 'serial';

export interface NikOptions {
  /** The day the check happens; a birth date after it is impossible. Default: now. */
  today?: Date;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Decodes a NIK: province(2) regency(2) district(2) birth date DDMMYY (women: day + 40) serial(4).
 * Spaces, dots and dashes are ignored. Impossible dates (30 February, day 72, a birthday in the
 * future) and unknown provinces are rejected.
 */
export function parseNik(input: string, options: NikOptions = {}): ParseResult<Nik, NikInvalidReason> {
  const digits = regionalDigits(input, 16);
  if (!digits.ok) return digits;
  const { value, provinceCode, province } = digits.value;
  if (value.slice(2, 4) === '00' || value.slice(4, 6) === '00') return { ok: false, reason: 'region' };

  const encodedDay = Number(value.slice(6, 8));
  const month = Number(value.slice(8, 10));
  const yy = Number(value.slice(10, 12));
  const sex = encodedDay > 40 ? 'female' : 'male';
  const day = sex === 'female' ? encodedDay - 40 : encodedDay;
  const today = options.today ?? new Date();
  const thisYear = today.getUTCFullYear();
  const year = 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isCalendarDate(year, month, day) || birthDate > today.toISOString().slice(0, 10)) {
    return { ok: false, reason: 'birth_date' };
  }

  const serial = value.slice(12);
  if (serial === '0000') return { ok: false, reason: 'serial' };

  const regencyCode = value.slice(0, 4);
  const regency = LAMPUNG_REGENCIES[regencyCode];
  return {
    ok: true,
    value: {
      value,
      provinceCode,
      regencyCode,
      districtCode: value.slice(0, 6),
      province,
      ...(regency ? { regency } : {}),
      birthDate,
      sex,
      serial,
    },
  };
}

export function isValidNik(input: string, options?: NikOptions): boolean {
  return parseNik(input, options).ok;
}

/** `1803054512900001` → `1803 0545 1290 0001`, the grouping printed on the KTP-el. */
export function formatNik(input: string): string {
  const value = digitsOf(input);
  return value.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** `1803054512900001` → `180305**********` style masking for screens and receipts. */
export function maskNik(input: string): string {
  const value = digitsOf(input);
  return value.slice(0, 6) + '*'.repeat(Math.max(0, value.length - 10)) + value.slice(-4);
}

/** 16-digit NIK, checked for region, birth date and serial. */
export const NikNumber = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{16}$/), z.refine((v) => isValidNik(v), { error: 'Invalid NIK' }));
