import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { COMPLAINT_LIMITS, type ComplaintCategory, type ComplaintPrivacy, type SubmitComplaintRequest, type SubmittedComplaint } from '@layanan/contract';
import { ComplaintsResource, isProblemError } from '@layanan/sdk';
import { LayananComplaintSubmittedEvent } from '../events/layanan-complaint-submitted.js';
import { Announcer } from '../internal/announcer.js';
import { type ComplaintSharedStrings, complaintSharedStrings } from '../internal/complaints.js';
import { copyText, describedBy, renderErrorSummary, renderField, type SummaryError } from '../internal/field.js';
import { DeviceDraft } from '../internal/device-draft.js';
import { FocusController } from '../internal/focus.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { ResourceController } from '../internal/resource.js';
import { PhotoUploads, revokePreviews, type Photo } from '../internal/photos.js';
import { renderError, renderLoading } from '../internal/states.js';
import { endsIntent, SubmitOnce } from '../internal/submit-once.js';
import { formStyles } from '../styles/form.js';
import { cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import { complaintFormStrings, type ComplaintFormStrings } from './complaint-form.strings.js';
import { complaintFormStyles } from './complaint-form.styles.js';
import { type Draft, emptyDraft, type FieldErrors, type FieldId, FIELDS, toRequest, validateDraft } from './complaint-form.draft.js';
import { counterText, renderCategory, renderCounted, renderPhotos, renderPrivacy, renderReporter, renderSuccess } from './complaint-form.templates.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { LayananComplaintSubmittedEvent } from '../events/layanan-complaint-submitted.js';

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

  private readonly photos = new PhotoUploads(this, {
    upload: (blob, onProgress) => this.api.uploadPhoto(blob, { onProgress }),
    strings: () => this.s,
    reportError: (error) => this.reportError(error, 'upload-complaint-photo'),
    changed: () => this.saveDraft(),
    error: (message) => (this.errors = { ...this.errors, photos: message }),
    uploaded: (key) => {
      this.focusing.after(this.ifFocusLost(() => this.renderRoot.querySelector<HTMLElement>(`#photo-${key}-remove`)));
      this.announcer.announce(this.s.photoAdded(this.photos.list.filter((p) => p.state === 'uploaded').length));
    },
    // Focus the next photo's remove button, else the add button: never lost to <body>.
    removed: (index) =>
      this.focusing.after(() => {
        const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.photo__remove');
        return buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#photos');
      }),
  });

  @state() private draft: Draft = emptyDraft();
  @state() private errors: FieldErrors = {};
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

  private get shared(): ComplaintSharedStrings {
    return this.localize('complaints', complaintSharedStrings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // PhotoUploads lets go of the photos
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
    this.photos.restore(saved.photos ?? []);
    const unsent = saved.unsent ?? [];
    // Focus was on <body> after the reload: the notice says what happened (unless the citizen is elsewhere already).
    this.focusing.after(this.ifFocusLost(() => this.renderRoot.querySelector<HTMLElement>('[part~="notice"]')));
    this.notice = unsent.length ? `${this.s.draftRestored} ${this.s.photosUnsent(unsent.join(', '))}` : this.s.draftRestored;
    if (this.submission.intent) this.submitError = this.s.unsure;
  }

  /** Keeps the draft on this device after every change (storage never throws). Photos count once uploaded. */
  private saveDraft(): void {
    // A form that left the page (its photo came back late) writes nothing: DeviceDraft refuses.
    const photos = this.photos.list.filter((p) => p.id && p.thumb).map((p) => ({ id: p.id!, thumb: p.thumb! }));
    const unsent = this.photos.list.filter((p) => !p.id && !p.error).map((p) => p.name);
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
    if (this.showSummary) this.errors = validateDraft(this.draft, this.photos.list, this.s);
  }

  private handleText = (field: 'title' | 'description' | 'location' | 'name' | 'phone' | 'email', event: Event): void => {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.change({ [field]: value });
    if (field === 'title' || field === 'description') this.announcer.announce(counterText(this.s, value, COMPLAINT_LIMITS[field].max), 1000);
  };

  private handleCategory = (event: Event): void => {
    this.change({ categoryId: (event.target as HTMLSelectElement).value });
  };

  private handlePrivacy = (privacy: ComplaintPrivacy): void => {
    // The name and contact stay in the draft when hidden, so choosing Terbuka again brings them back.
    this.change({ privacy });
  };

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

  /** Checks, compresses and uploads each file; refusals are said in words, the others go on. */
  async addPhotos(files: readonly File[]): Promise<void> {
    await this.photos.add(files);
  }

  private handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submitting) return;
    const errors = validateDraft(this.draft, this.photos.list, this.s);
    this.errors = errors;
    this.showSummary = Object.keys(errors).length > 0;
    if (this.showSummary) {
      this.focusing.after('.summary');
      return;
    }
    const request = toRequest(this.draft, this.photos.list);
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
  private serverErrors(list: ReadonlyArray<{ path: string; message: string }>): FieldErrors {
    const fields: Record<string, string> = { categoryId: 'category', 'location.text': 'location', privacy: 'privacy-public', reporter: 'name' };
    const errors: FieldErrors = {};
    for (const { path, message } of list) {
      const photo = /^photoIds\.(\d+)$/.exec(path);
      if (photo) {
        const target = this.photos.list.filter((p) => p.id)[Number(photo[1])];
        if (target) this.photos.update(target.key, { error: message });
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
    const kept = { draft: this.draft, photos: this.photos.list };
    this.photos.list = []; // kept for the undo: their previews stay
    this.handleReset();
    this.cleared = kept;
    this.announcer.announce(this.s.cleared);
  };

  private handleUndo = (): void => {
    const { draft, photos } = this.cleared!;
    this.cleared = undefined;
    this.draft = draft;
    this.photos.list = photos;
    this.saveDraft();
    this.focusing.after('[part~="discard-button"]');
  };

  /** The undo is no longer offered: the previews it kept are let go. */
  private dropCleared(): void {
    revokePreviews(this.cleared?.photos ?? []);
    this.cleared = undefined;
  }

  /** Back to an empty form (after "clear the form", or to report another problem): the draft is forgotten. */
  private handleReset = (): void => {
    this.dropCleared();
    revokePreviews(this.photos.list);
    this.device.clear();
    this.submission.forget();
    this.draft = { ...emptyDraft(), categoryId: this.category ?? '' };
    this.photos.list = [];
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
        ${renderCategory(t, s, categories, this.draft.categoryId, this.errors.category, this.handleCategory)}
        ${renderCounted(t, s, 'title', this.draft.title, this.errors.title, (by) => html`<input id="title" type="text" .value=${this.draft.title} aria-describedby=${by} aria-invalid=${!!this.errors.title}
            @input=${(e: Event) => this.handleText('title', e)} />`,
        )}
        ${renderCounted(t, s, 'description', this.draft.description, this.errors.description, (by) => html`<textarea id="description" rows="6" .value=${this.draft.description} aria-describedby=${by} aria-invalid=${!!this.errors.description}
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
        ${renderPhotos(t, s, this.photos, this.errors.photos, this.handleAddPhotos, this.handleFiles)}
        ${renderPrivacy(s, this.shared, this.draft.privacy, this.handlePrivacy)} ${renderReporter(t, s, this.draft, this.errors, this.handleText)}
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

  override render() {
    const { state } = this.categories;
    let body: TemplateResult;
    if (this.submitted) {
      const href = this.statusUrl?.replace('{code}', encodeURIComponent(this.submitted.trackingCode));
      body = renderSuccess(this.t, this.s, this.shared, this.submitted, href, this.copied, this.handleCopy, this.handleReset);
    } else if (state.status === 'ready') body = this.renderForm(state.value);
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
