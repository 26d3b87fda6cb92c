import { parseNik } from '../identity/nik.js';
import { parseNpwp } from '../identity/npwp.js';
import { parsePhone } from '../identity/phone.js';
import type { FormErrorCode } from './messages.js';

// What is wrong with an identity number, as a form error code. The form validator and the
// standalone identity inputs both use these, so a widget with one NIK field need not carry the
// whole validator.

export function nikProblem(value: string, today?: Date): FormErrorCode | undefined {
  const nik = parseNik(value, today ? { today } : {});
  if (nik.ok) return undefined;
  const { reason } = nik;
  return reason === 'province' || reason === 'region' ? 'nik_region' : reason === 'birth_date' ? 'nik_birth_date' : reason === 'serial' ? 'nik_serial' : 'nik_length';
}

export function npwpProblem(value: string, today?: Date): FormErrorCode | undefined {
  const npwp = parseNpwp(value, today ? { today } : {});
  if (npwp.ok) return undefined;
  return npwp.reason === 'check_digit' ? 'npwp_check_digit' : npwp.reason === 'nik' ? 'npwp_nik' : 'npwp_length';
}

export function phoneProblem(value: string): FormErrorCode | undefined {
  return parsePhone(value).ok ? undefined : 'invalid_phone';
}
