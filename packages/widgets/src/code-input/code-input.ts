import { normalizeAccessCode } from '@layanan/contract';
import { defineElement } from '../internal/localized-element.js';
import { IdentityInput } from '../internal/identity-input.js';

/**
 * @tagname layanan-code-input
 * @summary A form-associated input for a citizen code (a ticket's, a permit application's, a
 * complaint's tracking code): 15 letters and digits, typed in any case, with or without dashes or
 * spaces; the form gets it as `XXXXX-XXXXX-XXXXX`. Works in any form.
 *
 * @event input - As the citizen types.
 * @event change - When the citizen leaves a changed field.
 */
export class LayananCodeInput extends IdentityInput {
  protected override kind = {
    type: 'code' as const,
    placeholder: 'XXXXX-XXXXX-XXXXX',
    inputMode: 'text' as const,
    autocomplete: 'off',
    normalize: (text: string) => normalizeAccessCode(text)!,
    format: (text: string) => normalizeAccessCode(text)!,
    check: (text: string) => (normalizeAccessCode(text) ? undefined : ('pattern' as const)),
  };

  /** Focuses the text box, also when called before the input has rendered it (a widget's new lookup form). */
  override focus(options?: FocusOptions): void {
    if (this.hasUpdated) super.focus(options);
    else void this.updateComplete.then(() => super.focus(options));
  }

  protected override firstUpdated(): void {
    // Phones offer capitals: a code has no small letters.
    this.renderRoot.querySelector('input')!.autocapitalize = 'characters';
  }
}

defineElement('layanan-code-input', LayananCodeInput);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-code-input': LayananCodeInput;
  }
}
