import { html, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';

/**
 * A placeholder the size of the content to come, announced once as busy. Widths come from the
 * stylesheet, not a `style` attribute, which a strict CSP (`style-src 'self'`) would block.
 *
 * @csspart loading - The loading placeholder.
 */
export function renderLoading(t: Translation, lines = 3): TemplateResult {
  return html`<div class="state state--loading" part="loading" role="status" aria-busy="true">
    <span class="visually-hidden">${t.loading}</span>
    ${Array.from({ length: lines }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}
  </div>`;
}

/**
 * What went wrong, in words, with a way to try again. `role="alert"` so it is heard at once.
 *
 * @csspart error - The error box around the message and the retry button.
 * @csspart error-message - What went wrong, in words (focused when the error appears).
 * @csspart retry-button - Tries again.
 */
export function renderError(t: Translation, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="state state--error" part="error" role="alert">
    <p class="state__title">${t.errors.heading}</p>
    <p class="state__message" part="error-message" tabindex="-1">${message}</p>
    <button class="button" part="retry-button" type="button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

/**
 * Nothing to show, said in words rather than a blank box.
 *
 * @csspart empty - The message shown when there is nothing to show.
 */
export function renderEmpty(message: string): TemplateResult {
  return html`<div class="state state--empty" part="empty"><p class="state__message">${message}</p></div>`;
}
