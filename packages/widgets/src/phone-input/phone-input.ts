import { formatPhone, parsePhone, phoneProblem } from '@layanan/contract';
import { defineElement } from '../internal/localized-element.js';
import { IdentityInput } from '../internal/identity-input.js';

/**
 * @tagname layanan-phone-input
 * @summary A form-associated Indonesian phone input: `08…`, `62…` or `+62…`, sent as E.164
 * (`+6281234567890`). Works in any form.
 *
 * @event input - As the citizen types.
 * @event change - When the citizen leaves a changed field.
 */
export class LayananPhoneInput extends IdentityInput {
  protected override kind = {
    type: 'phone' as const,
    placeholder: '0812 3456 7890',
    inputMode: 'tel' as const,
    autocomplete: 'tel',
    check: (text: string) => phoneProblem(text),
    normalize: (text: string) => {
      const phone = parsePhone(text);
      return phone.ok ? phone.value.e164 : text.trim();
    },
    format: (text: string) => {
      const phone = parsePhone(text);
      return phone.ok ? formatPhone(phone.value.e164) : text;
    },
  };
}

defineElement('layanan-phone-input', LayananPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-phone-input': LayananPhoneInput;
  }
}
