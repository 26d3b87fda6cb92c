import { messagesIn, type IdentityInputStrings } from './identity-input.strings.js';

export const en: IdentityInputStrings = {
  labels: { nik: 'NIK (national ID number)', npwp: 'NPWP (taxpayer number)', nop: 'NOP (tax object number)', phone: 'Phone number', code: 'Code' },
  messages: /* @__PURE__ */ messagesIn('en'),
  optional: 'optional',
  nikHolder: (sex, birthDate, region) => `${sex === 'female' ? 'Female' : 'Male'} · born ${birthDate} · ${region}`,
  npwpFromNik: '16-digit NPWP (a NIK)',
  npwp16: (value16) => `16-digit form: ${value16}`,
};
