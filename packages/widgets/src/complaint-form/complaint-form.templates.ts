// The complaint form's sections and its result screen: what the element passes in, rendered into the
// element's one shadow root (so aria-describedby and the error summary's links resolve); handlers stay in the element.
import { html, nothing, type TemplateResult } from 'lit';
import { COMPLAINT_LIMITS, type ComplaintCategory, type ComplaintPrivacy } from '@layanan/contract';
import type { ComplaintSharedStrings } from '../internal/complaints.js';
import { describedBy, renderField } from '../internal/field.js';
import { ACCEPTED_PHOTO_TYPES, type PhotoUploads } from '../internal/photos.js';
import type { Translation } from '../translations/translation.js';
import type { Draft, FieldErrors } from './complaint-form.draft.js';
import type { ComplaintFormStrings } from './complaint-form.strings.js';

const PRIVACY: readonly ComplaintPrivacy[] = ['public', 'anonymous', 'confidential'];

/** Characters left (or over) in a counted field, as shown under it and announced after a pause. */
export function counterText(s: ComplaintFormStrings, value: string, max: number): string {
  const left = max - value.length;
  return left >= 0 ? s.charactersLeft(left) : s.charactersOver(-left);
}

/** The title or the description, with its counter. */
export function renderCounted(
  t: Translation,
  s: ComplaintFormStrings,
  field: 'title' | 'description',
  value: string,
  error: string | undefined,
  control: (describedBy: string) => TemplateResult,
): TemplateResult {
  const options = { id: field, label: s[field], hint: s[field === 'title' ? 'titleHint' : 'descriptionHint'], error };
  const max = COMPLAINT_LIMITS[field].max;
  // The counter is named by aria-describedby (heard on focus) and announced after a pause, never per keystroke.
  return renderField(
    t,
    options,
    html`${control([describedBy(options), `${field}-counter`].filter((x) => x !== nothing).join(' '))}
      <p class="counter ${value.length > max ? 'counter--over' : ''}" id="${field}-counter">${counterText(s, value, max)}</p>`,
  );
}

