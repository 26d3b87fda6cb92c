import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formMessages, isFinalTicket, type IssueTicketRequest, QUEUE_TICKET_LIMITS, type QueueService, type QueueTicket } from '@layanan/contract';
import { isProblemError, QueueResource } from '@layanan/sdk';
import { LayananTicketCalledEvent, LayananTicketCancelledEvent, LayananTicketIssuedEvent, LayananTicketUpdatedEvent } from '../events/layanan-ticket.js';
import { FocusController } from '../internal/focus.js';
import { describedBy, renderErrorSummary, renderField, type SummaryError } from '../internal/field.js';
import type { IdentityInput } from '../internal/identity-input.js';
import { identityInputStrings } from '../internal/identity-input.strings.js';
import { formatDate, formatMoment } from '../internal/format.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { afterPress } from '../internal/press.js';
import { renderQr } from '../internal/qr.js';
import { renderError, renderLoading } from '../internal/states.js';
import { Announcer } from '../internal/announcer.js';
import { DeviceDraft } from '../internal/device-draft.js';
import { SubmitOnce } from '../internal/submit-once.js';
import { formStyles } from '../styles/form.js';
import { cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import '../nik-input/nik-input.js';
import '../phone-input/phone-input.js';
import { queueTicketStrings } from './queue-ticket.strings.js';
import { queueTicketStyles } from './queue-ticket.styles.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { LayananTicketCalledEvent, LayananTicketCancelledEvent, LayananTicketIssuedEvent, LayananTicketUpdatedEvent } from '../events/layanan-ticket.js';

type Phase = 'loading' | 'error' | 'form' | 'ticket';
type FieldName = 'serviceId' | 'visitDate' | 'name' | 'phone' | 'nik';

/** People ahead at which the live region speaks up, besides every status change. */
const ANNOUNCE_AHEAD = new Set([20, 10, 5, 3, 2, 1, 0]);

/**
 * @tagname layanan-queue-ticket
 * @summary Take a queue number for an office service from home, then follow it live: people ahead,
 * the expected call time, a reminder when the turn is near, the QR code to show at the counter.
 * After a reload the ticket comes back (only its code is kept on the device).
 *
 * @event layanan-ticket-issued - A number was taken. `detail.ticket` is the contract's `QueueTicket`.
 * @event layanan-ticket-updated - The ticket changed (place, estimate, status), or a saved ticket came back.
 * @event layanan-ticket-called - A counter called the number.
 * @event layanan-ticket-cancelled - The citizen cancelled the number.
 * @event layanan-error - Loading, taking a number, cancelling or following failed; the widget shows it. `detail: { error, message, operation }`.
 *
 * @csspart base - The card around everything.
 * @csspart form - The form to take a number.
 * @csspart service-info - Office, today's queue and pace of the chosen service.
 * @csspart ticket - The ticket.
 * @csspart number - The big queue number (a heading).
 * @csspart status - The ticket's status badge.
 * @csspart qr - The QR code of the check-in payload.
 * @csspart reminder - The "remind me" controls.
 * @csspart alert - The in-page reminder when system notifications are not allowed.
 * @csspart announcer - The visually hidden live region that says the ticket's changes.
 */
export class LayananQueueTicket extends LayananElement {
  static override styles = [tokens, cardStyles, stateStyles, formStyles, queueTicketStyles];

  /** Taking a number: a retry, a double click or a reload with the same details cannot take a second one. */
  private readonly issue = new SubmitOnce<IssueTicketRequest, QueueTicket>(this, {
    widget: 'queue-ticket',
    id: () => (this.service ? `ticket:${this.service}` : 'ticket'),
    apiBase: () => this.resolvedApiBase,
    send: (request, { key }) => this.queue.issueTicket(request, { idempotencyKey: key }),
  });
  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  /** The ticket's code, the only thing kept of it: one ticket per API and fixed service. */
  private readonly keptCode = new DeviceDraft<string>(this, {
    widget: 'queue-ticket',
    id: () => `code:${this.service ?? ''}`,
    apiBase: () => this.resolvedApiBase,
    version: 1,
    legacy: { key: () => `queue-ticket:${this.resolvedApiBase ?? ''}:${this.service ?? ''}`, read: (code) => (typeof code === 'string' ? code : undefined) },
  });
  /** The reminder's point (people ahead) the citizen turned on for the shown ticket. */
  private readonly keptReminder = new DeviceDraft<number>(this, {
    widget: 'queue-ticket',
    id: () => `reminder:${this.ticket?.code}`,
    apiBase: () => this.resolvedApiBase,
    version: 1,
    legacy: { key: () => `queue-reminder:${this.ticket?.code}`, read: (at) => (typeof at === 'number' ? at : undefined) },
  });

  private get phoneInput() {
    return this.renderRoot.querySelector<IdentityInput>('layanan-phone-input');
  }
  private get nikInput() {
    return this.renderRoot.querySelector<IdentityInput>('layanan-nik-input');
  }
  private get confirmDialog() {
    return this.renderRoot.querySelector('dialog');
  }

  @state() private phase: Phase = 'loading';
  @state() private errorText = '';
  @state() private services: QueueService[] = [];
  @state() private ticket?: QueueTicket;
  @state() private serviceId = '';
  @state() private visitDate = '';
  @state() private name = '';
  @state() private fieldErrors: Partial<Record<FieldName, string>> = {};
  @state() private summary: SummaryError[] = [];
  @state() private formError = '';
  @state() private suggestedDate = '';
  @state() private notice = '';
  @state() private submitting = false;
  @state() private busy = false;
  @state() private watchError = '';
  @state() private alertText = '';
  @state() private remindAt = 3;
  @state() private reminder: 'off' | 'system' | 'page' = 'off';
  @state() private offline = false;

  /** Fixes the service (its id, e.g. `ktp-el`); without it the citizen chooses. */
  @property() service?: string;

  /** Heading level of the widget's headings, to fit the page's outline (2–6). Default `2`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private loadedFor = '';
  private abort?: AbortController;
  private watching?: AbortController;
  private reminded = false;

  private get s() {
    return this.localize('queue-ticket', queueTicketStrings);
  }

  private get queue(): QueueResource {
    return new QueueResource(this.transportFor(this.resolvedApiBase, this.locale));
  }

  private get chosenService(): QueueService | undefined {
    return this.services.find((s) => s.id === this.serviceId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offline = !navigator.onLine;
    addEventListener('online', this.handleConnection);
    addEventListener('offline', this.handleConnection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.handleConnection);
    removeEventListener('offline', this.handleConnection);
    this.abort?.abort();
    this.watching?.abort();
    this.loadedFor = '';
  }

  protected override willUpdate(): void {
    const key = `${this.resolvedApiBase}\n${this.locale}\n${this.service}`;
    if (key !== this.loadedFor && this.isConnected) {
      this.loadedFor = key;
      void this.start();
    }
  }

  /** Brings back the saved ticket, or loads the services for the form. */
  private async start(): Promise<void> {
    const signal = this.nextLoad();
    this.phase = 'loading';
    try {
      const code = this.keptCode.read();
      if (code) {
        try {
          const ticket = await this.queue.getTicket(code, { signal });
          if (signal.aborted) return;
          this.reminder = 'off';
          this.showTicket(ticket);
          this.dispatchEvent(new LayananTicketUpdatedEvent(ticket));
          return;
        } catch (error) {
          if (!(isProblemError(error) && error.status === 404)) throw error;
          this.keptCode.clear();
          this.notice = this.s.ticketGone;
        }
      }
      await this.loadServices(signal);
    } catch (error) {
      if (signal.aborted) return;
      this.errorText = this.reportError(error, 'load-queue');
      this.phase = 'error';
    }
  }

  /** A signal for the next load: aborted when another load starts or the element leaves, so a late answer is dropped. */
  private nextLoad(): AbortSignal {
    this.abort?.abort();
    this.abort = new AbortController();
    return this.abort.signal;
  }

  private async loadServices(signal: AbortSignal): Promise<void> {
    const services = await this.queue.listServices({ signal });
    if (signal.aborted) return;
    this.services = services;
    if (this.service && !services.some((s) => s.id === this.service)) {
      this.errorText = this.s.unknownService(this.service);
      this.phase = 'error';
      return;
    }
    if (!services.some((s) => s.id === this.serviceId)) this.serviceId = this.service ?? (services.length === 1 ? services[0]!.id : '');
    this.pickFirstDate();
    this.phase = 'form';
  }

  /** Keeps the chosen date if it still has room, else takes the first day that does. */
  private pickFirstDate(): void {
    const days = this.chosenService?.days ?? [];
    if (days.some((d) => d.date === this.visitDate && d.open && d.remaining > 0)) return;
    this.visitDate = days.find((d) => d.open && d.remaining > 0)?.date ?? '';
  }

  private showTicket(ticket: QueueTicket): void {
    this.ticket = ticket;
    this.phase = 'ticket';
    this.reminded = false;
    this.watchError = '';
    // A reminder the citizen turned on before a reload stays on.
    const remindAt = this.keptReminder.read();
    if (remindAt !== undefined) {
      this.remindAt = remindAt;
      this.reminder = this.permission() === 'granted' ? 'system' : 'page';
    }
    void this.watch(ticket.code);
  }

  /** Follows the ticket until it is final or the widget goes away (SSE, else polling; the SDK decides). */
  private async watch(code: string): Promise<void> {
    this.watching?.abort();
    const watching = (this.watching = new AbortController());
    try {
      for await (const ticket of this.queue.watchTicket(code, { signal: watching.signal })) {
        this.applyUpdate(ticket);
      }
    } catch (error) {
      if (watching.signal.aborted) return;
      this.watchError = this.reportError(error, 'watch-ticket');
    }
  }

  private applyUpdate(ticket: QueueTicket): void {
    const before = this.ticket;
    this.ticket = ticket;
    this.watchError = '';
    if (!before || JSON.stringify(before) === JSON.stringify(ticket)) return;
    const s = this.s;
    this.dispatchEvent(new LayananTicketUpdatedEvent(ticket));
    if (before.status !== ticket.status) {
      this.announcer.announce(`${ticket.number}: ${s.status[ticket.status]}. ${this.statusSentence(ticket)}`);
      if (ticket.status === 'called') {
        this.dispatchEvent(new LayananTicketCalledEvent(ticket));
        if (this.reminder !== 'off') this.remind(s.remindTitle(ticket.number), s.remindCalled(ticket.number, ticket.counter ?? ''));
      }
    } else if (ticket.peopleAhead !== null && ticket.peopleAhead !== before.peopleAhead && ANNOUNCE_AHEAD.has(ticket.peopleAhead)) {
      this.announcer.announce(s.ahead(ticket.peopleAhead));
    }
    if (this.reminder !== 'off' && !this.reminded && ticket.status === 'waiting' && ticket.peopleAhead !== null && ticket.peopleAhead <= this.remindAt) {
      this.reminded = true;
      this.remind(s.remindTitle(ticket.number), s.remindBody(ticket.peopleAhead));
    }
  }

  private permission(): NotificationPermission {
    return 'Notification' in window ? Notification.permission : 'denied';
  }

  /** A system notification when allowed; otherwise an alert on the page, and a buzz where phones can. */
  private remind(title: string, body: string): void {
    if (this.reminder === 'system' && this.permission() === 'granted') {
      new Notification(title, { body, tag: this.ticket?.code ?? 'layanan-queue', lang: this.locale });
    } else {
      this.alertText = `${title}. ${body}`;
    }
    navigator.vibrate?.([300, 150, 300]);
  }

  private statusSentence(ticket: QueueTicket): string {
    const s = this.s;
    switch (ticket.status) {
      case 'waiting':
        return [ticket.peopleAhead === null ? '' : s.ahead(ticket.peopleAhead), ticket.estimatedCall ? s.estimate(this.time(ticket.estimatedCall.from), this.time(ticket.estimatedCall.to)) : '']
          .filter(Boolean)
          .join(' ');
      case 'called':
        return s.called(ticket.counter ?? '', ticket.checkInBy ? this.time(ticket.checkInBy) : '');
      case 'serving':
        return s.serving(ticket.counter ?? '');
      case 'done':
        return s.done;
      case 'cancelled':
        return s.cancelled;
      case 'no_show':
        return ticket.canRejoin && ticket.rejoinUntil ? `${s.noShow} ${s.rejoinUntil(this.time(ticket.rejoinUntil))}` : s.noShow;
      case 'expired':
        return s.expired;
    }
  }

  /** `10.15` in WIB; the strings add the zone where a sentence needs it. */
  private time(iso: string): string {
    return formatMoment(iso, this.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, false);
  }

  private date(isoDate: string, withYear = true): string {
    return formatDate(isoDate, this.locale, { weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
  }

  // The SDK keeps trying by itself; the citizen should know the numbers may be old meanwhile.
  private handleConnection = (event: Event) => {
    this.offline = event.type === 'offline';
  };

  private handleRetry = () => {
    this.loadedFor = '';
    this.requestUpdate();
  };

  private handleServiceChange = (event: Event) => {
    this.serviceId = (event.target as HTMLSelectElement).value;
    this.fieldErrors = { ...this.fieldErrors, serviceId: undefined };
    this.suggestedDate = '';
    this.pickFirstDate();
  };

  private handleDateChange = (event: Event) => {
    this.visitDate = (event.target as HTMLInputElement).value;
    this.fieldErrors = { ...this.fieldErrors, visitDate: undefined };
  };

  private handleNameInput = (event: Event) => {
    this.name = (event.target as HTMLInputElement).value;
  };

  private handleNameBlur = () => afterPress(() => (this.fieldErrors = { ...this.fieldErrors, name: this.nameError() }));

  // The identity inputs show their own errors; no browser bubble on top of them.
  private handleInvalid = (event: Event) => event.preventDefault();

  private nameError(): string | undefined {
    // The contract's limits (IssueTicketRequest) in its form validator's words.
    const { min, max } = QUEUE_TICKET_LIMITS.name;
    const name = this.name.trim();
    const code = !name ? 'required' : name.length < min ? 'too_short' : name.length > max ? 'too_long' : undefined;
    return code && formMessages[code][this.locale].replace('{n}', String(code === 'too_short' ? min : max));
  }

  /** Checks the whole form here first, so the citizen hears every problem at once and nothing is sent. */
  private validate(): Partial<Record<FieldName, string>> {
    const required = formMessages.required[this.locale];
    const errors: Partial<Record<FieldName, string>> = {};
    if (!this.chosenService) errors.serviceId = required;
    else if (!this.visitDate) errors.visitDate = required;
    errors.name = this.nameError();
    for (const [field, input] of [['phone', this.phoneInput], ['nik', this.nikInput]] as const) {
      if (input && !input.checkValidity()) {
        input.reportValidity();
        errors[field] = input.validationMessage;
      }
    }
    return errors;
  }

  private showErrors(errors: Partial<Record<FieldName, string>>): boolean {
    const ids: Record<FieldName, string> = { serviceId: 'service', visitDate: 'date-0', name: 'name', phone: 'phone', nik: 'nik' };
    this.fieldErrors = errors;
    this.summary = (Object.keys(ids) as FieldName[]).filter((f) => errors[f]).map((f) => ({ id: ids[f], message: `${this.fieldLabel(f)}: ${errors[f]}` }));
    if (this.summary.length) this.focusing.after('.summary');
    return this.summary.length > 0;
  }

  private fieldLabel(field: FieldName): string {
    const s = this.s;
    // The identity inputs' own labels, so the summary names a field as its label does.
    const { labels } = this.localize('identity-input', identityInputStrings);
    return { serviceId: s.service, visitDate: s.visitDate, name: s.name, phone: labels.phone, nik: labels.nik }[field];
  }

  private handleSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.submitting) return;
    this.formError = '';
    this.suggestedDate = '';
    this.notice = '';
    if (this.showErrors(this.validate())) return;

    const service = this.chosenService!;
    const nik = this.nikInput?.value;
    const request: IssueTicketRequest = { serviceId: service.id, visitDate: this.visitDate, name: this.name.trim(), phone: this.phoneInput!.value, ...(service.nikRequired && nik ? { nik } : {}) };
    this.submitting = true;
    try {
      const ticket = await this.issue.submit(request);
      this.keptCode.write(ticket.code);
      this.reminder = 'off';
      this.showTicket(ticket);
      this.dispatchEvent(new LayananTicketIssuedEvent(ticket));
      this.focusing.after('.number');
    } catch (error) {
      this.handleIssueError(error);
    } finally {
      this.submitting = false;
    }
  };

  private handleIssueError(error: unknown): void {
    const message = this.reportError(error, 'issue-ticket');
    if (isProblemError(error) && error.status === 422 && error.problem.errors?.length) {
      const known: FieldName[] = ['serviceId', 'visitDate', 'name', 'phone', 'nik'];
      const errors: Partial<Record<FieldName, string>> = {};
      for (const { path, message: text } of error.problem.errors) if (known.includes(path as FieldName)) errors[path as FieldName] = text;
      if (this.showErrors(errors)) return;
    }
    this.formError = message;
    if (isProblemError(error) && error.type === 'queue-quota-full') {
      const next = error.problem['nextAvailableDate'];
      if (typeof next === 'string' && this.chosenService?.days.some((d) => d.date === next)) this.suggestedDate = next;
      // The quota moved under the citizen's feet: show the days as they are now.
      void this.loadServices(this.nextLoad()).catch(() => undefined);
    }
    this.focusing.after('.form-error');
  }

  private handleSuggestedDate = () => {
    this.visitDate = this.suggestedDate;
    this.suggestedDate = '';
    this.formError = '';
    this.focusing.after(`input[value="${this.visitDate}"]`);
  };

  private handleRemindAtChange = (event: Event) => {
    const value = Number((event.target as HTMLSelectElement).value);
    this.remindAt = value;
    this.reminded = false;
    if (this.reminder !== 'off' && this.ticket) this.keptReminder.write(value);
  };

  private handleReminderToggle = async () => {
    const ticket = this.ticket!;
    if (this.reminder !== 'off') {
      this.reminder = 'off';
      this.keptReminder.clear();
      return;
    }
    let permission = this.permission();
    if (permission === 'default') permission = await Notification.requestPermission().catch(() => 'denied' as const);
    this.reminder = permission === 'granted' ? 'system' : 'page';
    this.reminded = false;
    this.keptReminder.write(this.remindAt);
    // Already at or past the chosen point: say so now rather than never.
    if (!this.reminded && ticket.peopleAhead !== null && ticket.peopleAhead <= this.remindAt) {
      this.reminded = true;
      this.remind(this.s.remindTitle(ticket.number), this.s.remindBody(ticket.peopleAhead));
    }
  };

  private handleCancelAsk = () => this.confirmDialog?.showModal();

  private handleCancelConfirm = async () => {
    this.confirmDialog?.close();
    await this.act('cancel-ticket', async (queue, code) => {
      const ticket = await queue.cancelTicket(code);
      this.watching?.abort();
      this.applyUpdate(ticket);
      this.dispatchEvent(new LayananTicketCancelledEvent(ticket));
    });
  };

  private handleRejoin = () =>
    this.act('rejoin-ticket', async (queue, code) => {
      this.showTicket(await queue.rejoin(code));
    });

  /** A button's call on the ticket: one at a time, errors shown in the ticket. */
  private async act(operation: string, run: (queue: QueueResource, code: string) => Promise<void>): Promise<void> {
    if (this.busy || !this.ticket) return;
    this.busy = true;
    this.watchError = '';
    try {
      await run(this.queue, this.ticket.code);
      this.focusing.after('.number');
    } catch (error) {
      this.watchError = this.reportError(error, operation);
    } finally {
      this.busy = false;
    }
  }

  private handlePrint = () => window.print();

  private handleNewTicket = async () => {
    this.watching?.abort();
    if (this.ticket) this.keptReminder.clear();
    this.keptCode.clear();
    this.ticket = undefined;
    this.alertText = '';
    this.announcer.clear();
    this.phase = 'loading';
    this.focusing.after('.heading');
    const signal = this.nextLoad();
    try {
      await this.loadServices(signal);
    } catch (error) {
      if (signal.aborted) return;
      this.errorText = this.reportError(error, 'load-queue');
      this.phase = 'error';
    }
  };

  private heading(text: string, className: string, part?: string) {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    return html`<div class=${className} part=${part ?? nothing} role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
  }

  private renderServiceInfo(service: QueueService) {
    const s = this.s;
    return html`<div class="service-info" part="service-info">
      <p class="service-info__office"><strong>${service.office.name}</strong><br />${service.office.address}</p>
      <p>${service.description}</p>
      <p class="service-info__today">
        <span>${service.nowServing ? s.nowServing(service.nowServing) : s.nobodyServed}</span>
        <span>${s.waitingToday(service.waiting)}</span>
        <span>${s.minutesEach(service.averageServiceMinutes)}</span>
      </p>
    </div>`;
  }

  private renderDays(service: QueueService) {
    const s = this.s;
    const error = this.fieldErrors.visitDate;
    const days = service.days;
    if (!days.some((d) => d.open && d.remaining > 0)) return html`<p class="notice">${s.noDays}</p>`;
    return html`<fieldset aria-describedby=${error ? 'date-error' : nothing}>
      <legend>${s.visitDate}</legend>
      ${error ? html`<p class="error" id="date-error">${error}</p>` : nothing}
      <div class="days">
        ${days.map((day, i) => {
          const available = day.open && day.remaining > 0;
          const note = !day.open ? s.closed : day.remaining === 0 ? s.full : s.remaining(day.remaining);
          return html`<label class="choice ${available ? '' : 'choice--off'}">
            <input type="radio" name="visit-date" id="date-${i}" .value=${day.date} value=${day.date} .checked=${day.date === this.visitDate} ?disabled=${!available} @change=${this.handleDateChange} />
            <span>${this.date(day.date, false)} <span class="counter">· ${note}</span></span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderForm() {
    const s = this.s;
    const t = this.t;
    const service = this.chosenService;
    const nameField = { id: 'name', label: s.name, hint: s.nameHint, error: this.fieldErrors.name };
    return html`<form class="form" part="form" novalidate @submit=${this.handleSubmit} @invalid=${this.handleInvalid} aria-busy=${this.submitting ? 'true' : 'false'}>
      ${this.heading(s.heading, 'heading')}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.summary.length ? renderErrorSummary(t, this.summary, this.renderRoot as ShadowRoot) : nothing}
      ${this.services.length === 0
        ? html`<p class="notice">${s.noServices}</p>`
        : html`
            ${this.service
              ? nothing
              : renderField(
                  t,
                  { id: 'service', label: s.service, error: this.fieldErrors.serviceId },
                  html`<select id="service" aria-describedby=${describedBy({ id: 'service', error: this.fieldErrors.serviceId })} aria-invalid=${this.fieldErrors.serviceId ? 'true' : 'false'} @change=${this.handleServiceChange}>
                    <option value="" ?selected=${!this.serviceId}>${s.chooseService}</option>
                    ${this.services.map((x) => html`<option value=${x.id} ?selected=${x.id === this.serviceId}>${x.name}</option>`)}
                  </select>`,
                )}
            ${service
              ? html`${this.service ? html`<p class="service-name">${service.name}</p>` : nothing} ${this.renderServiceInfo(service)} ${this.renderDays(service)}
                  ${renderField(
                    t,
                    nameField,
                    html`<input id="name" name="name" autocomplete="name" .value=${this.name} maxlength=${QUEUE_TICKET_LIMITS.name.max} aria-describedby=${describedBy(nameField)} aria-invalid=${nameField.error ? 'true' : 'false'} @input=${this.handleNameInput} @blur=${this.handleNameBlur} />`,
                  )}
                  <layanan-phone-input id="phone" name="phone" required help=${s.phoneHint} lang=${this.locale}></layanan-phone-input>
                  ${service.nikRequired ? html`<layanan-nik-input id="nik" name="nik" required help=${s.nikHint} lang=${this.locale}></layanan-nik-input>` : nothing}`
              : nothing}
            ${this.formError
              ? html`<div class="form-error" role="alert" tabindex="-1">
                  <p>${this.formError}</p>
                  ${this.suggestedDate ? html`<button class="button button--secondary" type="button" @click=${this.handleSuggestedDate}>${s.pickDate(this.date(this.suggestedDate, false))}</button>` : nothing}
                </div>`
              : nothing}
            <div class="actions">
              <button class="button" type="submit" ?disabled=${this.submitting}>${this.submitting ? s.submitting : s.submit}</button>
            </div>
          `}
    </form>`;
  }

  private renderReminder(ticket: QueueTicket) {
    const s = this.s;
    const on = this.reminder !== 'off';
    return html`<fieldset class="reminder" part="reminder">
      <legend>${s.remind}</legend>
      <label class="reminder__row" for="remind-at">${s.remindWhen}</label>
      <div class="actions">
        <select id="remind-at" class="reminder__count" @change=${this.handleRemindAtChange}>
          ${[1, 2, 3, 5, 10, 15].map((n) => html`<option value=${n} ?selected=${n === this.remindAt}>${n}</option>`)}
        </select>
        <button class="button button--secondary" type="button" aria-pressed=${on ? 'true' : 'false'} @click=${this.handleReminderToggle}>${on ? s.remindOff : s.remindOn}</button>
      </div>
      ${on ? html`<p class="hint">${s.remindActive(this.remindAt)}${this.reminder === 'page' ? html` ${s.remindInPage}` : nothing}</p>` : nothing}
    </fieldset>`;
  }

  private renderTicket(ticket: QueueTicket) {
    const s = this.s;
    const t = this.t;
    const final = isFinalTicket(ticket);
    const live = ticket.status === 'waiting' || ticket.status === 'called';
    return html`<article class="ticket ticket--${ticket.status}" part="ticket" aria-labelledby="ticket-label">
      <p class="eyebrow" id="ticket-label">${s.yourNumber}</p>
      ${this.heading(ticket.number, 'number', 'number')}
      <p class="badge" part="status">${s.status[ticket.status]}</p>
      <p class="ticket__service"><strong>${ticket.serviceName}</strong> · ${ticket.office}</p>
      <p>${s.visitOn(this.date(ticket.visitDate))}</p>
      <p class="ticket__state">${this.statusSentence(ticket)}</p>
      ${this.alertText ? html`<div class="alert" part="alert" role="alert">${this.alertText}</div>` : nothing}
      ${final ? nothing : html`<figure class="qr-box">${renderQr(ticket.checkInPayload, s.qrLabel(ticket.number))}<figcaption>${s.qrHint}</figcaption></figure>`}
      <p class="holder">${s.holder(ticket.holder.name, ticket.holder.phone)}</p>
      ${ticket.status === 'waiting' ? this.renderReminder(ticket) : nothing}
      ${this.watchError ? html`<p class="error" role="alert">${this.watchError}</p>` : nothing}
      <div class="actions no-print">
        ${ticket.canRejoin ? html`<button class="button" type="button" ?disabled=${this.busy} @click=${this.handleRejoin}>${s.rejoin}</button>` : nothing}
        ${final ? nothing : html`<button class="button button--secondary" type="button" @click=${this.handlePrint}>${t.form.print}</button>`}
        ${ticket.canCancel ? html`<button class="button button--secondary" type="button" ?disabled=${this.busy} @click=${this.handleCancelAsk}>${s.cancel}</button>` : nothing}
        ${final || ticket.status === 'no_show'
          ? html`<button class="button ${ticket.canRejoin ? 'button--secondary' : ''}" type="button" @click=${this.handleNewTicket}>${s.newTicket}</button>`
          : nothing}
      </div>
      ${live ? html`<p class="updated">${this.offline ? html`<strong>${s.offline}</strong> ` : nothing}${s.updatedAt(this.time(ticket.updatedAt))}</p>` : nothing}
      <dialog aria-labelledby="confirm-text">
        <p id="confirm-text">${s.confirmCancel(ticket.number)}</p>
        <div class="actions">
          <button class="button button--secondary" type="button" autofocus @click=${() => this.confirmDialog?.close()}>${s.confirmNo}</button>
          <button class="button button--danger" type="button" @click=${this.handleCancelConfirm}>${s.confirmYes}</button>
        </div>
      </dialog>
    </article>`;
  }

  override render(): TemplateResult {
    const body =
      this.phase === 'error'
        ? renderError(this.t, this.errorText, this.handleRetry)
        : this.phase === 'form'
          ? this.renderForm()
          : this.phase === 'ticket' && this.ticket
            ? this.renderTicket(this.ticket)
            : renderLoading(this.t);
    return html`<section class="card" part="base" aria-label=${this.s.label}>
      ${body}
      ${this.announcer.render()}
    </section>`;
  }
}

defineElement('layanan-queue-ticket', LayananQueueTicket);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-queue-ticket': LayananQueueTicket;
  }
}
