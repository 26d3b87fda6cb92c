// The complaint form's screens and sections. They render what the element holds and call back its
// handlers; all in the element's one shadow root, so aria-describedby and the error summary's links resolve.
import { html, nothing, type TemplateResult } from 'lit';
import { COMPLAINT_LIMITS, type ComplaintCategory, type ComplaintPrivacy } from '@layanan/contract';
import type { ComplaintSharedStrings } from '../internal/complaints.js';
import { describedBy, renderErrorSummary, renderField, type SummaryError } from '../internal/field.js';
import { ACCEPTED_PHOTO_TYPES, type Photo } from '../internal/photos.js';
import type { Translation } from '../translations/translation.js';
import type { Draft, FieldErrors } from './complaint-form.draft.js';
import type { ComplaintFormStrings } from './complaint-form.strings.js';

const PRIVACY: readonly ComplaintPrivacy[] = ['public', 'anonymous', 'confidential'];

type TextField = 'title' | 'description' | 'location' | 'name' | 'phone' | 'email';

/** The element's state and handlers, as the form's sections read them. */
export interface FormView {
  s: ComplaintFormStrings;
  t: Translation;
  shared: ComplaintSharedStrings;
  root: ShadowRoot;
  draft: Draft;
  errors: FieldErrors;
  photos: readonly Photo[];
  showSummary: boolean;
  notice: string;
  submitting: boolean;
  submitError: string;
  cleared: boolean;
  locating: boolean;
  locationError: string;
  /** The device's position in words, or ''. */
  coordinates: string;
  onText(field: TextField, event: Event): void;
  onCategory(event: Event): void;
  onPrivacy(privacy: ComplaintPrivacy): void;
  onConsent(event: Event): void;
  onUseLocation(): void;
  onAddPhotos(): void;
  onFiles(event: Event): void;
  onRetryPhoto(key: number): void;
  onRemovePhoto(key: number): void;
  onSubmit(event: Event): void;
  onDiscard(): void;
  onUndo(): void;
}

/** Characters left (or over) in a counted field, as shown under it and announced after a pause. */
export function counterText(s: ComplaintFormStrings, value: string, max: number): string {
  const left = max - value.length;
  return left >= 0 ? s.charactersLeft(left) : s.charactersOver(-left);
}

function renderCounted(v: FormView, field: 'title' | 'description', control: (describedBy: string) => TemplateResult): TemplateResult {
  const s = v.s;
  const options = { id: field, label: s[field], hint: s[field === 'title' ? 'titleHint' : 'descriptionHint'], error: v.errors[field] };
  const value = v.draft[field];
  const max = COMPLAINT_LIMITS[field].max;
  // The counter is named by aria-describedby (heard on focus) and announced after a pause, never per keystroke.
  return renderField(
    v.t,
    options,
    html`${control([describedBy(options), `${field}-counter`].filter((x) => x !== nothing).join(' '))}
      <p class="counter ${value.length > max ? 'counter--over' : ''}" id="${field}-counter">${counterText(s, value, max)}</p>`,
  );
}

function renderCategory(v: FormView, categories: ComplaintCategory[]): TemplateResult {
  const s = v.s;
  const roots = categories.filter((c) => !c.parentId);
  const chosen = categories.find((c) => c.id === v.draft.categoryId);
  const options = { id: 'category', label: s.category, error: v.errors.category };
  const option = (c: ComplaintCategory) => html`<option value=${c.id} ?selected=${c.id === v.draft.categoryId}>${c.name}</option>`;
  return renderField(
    v.t,
    options,
    html`<select id="category" aria-describedby=${[describedBy(options), chosen ? 'category-info' : ''].filter((x) => x && x !== nothing).join(' ') || nothing} aria-invalid=${!!v.errors.category} @change=${v.onCategory}>
        <option value="" ?selected=${!chosen}>${s.categoryChoose}</option>
        ${roots.map((root) => {
          const children = categories.filter((c) => c.parentId === root.id);
          return children.length ? html`<optgroup label=${root.name}>${option(root)}${children.map(option)}</optgroup>` : option(root);
        })}
      </select>
      ${chosen
        ? html`<p class="category-info" id="category-info" part="category-info">${chosen.description} <strong>${s.categoryUnit(chosen.unit.name)}</strong></p>`
        : nothing}`,
  );
}

