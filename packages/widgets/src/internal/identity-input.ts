import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formMessages, type FieldType } from '@layanan/contract';
import { formStyles } from '../styles/form.js';
import { tokens } from '../styles/tokens.js';
import { identityInputStrings, type IdentityInputStrings } from './identity-input.strings.js';
import { LocalizedElement } from './localized-element.js';
import { afterPress, followPresses } from './press.js';
import type { WidgetLocale } from './locale.js';

/** What each identity number needs: its kind, how to show it, what the form gets, and a hint. */
export interface IdentityKind {
  type: Extract<FieldType, 'nik' | 'npwp' | 'phone'> | 'nop' | 'code';
  placeholder: string;
  inputMode: 'numeric' | 'tel' | 'text';
  autocomplete: string;
  /** What the form receives for a valid entry (digits, or E.164). */
  normalize(text: string): string;
  /** How a valid entry is shown once the citizen leaves the field. */
  format(text: string): string;
  /** Separators shown while typing, `9` for a digit: `99.99.999.999.999-9999.9` (the SPPT's NOP). */
  mask?: string;
  /** A line under a valid entry, e.g. what a NIK says about its holder. */
  describe?(text: string, s: IdentityInputStrings, locale: WidgetLocale): string | undefined;
  /** What is wrong with a non-empty entry, as the form validator's message code; undefined when valid. */
  check(text: string): keyof typeof formMessages | undefined;
}

let nextId = 0;

/**
 * A form-associated input for an Indonesian identity number, usable in any `<form>`: it takes part
 * in FormData under its `name` (normalized), in validity (`required`, and the number's own rules,
 * with the same messages as the form validator and the server), and in reset and restore. Enter
 * submits its form as in a native text box: through the form's first submit button, or, with none,
 * when it is the form's only text field.
 *
 * @csspart base - The field around label, input and messages.
 * @csspart label - The label.
 * @csspart input - The text box.
 * @csspart help - The help line under the label (with `help`).
 * @csspart error - The error message under the text box.
 */
