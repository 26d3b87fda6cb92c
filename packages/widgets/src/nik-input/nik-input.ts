import { formatNik, parseNik, nikProblem } from '@layanan/contract';
import { formatDate } from '../internal/format.js';
import { defineElement } from '../internal/localized-element.js';
import { IdentityInput } from '../internal/identity-input.js';
import type { IdentityInputStrings } from '../internal/identity-input.strings.js';
import type { WidgetLocale } from '../internal/locale.js';

/**
 * @tagname layanan-nik-input
 * @summary A form-associated NIK input: 16 digits checked for region, birth date and serial; shows
 * what a valid NIK says (sex, birth date, region) so the citizen can see a typo. Works in any form.
 *
 * @event input - As the citizen types.
 * @event change - When the citizen leaves a changed field.
 *
 * @csspart hint - What the NIK says.
 */
export class LayananNikInput extends IdentityInput {
  protected override kind = {
    type: 'nik' as const,
    placeholder: '1803 0512 0390 0002',
    inputMode: 'numeric' as const,
    mask: '9999 9999 9999 9999',
    autocomplete: 'off',
    check: (text: string) => nikProblem(text),
    normalize: (text: string) => text.replace(/\D/g, ''),
    format: formatNik,
    describe(text: string, s: IdentityInputStrings, locale: WidgetLocale) {
      const nik = parseNik(text);
      if (!nik.ok) return undefined;
      const { sex, birthDate, regency, province } = nik.value;
      return s.nikHolder(sex, formatDate(birthDate, locale), regency ?? province);
    },
  };
}

defineElement('layanan-nik-input', LayananNikInput);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-nik-input': LayananNikInput;
  }
}