function renderPhotos(v: FormView): TemplateResult {
  const s = v.s;
  const full = v.photos.length >= COMPLAINT_LIMITS.photos;
  const error = v.errors.photos;
  return html`<fieldset aria-describedby="photos-hint">
    <legend>${s.photos} <span class="optional">(${v.t.form.optional})</span></legend>
    <p class="hint" id="photos-hint">${s.photosHint(COMPLAINT_LIMITS.photos)}</p>
    ${error ? html`<p class="error" id="photos-error">${error}</p>` : nothing}
    ${v.photos.length
      ? html`<ul class="photos" part="photos">
          ${v.photos.map((photo, i) => {
            const n = i + 1;
            const status = photo.error ?? (photo.state === 'uploaded' ? s.photoUploaded : s.photoUploading(Math.round(photo.progress * 100)));
            return html`<li class="photo ${photo.error ? 'photo--failed' : ''}" part="photo">
              ${photo.preview ? html`<img class="photo__preview" src=${photo.preview} alt=${s.photoAlt(n)} />` : html`<span class="photo__preview" aria-hidden="true"></span>`}
              <div class="photo__body">
                <p class="photo__status" id="photo-${photo.key}-status">${status}</p>

                <div class="photo__actions">
                  ${photo.state === 'failed' && photo.blob
                    ? html`<button type="button" class="button button--secondary" @click=${() => v.onRetryPhoto(photo.key)}>${s.retryPhoto(n)}</button>`
                    : nothing}
                  <button type="button" class="button button--secondary photo__remove" id="photo-${photo.key}-remove" @click=${() => v.onRemovePhoto(photo.key)}>${s.removePhoto(n)}</button>
                </div>
              </div>
            </li>`;
          })}
        </ul>`
      : nothing}
    <input type="file" accept=${ACCEPTED_PHOTO_TYPES.join(',')} multiple hidden @change=${v.onFiles} />
    ${full
      ? nothing
      : html`<div><button type="button" id="photos" class="button button--secondary" aria-describedby=${error ? 'photos-hint photos-error' : 'photos-hint'} @click=${v.onAddPhotos}>
          ${s.addPhotos}
        </button></div>`}
  </fieldset>`;
}

function renderPrivacy(v: FormView): TemplateResult {
  const s = v.s;
  const shared = v.shared;
  return html`<fieldset aria-describedby="privacy-hint">
    <legend>${s.privacy}</legend>
    <p class="hint" id="privacy-hint">${s.privacyHint}</p>
    ${PRIVACY.map(
      (level) => html`<label class="choice">
        <input type="radio" name="privacy" id="privacy-${level}" value=${level} .checked=${v.draft.privacy === level} @change=${() => v.onPrivacy(level)} />
        <span><strong>${shared.privacy[level].label}</strong><br /><span class="choice__hint">${shared.privacy[level].explains}</span></span>
      </label>`,
    )}
  </fieldset>`;
}

function renderReporter(v: FormView): TemplateResult | typeof nothing {
  if (v.draft.privacy === 'anonymous') return nothing;
  const s = v.s;
  const field = (id: 'name' | 'phone' | 'email', type: string, autocomplete: string, hint?: string, required = true) => {
    const options = { id, label: s[id], hint, error: v.errors[id], required };
    return renderField(
      v.t,
      options,
      html`<input id=${id} type=${type} autocomplete=${autocomplete} .value=${v.draft[id]} aria-describedby=${describedBy(options)}
        aria-invalid=${!!options.error} maxlength=${COMPLAINT_LIMITS[id].max}
        @input=${(e: Event) => v.onText(id, e)} />`,
    );
  };
  return html`<fieldset class="reporter" aria-describedby="reporter-hint">
    <legend>${s.reporter}</legend>
    <p class="hint" id="reporter-hint">${s.reporterHint}</p>
    ${field('name', 'text', 'name')} ${field('phone', 'tel', 'tel', undefined, false)} ${field('email', 'email', 'email', undefined, false)}
  </fieldset>`;
}

