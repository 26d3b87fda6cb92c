import { formatNop, parseNop } from '@layanan/contract';
import { defineElement } from '../internal/localized-element.js';
import { IdentityInput } from '../internal/identity-input.js';

/**
 * @tagname layanan-nop-input
 * @summary A form-associated NOP input (the 18-digit object number of the land and building tax),
 * typed as printed on the SPPT (`18.03.010.001.001-0001.0`) or as bare digits. Works in any form.
 *
 * @event input - As the citizen types.
 * @event change - When the citizen leaves a changed field.
 *
 * @csspart hint - Where the object is.
 */
export class LayananNopInput extends IdentityInput {
  protected override kind = {
    type: 'nop' as const,
    placeholder: '18.03.010.001.001-0001.0',
    inputMode: 'numeric' as const,
    mask: '99.99.999.999.999-9999.9',
    autocomplete: 'off',
    normalize: (text: string) => text.replace(/\D/g, ''),
    format: formatNop,
    check: (text: string) => (parseNop(text).ok ? undefined : ('nop_invalid' as const)),
    describe(text: string) {
      const nop = parseNop(text);
      return nop.ok ? (nop.value.regency ? `${nop.value.regency}, ${nop.value.province}` : nop.value.province) : undefined;
    },
  };
}

defineElement('layanan-nop-input', LayananNopInput);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-nop-input': LayananNopInput;
  }
}
