import { formMessages, type FormErrorCode } from '@layanan/contract';
import { catalog, type WidgetLocale } from './locale.js';

/** The texts of `<layanan-nik-input>`, `-npwp-`, `-nop-`, `-phone-` and `-code-input>` (catalog `identity-input`). */
export interface IdentityInputStrings {
  /** Each input's label when it has no `label` attribute. */
  labels: { nik: string; npwp: string; nop: string; phone: string; code: string };
  /** Why a number is refused; the same words the server answers with, unless an agency changes them here. */
  messages: Record<FormErrorCode, string>;
  /** After the label of a field that is not `required`, in brackets (the widgets' forms say the same). */
  optional: string;
  /** What a valid NIK says about its holder: `Perempuan · lahir 5 Desember 1990 · Lampung Utara`. */
  nikHolder: (sex: 'female' | 'male', birthDate: string, region: string) => string;
  /** Under a 16-digit NPWP that is a NIK. */
  npwpFromNik: string;
  /** Under an old 15-digit NPWP: its 16-digit form. */
  npwp16: (value16: string) => string;
}

/** The validator's messages in one language. */
export const messagesIn = (locale: WidgetLocale) =>
  Object.fromEntries(Object.entries(formMessages).map(([code, text]) => [code, text[locale]])) as Record<FormErrorCode, string>;

const id: IdentityInputStrings = {
  labels: { nik: 'NIK', npwp: 'NPWP', nop: 'NOP (Nomor Objek Pajak)', phone: 'Nomor telepon', code: 'Kode' },
  messages: /* @__PURE__ */ messagesIn('id'),
  optional: 'opsional',
  nikHolder: (sex, birthDate, region) => `${sex === 'female' ? 'Perempuan' : 'Laki-laki'} · lahir ${birthDate} · ${region}`,
  npwpFromNik: 'NPWP 16 digit berbasis NIK',
  npwp16: (value16) => `NPWP 16 digit: ${value16}`,
};

export const identityInputStrings = /* @__PURE__ */ catalog<IdentityInputStrings>(id, () => import('./identity-input.strings.en.js').then((m) => m.en));
