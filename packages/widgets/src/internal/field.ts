import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';
import { followPresses } from './press.js';

export interface FieldOptions {
  /** The control's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Marks the label "(optional)" when false. */
  required?: boolean;
}

/** What a control's `aria-describedby` should name: its hint and its error, when shown. */
export function describedBy({ id, hint, error }: Pick<FieldOptions, 'id' | 'hint' | 'error'>): string | typeof nothing {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

/**
 * A labelled field around a control the caller renders (with `id`, `aria-describedby` from
 * `describedBy()` and `aria-invalid`). As GOV.UK does it: label, hint, then the error right above
 * the control, so a screen reader hears them in that order. Set `error` from a blur through
 * `afterPress()` (`./press.js`), so the error never moves a control under the citizen's finger.
 * A field that is not required says "(optional)"; a required one has no mark (decision 008).
 */
export function renderField(t: Translation, options: FieldOptions, control: TemplateResult): TemplateResult {
  const { id, label, hint, error, required = true } = options;
  followPresses();
  return html`<div class="field">
    <label for=${id}>${label}${required ? nothing : html` <span class="optional">(${t.form.optional})</span>`}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    ${control}
  </div>`;
}

export interface SummaryError {
  /** The id of the control to focus. */
  id: string;
  message: string;
}

/**
 * Moves to a field as GOV.UK's error summary does: its label (or its fieldset's legend) scrolls to
 * the top, so the citizen reads what the field asks, then the control takes focus without scrolling
 * again. An identity input is its own label's box.
 */
export function focusField(root: ShadowRoot | HTMLElement, id: string): void {
  const control = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  (root.querySelector(`label[for="${CSS.escape(id)}"]`) ?? control?.closest('fieldset')?.querySelector('legend') ?? control)?.scrollIntoView();
  control?.focus({ preventScroll: true });
}

/**
 * The list of errors at the top of a form after a failed submit (the GOV.UK error summary): each
 * one a link to its field (`focusField`). The widget focuses the `.summary` after rendering it
 * (`FocusController.after('.summary')`), so the list is read first.
 *
 * @csspart error-summary - The list of errors after a failed submit; each one links to its field.
 */
export function renderErrorSummary(t: Translation, errors: readonly SummaryError[], root: ShadowRoot | HTMLElement): TemplateResult {
  const focus = (event: Event, id: string) => {
    event.preventDefault();
    focusField(root, id);
  };
  return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <h2 id="summary-title">${t.form.errorSummary}</h2>
    <ul>
      ${errors.map(({ id, message }) => html`<li><a href="#${id}" @click=${(event: Event) => focus(event, id)}>${message}</a></li>`)}
    </ul>
  </div>`;
}

/** Copies text; `false` when the browser refused (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