/** The category picker, grouped under the root categories, with the chosen one's description and unit. */
export function renderCategory(t: Translation, s: ComplaintFormStrings, categories: ComplaintCategory[], categoryId: string, error: string | undefined, onChange: (event: Event) => void): TemplateResult {
  const roots = categories.filter((c) => !c.parentId);
  const chosen = categories.find((c) => c.id === categoryId);
  const options = { id: 'category', label: s.category, error };
  const option = (c: ComplaintCategory) => html`<option value=${c.id} ?selected=${c.id === categoryId}>${c.name}</option>`;
  return renderField(
    t,
    options,
    html`<select id="category" aria-describedby=${[describedBy(options), chosen ? 'category-info' : ''].filter((x) => x && x !== nothing).join(' ') || nothing} aria-invalid=${!!error} @change=${onChange}>
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

/** The photos: each with its preview, progress or failure, retry and remove; the button that adds more. */
export function renderPhotos(
  t: Translation,
  s: ComplaintFormStrings,
  uploads: PhotoUploads,
  error: string | undefined,
  onAdd: () => void,
  onFiles: (event: Event) => void,
): TemplateResult {
  const photos = uploads.list;
  const full = photos.length >= COMPLAINT_LIMITS.photos;
  return html`<fieldset aria-describedby="photos-hint">
    <legend>${s.photos} <span class="optional">(${t.form.optional})</span></legend>
    <p class="hint" id="photos-hint">${s.photosHint(COMPLAINT_LIMITS.photos)}</p>
    ${error ? html`<p class="error" id="photos-error">${error}</p>` : nothing}
    ${photos.length
      ? html`<ul class="photos" part="photos">
          ${photos.map((photo, i) => {
            const n = i + 1;
            const status = photo.error ?? (photo.state === 'uploaded' ? s.photoUploaded : s.photoUploading(Math.round(photo.progress * 100)));
            return html`<li class="photo ${photo.error ? 'photo--failed' : ''}" part="photo">
              ${photo.preview ? html`<img class="photo__preview" src=${photo.preview} alt=${s.photoAlt(n)} />` : html`<span class="photo__preview" aria-hidden="true"></span>`}
              <div class="photo__body">
                <p class="photo__status" id="photo-${photo.key}-status">${status}</p>

                <div class="photo__actions">
                  ${photo.state === 'failed' && photo.blob
                    ? html`<button type="button" class="button button--secondary" @click=${() => uploads.upload(photo.key)}>${s.retryPhoto(n)}</button>`
                    : nothing}
                  <button type="button" class="button button--secondary photo__remove" id="photo-${photo.key}-remove" @click=${() => uploads.remove(photo.key)}>${s.removePhoto(n)}</button>
                </div>
              </div>
            </li>`;
          })}
        </ul>`
      : nothing}
    <input type="file" accept=${ACCEPTED_PHOTO_TYPES.join(',')} multiple hidden @change=${onFiles} />
    ${full
      ? nothing
      : html`<div><button type="button" id="photos" class="button button--secondary" aria-describedby=${error ? 'photos-hint photos-error' : 'photos-hint'} @click=${onAdd}>
          ${s.addPhotos}
        </button></div>`}
  </fieldset>`;
}

/** Who may see the complaint: one radio per privacy level, with what it means. */
export function renderPrivacy(s: ComplaintFormStrings, shared: ComplaintSharedStrings, privacy: ComplaintPrivacy, onChange: (privacy: ComplaintPrivacy) => void): TemplateResult {
  return html`<fieldset aria-describedby="privacy-hint">
    <legend>${s.privacy}</legend>
    <p class="hint" id="privacy-hint">${s.privacyHint}</p>
    ${PRIVACY.map(
      (level) => html`<label class="choice">
        <input type="radio" name="privacy" id="privacy-${level}" value=${level} .checked=${privacy === level} @change=${() => onChange(level)} />
        <span><strong>${shared.privacy[level].label}</strong><br /><span class="choice__hint">${shared.privacy[level].explains}</span></span>
      </label>`,
    )}
  </fieldset>`;
}

/** The reporter's name and contact, unless the complaint is anonymous. */
export function renderReporter(t: Translation, s: ComplaintFormStrings, draft: Draft, errors: FieldErrors, onText: (field: 'name' | 'phone' | 'email', event: Event) => void): TemplateResult | typeof nothing {
  if (draft.privacy === 'anonymous') return nothing;
  const field = (id: 'name' | 'phone' | 'email', type: string, autocomplete: string, hint?: string, required = true) => {
    const options = { id, label: s[id], hint, error: errors[id], required };
    return renderField(
      t,
      options,
      html`<input id=${id} type=${type} autocomplete=${autocomplete} .value=${draft[id]} aria-describedby=${describedBy(options)}
        aria-invalid=${!!options.error} maxlength=${COMPLAINT_LIMITS[id].max}
        @input=${(e: Event) => onText(id, e)} />`,
    );
  };
  return html`<fieldset class="reporter" aria-describedby="reporter-hint">
    <legend>${s.reporter}</legend>
    <p class="hint" id="reporter-hint">${s.reporterHint}</p>
    ${field('name', 'text', 'name')} ${field('phone', 'tel', 'tel', undefined, false)} ${field('email', 'email', 'email', undefined, false)}
  </fieldset>`;
}

/** The result after sending: the tracking code to keep, to copy, and to follow. */
export function renderSuccess(
  t: Translation,
  s: ComplaintFormStrings,
  shared: ComplaintSharedStrings,
  { trackingCode, earlier }: { trackingCode: string; earlier: boolean },
  href: string | undefined,
  copied: boolean,
  onCopy: () => void,
  onReset: () => void,
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
