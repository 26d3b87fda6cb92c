import * as z from 'zod/mini';
import { isValidNik } from './nik.js';
import { isValidNop } from './nop.js';
import { isValidNpwp } from './npwp.js';

/** A phone number in E.164 (`+62…`), as servers store and return it. */
export const PhoneE164 = z
  .string()
  .check(z.regex(/^\+62[1-9]\d{6,11}$/))
  .register(z.globalRegistry, { id: 'PhoneE164', description: 'Indonesian phone number in E.164 form.', examples: ['+6281234567890'] });

/** 16-digit NIK, checked for region, birth date and serial. */
export const NikNumber = z
  .string()
  .check(z.regex(/^\d{16}$/), z.refine((v) => isValidNik(v), { error: 'Invalid NIK' }))
  .register(z.globalRegistry, { id: 'Nik', description: '16-digit NIK (national identity number).', examples: ['1803054512900001'] });

/** 18-digit NOP of the land and building tax, digits only. */
export const NopNumber = z
  .string()
  .check(z.regex(/^\d{18}$/), z.refine((v) => isValidNop(v), { error: 'Invalid NOP' }))
  .register(z.globalRegistry, { id: 'Nop', description: '18-digit NOP (PBB-P2 object number), digits only.', examples: ['180301000100100010'] });

/** NPWP as 15 or 16 digits. */
export const NpwpNumber = z
  .string()
  .check(z.regex(/^\d{15,16}$/), z.refine((v) => isValidNpwp(v), { error: 'Invalid NPWP' }))
  .register(z.globalRegistry, { id: 'Npwp', description: 'NPWP, 15 (old) or 16 digits.', examples: ['012345674123000'] });
