import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type CreatePaymentRequest, formatNop, formatRupiah, normalizeBillingCode, type Payment, type TaxBill, type TaxBillQuote, type TaxType } from '@layanan/contract';
import { isProblemError, TaxesResource } from '@layanan/sdk';
import { LayananPaymentCompletedEvent } from '../events/layanan-payment-completed.js';
import { LayananPaymentCreatedEvent } from '../events/layanan-payment-created.js';
import { LayananPaymentExpiredEvent } from '../events/layanan-payment-expired.js';
import { copyText, describedBy, renderField } from '../internal/field.js';
import { formatDate, formatMoment } from '../internal/format.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { renderQr } from '../internal/qr.js';
import { renderEmpty, renderError, renderLoading } from '../internal/states.js';
import { Announcer } from '../internal/announcer.js';
import { DeviceDraft } from '../internal/device-draft.js';
import { FocusController } from '../internal/focus.js';
import { WatchController } from '../internal/watch.js';
import { endsIntent, SubmitOnce } from '../internal/submit-once.js';
import { formStyles } from '../styles/form.js';
import { cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import type { LayananNopInput } from '../nop-input/nop-input.js';
import '../nop-input/nop-input.js';
import { taxPaymentStrings } from './tax-payment.strings.js';
import { taxPaymentStyles } from './tax-payment.styles.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { LayananPaymentCompletedEvent } from '../events/layanan-payment-completed.js';
export type { LayananPaymentCreatedEvent } from '../events/layanan-payment-created.js';
export type { LayananPaymentExpiredEvent } from '../events/layanan-payment-expired.js';

/** The tax asked for when the page fixes none: the one every household pays. */
const DEFAULT_TAX_TYPE = 'pbb-p2';
/** Minutes left at which the countdown is spoken; every second is only shown. */
const SPOKEN_MINUTES = [10, 5, 1, 0];

/**
 * The payment this device follows: what it was for (kept with the intent, before the request
 * leaves), then the payment's code once known, and the server's clock offset for the countdown.
 * The request's key and body are `SubmitOnce`'s.
 */
interface PaymentMemory {
  /** The NOP or billing code and its tax type, to look the bills up again when the server refuses a stale quote. */
  objectNumber: string;
  taxTypeId?: string;
  code?: string;
  /** Server clock minus this device's clock, in ms. */
  offset?: number;
  /** `layanan-payment-completed`/`-expired` has been fired for it. */
  ended?: boolean;
}

type Step = { kind: 'find' } | { kind: 'bills'; quote: TaxBillQuote } | { kind: 'payment'; payment: Payment };

const isStaleQuote = (error: unknown) =>
  isProblemError(error) && (error.type === 'tax-quote-expired' || error.type === 'tax-bill-unavailable' || (error.problem.errors ?? []).some((e) => e.path === 'quoteId'));

/**
 * @tagname layanan-tax-payment
 * @summary Regional tax end to end: the citizen enters the NOP (PBB-P2) or a billing code (BPHTB,
 * levies), sees each year's or month's bill with its penalty, picks what to pay, pays by QRIS or a bank virtual account, and keeps a
 * printable receipt with a verification QR. A double click, a lost answer or a reload never
 * creates a second payment: a pending payment comes back after a reload.
 *
 * @event layanan-payment-created - A payment is ready to be paid. `detail.payment` is the contract's `Payment`.
 * @event layanan-payment-completed - Paid; the receipt is shown. `detail.payment.receipt` has its number and verification code.
 * @event layanan-payment-expired - The payment ended unpaid (`detail.payment.status`: `expired` or `failed`).
 * @event layanan-error - A call failed; the widget shows the error with a retry. `detail: { error, message, operation }`.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The heading of the current step.
 * @csspart tax-types - The choice of tax, when the page does not fix it with `tax-type`.
 * @csspart billing-code - The billing code box (BPHTB and levies, in place of the NOP).
 * @csspart nop-input - The `<layanan-nop-input>` (its own parts are reachable through `exportparts` if needed).
 * @csspart bills - The list of bills.
 * @csspart bill - One year's bill.
 * @csspart total - The total of the chosen bills.
 * @csspart pay-button - The button that creates the payment.
 * @csspart qr - A QR code (QRIS, or the receipt's verification code).
 * @csspart virtual-account - The virtual account number.
 * @csspart copy-button - Copies it.
 * @csspart countdown - Time left to pay.
 * @csspart receipt - The printable receipt.
 * @csspart print-button - Prints it.
 * @csspart ended - The payment ended unpaid (expired or refused), with a way to start again.
 * @csspart announcer - The visually hidden live region that tells screen readers what changed.
 */
export class LayananTaxPayment extends LayananElement {
  static override styles = [tokens, cardStyles, stateStyles, formStyles, taxPaymentStyles];

  private readonly payment = new SubmitOnce<CreatePaymentRequest, { payment: Payment; offset: number }>(this, {
    widget: 'tax-payment',
    id: () => 'payment',
    apiBase: () => this.resolvedApiBase,
    send: async (request, { key, firstSentAt }) => {
      const payment = await this.taxes().pay(request, { idempotencyKey: key });
      // A replay (after a reload) answers with the first creation time: measure from the first send.
      return { payment, offset: Date.parse(payment.createdAt) - firstSentAt };
    },
  });

  /** The payment this device follows (SubmitOnce's intent has the key `payment`, so this one is `payment-memory`). */
  private readonly memory = new DeviceDraft<PaymentMemory>(this, {
    widget: 'tax-payment',
    id: () => 'payment-memory',
    apiBase: () => this.resolvedApiBase,
    version: 1,
    legacy: { key: () => `tax-payment:${this.resolvedApiBase ?? ''}`, read: (kept) => ((kept as PaymentMemory | null)?.objectNumber ? (kept as PaymentMemory) : undefined) },
  });

  /** Follows a pending payment until it ends; the SDK rides out a lost connection. */
  private readonly watcher = new WatchController<Payment>(this, {
    onValue: (payment) => {
      this.step = { kind: 'payment', payment };
      if (payment.status !== 'pending') {
        this.focusHeading();
        this.end(payment);
      }
    },
    onError: (error) => {
      if (isProblemError(error) && error.status === 404) {
        this.remember();
        this.step = { kind: 'find' };
        this.fail(error, 'watch-payment');
      } else if (this.step.kind === 'payment') this.fail(error, 'watch-payment', this.watch.bind(this, this.step.payment.code));
    },
  });
  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);

  @state() private step: Step = { kind: 'find' };
  @state() private busy: '' | 'find' | 'pay' | 'resume' = '';
  @state() private errorText = '';
  @state() private choiceError = '';
  @state() private bankError = '';
  @state() private note = '';
  @state() private selected = new Set<string>();
  @state() private method: 'qris' | 'virtual_account' = 'qris';
  @state() private bankId = '';
  @state() private year = '';
  @state() private nopError = '';
  @state() private types: TaxType[] = [];
  /** The first load of the types failed: the choice's placeholder gives way to the NOP form alone. */
  @state() private typesFailed = false;
  @state() private chosenTypeId = DEFAULT_TAX_TYPE;
  @state() private billingCode = '';
  @state() private billingError = '';
  @state() private reconnecting = false;
  /** The payment failed while the device was offline: it never left, and goes when the connection returns. */
  @state() private unsent = false;
  @state() private clock = Date.now();
  private intent?: PaymentMemory;
  private retry?: () => void;
  private ticker?: ReturnType<typeof setInterval>;
  private spoken = Infinity;
  private qrCache = new Map<string, unknown>();

  /** A NOP to start with (any punctuation), e.g. from the agency's own records. */
  @property() nop = '';

  /**
   * Fixes the tax: `pbb-p2` (found by NOP), or a type found by billing code (`bphtb`,
   * `retribusi-sampah` …; see `GET /v1/taxes/types`). Without it the citizen chooses.
   */
  @property({ attribute: 'tax-type' }) taxType?: string;

  /** Milliseconds between checks of a pending payment's status. Default `3000`. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 3000;

  private get s() {
    return this.localize('tax-payment', taxPaymentStrings);
  }

  /** The chosen tax type, once the types are known. */
  private get type(): TaxType | undefined {
    return this.types.find((t) => t.id === this.chosenTypeId);
  }

  /** How the chosen tax finds its bills; PBB-P2's NOP until the types are known. */
  private get lookup(): TaxType['lookup'] {
    return this.type?.lookup ?? (this.chosenTypeId === DEFAULT_TAX_TYPE ? 'nop_year' : 'billing_code');
  }

  /** A NOP as printed on the SPPT; a billing code as it is. */
  private objectNumber(typeId: string, number: string): string {
    return this.types.find((t) => t.id === typeId)?.lookup === 'billing_code' ? number : formatNop(number);
  }

  private numberLabel(typeId: string): string {
    return this.types.find((t) => t.id === typeId)?.lookup === 'billing_code' ? this.s.billingLabel : this.s.objectNumber;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The SDK's watch says nothing while the network is down: the browser does.
    addEventListener('offline', this.handleOffline);
    addEventListener('online', this.handleOnline);
    // The choice of taxes; without it the NOP form still works and the lookup asks again.
    if (!this.types.length) void this.loadTypes().catch(() => (this.typesFailed = true));
    const intent = this.memory.read();
    if (intent?.objectNumber && (intent.code || this.payment.intent?.body)) {
      this.intent = intent;
      void (intent.code ? this.load(intent.code) : this.send());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    removeEventListener('offline', this.handleOffline);
    removeEventListener('online', this.handleOnline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page may fix another tax at any time (its own menu): the form follows, a payment under way stays.
    if (changed.has('taxType') && this.taxType && this.taxType !== this.chosenTypeId) {
      this.chosenTypeId = this.taxType;
      this.billingError = this.nopError = '';
      if (this.step.kind === 'bills') this.step = { kind: 'find' };
    }
  }

  /** The current step's heading or message, once it is no longer loading. */
  private focusHeading() {
    this.focusing.after(() => (this.busy ? null : this.renderRoot.querySelector<HTMLElement>('.heading, .state__message')));
  }

  private taxes() {
    return new TaxesResource(this.transportFor(this.resolvedApiBase, this.locale));
  }

  /** Follows `intent` on this device while the widget is on the page (`write`), or forgets it. */
  private remember(intent?: PaymentMemory) {
    this.intent = intent;
    // The NOP or billing code is the object's number, not a person's: it may stay on the device.
    if (intent) this.memory.write(intent);
    else this.memory.clear();
  }

  /** Shows an error with a retry (none for an answer that a retry cannot change). */
  private fail(error: unknown, operation: string, retry?: () => void) {
    this.errorText = this.reportError(error, operation);
    this.retry = endsIntent(error) ? undefined : retry;
    this.focusHeading();
  }

  private async loadTypes(): Promise<TaxType[]> {
    if (!this.types.length) this.types = await this.taxes().types();
    return this.types;
  }

  private async find(objectNumber: string, note = '', typeId = this.chosenTypeId) {
    this.busy = 'find';
    this.errorText = this.note = this.nopError = this.billingError = '';
    try {
      const taxes = this.taxes();
      const year = this.year && typeId === DEFAULT_TAX_TYPE ? Number(this.year) : undefined;
      const [, quote] = await Promise.all([this.loadTypes(), taxes.findBills({ type: typeId, objectNumber, ...(year ? { year } : {}) })]);
      this.chosenTypeId = typeId;
      const unpaid = quote.bills.filter((b) => b.status === 'unpaid').map((b) => b.id);
      const kept = unpaid.filter((id) => this.selected.has(id));
      this.selected = new Set(note && kept.length ? kept : unpaid);
      if (!this.type?.methods.includes(this.method)) this.method = this.type?.methods[0] ?? 'qris';
      this.step = { kind: 'bills', quote };
      this.note = note;
      this.announcer.announce(note || this.s.found(unpaid.length, formatRupiah(this.totalOf(quote))));
      this.focusHeading();
    } catch (error) {
      // A NOP or billing code the server refuses: its words go under the field.
      const field = isProblemError(error) && error.fieldErrors.objectNumber;
      const message = field && this.reportError(error, 'find-bills') && field.message;
      if (message && this.lookup === 'nop_year') this.nopError = message;
      else if (message) this.billingError = message;
      else this.fail(error, 'find-bills', () => void this.find(objectNumber, note, typeId));
    } finally {
      this.busy = '';
    }
  }

  /** Sends the intent: the first time (`request`), after a retry, or after a reload; SubmitOnce keeps key and body. */
  private async send(request?: CreatePaymentRequest) {
    const intent = this.intent;
    const sending = request ? this.payment.submit(request) : this.payment.resend();
    if (!intent || !sending || this.busy === 'pay') return;
    this.busy = 'pay';
    this.errorText = this.note = '';
    this.unsent = false;
    let requote = '';
    try {
      const { payment, offset } = await sending;
      // The payment the server made is kept even if the widget left meanwhile (`keep`): a reload shows it.
      this.memory.keep((this.intent = { ...intent, code: payment.code, offset }));
      this.dispatchEvent(new LayananPaymentCreatedEvent(payment));
      this.show(payment);
    } catch (error) {
      // A definite refusal: nothing was created, so a new intent may follow.
      if (endsIntent(error)) this.remember();
      if (isStaleQuote(error)) {
        // The amounts moved on (or another payment holds a bill): show the bills as they are now.
        const message = this.reportError(error, 'create-payment');
        requote = (error as { type: string }).type === 'tax-bill-unavailable' ? message : this.s.requoted;
      } else {
        this.fail(error, 'create-payment', () => void this.send());
        // Offline, the request never left: say that, not "sent, no answer" (issue #11 §6).
        if (this.retry && !navigator.onLine) (this.unsent = true), (this.errorText = this.s.unsent);
      }
    } finally {
      this.busy = '';
    }
    if (requote) void this.find(intent.objectNumber, requote, intent.taxTypeId);
  }

  private async load(code: string) {
    this.busy = 'resume';
    this.errorText = '';
    try {
      this.show(await this.taxes().getPayment(code));
    } catch (error) {
      if (isProblemError(error) && error.status === 404) this.remember();
      this.fail(error, 'load-payment', () => void this.load(code));
    } finally {
      this.busy = '';
    }
  }

  private show(payment: Payment) {
    this.step = { kind: 'payment', payment };
    this.focusHeading();
    this.announcer.announce('');
    // An answer that arrives after the element left: connecting again resumes from storage.
    if (!this.isConnected) return;
    if (payment.status === 'pending') {
      this.spoken = Infinity;
      this.clock = Date.now();
      clearInterval(this.ticker);
      this.ticker = setInterval(() => this.tick(), 1000);
      this.watch(payment.code);
    } else this.end(payment);
  }

  private tick() {
    this.clock = Date.now();
    if (this.step.kind !== 'payment') return;
    const minutes = Math.ceil(this.msLeft(this.step.payment) / 60_000);
    const mark = SPOKEN_MINUTES.filter((m) => minutes <= m).pop();
    if (mark !== undefined && mark < this.spoken) {
      this.spoken = mark;
      this.announcer.announce(minutes ? this.s.timeLeft(minutes) : this.s.timeUp);
    }
  }

  /** Follows a pending payment (again: back online, the watch need not wait out its backoff). */
  private watch(code: string) {
    this.reconnecting = !navigator.onLine;
    this.watcher.start((signal) => this.taxes().watchPayment(code, { signal, pollInterval: this.pollInterval }));
  }

  private end(payment: Payment) {
    clearInterval(this.ticker);
    const s = this.s;
    this.announcer.announce(payment.status === 'paid' ? s.paidHeading : payment.status === 'expired' ? s.expiredHeading : s.failedHeading);
    if (!this.intent || this.intent.ended) return;
    this.remember({ ...this.intent, ended: true });
    this.dispatchEvent(payment.status === 'paid' ? new LayananPaymentCompletedEvent(payment) : new LayananPaymentExpiredEvent(payment));
  }

  /** Time left to pay on the server's clock (the device's may be wrong). */
  private msLeft(payment: Payment): number {
    const created = Date.parse(payment.createdAt);
    const expires = Date.parse(payment.expiresAt);
    const offset = this.intent?.offset ?? (this.clock >= created && this.clock < expires ? 0 : created - this.clock);
    return Math.max(0, expires - (this.clock + offset));
  }

  private totalOf(quote: TaxBillQuote, only?: Set<string>): number {
    return quote.bills.reduce((sum, b) => (b.status === 'unpaid' && (!only || only.has(b.id)) ? sum + b.total : sum), 0);
  }

  private handleOffline = () => {
    this.reconnecting = this.watcher.watching;
  };

  private handleOnline = () => {
    this.reconnecting = false;
    // The same intent (SubmitOnce's key), so it can never make a second payment.
    if (this.unsent) void this.send();
    if (this.watcher.watching && this.step.kind === 'payment') this.watch(this.step.payment.code);
  };

  private handleFind = async (event: Event) => {
    event.preventDefault();
    if (this.lookup === 'billing_code') {
      const code = normalizeBillingCode(this.billingCode);
      this.billingError = code ? '' : this.billingCode.trim() ? this.s.billingInvalid : this.s.billingRequired;
      if (!code) return this.focusing.after('#billing-code');
      return void this.find(code);
    }
    // The NOP input checks the 18 digits and its region codes itself, in the shared validator's words.
    const input = this.renderRoot.querySelector<LayananNopInput>('layanan-nop-input')!;
    await input.updateComplete; // its validity follows the text it just got
    if (!input.reportValidity()) return void input.focus();
    const nop = input.value;
    input.value = formatNop(nop);
    void this.find(nop);
  };

  private handleToggle = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const selected = new Set(this.selected);
    if (box.checked) selected.add(box.value);
    else selected.delete(box.value);
    this.selected = selected;
    this.choiceError = '';
    if (this.step.kind === 'bills') this.announcer.announce(`${this.s.total}: ${formatRupiah(this.totalOf(this.step.quote, selected))}`);
  };

  private handlePay = (event: Event) => {
    event.preventDefault();
    if (this.busy || this.step.kind !== 'bills') return;
    if (this.intent && !this.intent.code) return void this.send();
    const { quote } = this.step;
    const billIds = quote.bills.filter((b) => b.status === 'unpaid' && this.selected.has(b.id)).map((b) => b.id);
    this.choiceError = billIds.length ? '' : this.s.chooseOne;
    this.bankError = this.method === 'virtual_account' && !this.bankId ? this.s.chooseBank : '';
    if (this.choiceError || this.bankError) {
      return this.focusing.after('[aria-invalid="true"]');
    }
    const request: CreatePaymentRequest = { quoteId: quote.quoteId, billIds, method: this.method, ...(this.method === 'virtual_account' ? { bankId: this.bankId } : {}) };
    this.remember({ objectNumber: quote.objectNumber, taxTypeId: quote.taxTypeId });
    void this.send(request);
  };

  private handleStartOver = () => {
    const payment = this.step.kind === 'payment' ? this.step.payment : undefined;
    this.remember();
    this.payment.forget();
    this.errorText = '';
    this.unsent = false;
    this.step = { kind: 'find' };
    this.focusHeading();
    if (payment && payment.status !== 'paid') void this.find(payment.objectNumber, '', payment.taxTypeId);
  };

  private handleCopy = async (number: string) => {
    this.announcer.announce((await copyText(number)) ? this.s.copied : this.s.copyFailed);
  };

  /** A moment in WIB (`30 November 2026 pukul 09.30 WIB`), or a calendar date (a due date). */
  private dateTime(iso: string, withTime = true): string {
    return withTime ? formatMoment(iso, this.locale, { dateStyle: 'long', timeStyle: 'short' }) : formatDate(iso, this.locale, { dateStyle: 'long' });
  }

  private qr(payload: string, label: string) {
    let qr = this.qrCache.get(payload + label);
    if (!qr) this.qrCache.set(payload + label, (qr = renderQr(payload, label)));
    return qr;
  }

  private renderFind() {
    const s = this.s;
    const thisYear = new Date().getFullYear();
    const choices = this.taxType ? [] : this.types;
    const billing = { id: 'billing-code', label: s.billingLabel, hint: s.billingHint, error: this.billingError };
    return html`<form class="form" @submit=${this.handleFind} novalidate>
      <h2 class="heading" part="heading" tabindex="-1">${s.findHeading(this.type?.shortName)}</h2>
      ${choices.length > 1
        ? html`<fieldset part="tax-types">
            <legend>${s.taxType}</legend>
            ${choices.map(
              (type) => html`<label class="choice">
                <input type="radio" name="tax-type" value=${type.id} .checked=${type.id === this.chosenTypeId} ?disabled=${!!this.busy}
                  @change=${() => ((this.chosenTypeId = type.id), (this.billingError = this.nopError = ''))} />
                <span><span class="choice__title">${type.shortName}</span> <span class="hint">${type.description}</span></span>
              </label>`,
            )}
          </fieldset>`
        : // The choice is on its way: its place is held, so the form below it does not jump (CLS).
          this.taxType || this.types.length || this.typesFailed
          ? nothing
          : renderLoading(this.t)}
      ${this.lookup === 'billing_code'
        ? renderField(
            this.t,
            billing,
            html`<input id="billing-code" part="billing-code" inputmode="numeric" autocomplete="off" spellcheck="false" maxlength="24" .value=${this.billingCode}
              ?disabled=${!!this.busy} aria-invalid=${this.billingError ? 'true' : 'false'} aria-describedby=${describedBy(billing)}
              @input=${(e: Event) => (this.billingCode = (e.target as HTMLInputElement).value)} />`,
          )
        : html`<layanan-nop-input id="nop" part="nop-input" name="nop" required lang=${this.locale} label=${s.nopLabel} help=${s.findIntro} value=${this.nop ? formatNop(this.nop) : ''}
              .error=${this.nopError} ?disabled=${!!this.busy} @invalid=${(e: Event) => e.preventDefault()}></layanan-nop-input>
            <div class="field">
              <label for="year">${s.year} <span class="optional">(${this.t.form.optional})</span></label>
              <select id="year" .value=${this.year} @change=${(e: Event) => (this.year = (e.target as HTMLSelectElement).value)}>
                <option value="">${s.allYears}</option>
                ${Array.from({ length: 6 }, (_, i) => html`<option value=${thisYear - i} ?selected=${this.year === String(thisYear - i)}>${thisYear - i}</option>`)}
              </select>
            </div>`}
      <div class="actions"><button class="button" type="submit" ?disabled=${!!this.busy}>${this.busy ? this.t.loading : s.find}</button></div>
    </form>`;
  }

  private renderBill(bill: TaxBill, locked: boolean) {
    const s = this.s;
    const detail = `bill-${bill.id}`;
    const year = s.periodLabel(bill.period);
    return html`<li class="bill" part="bill">
      ${bill.status === 'unpaid'
        ? html`<label class="choice">
            <input type="checkbox" value=${bill.id} .checked=${this.selected.has(bill.id)} ?disabled=${locked} aria-describedby=${detail}
              aria-invalid=${this.choiceError ? 'true' : 'false'} @change=${this.handleToggle} />
            <span class="bill__year">${year}</span> <span class="bill__total">${formatRupiah(bill.total)}</span>
          </label>`
        : html`<p class="bill__head"><span class="bill__year">${year}</span> <span class="badge badge--${bill.status}">${bill.status === 'paid' ? s.paid : s.held}</span></p>`}
      <dl class="bill__detail" id=${detail}>
        <div><dt>${s.principal}</dt> <dd>${formatRupiah(bill.principal)}</dd></div>
        <div><dt>${s.penalty(bill.penaltyMonths)}</dt> <dd>${formatRupiah(bill.penalty)}</dd></div>
        <div><dt>${s.due}</dt> <dd>${this.dateTime(bill.dueDate, false)}</dd></div>
      </dl>
    </li>`;
  }

  private renderBills(quote: TaxBillQuote) {
    const s = this.s;
    const locked = !!this.intent || !!this.busy;
    const payable = quote.bills.some((b) => b.status === 'unpaid');
    const total = formatRupiah(this.totalOf(quote, this.selected));
    const count = quote.bills.filter((b) => b.status === 'unpaid' && this.selected.has(b.id)).length;
    const methods = this.type?.methods ?? ['qris'];
    return html`<h2 class="heading" part="heading" tabindex="-1">${s.billsHeading(this.types.find((t) => t.id === quote.taxTypeId)?.shortName)}</h2>
      ${this.note ? html`<p class="note">${this.note}</p>` : nothing}
      <dl class="facts">
        <div><dt>${this.numberLabel(quote.taxTypeId)}</dt> <dd class="code">${this.objectNumber(quote.taxTypeId, quote.objectNumber)}</dd></div>
        <div><dt>${s.taxpayer}</dt> <dd>${quote.taxpayerName}</dd></div>
        <div><dt>${s.address}</dt> <dd>${quote.objectAddress}</dd></div>
        ${quote.landArea === null ? nothing : html`<div><dt>${s.land}</dt> <dd>${s.area(quote.landArea)}</dd></div>`}
        ${quote.buildingArea === null ? nothing : html`<div><dt>${s.building}</dt> <dd>${s.area(quote.buildingArea)}</dd></div>`}
      </dl>
      ${payable
        ? html`<form class="form" @submit=${this.handlePay} novalidate>
            <fieldset aria-describedby=${this.choiceError ? 'bills-error' : nothing}>
              <legend>${s.choose}</legend>
              ${this.choiceError ? html`<p class="error" id="bills-error">${this.choiceError}</p>` : nothing}
              <ul class="bills" part="bills">${quote.bills.map((bill) => this.renderBill(bill, locked))}</ul>
            </fieldset>
            <p class="total" part="total"><span>${s.total} (${s.totalOf(count)})</span> <strong>${total}</strong></p>
            <p class="hint">${s.validUntil(this.dateTime(quote.validUntil))}</p>
            <fieldset>
              <legend>${s.method}</legend>
              ${methods.map(
                (method) => html`<label class="choice">
                  <input type="radio" name="method" value=${method} .checked=${this.method === method} ?disabled=${locked}
                    @change=${() => ((this.method = method), (this.bankError = ''))} />
                  <span><span class="choice__title">${method === 'qris' ? s.qris : s.va}</span> <span class="hint">${method === 'qris' ? s.qrisHint : s.vaHint}</span></span>
                </label>`,
              )}
            </fieldset>
            ${this.method === 'virtual_account'
              ? html`<div class="field">
                  <label for="bank">${s.bank}</label>
                  ${this.bankError ? html`<p class="error" id="bank-error">${this.bankError}</p>` : nothing}
                  <select id="bank" ?disabled=${locked} aria-invalid=${this.bankError ? 'true' : 'false'} aria-describedby=${this.bankError ? 'bank-error' : nothing}
                    @change=${(e: Event) => ((this.bankId = (e.target as HTMLSelectElement).value), (this.bankError = ''))}>
                    <option value="">${s.chooseBank}</option>
                    ${(this.type?.banks ?? []).map((bank) => html`<option value=${bank.id} ?selected=${this.bankId === bank.id}>${bank.name}</option>`)}
                  </select>
                </div>`
              : nothing}
            ${this.intent && !this.intent.code && !this.busy && !this.unsent ? html`<p class="note">${s.unanswered}</p>` : nothing}
            <div class="actions">
              ${this.retry && this.errorText
                ? nothing
                : html`<button class="button" part="pay-button" type="submit" ?disabled=${!!this.busy}>
                    ${this.busy === 'pay' ? this.t.loading : this.intent ? this.t.retry : s.pay(total)}
                  </button>`}
              ${this.intent ? nothing : html`<button class="button button--secondary" type="button" @click=${this.handleStartOver}>${s.otherNop}</button>`}
            </div>
          </form>`
        : html`<ul class="bills" part="bills">${quote.bills.map((bill) => this.renderBill(bill, true))}</ul>
            ${renderEmpty(s.nothingDue)}
            <div class="actions"><button class="button button--secondary" type="button" @click=${this.handleStartOver}>${s.otherNop}</button></div>`}`;
  }

  private renderPending(payment: Payment) {
    const s = this.s;
    const amount = formatRupiah(payment.amount);
    const left = Math.round(this.msLeft(payment) / 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const hours = Math.floor(left / 3600);
    const timer = `${hours ? `${hours}:` : ''}${pad(Math.floor(left / 60) % 60)}:${pad(left % 60)}`;
    const va = payment.virtualAccount;
    return html`<h2 class="heading" part="heading" tabindex="-1">${s.payHeading}</h2>
      <p class="amount">${amount}</p>
      <dl class="facts">
        <div><dt>${s.code}</dt> <dd class="code">${payment.code}</dd></div>
        <div><dt>${this.numberLabel(payment.taxTypeId)}</dt> <dd>${this.objectNumber(payment.taxTypeId, payment.objectNumber)}</dd></div>
        ${va ? html`<div><dt>${s.bank}</dt> <dd>${va.bankName}</dd></div>` : nothing}
      </dl>
      ${payment.qrisPayload ? html`<div class="qr-box">${this.qr(payment.qrisPayload, s.qrLabel(amount))}</div>` : nothing}
      ${va
        ? html`<div class="va">
            <p class="va__label" id="va-label">${s.vaNumber}</p>
            <p class="va__number" part="virtual-account" aria-labelledby="va-label">${va.number.replace(/\d{4}(?=\d)/g, '$& ')}</p>
            <button class="button button--secondary" part="copy-button" type="button" aria-describedby="va-label" @click=${() => this.handleCopy(va.number)}>
              ${this.t.form.copy}
            </button>
          </div>`
        : nothing}
      <p class="countdown" part="countdown">
        ${s.payBefore(this.dateTime(payment.expiresAt))}<br />
        ${s.left}: <span class="timer" role="timer">${timer}</span>
      </p>
      <ol class="steps">${payment.instructions.map((line) => html`<li>${line}</li>`)}</ol>
      <p class="waiting">${this.reconnecting ? s.reconnecting : left ? s.waiting : s.timeUp}</p>`;
  }

  private renderReceipt(payment: Payment) {
    const s = this.s;
    const receipt = payment.receipt!;
    return html`<h2 class="heading" part="heading" tabindex="-1">${s.paidHeading}</h2>
      <div class="card receipt" part="receipt">
        <p class="receipt__title">${s.receiptTitle(this.types.find((t) => t.id === payment.taxTypeId)?.shortName)}</p>
        <dl class="facts">
          <div><dt>${s.receiptNumber}</dt> <dd class="code">${receipt.receiptNumber}</dd></div>
          <div><dt>${s.paidAt}</dt> <dd>${this.dateTime(receipt.paidAt)}</dd></div>
          <div><dt>${s.channel}</dt> <dd>${receipt.channel}</dd></div>
          <div><dt>${s.amount}</dt> <dd>${formatRupiah(payment.amount)}</dd></div>
          <div><dt>${this.numberLabel(payment.taxTypeId)}</dt> <dd>${this.objectNumber(payment.taxTypeId, payment.objectNumber)}</dd></div>
          <div><dt>${s.periods}</dt> <dd>${payment.bills.map((b) => b.period).join(', ')}</dd></div>
          <div><dt>${s.code}</dt> <dd class="code">${payment.code}</dd></div>
          <div><dt>${s.verification}</dt> <dd class="code">${receipt.verificationCode}</dd></div>
        </dl>
        <div class="qr-box">${this.qr(receipt.verificationCode, s.verifyQrLabel(receipt.verificationCode))}</div>
        <p class="hint">${s.verifyHint}</p>
      </div>
      <div class="actions">
        <button class="button" part="print-button" type="button" @click=${() => window.print()}>${this.t.form.print}</button>
        <button class="button button--secondary" type="button" @click=${this.handleStartOver}>${s.payAnother}</button>
      </div>`;
  }

  private renderEnded(payment: Payment) {
    const s = this.s;
    const amount = formatRupiah(payment.amount);
    const expired = payment.status === 'expired';
    return html`<div class="card ended" part="ended">
      <h2 class="heading" part="heading" tabindex="-1">${expired ? s.expiredHeading : s.failedHeading}</h2>
      <p>${expired ? s.expired(amount) : s.failed(amount)}</p>
      <div class="actions"><button class="button" type="button" @click=${this.handleStartOver}>${s.again}</button></div>
    </div>`;
  }

  private renderStep() {
    const { step } = this;
    if (this.busy === 'resume' || (this.busy === 'pay' && step.kind !== 'bills')) return renderLoading(this.t);
    if (step.kind === 'payment') {
      const { payment } = step;
      return payment.status === 'pending' ? this.renderPending(payment) : payment.status === 'paid' ? this.renderReceipt(payment) : this.renderEnded(payment);
    }
    if (step.kind === 'bills') return this.renderBills(step.quote);
    // An intent sent before a reload whose answer never came: only sending it again is offered.
    return this.intent ? nothing : this.renderFind();
  }

  override render(): TemplateResult {
    return html`<section class="card" part="base" aria-label=${this.s.label}>
      ${this.announcer.render()}
      ${!this.errorText
        ? nothing
        : this.retry && !this.unsent
          ? renderError(this.t, this.errorText, this.retry)
          : html`<div class="state state--error" part="error" role="alert">
              <p class="state__message" part="error-message" tabindex="-1">${this.errorText}</p>
              ${this.retry ? html`<button class="button" part="retry-button" type="button" @click=${this.retry}>${this.t.retry}</button>` : nothing}
            </div>`}
      ${this.renderStep()}
    </section>`;
  }
}

defineElement('layanan-tax-payment', LayananTaxPayment);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-tax-payment': LayananTaxPayment;
  }
}