export class IdentityInput extends LocalizedElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, formStyles];

  protected kind!: IdentityKind;
  private readonly internals = this.attachInternals();
  private readonly ids = `li${nextId++}`;

  private get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  @state() private text = '';

  /** The field's name in FormData. */
  @property({ reflect: true }) name = '';
  /** The initial value (restored by a form reset). */
  @property({ attribute: 'value' }) defaultValue = '';
  /** Visible label; default: the number's name in the widget's language. */
  @property() label?: string;
  /** A line of help under the label. */
  @property() help?: string;
  /**
   * A message from elsewhere, e.g. the server's answer about this number: shown like the input's
   * own and makes it invalid, until the citizen changes the text.
   */
  @property() error = '';
  /** An empty field is invalid; a field without it is marked "(opsional)", as every widget's form marks them. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Cannot be changed, and takes no part in FormData (also when its fieldset is disabled). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Show the error now, as after the citizen left the field (a form sets it on Next or when its server rejected the value). */
  @property({ type: Boolean, attribute: false }) touched = false;

  /** The normalized value (digits, or E.164 for a phone) when valid; otherwise what was typed. */
  get value(): string {
    return this.problem() ? this.text.trim() : this.text.trim() && this.kind.normalize(this.text);
  }

  set value(value: string) {
    this.text = value ?? '';
  }

  /** The form the input belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** As on a native input: `valueMissing` when required and empty, `customError` for a wrong number. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the value is invalid, in the widget's language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** The inputs' texts in the widget's language, with what the page registered on top. */
  private get strings(): IdentityInputStrings {
    return this.localize('identity-input', identityInputStrings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPresses();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.hasUpdated) this.text = this.defaultValue;
  }

  protected override updated(): void {
    const message = this.message();
    this.internals.setFormValue(this.disabled ? null : this.value, this.text);
    this.internals.setValidity(message ? (this.text.trim() ? { customError: true } : { valueMissing: true }) : {}, message ?? '', this.input);
  }

  /** The problem code for what is typed now, if any. */
  private problem(): keyof typeof formMessages | undefined {
    const text = this.text.trim();
    if (!text) return this.required ? 'required' : undefined;
    return this.kind.check(text);
  }

  private message(): string | undefined {
    if (this.error) return this.error;
    const code = this.problem();
    return code && this.strings.messages[code].replace('{n}', '');
  }

  /** @internal called by the browser when its form is reset */
  formResetCallback(): void {
    this.text = this.defaultValue;
    this.touched = false;
  }

  /** @internal called by the browser when it restores the form (back button, autofill) */
  formStateRestoreCallback(state: string | null): void {
    this.text = state ?? '';
  }

  /** @internal called by the browser when a fieldset around it is disabled */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  private handleInput = (event: InputEvent) => {
    const { value, selectionStart } = this.input;
    this.error = '';
    // Typing at the end of the box: show the number's separators as it grows (18.03.0…).
    const { mask } = this.kind;
    this.text = mask && event.inputType?.startsWith('insert') && selectionStart === value.length && /^[\d\s.\-]*$/.test(value) ? applyMask(value, mask) : value;
  };

  private handleBlur = () => {
    if (!this.problem() && this.text.trim()) this.text = this.kind.format(this.text);
    // Left by pressing something else: its error shows once that press has landed, not under the finger
    // (and not at all if the press changed the text, e.g. a reset button).
    const left = this.text;
    afterPress(() => (this.touched ||= this.text === left));
  };

  // Implicit submission stops at a shadow root: do what Enter in a native text box does.
  private handleKeydown = (event: KeyboardEvent) => {
    const form = this.internals.form;
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented || !form) return;
    const controls = [...form.elements];
    // The default button: the first submit button; when it is disabled, Enter does nothing.
    const submit = controls.find((c): c is HTMLButtonElement | HTMLInputElement => (c instanceof HTMLButtonElement || c instanceof HTMLInputElement) && c.type === 'submit');
    if (submit) {
      if (!submit.matches(':disabled')) submit.click();
      return;
    }
    const blocking = controls.filter((c) => c instanceof IdentityInput || (c instanceof HTMLInputElement && IMPLICIT_SUBMISSION.has(c.type)));
    if (blocking.length === 1) form.requestSubmit();
  };

  // `change` does not leave a shadow root by itself; `input` does (it is composed).
  private handleChange = () => this.dispatchEvent(new Event('change', { bubbles: true }));

  /** `true` when valid; otherwise fires `invalid` and returns `false`, as a native input does. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the error now. */
  reportValidity(): boolean {
    this.touched = true;
    return this.internals.reportValidity();
  }

  override render(): TemplateResult {
    const s = this.strings;
    const showError = (this.touched || this.error) && this.message();
    const hint = !this.problem() && this.text.trim() ? this.kind.describe?.(this.text, s, this.locale) : undefined;
    const describedBy = [this.help ? `${this.ids}-help` : '', showError ? `${this.ids}-error` : '', hint ? `${this.ids}-hint` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="base">
      <label for="${this.ids}-input" part="label">${this.label ?? s.labels[this.kind.type]}${this.required ? nothing : html` <span class="optional">(${s.optional})</span>`}</label>
      ${this.help ? html`<p class="help" id="${this.ids}-help" part="help">${this.help}</p>` : nothing}
      <input
        id="${this.ids}-input"
        part="input"
        .value=${this.text}
        inputmode=${this.kind.inputMode}
        autocomplete=${this.kind.autocomplete}
        placeholder=${this.kind.placeholder}
        spellcheck="false"
        ?required=${this.required}
        ?disabled=${this.disabled}
        aria-invalid=${showError ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${this.handleInput}
        @change=${this.handleChange}
        @blur=${this.handleBlur}
        @keydown=${this.handleKeydown}
      />
      <p class="error" id="${this.ids}-error" part="error" aria-live="polite">${showError || ''}</p>
      ${hint ? html`<p class="hint" id="${this.ids}-hint" part="hint">${hint}</p>` : nothing}
    </div>`;
  }
}

/** The text boxes that count as a form's fields for implicit submission (HTML's "block implicit submission"). */
const IMPLICIT_SUBMISSION = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'date', 'month', 'week', 'time', 'datetime-local', 'number']);

/** `1803010` with `99.99.999…` → `18.03.010`: separators only between digits that are there. */
function applyMask(text: string, mask: string): string {
  const digits = text.replace(/\D/g, '');
  let out = '';
  let next = 0;
  for (const char of mask) {
    if (next === digits.length) break;
    out += char === '9' ? digits[next++] : char;
  }
  return out + digits.slice(next);
}
