import * as z from 'zod/mini';
import { LAMPUNG_REGENCIES } from './regions.js';
import { digitsOf, regionalDigits, type ParseResult } from './result.js';

/** A decoded NOP (Nomor Objek Pajak) of the land and building tax (PBB-P2). */
export interface Nop {
  /** The 18 digits. */
  value: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  villageCode: string;
  block: string;
  serial: string;
  /** The object-type digit (0 for an ordinary object). */
  type: string;
  province: string;
  regency?: string;
}

export type NopInvalidReason = 'empty' | 'length' | 'digits' | 'province' | 'region';

/**
 * Decodes an 18-digit NOP: province(2) regency(2) district(3) village(3) block(3) serial(4)
 * type(1). Accepts the printed form `18.03.010.001.001-0001.0` as well as bare digits.
 */
export function parseNop(input: string): ParseResult<Nop, NopInvalidReason> {
  const digits = regionalDigits(input, 18);
  if (!digits.ok) return digits;
  const { value, provinceCode, province } = digits.value;
  const [regency, district, village, block] = [value.slice(2, 4), value.slice(4, 7), value.slice(7, 10), value.slice(10, 13)];
  if (regency === '00' || district === '000' || village === '000' || block === '000') {
    return { ok: false, reason: 'region' };
  }
  const regencyCode = value.slice(0, 4);
  const regencyName = LAMPUNG_REGENCIES[regencyCode];
  return {
    ok: true,
    value: {
      value,
      provinceCode,
      regencyCode,
      districtCode: value.slice(0, 7),
      villageCode: value.slice(0, 10),
      block,
      serial: value.slice(13, 17),
      type: value.slice(17),
      province,
      ...(regencyName ? { regency: regencyName } : {}),
    },
  };
}

export function isValidNop(input: string): boolean {
  return parseNop(input).ok;
}

/** `180301000100100010` → `18.03.010.001.001-0001.0`, as printed on the SPPT. */
export function formatNop(input: string): string {
  const v = digitsOf(input);
  if (v.length !== 18) return input;
  return `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 7)}.${v.slice(7, 10)}.${v.slice(10, 13)}-${v.slice(13, 17)}.${v.slice(17)}`;
}

/** 18-digit NOP of the land and building tax, digits only. */
export const NopNumber = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{18}$/), z.refine((v) => isValidNop(v), { error: 'Invalid NOP' }));
