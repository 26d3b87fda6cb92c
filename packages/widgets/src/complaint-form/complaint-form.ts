import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { COMPLAINT_LIMITS, type ComplaintCategory, type ComplaintPrivacy, isEmail, type SubmitComplaintRequest, type SubmittedComplaint, UPLOAD_MAX_BYTES } from '@layanan/contract';
import { ComplaintsResource, isProblemError } from '@layanan/sdk';
import { LayananComplaintSubmittedEvent } from '../events/layanan-complaint-submitted.js';
import { Announcer } from '../internal/announcer.js';
import { complaintSharedStrings } from '../internal/complaints.js';
import { copyText, describedBy, renderErrorSummary, renderField, type SummaryError } from '../internal/field.js';
import { DeviceDraft } from '../internal/device-draft.js';
import { FocusController } from '../internal/focus.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { ResourceController } from '../internal/resource.js';
import { ACCEPTED_PHOTO_TYPES, compressPhoto } from '../internal/photos.js';
import { renderError, renderLoading } from '../internal/states.js';
import { endsIntent, SubmitOnce } from '../internal/submit-once.js';
import { formStyles } from '../styles/form.js';
import { cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import { complaintFormStrings, type ComplaintFormStrings } from './complaint-form.strings.js';
import { complaintFormStyles } from './complaint-form.styles.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { LayananComplaintSubmittedEvent } from '../events/layanan-complaint-submitted.js';

/** The server's limit per upload. */
const MAX_UPLOAD_MB = UPLOAD_MAX_BYTES / (1024 * 1024);
/** Larger originals are refused before decoding (a phone photo is 3–12 MB). */
const MAX_ORIGINAL_MB = 40;
const MB = 1024 * 1024;
const PRIVACY: readonly ComplaintPrivacy[] = ['public', 'anonymous', 'confidential'];

const FIELDS = ['category', 'title', 'description', 'location', 'photos', 'privacy-public', 'name', 'phone', 'email', 'consent'] as const;
type FieldId = (typeof FIELDS)[number];

/**
 * The draft as this device keeps it. Photos are kept as their upload ids and a small thumbnail
 * (a data URL of ≈ 5 KB): an upload stays on the server for a day, so a reload or a lost
 * connection needs neither the original nor IndexedDB, and localStorage stays far below its quota.
 */
interface Draft {
  categoryId: string;
  title: string;
  description: string;
  location: string;
  lat?: number;
  lng?: number;
  privacy: ComplaintPrivacy;
  name: string;
  phone: string;
  email: string;
  consent: boolean;
  /** Uploads live a day on the server; an expired one comes back as a 422 on `photoIds.N`, shown at the photo. */
  photos: Array<{ id: string; thumb: string }>;
  /** Names of photos still being made smaller or uploaded: after a reload the citizen is told to pick them again. */
  unsent?: string[];
}

interface Photo {
  key: number;
  name: string;
  state: 'preparing' | 'uploading' | 'uploaded' | 'failed';
  progress: number;
  /** An object URL of the compressed photo (revoked on removal) or the kept thumbnail. */
  preview: string;
  objectUrl?: string;
  thumb?: string;
  blob?: Blob;
  id?: string;
  error?: string;
}

const emptyDraft = (): Draft => ({
  categoryId: '', title: '', description: '', location: '', privacy: 'public', name: '', phone: '', email: '', consent: false, photos: [],
});

/**
 * @tagname layanan-complaint-form
 * @summary Report a problem to the agency: category, what and where, photos (made smaller on the
 * device), who may see it, and a tracking code at the end. The draft, photos included, survives a
 * reload and a lost connection; a retried submission never files twice.
 *
 * @event layanan-complaint-submitted - The complaint was filed. `detail: { trackingCode, complaint }`.
 * @event layanan-error - Loading the categories, uploading a photo or submitting failed; the widget shows it. `detail: { error, message, operation }`.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The form's heading.
 * @csspart form - The form.
 * @csspart notice - A note above the form (a draft restored, a photo made smaller).
 * @csspart category-info - The chosen category's description and unit.
 * @csspart photos - The list of photos.
 * @csspart photo - One photo with its preview, progress and buttons.
 * @csspart locate-button - Fills the location from the device's position.
 * @csspart coordinates - The position taken from the device.
 * @csspart location-error - Why the device's position could not be taken.
 * @csspart submit-button - The send button.
 * @csspart submit-error - Why sending failed, above the buttons (the draft is kept).
 * @csspart discard-button - Empties the form and starts again (with an undo).
 * @csspart cleared - Says the form was emptied, with the undo, until the next edit.
 * @csspart undo-button - Puts back what "clear the form" took away.
 * @csspart success - The result after sending.
 * @csspart tracking-code - The tracking code, large.
 * @csspart copy-button - Copies the tracking code.
 * @csspart status-link - The link to the complaint's status page (with `status-url`).
 * @csspart announcer - The visually hidden live region that tells screen readers what changed.
 */
export class LayananComplaintForm extends LayananElement {
  static override styles = [tokens, cardStyles, stateStyles, formStyles, complaintFormStyles];

  private readonly categories = new ResourceController(this, {
    args: () => [this.resolvedApiBase, this.locale] as const,
    load: ([apiBase, locale], signal) => new ComplaintsResource(this.transportFor(apiBase, locale)).categories({ signal }),
    onError: (error) => {
      this.errorText = this.reportError(error, 'load-complaint-categories');
    },
  });

  /** A submission that may have reached the server goes again with its key and first body, also after a reload. */
  private readonly submission = new SubmitOnce<SubmitComplaintRequest, { result: SubmittedComplaint; sent: SubmitComplaintRequest }>(this, {
    widget: 'complaint-form',
    id: () => 'complaint',
    apiBase: () => this.resolvedApiBase,
    send: async (sent, { key }) => ({ result: await this.api.submit(sent, { idempotencyKey: key }), sent }),
  });

  private readonly announcer = new Announcer(this);
  /** The error summary after a failed submit, the result's heading after a success. */
  private readonly focusing = new FocusController(this);

  /** The draft on this device; the phone number is never kept (DeviceDraft leaves it out), so a reload asks for it again. */
  private readonly device = new DeviceDraft<Draft>(this, {
    widget: 'complaint-form',
    // Not `complaint`: that key holds the submission's intent.
    id: () => 'draft',
    apiBase: () => this.resolvedApiBase,
    version: 1,
    legacy: { key: () => `complaint-draft:${this.resolvedApiBase ?? ''}`, read: (value) => (value && typeof value === 'object' ? (value as Draft) : undefined) },
  });

  @state() private draft: Draft = emptyDraft();
  @state() private photos: Photo[] = [];
  @state() private errors: Partial<Record<FieldId, string>> = {};
  @state() private showSummary = false;
  @state() private submitting = false;
  /** A sentence above the send button: why the last send did not finish. */
  @state() private submitError = '';
  @state() private notice = '';
  /** What "clear the form" took away, until the next edit: the undo puts it back. */
  @state() private cleared?: { draft: Draft; photos: Photo[] };
  @state() private locating = false;
  @state() private locationError = '';
  @state() private submitted?: { trackingCode: string; earlier: boolean };
  @state() private copied = false;
  @state() private errorText = '';
  private photoKeys = 0;
  private restored = false;

  /** A category id to preselect (a page about roads may pass `jalan-rusak`); a restored draft wins. */
  @property() category?: string;

  /**
   * Where the citizen follows the complaint (a page with `<layanan-complaint-status>`), with
   * `{code}` for its tracking code, e.g. `/pengaduan/status?kode={code}`. Without it, no link.
   */
  @property({ attribute: 'status-url' }) statusUrl?: string;

  private get s(): ComplaintFormStrings {
    return this.localize('complaint-form', complaintFormStrings);
  }

  private get api(): ComplaintsResource {
    return new ComplaintsResource(this.transportFor(this.resolvedApiBase, this.locale));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const photo of this.photos) if (photo.objectUrl) URL.revokeObjectURL(photo.objectUrl);
    this.photos = [];
    this.restored = false;
  }

  private restoreDraft(): void {
    if (this.restored) return;
    this.restored = true;
    const saved = this.device.read();
    if (!saved || typeof saved !== 'object') {
      this.draft = { ...emptyDraft(), categoryId: this.category ?? '' };
      return;
    }
    this.draft = { ...emptyDraft(), ...saved, categoryId: saved.categoryId || this.category || '', consent: false };
    this.photos = (saved.photos ?? []).map((photo) => ({
      key: ++this.photoKeys,
      name: '',
      state: 'uploaded',
      progress: 1,
      preview: photo.thumb,
      thumb: photo.thumb,
      id: photo.id,
    }));
    const unsent = saved.unsent ?? [];
    // Focus was on <body> after the reload: the notice says what happened (unless the citizen is elsewhere already).
    this.focusing.after(this.ifFocusLost(() => this.renderRoot.querySelector<HTMLElement>('[part~="notice"]')));
    this.notice = unsent.length ? `${this.s.draftRestored} ${this.s.photosUnsent(unsent.join(', '))}` : this.s.draftRestored;
    if (this.submission.intent) this.submitError = this.s.unsure;
  }

  /** Keeps the draft on this device after every change (storage never throws). Photos count once uploaded. */
  private saveDraft(): void {
    // A form that left the page (its photo came back late) writes nothing: DeviceDraft refuses.
    const photos = this.photos.filter((p) => p.id && p.thumb).map((p) => ({ id: p.id!, thumb: p.thumb! }));
    const unsent = this.photos.filter((p) => !p.id && !p.error).map((p) => p.name);
    this.device.write({ ...this.draft, consent: false, photos, unsent });
  }

  /** A focus target only while focus is on nothing (the page's <body>); else the move is dropped. */
  private ifFocusLost(find: () => HTMLElement | null | undefined): () => HTMLElement | null | undefined {
    return () => {
      const active = document.activeElement;
      if (active && active !== document.body && !(active === this && !this.renderRoot.querySelector(':focus'))) {
        this.focusing.cancel();
        return null;
      }
      return find();
    };
  }

  private change(patch: Partial<Draft>): void {
    this.dropCleared();
    this.draft = { ...this.draft, ...patch };
    this.saveDraft();
    // After a failed submit, errors go away as the citizen fixes them.
    if (this.showSummary) this.errors = this.validate();
  }

  private counterText(value: string, max: number): string {
    const left = max - value.length;
    return left >= 0 ? this.s.charactersLeft(left) : this.s.charactersOver(-left);
  }

  private handleText(field: 'title' | 'description' | 'location' | 'name' | 'phone' | 'email', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.change({ [field]: value });
    if (field === 'title' || field === 'description') this.announcer.announce(this.counterText(value, COMPLAINT_LIMITS[field].max), 1000);
  }

  private handleCategory = (event: Event): void => {
    this.change({ categoryId: (event.target as HTMLSelectElement).value });
  };

  private handlePrivacy(privacy: ComplaintPrivacy): void {
    // The name and contact stay in the draft when hidden, so choosing Terbuka again brings them back.
    this.change({ privacy });
  }

  private handleConsent = (event: Event): void => {
    this.change({ consent: (event.target as HTMLInputElement).checked });
  };

  private handleUseLocation = (): void => {
    this.locationError = '';
    if (!('geolocation' in navigator)) {
      this.locationError = this.s.locationUnavailable;
      return;
    }
    this.locating = true;
    this.announcer.announce(this.s.locating);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        // Six decimals: about 10 cm, more than a phone knows.
        this.change({ lat: +coords.latitude.toFixed(6), lng: +coords.longitude.toFixed(6) });
        this.announcer.announce(this.locationText());
      },
      (error) => {
        this.locating = false;
        this.locationError = error.code === 1 ? this.s.locationDenied : this.s.locationUnavailable;
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  private locationText(): string {
    const { lat, lng } = this.draft;
    return lat === undefined || lng === undefined ? '' : this.s.locationFound(lat.toFixed(5), lng.toFixed(5));
  }

  private handleAddPhotos = (): void => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();

  private handleFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.addPhotos(files);
  };

  private updatePhoto(key: number, patch: Partial<Photo>): void {
    this.photos = this.photos.map((p) => (p.key === key ? { ...p, ...patch } : p));
  }

  /** Checks, compresses and uploads each file; refusals are said in words, the others go on. */
  async addPhotos(files: readonly File[]): Promise<void> {
    const refused: string[] = [];
    const room = COMPLAINT_LIMITS.photos - this.photos.length;
    if (files.length > room) refused.push(this.s.photoTooMany(COMPLAINT_LIMITS.photos));
    const accepted = files.slice(0, Math.max(0, room)).filter((file) => {
      if (!ACCEPTED_PHOTO_TYPES.includes(file.type)) refused.push(this.s.photoWrongType(file.name));
      else if (file.size > MAX_ORIGINAL_MB * MB) refused.push(this.s.photoTooLarge(file.name, MAX_ORIGINAL_MB));
      else return true;
      return false;
    });
    this.errors = { ...this.errors, photos: refused.join(' ') || undefined };
    await Promise.all(accepted.map((file) => this.preparePhoto(file)));
    this.saveDraft();
  }

  private async preparePhoto(file: File): Promise<void> {
    const key = ++this.photoKeys;
    this.photos = [...this.photos, { key, name: file.name, state: 'preparing', progress: 0, preview: '' }];
    this.saveDraft(); // on its way: a reload now will name it
    try {
      const { blob, thumb } = await compressPhoto(file);
      if (blob.size > MAX_UPLOAD_MB * MB) throw new RangeError('too large');
      const objectUrl = URL.createObjectURL(blob);
      if (!this.photos.some((p) => p.key === key)) return URL.revokeObjectURL(objectUrl);
      this.updatePhoto(key, { blob, thumb, objectUrl, preview: objectUrl });
    } catch (error) {
      this.updatePhoto(key, { state: 'failed', error: error instanceof RangeError ? this.s.photoTooLarge(file.name, MAX_UPLOAD_MB) : this.s.photoWrongType(file.name) });
      return;
    }
    await this.uploadPhoto(key);
  }

  private async uploadPhoto(key: number): Promise<void> {
    const photo = this.photos.find((p) => p.key === key);
    if (!photo?.blob) return;
    this.updatePhoto(key, { state: 'uploading', progress: 0, error: undefined });
    try {
      const upload = await this.api.uploadPhoto(photo.blob, {
        onProgress: ({ loaded, total }) => this.updatePhoto(key, { progress: total ? loaded / total : 0 }),
      });
      if (!this.photos.some((p) => p.key === key)) return;
      this.updatePhoto(key, { state: 'uploaded', progress: 1, id: upload.id });
      this.saveDraft();
      this.focusing.after(this.ifFocusLost(() => this.renderRoot.querySelector<HTMLElement>(`#photo-${key}-remove`)));
      this.announcer.announce(this.s.photoAdded(this.photos.filter((p) => p.state === 'uploaded').length));
      if (this.errors.photos && !this.photos.some((p) => p.error)) this.errors = { ...this.errors, photos: undefined };
    } catch (error) {
      const message = this.reportError(error, 'upload-complaint-photo');
      const status = isProblemError(error) ? error.status : 0;
      const name = photo.name || this.s.photoAlt(this.photos.indexOf(photo) + 1);
      this.updatePhoto(key, {
        state: 'failed',
        // 415 and 413 in the widget's own words; anything else as the SDK worded it.
        error: status === 415 ? this.s.photoWrongType(name) : status === 413 ? this.s.photoTooLarge(name, MAX_UPLOAD_MB) : message,
        ...(status === 415 || status === 413 ? { blob: undefined } : {}),
      });
    }
  }

  private removePhoto(key: number): void {
    const index = this.photos.findIndex((p) => p.key === key);
    const photo = this.photos[index];
    if (!photo) return;
    if (photo.objectUrl) URL.revokeObjectURL(photo.objectUrl);
    this.photos = this.photos.filter((p) => p.key !== key);
    this.saveDraft();
    // Focus the next photo's remove button, else the add button: never lost to <body>.
    this.focusing.after(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.photo__remove');
      return buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#photos');
    });
    if (!this.photos.some((p) => p.error)) this.errors = { ...this.errors, photos: undefined };
  }

  private validate(): Partial<Record<FieldId, string>> {
    const e = this.s.errors;
    const d = this.draft;
    const L = COMPLAINT_LIMITS;
    const errors: Partial<Record<FieldId, string>> = {};
    const length = (value: string, limit: { min: number; max: number }, short: string) =>
      value.trim().length < limit.min ? short : value.trim().length > limit.max ? e.tooLong(limit.max) : undefined;
    if (!d.categoryId) errors.category = e.category;
    errors.title = length(d.title, L.title, e.titleShort(L.title.min));
    errors.description = length(d.description, L.description, e.descriptionShort(L.description.min));
    errors.location = length(d.location, L.location, e.location(L.location.min));
    if (this.photos.some((p) => p.state !== 'uploaded' || p.error)) errors.photos = this.s.photosWaiting;
    if (d.privacy !== 'anonymous') {
      errors.name = length(d.name, L.name, e.name(L.name.min));
      const phone = d.phone.trim();
      const email = d.email.trim();
      // The shape only (8–15 digits, an optional +); the server checks the number itself and its 422 lands here.
      if (phone && !/^\+?[\d\s.()-]{8,20}$/.test(phone)) errors.phone = e.phone;
      if (email && !isEmail(email)) errors.email = e.email;
      if (!phone && !email) errors.phone = e.contact;
    }
    if (!d.consent) errors.consent = e.consent;
    for (const key of Object.keys(errors) as FieldId[]) if (!errors[key]) delete errors[key];
    return errors;
  }

  private request(): SubmitComplaintRequest {
    const d = this.draft;
    const photoIds = this.photos.map((p) => p.id!).filter(Boolean);
    return {
      categoryId: d.categoryId,
      title: d.title.trim(),
      description: d.description.trim(),
      location: { text: d.location.trim(), ...(d.lat !== undefined && d.lng !== undefined ? { lat: d.lat, lng: d.lng } : {}) },
      ...(photoIds.length ? { photoIds } : {}),
      privacy: d.privacy,
      ...(d.privacy === 'anonymous'
        ? {}
        : {
            reporter: {
              name: d.name.trim(),
              ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
              ...(d.email.trim() ? { email: d.email.trim() } : {}),
            },
          }),
      consent: true,
    };
  }

  private handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submitting) return;
    const errors = this.validate();
    this.errors = errors;
    this.showSummary = Object.keys(errors).length > 0;
    if (this.showSummary) {
      this.focusing.after('.summary');
      return;
    }
    const request = this.request();
    this.submitting = true;
    this.submitError = '';
    this.announcer.announce(this.s.submitting);
    try {
      const { result, sent } = await this.submission.submit(request);
      // An open intent sends its first body: that complaint is the one filed, not the edited draft.
      const earlier = JSON.stringify(sent) !== JSON.stringify(request);
      this.handleReset();
      this.submitted = { trackingCode: result.trackingCode, earlier };
      this.focusing.after('.success-heading');
      this.dispatchEvent(new LayananComplaintSubmittedEvent(result.trackingCode, result.complaint));
    } catch (error) {
      const message = this.reportError(error, 'submit-complaint');
      // SubmitOnce keeps the intent unless the answer was a definite refusal (then nothing was filed).
      const unsure = !endsIntent(error);
      if (isProblemError(error) && error.status === 422 && error.problem.errors?.length) {
        this.errors = this.serverErrors(error.problem.errors);
        this.showSummary = true;
        this.focusing.after('.summary');
      } else {
        this.submitError = unsure ? `${message} ${this.s.unsure}` : message;
      }
    } finally {
      this.submitting = false;
    }
  };

  /** A 422's `errors[{ path, message }]` onto the fields they name. */
  private serverErrors(list: ReadonlyArray<{ path: string; message: string }>): Partial<Record<FieldId, string>> {
    const fields: Record<string, string> = { categoryId: 'category', 'location.text': 'location', privacy: 'privacy-public', reporter: 'name' };
    const errors: Partial<Record<FieldId, string>> = {};
    for (const { path, message } of list) {
      const photo = /^photoIds\.(\d+)$/.exec(path);
      if (photo) {
        const uploaded = this.photos.filter((p) => p.id);
        const target = uploaded[Number(photo[1])];
        if (target) this.updatePhoto(target.key, { error: message });
        errors.photos = message;
        continue;
      }
      const name = fields[path] ?? path.replace('reporter.', '');
      const field = (FIELDS.includes(name as FieldId) ? name : 'title') as FieldId;
      errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
    }
    return errors;
  }

  /** "Clear the form": empties it, and offers an undo until the next edit (one tap must not lose a complaint). */
  private handleDiscard = (): void => {
    const kept = { draft: this.draft, photos: this.photos };
    this.photos = []; // kept for the undo: their previews stay
    this.handleReset();
    this.cleared = kept;
    this.announcer.announce(this.s.cleared);
  };

  private handleUndo = (): void => {
    const { draft, photos } = this.cleared!;
    this.cleared = undefined;
    this.draft = draft;
    this.photos = photos;
    this.saveDraft();
    this.focusing.after('[part~="discard-button"]');
  };

  /** The undo is no longer offered: the previews it kept are let go. */
  private dropCleared(): void {
    for (const photo of this.cleared?.photos ?? []) if (photo.objectUrl) URL.revokeObjectURL(photo.objectUrl);
    this.cleared = undefined;
  }

  /** Back to an empty form (after "clear the form", or to report another problem): the draft is forgotten. */
  private handleReset = (): void => {
    this.dropCleared();
    for (const photo of this.photos) if (photo.objectUrl) URL.revokeObjectURL(photo.objectUrl);
    this.device.clear();
    this.submission.forget();
    this.draft = { ...emptyDraft(), categoryId: this.category ?? '' };
    this.photos = [];
    this.errors = {};
    this.showSummary = this.copied = false;
    this.notice = this.submitError = '';
    this.submitted = undefined;
  };

  private handleCopy = async (): Promise<void> => {
    this.copied = await copyText(this.submitted!.trackingCode);
    if (this.copied) this.announcer.announce(this.t.form.copied);
  };

  private handleRetry = () => void this.categories.run();

  private renderCounted(field: 'title' | 'description', control: (describedBy: string) => TemplateResult): TemplateResult {
    const s = this.s;
    const options = { id: field, label: s[field], hint: s[field === 'title' ? 'titleHint' : 'descriptionHint'], error: this.errors[field] };
    const value = this.draft[field];
    const max = COMPLAINT_LIMITS[field].max;
    // The counter is named by aria-describedby (heard on focus) and announced after a pause, never per keystroke.
    return renderField(
      this.t,
      options,
      html`${control([describedBy(options), `${field}-counter`].filter((x) => x !== nothing).join(' '))}
        <p class="counter ${value.length > max ? 'counter--over' : ''}" id="${field}-counter">${this.counterText(value, max)}</p>`,
    );
  }

  private renderCategory(categories: ComplaintCategory[]): TemplateResult {
    const s = this.s;
    const roots = categories.filter((c) => !c.parentId);
    const chosen = categories.find((c) => c.id === this.draft.categoryId);
    const options = { id: 'category', label: s.category, error: this.errors.category };
    const option = (c: ComplaintCategory) => html`<option value=${c.id} ?selected=${c.id === this.draft.categoryId}>${c.name}</option>`;
    return renderField(
      this.t,
      options,
      html`<select id="category" aria-describedby=${[describedBy(options), chosen ? 'category-info' : ''].filter((x) => x && x !== nothing).join(' ') || nothing} aria-invalid=${!!this.errors.category} @change=${this.handleCategory}>
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

  private renderPhotos(): TemplateResult {
    const s = this.s;
    const full = this.photos.length >= COMPLAINT_LIMITS.photos;
    const error = this.errors.photos;
    return html`<fieldset aria-describedby="photos-hint">
      <legend>${s.photos} <span class="optional">(${this.t.form.optional})</span></legend>
      <p class="hint" id="photos-hint">${s.photosHint(COMPLAINT_LIMITS.photos)}</p>
      ${error ? html`<p class="error" id="photos-error">${error}</p>` : nothing}
      ${this.photos.length
        ? html`<ul class="photos" part="photos">
            ${this.photos.map((photo, i) => {
              const n = i + 1;
              const status = photo.error ?? (photo.state === 'uploaded' ? s.photoUploaded : s.photoUploading(Math.round(photo.progress * 100)));
              return html`<li class="photo ${photo.error ? 'photo--failed' : ''}" part="photo">
                ${photo.preview ? html`<img class="photo__preview" src=${photo.preview} alt=${s.photoAlt(n)} />` : html`<span class="photo__preview" aria-hidden="true"></span>`}
                <div class="photo__body">
                  <p class="photo__status" id="photo-${photo.key}-status">${status}</p>

                  <div class="photo__actions">
                    ${photo.state === 'failed' && photo.blob
                      ? html`<button type="button" class="button button--secondary" @click=${() => this.uploadPhoto(photo.key)}>${s.retryPhoto(n)}</button>`
                      : nothing}
                    <button type="button" class="button button--secondary photo__remove" id="photo-${photo.key}-remove" @click=${() => this.removePhoto(photo.key)}>${s.removePhoto(n)}</button>
                  </div>
                </div>
              </li>`;
            })}
          </ul>`
        : nothing}
      <input type="file" accept=${ACCEPTED_PHOTO_TYPES.join(',')} multiple hidden @change=${this.handleFiles} />
      ${full
        ? nothing
        : html`<div><button type="button" id="photos" class="button button--secondary" aria-describedby=${error ? 'photos-hint photos-error' : 'photos-hint'} @click=${this.handleAddPhotos}>
            ${s.addPhotos}
          </button></div>`}
    </fieldset>`;
  }

  private renderPrivacy(): TemplateResult {
    const s = this.s;
    const shared = this.localize('complaints', complaintSharedStrings);
    return html`<fieldset aria-describedby="privacy-hint">
      <legend>${s.privacy}</legend>
      <p class="hint" id="privacy-hint">${s.privacyHint}</p>
      ${PRIVACY.map(
        (level) => html`<label class="choice">
          <input type="radio" name="privacy" id="privacy-${level}" value=${level} .checked=${this.draft.privacy === level} @change=${() => this.handlePrivacy(level)} />
          <span><strong>${shared.privacy[level].label}</strong><br /><span class="choice__hint">${shared.privacy[level].explains}</span></span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderReporter(): TemplateResult | typeof nothing {
    if (this.draft.privacy === 'anonymous') return nothing;
    const s = this.s;
    const t = this.t;
    const field = (id: 'name' | 'phone' | 'email', type: string, autocomplete: string, hint?: string, required = true) => {
      const options = { id, label: s[id], hint, error: this.errors[id], required };
      return renderField(
        t,
        options,
        html`<input id=${id} type=${type} autocomplete=${autocomplete} .value=${this.draft[id]} aria-describedby=${describedBy(options)}
          aria-invalid=${!!options.error} maxlength=${COMPLAINT_LIMITS[id].max}
          @input=${(e: Event) => this.handleText(id, e)} />`,
      );
    };
    return html`<fieldset class="reporter" aria-describedby="reporter-hint">
      <legend>${s.reporter}</legend>
      <p class="hint" id="reporter-hint">${s.reporterHint}</p>
      ${field('name', 'text', 'name')} ${field('phone', 'tel', 'tel', undefined, false)} ${field('email', 'email', 'email', undefined, false)}
    </fieldset>`;
  }

  private renderForm(categories: ComplaintCategory[]): TemplateResult {
    const s = this.s;
    const t = this.t;
    const summary: SummaryError[] = Object.entries(this.errors)
      .filter(([, message]) => message)
      .map(([id, message]) => ({ id, message: message! }));
    const locationOptions = { id: 'location', label: s.location, hint: s.locationHint, error: this.errors.location };
    const coordinates = this.locationText();
    return html`<h2 part="heading">${s.heading}</h2>
      <p class="intro">${s.intro}</p>
      ${this.notice ? html`<p class="notice" part="notice" tabindex="-1">${this.notice}</p>` : nothing}
      ${this.showSummary && summary.length ? renderErrorSummary(t, summary, this.renderRoot as ShadowRoot) : nothing}
      <form class="form" part="form" novalidate @submit=${this.handleSubmit}>
        ${this.renderCategory(categories)}
        ${this.renderCounted(
          'title',
          (by) => html`<input id="title" type="text" .value=${this.draft.title} aria-describedby=${by} aria-invalid=${!!this.errors.title}
            @input=${(e: Event) => this.handleText('title', e)} />`,
        )}
        ${this.renderCounted(
          'description',
          (by) => html`<textarea id="description" rows="6" .value=${this.draft.description} aria-describedby=${by} aria-invalid=${!!this.errors.description}
            @input=${(e: Event) => this.handleText('description', e)}></textarea>`,
        )}
        ${renderField(
          t,
          locationOptions,
          html`<input id="location" type="text" autocomplete="street-address" maxlength=${COMPLAINT_LIMITS.location.max} .value=${this.draft.location}
              aria-describedby=${describedBy(locationOptions)} aria-invalid=${!!this.errors.location} @input=${(e: Event) => this.handleText('location', e)} />
            <div class="actions">
              <button type="button" class="button button--secondary" part="locate-button" ?disabled=${this.locating} @click=${this.handleUseLocation}>
                ${this.locating ? s.locating : s.useLocation}
              </button>
            </div>
            ${coordinates ? html`<p class="hint" part="coordinates">${coordinates}</p>` : nothing}
            ${this.locationError ? html`<p class="error" part="location-error" role="alert">${this.locationError}</p>` : nothing}`,
        )}
        ${this.renderPhotos()} ${this.renderPrivacy()} ${this.renderReporter()}
        <div class="field">
          ${this.errors.consent ? html`<p class="error" id="consent-error">${this.errors.consent}</p>` : nothing}
          <label class="choice">
            <input type="checkbox" id="consent" .checked=${this.draft.consent} aria-invalid=${!!this.errors.consent}
              aria-describedby=${this.errors.consent ? 'consent-error' : nothing} @change=${this.handleConsent} />
            <span>${s.consent}</span>
          </label>
        </div>
        ${this.submitError ? html`<p class="error submit-error" part="submit-error" role="alert">${this.submitError}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="button" part="submit-button" aria-disabled=${this.submitting ? 'true' : nothing}>${this.submitting ? s.submitting : s.submit}</button>
          <button type="button" class="button button--secondary" part="discard-button" @click=${this.handleDiscard}>${s.discardDraft}</button>
        </div>
        ${this.cleared
          ? html`<p class="notice" part="cleared" role="status">
              ${s.cleared} <button type="button" class="button button--secondary" part="undo-button" @click=${this.handleUndo}>${s.undo}</button>
            </p>`
          : nothing}
      </form>`;
  }

  private renderSuccess({ trackingCode, earlier }: { trackingCode: string; earlier: boolean }): TemplateResult {
    const s = this.s;
    const shared = this.localize('complaints', complaintSharedStrings);
    const href = this.statusUrl?.replace('{code}', encodeURIComponent(trackingCode));
    return html`<div class="success" part="success">
      <h2 class="success-heading" tabindex="-1">${s.successHeading}</h2>
      <p class="code-label" id="code-label">${shared.trackingCode}</p>
      <p class="code" part="tracking-code" aria-labelledby="code-label">${trackingCode}</p>
      <p>${s.successKeep}</p>
      ${earlier ? html`<p class="notice">${s.successEarlier}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button" part="copy-button" @click=${this.handleCopy}>${this.copied ? this.t.form.copied : this.t.form.copy}</button>
        ${href ? html`<a class="button button--secondary" part="status-link" href=${href}>${s.viewStatus}</a>` : nothing}

        <button type="button" class="button button--secondary" @click=${this.handleReset}>${s.newComplaint}</button>
      </div>

    </div>`;
  }

  override render() {
    const { state } = this.categories;
    let body: TemplateResult;
    if (this.submitted) body = this.renderSuccess(this.submitted);
    else if (state.status === 'ready') body = this.renderForm(state.value);
    else if (state.status === 'error') body = renderError(this.t, this.errorText, this.handleRetry);
    else body = renderLoading(this.t, 6);
    return html`<section class="card" part="base" aria-label=${this.s.heading}>${body}</section>
      ${this.announcer.render()}`;
  }
}

defineElement('layanan-complaint-form', LayananComplaintForm);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-complaint-form': LayananComplaintForm;
  }
}