/** The form: every section, the error summary after a failed submit, and the send and clear buttons. */
export function renderForm(v: FormView, categories: ComplaintCategory[]): TemplateResult {
  const { s, t, draft, errors } = v;
  const summary: SummaryError[] = Object.entries(errors)
    .filter(([, message]) => message)
    .map(([id, message]) => ({ id, message: message! }));
  const locationOptions = { id: 'location', label: s.location, hint: s.locationHint, error: errors.location };
  return html`<h2 part="heading">${s.heading}</h2>
    <p class="intro">${s.intro}</p>
    ${v.notice ? html`<p class="notice" part="notice" tabindex="-1">${v.notice}</p>` : nothing}
    ${v.showSummary && summary.length ? renderErrorSummary(t, summary, v.root) : nothing}
    <form class="form" part="form" novalidate @submit=${v.onSubmit}>
      ${renderCategory(v, categories)}
      ${renderCounted(
        v,
        'title',
        (by) => html`<input id="title" type="text" .value=${draft.title} aria-describedby=${by} aria-invalid=${!!errors.title}
          @input=${(e: Event) => v.onText('title', e)} />`,
      )}
      ${renderCounted(
        v,
        'description',
        (by) => html`<textarea id="description" rows="6" .value=${draft.description} aria-describedby=${by} aria-invalid=${!!errors.description}
          @input=${(e: Event) => v.onText('description', e)}></textarea>`,
      )}
      ${renderField(
        t,
        locationOptions,
        html`<input id="location" type="text" autocomplete="street-address" maxlength=${COMPLAINT_LIMITS.location.max} .value=${draft.location}
            aria-describedby=${describedBy(locationOptions)} aria-invalid=${!!errors.location} @input=${(e: Event) => v.onText('location', e)} />
          <div class="actions">
            <button type="button" class="button button--secondary" part="locate-button" ?disabled=${v.locating} @click=${v.onUseLocation}>
              ${v.locating ? s.locating : s.useLocation}
            </button>
          </div>
          ${v.coordinates ? html`<p class="hint" part="coordinates">${v.coordinates}</p>` : nothing}
          ${v.locationError ? html`<p class="error" part="location-error" role="alert">${v.locationError}</p>` : nothing}`,
      )}
      ${renderPhotos(v)} ${renderPrivacy(v)} ${renderReporter(v)}
      <div class="field">
        ${errors.consent ? html`<p class="error" id="consent-error">${errors.consent}</p>` : nothing}
        <label class="choice">
          <input type="checkbox" id="consent" .checked=${draft.consent} aria-invalid=${!!errors.consent}
            aria-describedby=${errors.consent ? 'consent-error' : nothing} @change=${v.onConsent} />
          <span>${s.consent}</span>
        </label>
      </div>
      ${v.submitError ? html`<p class="error submit-error" part="submit-error" role="alert">${v.submitError}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="button" part="submit-button" aria-disabled=${v.submitting ? 'true' : nothing}>${v.submitting ? s.submitting : s.submit}</button>
        <button type="button" class="button button--secondary" part="discard-button" @click=${v.onDiscard}>${s.discardDraft}</button>
      </div>
      ${v.cleared
        ? html`<p class="notice" part="cleared" role="status">
            ${s.cleared} <button type="button" class="button button--secondary" part="undo-button" @click=${v.onUndo}>${s.undo}</button>
          </p>`
        : nothing}
    </form>`;
}

/** The result after sending: the tracking code to keep, to copy, and to follow. */
export function renderSuccess(
  { s, t, shared }: Pick<FormView, 's' | 't' | 'shared'>,
  { trackingCode, earlier, href, copied }: { trackingCode: string; earlier: boolean; href?: string; copied: boolean },
  { onCopy, onReset }: { onCopy: () => void; onReset: () => void },
): TemplateResult {
  return html`<div class="success" part="success">
    <h2 class="success-heading" tabindex="-1">${s.successHeading}</h2>
    <p class="code-label" id="code-label">${shared.trackingCode}</p>
    <p class="code" part="tracking-code" aria-labelledby="code-label">${trackingCode}</p>
    <p>${s.successKeep}</p>
    ${earlier ? html`<p class="notice">${s.successEarlier}</p>` : nothing}
    <div class="actions">
      <button type="button" class="button" part="copy-button" @click=${onCopy}>${copied ? t.form.copied : t.form.copy}</button>
      ${href ? html`<a class="button button--secondary" part="status-link" href=${href}>${s.viewStatus}</a>` : nothing}

      <button type="button" class="button button--secondary" @click=${onReset}>${s.newComplaint}</button>
    </div>

  </div>`;
}
