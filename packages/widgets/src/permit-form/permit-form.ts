import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  formatRupiah, isFieldVisible, normalizeAccessCode, validateAnswers,
  type AnswerValue, type Answers, type FormError, type FormField, type PermitApplication, type PermitType, type PermitTypeSummary, type RegionDistricts,
} from '@layanan/contract';
import { isProblemError, PermitsResource, type Transport } from '@layanan/sdk';
import { LayananApplicationSavedEvent } from '../events/layanan-application-saved.js';
import { LayananApplicationSubmittedEvent } from '../events/layanan-application-submitted.js';
import { copyText, describedBy, renderErrorSummary, renderField, type SummaryError } from '../internal/field.js';
import { formatDate, intlLocale } from '../internal/format.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { applicationStatusNames } from '../internal/permits.js';
import { renderEmpty, renderError, renderLoading } from '../internal/states.js';
import { storage } from '../internal/storage.js';
import { formStyles } from '../styles/form.js';
import { cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import { controlId, describeAnswer, parseText, renderFormField } from './fields.js';
import { permitFormStrings } from './permit-form.strings.js';
import { permitFormStyles } from './permit-form.styles.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { LayananApplicationSavedEvent } from '../events/layanan-application-saved.js';
export type { LayananApplicationSubmittedEvent } from '../events/layanan-application-submitted.js';

type Phase = 'loading' | 'error' | 'picker' | 'form' | 'receipt';

/** What this device keeps of a draft: its code, the answers not yet on the server, the step. Never NIK or NPWP. */
interface StoredDraft {
  code?: string;
  answers: Answers;
  unsaved: string[];
  step: number;
}

const SECRET = new Set(['nik', 'npwp']);
const SAVE_DELAY_MS = 800;

/**
 * @tagname layanan-permit-form
 * @summary Apply for a permit: any form the agency's backend defines, step by step, saved as the
 * citizen goes (on the server and on the device), checked with the same validator as the server,
 * with a review page, a receipt with the application code, and corrections when the officer asks.
 *
 * Without `type` it first lists the agency's permits (fee, processing time, requirements) and
 * offers to continue an application by its code. With `code`, or `?code=…` in the page address,
 * it opens that application (on any device). Drafts of a type are remembered on the device: coming
 * back to the page continues where the citizen left off.
 *
 * @event layanan-application-saved - Answers reached the server. `detail.application` (with its `code`).
 * @event layanan-application-submitted - The application (or its corrections) was sent. `detail.application`.
 * @event layanan-error - Loading, saving, uploading or sending failed; the widget says so itself. `detail: { error, message, operation }`.
 *
 * @csspart base - The form around everything.
 * @csspart picker - The list of permits, when no `type` or `code` is set.
 * @csspart type - One permit in the list: its fee, processing time and requirements.
 * @csspart resume - The form to continue an application by its code.
 * @csspart progress - "Langkah 2 dari 4" and its bar.
 * @csspart step-title - The heading of the current step.
 * @csspart revision - The officer's note when corrections were asked for.
 * @csspart error-summary - The list of problems after Next or Submit.
 * @csspart review - The review page.
 * @csspart file - The uploaded file's name and size, with its remove button.
 * @csspart save-status - "Tersimpan 10.42", announced politely.
 * @csspart receipt - The receipt after sending.
 * @csspart code - The application code in the receipt.
 */
export class LayananPermitForm extends LayananElement {
  static override styles = [tokens, cardStyles, stateStyles, formStyles, permitFormStyles];

  @state() private phase: Phase = 'loading';
  @state() private errorText = '';
  @state() private types: PermitTypeSummary[] = [];
  @state() private permit?: PermitType;
  @state() private application?: PermitApplication;
  @state() private answers: Answers = {};
  @state() private texts: Record<string, string> = {};
  @state() private errors: Record<string, string> = {};
  @state() private summary: SummaryError[] = [];
  @state() private step = 0;
  @state() private notice = '';
  @state() private uploads: Record<string, { name: string; percent: number }> = {};
  @state() private regions: RegionDistricts = [];
  @state() private codeText = '';
  @state() private codeError = '';
  @state() private submitting = false;
  @state() private submitError = '';
  @state() private justSubmitted = false;

  /** The permit type to apply for (`izin-usaha-mikro` …); without it the widget lists the permits to choose from. */
  @property({ reflect: true }) type?: string;

  /** An application code to continue (another device, a link in an SMS). Default: `?code=` in the page address, then this device's draft. */
  @property() code?: string;

  private opened = '';
  private opening = 0;
  private fromPicker = false;
  /** The citizen came from the review page to change one answer: Next takes them back there. */
  private backToReview = false;
  private typeFromPicker = false;
  private pageCodeUsed = false;
  private dirty = new Set<string>();
  private touched = new Set<string>();
  private saveTimer?: ReturnType<typeof setTimeout>;
  private creating?: Promise<void>;
  private focusTarget?: string;
  private resource?: { transport: Transport; permits: PermitsResource };

  /** One SDK resource per connection: its save queue must see every save of a draft. */
  private get permits(): PermitsResource {
    const transport = this.transportFor(this.resolvedApiBase, this.locale);
    if (this.resource?.transport !== transport) this.resource = { transport, permits: new PermitsResource(transport) };
    return this.resource.permits;
  }

  private get steps() {
    return this.permit?.form.steps ?? [];
  }

  private get fields(): FormField[] {
    return this.steps.flatMap((step) => step.fields);
  }

  private get today(): string {
    return new Date().toISOString().slice(0, 10);
  }

  /** This widget's texts in its language. */
  private get strings() {
    return this.localize('permit-form', permitFormStrings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.handleOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    // Leaving the page mid-typing: what was not sent yet goes now (the device keeps it anyway).
    if (this.dirty.size && this.phase === 'form') void this.save().catch(() => undefined);
    this.opened = '';
  }

  protected override willUpdate(): void {
    const key = `${this.resolvedApiBase}|${this.type ?? ''}|${this.code ?? ''}`;
    if (key !== this.opened) {
      this.opened = key;
      void this.open();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  private handleOnline = () => {
    if (this.dirty.size && this.phase === 'form') void this.save().catch(() => undefined);
  };

  /** Opens what the attributes, the page address or this device point at. */
  private async open(): Promise<void> {
    const token = ++this.opening;
    clearTimeout(this.saveTimer);
    Object.assign(this, { phase: 'loading', permit: undefined, application: undefined, answers: {}, texts: {}, errors: {}, summary: [], submitError: '', justSubmitted: false, notice: '' });
    this.dirty = new Set();
    this.touched = new Set();
    const pageCode = this.pageCodeUsed ? null : new URLSearchParams(location.search).get('code');
    this.pageCodeUsed = true;
    const stored = this.type ? storage.get<StoredDraft>(this.draftKey(this.type)) : undefined;
    const code = this.code || pageCode || stored?.code;
    try {
      if (code) {
        try {
          // A form for one permit type leaves a page-address code of another type to another form.
          const other = await this.resume(code, token, code === pageCode && !this.code ? this.type : undefined);
          if (other) await this.start(this.type!, stored?.code ? undefined : stored, token);
        } catch (error) {
          // A draft this device remembered but the server no longer knows: start afresh.
          if (!(code === stored?.code && isProblemError(error) && error.status === 404)) throw error;
          storage.remove(this.draftKey(this.type!));
          await this.start(this.type!, undefined, token);
        }
      } else if (this.type) {
        await this.start(this.type, stored, token);
      } else {
        const types = await this.permits.types();
        if (token !== this.opening) return;
        this.types = types;
        this.phase = 'picker';
      }
    } catch (error) {
      if (token !== this.opening) return;
      if (this.fromPicker && isProblemError(error) && error.status === 404) {
        this.fromPicker = false;
        this.codeError = this.reportError(error, 'resume-application');
        this.code = undefined;
        this.focusTarget = '#resume-code';
        return;
      }
      this.errorText = this.reportError(error, code ? 'resume-application' : 'load-permit');
      this.phase = 'error';
    }
  }

  private async load(typeId: string, token: number): Promise<PermitType | undefined> {
    const permit = await this.permits.type(typeId);
    const regions = permit.form.steps.some((step) => step.fields.some((field) => field.type === 'address')) ? await this.permits.regions() : [];
    if (token !== this.opening) return undefined;
    this.regions = regions;
    return permit;
  }

  private async start(typeId: string, stored: StoredDraft | undefined, token: number): Promise<void> {
    const permit = await this.load(typeId, token);
    if (!permit) return;
    this.permit = permit;
    this.answers = { ...stored?.answers };
    this.dirty = new Set(stored?.unsaved);
    this.step = Math.min(stored?.step ?? 0, permit.form.steps.length);
    this.phase = 'form';
  }

  /** Opens an application by its code; `true` (and nothing opened) when it is not of `onlyType`. */
  private async resume(code: string, token: number, onlyType?: string): Promise<boolean | void> {
    const application = await this.permits.getApplication(code);
    if (onlyType && application.typeId !== onlyType) return true;
    const permit = await this.load(application.typeId, token);
    if (!permit) return;
    this.permit = permit;
    this.application = application;
    // Focus follows what the citizen asked for, never a page load.
    if (this.fromPicker) this.focusTarget = '.step-title';
    this.fromPicker = false;
    const answers = { ...application.answers };
    const stored = storage.get<StoredDraft>(this.draftKey(application.typeId));
    const mine = stored?.code === application.code;
    if (mine && application.canEdit) {
      // What this device changed but could not send yet wins over the server's copy.
      for (const id of stored.unsaved) {
        if (id in stored.answers) answers[id] = stored.answers[id]!;
        this.dirty.add(id);
      }
    }
    this.answers = answers;
    if (application.canEdit) {
      this.step = mine ? Math.min(stored.step, permit.form.steps.length) : 0;
      this.phase = 'form';
      if (this.dirty.size) this.scheduleSave();
    } else {
      this.phase = 'receipt';
    }
    this.remember();
  }

  /** Where this device keeps the draft of a permit type (per API: a code means nothing to another server). */
  private draftKey(typeId: string): string {
    return `permit-form:${this.resolvedApiBase}:${typeId}`;
  }

  /** Keeps the draft on this device: its code, the answers (without NIK and NPWP) and the step. */
  private remember(): void {
    if (!this.permit) return;
    const answers = Object.fromEntries(Object.entries(this.answers).filter(([id]) => !SECRET.has(this.fields.find((f) => f.id === id)?.type ?? '')));
    storage.set(this.draftKey(this.permit.id), { code: this.application?.code, answers, unsaved: [...this.dirty], step: this.step } satisfies StoredDraft);
  }

  private visible(id: string): boolean {
    const field = this.fields.find((f) => f.id === id);
    return !!field && isFieldVisible(this.permit!.form, field, this.answers);
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save().catch(() => undefined), SAVE_DELAY_MS);
  }

  /**
   * Sends what changed: a new draft first, then merged saves. Answers of hidden fields stay on the
   * device but are not sent (and are cleared on the server). `strict` rethrows a failure.
   */
  private async save(strict = false, retried = false): Promise<void> {
    clearTimeout(this.saveTimer);
    const permit = this.permit;
    if (!permit) return;
    if (!this.application) {
      if (!this.dirty.size && !strict) return;
      this.creating ??= this.createDraft(permit).finally(() => (this.creating = undefined));
      return this.creating.then(() => (strict ? this.save(true) : undefined));
    }
    const application = this.application;
    const ids = [...this.dirty];
    const patch: Record<string, AnswerValue | null> = {};
    for (const id of ids) patch[id] = this.visible(id) && id in this.answers ? this.answers[id]! : null;
    // Hidden answers stay on the device but leave the server (also those a save in flight may carry).
    const known = ids.length ? [...Object.keys(application.answers), ...Object.keys(this.answers)] : Object.keys(application.answers);
    for (const id of known) if (!this.visible(id)) patch[id] = null;
    if (!Object.keys(patch).length) return;
    this.dirty.clear();
    this.notice = this.strings.saving;
    try {
      const saved = await this.permits.saveDraft(application.code, patch, { version: application.version });
      if (this.application?.code !== saved.code) return;
      this.application = saved;
      this.notice = this.strings.saved(this.clock(new Date()));
      this.dispatchEvent(new LayananApplicationSavedEvent(saved));
    } catch (error) {
      ids.forEach((id) => this.dirty.add(id));
      if (isProblemError(error) && error.type === 'application-version-conflict' && !retried) {
        // Another device saved in between: take its answers, keep what was changed here, save again.
        const latest = await this.permits.getApplication(application.code);
        const hidden = Object.entries(this.answers).filter(([id]) => !this.visible(id));
        const answers: Answers = { ...Object.fromEntries(hidden), ...latest.answers };
        for (const id of this.dirty) {
          if (id in this.answers) answers[id] = this.answers[id]!;
          else delete answers[id];
        }
        this.answers = answers;
        this.application = latest;
        await this.save(strict, true);
        this.notice = this.strings.conflict;
      } else if (isProblemError(error) && error.type === 'application-not-editable') {
        // Sent (or decided) meanwhile, e.g. from another device: show where it stands.
        this.application = await this.permits.getApplication(application.code);
        this.phase = this.application.canEdit ? 'form' : 'receipt';
        this.reportError(error, 'save-application');
        if (strict) throw error;
      } else {
        this.notice = this.strings.savedOnDevice;
        this.reportError(error, 'save-application');
        if (strict) throw error;
      }
    } finally {
      this.remember();
    }
  }

  private async createDraft(permit: PermitType): Promise<void> {
    const answers = Object.fromEntries(Object.entries(this.answers).filter(([id]) => this.visible(id)));
    const ids = [...this.dirty];
    this.dirty.clear();
    this.notice = this.strings.saving;
    try {
      const created = await this.permits.createDraft(permit.id, answers);
      this.application = created;
      // Changed while the draft was on its way: those go in the next save.
      for (const id of ids) if (JSON.stringify(created.answers[id]) !== JSON.stringify(this.answers[id]) && this.visible(id)) this.dirty.add(id);
      this.notice = this.strings.saved(this.clock(new Date()));
      this.dispatchEvent(new LayananApplicationSavedEvent(created));
      if (this.dirty.size) this.scheduleSave();
    } catch (error) {
      ids.forEach((id) => this.dirty.add(id));
      this.notice = this.strings.savedOnDevice;
      this.reportError(error, 'save-application');
      throw error;
    } finally {
      this.remember();
    }
  }

  private clock(date: Date): string {
    return new Intl.DateTimeFormat(intlLocale(this.locale), { hour: '2-digit', minute: '2-digit' }).format(date);
  }

  private validate(only?: readonly string[]): FormError[] {
    return validateAnswers(this.permit!.form, this.answers, { locale: this.locale, regions: this.regions, only });
  }

  /** Checks one field with the shared validator (as the citizen leaves it, or fixes it). */
  private checkOne(field: FormField): void {
    const [problem] = this.validate([field.id]);
    const errors = { ...this.errors };
    if (problem) errors[field.id] = problem.message;
    else delete errors[field.id];
    this.errors = errors;
    if (!problem && this.summary.length) this.summary = this.summary.filter((entry) => entry.id !== controlId(field));
  }

  private setAnswer(field: FormField, value: AnswerValue | null): void {
    const answers = { ...this.answers };
    if (value === null) delete answers[field.id];
    else answers[field.id] = value;
    this.answers = answers;
    this.dirty.add(field.id);
    this.touched.add(field.id);
    if (this.errors[field.id]) this.checkOne(field);
    this.remember();
    this.scheduleSave();
  }

  private handleText(field: FormField, text: string): void {
    this.texts = { ...this.texts, [field.id]: text };
    this.setAnswer(field, parseText(field, text));
  }

  private handleChoice(field: FormField, value: AnswerValue | null): void {
    this.setAnswer(field, value);
    if (field.type !== 'address') this.checkOne(field);
  }

  /** The citizen left a field (focus went outside it): tidy what they typed and check it. */
  private handleLeave(field: FormField, event: FocusEvent): void {
    const wrapper = event.currentTarget as HTMLElement;
    const next = event.relatedTarget as Node | null;
    if (next && wrapper.contains(next)) return;
    if (field.id in this.texts) {
      const texts = { ...this.texts };
      delete texts[field.id];
      this.texts = texts;
    }
    // Tabbing past a field not yet filled in is not a mistake.
    if (this.touched.has(field.id) || this.errors[field.id]) this.checkOne(field);
    if (this.dirty.size) void this.save().catch(() => undefined);
  }

  private async handleFile(field: FormField, file: File): Promise<void> {
    const candidate = { uploadId: 'pending', name: file.name, size: file.size, contentType: file.type || 'application/octet-stream' };
    const [problem] = validateAnswers(this.permit!.form, { ...this.answers, [field.id]: candidate }, { locale: this.locale, only: [field.id] });
    if (problem) {
      this.errors = { ...this.errors, [field.id]: problem.message };
      return;
    }
    this.uploads = { ...this.uploads, [field.id]: { name: file.name, percent: 0 } };
    try {
      const upload = await this.permits.upload(file, {
        onProgress: ({ loaded, total }) => {
          this.uploads = { ...this.uploads, [field.id]: { name: file.name, percent: total ? Math.round((loaded / total) * 100) : 0 } };
        },
      });
      this.setAnswer(field, { uploadId: upload.id, name: file.name, size: upload.size, contentType: upload.contentType });
      this.checkOne(field);
      this.notice = this.strings.uploaded(file.name);
    } catch (error) {
      this.errors = { ...this.errors, [field.id]: this.reportError(error, 'upload-document') };
    } finally {
      const uploads = { ...this.uploads };
      delete uploads[field.id];
      this.uploads = uploads;
    }
  }

  /** Shows errors inline and in the summary at the top, and moves focus to the summary. */
  private showErrors(errors: readonly FormError[]): void {
    const byId = new Map(this.fields.map((f) => [f.id, f]));
    this.errors = { ...this.errors, ...Object.fromEntries(errors.map((e) => [e.path, e.message])) };
    errors.forEach((e) => this.touched.add(e.path));
    this.summary = errors.map((e) => {
      const field = byId.get(e.path);
      return { id: field ? controlId(field) : 'step-title', message: field ? `${field.label[this.locale]}: ${e.message}` : e.message };
    });
    this.focusTarget = '.summary';
  }

  private stepOf(path: string): number {
    return this.steps.findIndex((step) => step.fields.some((f) => f.id === path));
  }

  private goTo(step: number, focus = '.step-title'): void {
    this.step = step;
    this.focusTarget = focus;
    this.remember();
  }

  private handleNext = (event: Event) => {
    event.preventDefault();
    const fields = this.steps[this.step]!.fields.map((f) => f.id);
    const errors = this.validate(fields);
    if (errors.length) return this.showErrors(errors);
    this.summary = [];
    this.goTo(this.backToReview ? this.steps.length : this.step + 1);
    this.backToReview = false;
    void this.save().catch(() => undefined);
  };

  private handleChange(step: number, field: FormField): void {
    this.backToReview = true;
    this.submitError = '';
    this.goTo(step, `#${controlId(field)}`);
  }

  private handleBack = () => {
    this.backToReview = false;
    this.summary = [];
    this.submitError = '';
    this.goTo(this.step - 1);
  };

  /** A link in the error summary may point at a field on another step: go there first. */
  private handleSummaryClick = (event: Event) => {
    const link = (event.target as Element).closest('a');
    const id = link?.getAttribute('href')?.slice(1);
    const field = id && this.fields.find((f) => controlId(f) === id);
    if (!field) return;
    event.preventDefault();
    const step = this.stepOf(field.id);
    if (step !== this.step) this.goTo(step, `#${id}`);
  };

  private handleSubmit = async () => {
    if (!this.application && !this.permit) return;
    this.submitError = '';
    const errors = this.validate();
    if (errors.length) {
      this.step = this.stepOf(errors[0]!.path);
      return this.showErrors(errors);
    }
    this.submitting = true;
    try {
      await this.save(true);
      const application = await this.permits.submit(this.application!.code);
      this.application = application;
      this.justSubmitted = true;
      this.phase = 'receipt';
      this.summary = [];
      this.focusTarget = '.receipt h2';
      this.notice = '';
      storage.set(this.draftKey(application.typeId), { code: application.code, answers: {}, unsaved: [], step: 0 } satisfies StoredDraft);
      this.dispatchEvent(new LayananApplicationSubmittedEvent(application));
    } catch (error) {
      const message = this.reportError(error, 'submit-application');
      const fieldErrors = isProblemError(error) && error.status === 422 ? (error.problem.errors ?? []).filter((e) => e.path.startsWith('answers.')) : [];
      if (fieldErrors.length) {
        // The server decided with the same validator; its verdict goes onto the fields it names.
        const mapped = fieldErrors.map((e) => ({ path: e.path.slice('answers.'.length), code: 'wrong_type' as const, message: e.message }));
        const first = this.stepOf(mapped[0]!.path);
        if (first >= 0) this.step = first;
        this.showErrors(mapped);
      } else {
        this.submitError = message;
        this.focusTarget = '.submit-error';
      }
    } finally {
      this.submitting = false;
    }
  };

  private handleChoose(type: PermitTypeSummary): void {
    this.type = type.id;
    this.typeFromPicker = true;
    this.focusTarget = '.step-title';
  }

  private handleResume = (event: Event) => {
    event.preventDefault();
    const code = normalizeAccessCode(this.codeText);
    if (!code) {
      this.codeError = this.strings.invalidCode;
      this.focusTarget = '#resume-code';
      return;
    }
    this.codeError = '';
    this.fromPicker = true;
    this.code = code;
  };

  private handleAnother = () => {
    if (this.permit) storage.remove(this.draftKey(this.permit.id));
    this.code = undefined;
    if (this.typeFromPicker) this.type = undefined;
    this.opened = '';
    this.focusTarget = '.step-title, .picker h2';
    this.requestUpdate();
  };

  private handleCopy = async () => {
    const copied = await copyText(this.application!.code);
    this.notice = copied ? this.t.form.copied : '';
  };

  private handleRetry = () => {
    this.opened = '';
    this.focusTarget = '.step-title, .picker h2, .state__message';
    this.requestUpdate();
  };

  private renderPicker() {
    const s = this.strings;
    const locale = this.locale;
    const codeField = { id: 'resume-code', label: s.resumeLabel, hint: s.resumeHint, error: this.codeError };
    return html`<section class="card picker" part="base picker" aria-labelledby="picker-title">
      <h2 id="picker-title" tabindex="-1">${s.pickerTitle}</h2>
      <p class="intro">${s.pickerIntro}</p>
      ${this.types.length
        ? html`<ul class="types">
            ${this.types.map(
              (type) => html`<li class="type" part="type">
                <h3 id="type-${type.id}">${type.name[locale]}</h3>
                <p>${type.description[locale]}</p>
                <dl class="facts">
                  <div><dt>${s.fee}</dt><dd>${type.fee ? formatRupiah(type.fee) : s.free}</dd></div>
                  <div><dt>${s.serviceLevel}</dt><dd>${s.days(type.serviceLevelDays)}</dd></div>
                </dl>
                ${type.requirements.length
                  ? html`<p class="requirements-title">${s.requirements}</p>
                      <ul class="requirements">${type.requirements.map((r) => html`<li>${r[locale]}</li>`)}</ul>`
                  : nothing}
                <button class="button" type="button" @click=${() => this.handleChoose(type)}>${s.apply}<span class="visually-hidden"> ${type.name[locale]}</span></button>
              </li>`,
            )}
          </ul>`
        : renderEmpty(s.noTypes)}
      <form class="resume form" part="resume" novalidate @submit=${this.handleResume}>
        <h3>${s.resumeTitle}</h3>
        ${renderField(
          this.t,
          codeField,
          html`<input id="resume-code" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby=${describedBy(codeField)}
            aria-invalid=${this.codeError ? 'true' : 'false'} .value=${this.codeText} @input=${(e: Event) => (this.codeText = (e.target as HTMLInputElement).value)} />`,
        )}
        <div class="actions"><button class="button button--secondary" type="submit">${s.resumeButton}</button></div>
      </form>
    </section>`;
  }

  private renderField(field: FormField) {
    return html`<div class="question" data-field=${field.id} @focusout=${(event: FocusEvent) => this.handleLeave(field, event)}>
      ${renderFormField(field, {
        t: this.t,
        s: this.strings,
        locale: this.locale,
        value: this.answers[field.id],
        text: this.texts[field.id],
        error: this.errors[field.id],
        regions: this.regions,
        upload: this.uploads[field.id],
        today: this.today,
        onText: (text) => this.handleText(field, text),
        onValue: (value) => this.handleChoice(field, value),
        onFile: (file) => void this.handleFile(field, file),
      })}
    </div>`;
  }

  private renderStep(index: number) {
    const step = this.steps[index]!;
    const locale = this.locale;
    const fields = step.fields.filter((field) => isFieldVisible(this.permit!.form, field, this.answers));
    return html`<h2 class="step-title" id="step-title" part="step-title" tabindex="-1">${step.title[locale]}</h2>
      ${step.description ? html`<p class="intro">${step.description[locale]}</p>` : nothing}
      <form class="form" novalidate @submit=${this.handleNext}>
        ${fields.map((field) => this.renderField(field))}
        <div class="actions">
          <button class="button" type="submit">${this.backToReview ? this.strings.saveAndReview : this.strings.next}</button>
          ${index > 0 ? html`<button class="button button--secondary" type="button" @click=${this.handleBack}>${this.strings.back}</button>` : nothing}
        </div>
      </form>`;
  }

  private renderReview() {
    const s = this.strings;
    const locale = this.locale;
    const revision = this.application?.status === 'revision_requested';
    return html`<h2 class="step-title" id="step-title" part="step-title" tabindex="-1">${s.reviewTitle}</h2>
      <p class="intro">${s.reviewIntro}</p>
      <div class="review" part="review">
        ${this.steps.map((step, index) => {
          const fields = step.fields.filter((field) => isFieldVisible(this.permit!.form, field, this.answers));
          return html`<section class="review__step" aria-labelledby="review-${step.id}">
            <h3 id="review-${step.id}">${step.title[locale]}</h3>
            <dl class="answers">
              ${fields.map(
                (field) => html`<div class="answer">
                  <dt>${field.label[locale]}</dt>
                  <dd>${describeAnswer(field, this.answers[field.id], { s, locale, regions: this.regions })}</dd>
                  <dd class="answer__change">
                    <button class="link" type="button" @click=${() => this.handleChange(index, field)}>${s.change}<span class="visually-hidden"> ${field.label[locale]}</span></button>
                  </dd>
                </div>`,
              )}
            </dl>
          </section>`;
        })}
      </div>
      ${this.submitError ? html`<p class="submit-error error" role="alert" tabindex="-1">${this.submitError}</p>` : nothing}
      <div class="actions">
        <button class="button" type="button" ?disabled=${this.submitting} @click=${this.handleSubmit}>${this.submitting ? s.submitting : revision ? s.resubmit : s.submit}</button>
        <button class="button button--secondary" type="button" @click=${this.handleBack}>${s.back}</button>
      </div>`;
  }

  private renderForm() {
    const s = this.strings;
    const permit = this.permit!;
    const total = this.steps.length + 1;
    const review = this.step >= this.steps.length;
    const application = this.application;
    return html`<section class="card permit" part="base" aria-labelledby="permit-name">
      <p class="permit__name" id="permit-name">${permit.name[this.locale]}</p>
      <div class="progress" part="progress">
        <p>${s.stepOf(this.step + 1, total)}</p>
        <progress aria-hidden="true" max=${total} .value=${this.step + 1}></progress>
      </div>
      ${application?.status === 'revision_requested'
        ? html`<div class="revision" part="revision" role="note" aria-labelledby="revision-title">
            <p class="revision__title" id="revision-title">${s.revisionTitle}</p>
            ${application.officerNote ? html`<blockquote class="revision__note">${application.officerNote}</blockquote>` : nothing}
            <p>${s.revisionIntro}</p>
          </div>`
        : nothing}
      ${this.summary.length ? html`<div @click=${this.handleSummaryClick}>${renderErrorSummary(this.t, this.summary, this.renderRoot as ShadowRoot)}</div>` : nothing}
      ${review ? this.renderReview() : this.renderStep(this.step)}
      <div class="footer">
        <p class="save-status" part="save-status" role="status">${this.notice}</p>
        ${application ? html`<p class="code-line">${s.codeLine}: <strong class="code-inline">${application.code}</strong></p>` : nothing}
      </div>
    </section>`;
  }

  private renderReceipt() {
    const s = this.strings;
    const application = this.application!;
    const locale = this.locale;
    const resubmitted = application.timeline.filter((entry) => entry.status === 'submitted').length > 1;
    const title = !this.justSubmitted ? s.closedTitle : resubmitted ? s.resubmittedTitle : s.receiptTitle;
    return html`<section class="card receipt" part="base receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabindex="-1">${title}</h2>
      <p class="permit__name">${application.typeName[locale]}</p>
      <p class="receipt__label">${s.receiptCode}</p>
      <div class="receipt__code">
        <p class="code" part="code">${application.code}</p>
        <button class="button button--secondary" type="button" @click=${this.handleCopy}>${this.t.form.copy}<span class="visually-hidden"> ${application.code}</span></button>
      </div>
      ${this.justSubmitted ? nothing : html`<p>${s.closedIntro(this.localize('application-status', applicationStatusNames)[application.status])}</p>`}
      <h3>${s.nextTitle}</h3>
      <ul class="next">
        <li>${s.nextReview}</li>
        ${application.decisionDue ? html`<li>${s.nextDecision(formatDate(application.decisionDue, locale))}</li>` : nothing}
        <li>${s.nextKeepCode}</li>
      </ul>
      <p class="save-status" role="status">${this.notice}</p>
      <div class="actions"><button class="button button--secondary" type="button" @click=${this.handleAnother}>${s.another}</button></div>
    </section>`;
  }

  override render(): TemplateResult {
    switch (this.phase) {
      case 'picker':
        return this.renderPicker();
      case 'form':
        return this.renderForm();
      case 'receipt':
        return this.renderReceipt();
      case 'error':
        return renderError(this.t, this.errorText, this.handleRetry);
      default:
        return renderLoading(this.t, 6);
    }
  }
}

defineElement('layanan-permit-form', LayananPermitForm);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-permit-form': LayananPermitForm;
  }
}
