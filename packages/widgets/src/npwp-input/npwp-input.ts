import { formatNpwp, parseNpwp, npwpProblem } from '@layanan/contract';
import { defineElement } from '../internal/localized-element.js';
import { IdentityInput } from '../internal/identity-input.js';
import type { IdentityInputStrings } from '../internal/identity-input.strings.js';

/**
 * @tagname layanan-npwp-input
 * @summary A form-associated NPWP input: the old 15 digits with their check digit, or 16 (a NIK, or
 * 0 + the old number). Works in any form.
 *
 * @event input - As the citizen types.
 * @event change - When the citizen leaves a changed field.
 *
 * @csspart hint - Which form of NPWP.
 */
export class LayananNpwpInput extends IdentityInput {
  protected override kind = {
    type: 'npwp' as const,
    placeholder: '01.234.567.4-123.000',
    inputMode: 'numeric' as const,
    autocomplete: 'off',
    check: (text: string) => npwpProblem(text),
    normalize: (text: string) => text.replace(/\D/g, ''),
    format: formatNpwp,
    describe(text: string, s: IdentityInputStrings) {
      const npwp = parseNpwp(text);
      if (!npwp.ok) return undefined;
      return npwp.value.kind === 'nik' ? s.npwpFromNik : s.npwp16(npwp.value.value16);
    },
  };
}

defineElement('layanan-npwp-input', LayananNpwpInput);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-npwp-input': LayananNpwpInput;
  }
}
