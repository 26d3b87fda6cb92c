import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Complaint, COMPLAINT_LIMITS, type ComplaintStatus, isFinalComplaint, normalizeAccessCode, type RatingRequest } from '@layanan/contract';
import { ComplaintsResource, isProblemError } from '@layanan/sdk';
import { LayananComplaintUpdatedEvent, type ComplaintChange } from '../events/layanan-complaint-updated.js';
import { Announcer } from '../internal/announcer.js';
import { complaintSharedStrings, formatDateTime } from '../internal/complaints.js';
import { describedBy, renderField } from '../internal/field.js';
import { submittedCode } from '../internal/code-lookup.js';
import { FocusController } from '../internal/focus.js';
import { intlLocale } from '../internal/format.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { ResourceController } from '../internal/resource.js';
import { renderError, renderLoading } from '../internal/states.js';
import { SubmitOnce } from '../internal/submit-once.js';
import { WatchController } from '../internal/watch.js';
import { formStyles } from '../styles/form.js';
import { busyButtonStyles, cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import { complaintStatusStrings, type ComplaintStatusStrings } from './complaint-status.strings.js';
import { complaintStatusStyles } from './complaint-status.styles.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { ComplaintChange, LayananComplaintUpdatedEvent } from '../events/layanan-complaint-updated.js';

type Action = 'comment' | 'rating' | 'reopen';

/** The newest timeline entry of a status (a reopened complaint is `in_progress` twice). */
const entryOf = (complaint: Complaint, status: ComplaintStatus) => [...complaint.timeline].reverse().find((t) => t.status === status);

/**
 * @tagname layanan-complaint-status
 * @summary Follow a complaint by its tracking code: status timeline with dates, working-day
 * deadlines and whether they passed, the agency's responses; add information, rate the outcome
 * once it is resolved, or reopen it when it is not.
 *
 * @event layanan-complaint-updated - A complaint is on screen, or changed: `detail: { complaint, change }`, `change` one of `loaded`, `refreshed`, `comment`, `rating`, `reopen`.
 * @event layanan-error - Loading or sending failed; the widget shows it. `detail: { error, message, operation }`.
 *
 * @csspart base - The card around everything.
 * @csspart lookup - The tracking code form.
 * @csspart heading - The complaint's title (or "confidential complaint").
 * @csspart status - The current status sentence.
 * @csspart timeline - The steps received → verified → in progress → resolved | rejected.
 * @csspart due-dates - The deadlines.
 * @csspart messages - The conversation with the agency.
 * @csspart follow-up - The form to add information.
 * @csspart rating - The rating form, or the rating given.
 * @csspart reopen - The reopen disclosure.
 * @csspart refresh-button - Asks the server again.
 * @csspart announcer - The visually hidden live region that tells screen readers what changed.
 */
export class LayananComplaintStatus extends LayananElement {
  static override styles = [tokens, cardStyles, stateStyles, formStyles, busyButtonStyles, complaintStatusStyles];

  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  /** Follows the complaint on screen while it can still change (the SDK polls with its ETag and rides out lost connections). */
  private readonly watch = new WatchController<Complaint>(this, { onValue: (next) => this.apply(next, true) });

  private readonly tracked = new ResourceController(this, {
    args: () => [this.resolvedApiBase, this.locale, this.activeCode] as const,
    load: async ([apiBase, locale, code], signal) => (code ? new ComplaintsResource(this.transportFor(apiBase, locale)).track(code, { signal }) : null),
    onReady: (complaint) => {
      this.complaint = complaint ?? undefined;
      this.refreshedAt = Date.now();
      // A message whose answer was lost before a reload waits in the box: sending it again cannot post it twice.
      if (complaint && !this.comment) this.comment = this.sends.comment.intent?.body?.message ?? '';
      if (complaint) {
        // Only when the citizen asked (lookup, retry): a widget loading with the page must not steal focus.
        if (this.asked) this.focusing.after('.complaint-heading');
        this.dispatchEvent(new LayananComplaintUpdatedEvent(complaint, 'loaded'));
      }
    },
    onError: (error) => {
      this.complaint = undefined;
      if (isProblemError(error) && error.status === 404) {
        this.notFound = true;
        this.lookupValue = this.activeCode ?? '';
        this.lookupError = this.s.notFound;
        if (this.asked) this.focusing.after('#code');
        return;
      }
      this.errorText = this.reportError(error, 'track-complaint');
    },
  });

  /** Each message, rating and reopening is sent once: a retry after a lost answer, or a reload, cannot post it twice. */
  private readonly sends = {
    comment: this.sendOnce<{ message: string }>('comment', (code, { message }, key) => this.api.comment(code, message, { idempotencyKey: key })),
    rating: this.sendOnce<RatingRequest>('rating', (code, rating, key) => this.api.rate(code, rating, { idempotencyKey: key })),
    reopen: this.sendOnce<{ reason: string }>('reopen', (code, { reason }, key) => this.api.reopen(code, reason, { idempotencyKey: key })),
  };

  /** A code the citizen typed; wins over the `code` attribute until that changes. */
  @state() private lookedUp?: string;
  @state() private lookupValue = '';
  @state() private lookupError = '';
  @state() private complaint?: Complaint;
  @state() private errorText = '';
  /** The last lookup found nothing: the lookup form stays, with its error. */
  @state() private notFound = false;
  @state() private refreshError = '';
  @state() private refreshedAt = 0;
  @state() private busy?: Action | 'refresh';
  @state() private comment = '';
  @state() private score = 0;
  @state() private ratingComment = '';
  @state() private reopenReason = '';
  @state() private fieldErrors: Partial<Record<'followup' | 'score' | 'rating-comment' | 'reason', string>> = {};
  @state() private actionError: Partial<Record<Action, string>> = {};
  /** The citizen looked a code up or retried: focus may follow the result. */
  private asked = false;
  /** What the running watch follows (code, interval, API), so a render starts or stops it only when that changes. */
  private watched = '';

  /** The tracking code to show (any case, with or without dashes); without it the widget asks for one. */
  @property() code?: string;

  /** Seconds between quiet checks for news while the page is visible; `0` turns them off. Default `60`. */
  @property({ type: Number }) poll = 60;

  /** Fixes "now" (ISO date-time) for the overdue marks, e.g. in a preview. Default: the real time. */
  @property() now?: string;

  private get s(): ComplaintStatusStrings {
    return this.localize('complaint-status', complaintStatusStrings);
  }

  private get activeCode(): string | undefined {
    return this.lookedUp ?? (this.code ? normalizeAccessCode(this.code) ?? undefined : undefined);
  }

  private get api(): ComplaintsResource {
    return new ComplaintsResource(this.transportFor(this.resolvedApiBase, this.locale));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The watch stopped when the widget left the page: the next render starts it again.
    this.watched = '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('code') && changed.get('code') !== undefined) {
      this.lookedUp = undefined;
      this.notFound = false;
    }
    if (changed.has('code')) {
      const invalid = !!this.code && !normalizeAccessCode(this.code);
      this.lookupValue = invalid ? this.code! : '';
      this.lookupError = invalid ? this.s.invalidCode : '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const c = this.complaint;
    const watched = c && this.poll > 0 && !isFinalComplaint(c) ? `${c.trackingCode} ${this.poll} ${this.resolvedApiBase}` : '';
    if (watched === this.watched) return;
    this.watched = watched;
    if (!watched) return this.watch.stop();
    const { api } = this;
    this.watch.start((signal) => api.watchComplaint(c!.trackingCode, { signal, pollInterval: this.poll * 1000 }));
  }

  /**
   * Shows what a refresh or the watch read: a change is announced and told to the page. When the
   * agency's change removes the control the citizen was on (the follow-up form of a closed
   * complaint), focus goes to the heading rather than to the page.
   */
  private apply(next: Complaint, watched = false): void {
    const complaint = this.complaint;
    this.refreshedAt = Date.now();
    if (!complaint || next.trackingCode !== complaint.trackingCode) return;
    if (next.updatedAt === complaint.updatedAt && next.status === complaint.status) {
      this.complaint = next;
      return;
    }
    const focused = this.matches(':focus-within');
    this.show(next, 'refreshed');
    if (next.status !== complaint.status) this.announcer.announce(this.s.statusNow(this.s.status[next.status]));
    else if (watched && next.messages.length > complaint.messages.length) this.announcer.announce(this.s.newReply);
    if (focused) this.focusing.after(() => (this.shadowRoot!.activeElement as HTMLElement | null) ?? this.renderRoot.querySelector<HTMLElement>('.complaint-heading'));
  }

  /** Shows a complaint the server sent after a change, and tells the page. */
  private show(complaint: Complaint, change: ComplaintChange): void {
    this.complaint = complaint;
    this.refreshedAt = Date.now();
    this.dispatchEvent(new LayananComplaintUpdatedEvent(complaint, change));
  }

  private handleLookupInput = (event: Event): void => {
    this.lookupValue = (event.target as HTMLInputElement).value;
    this.lookupError = '';
  };

  private handleLookup = async (event: Event) => {
    event.preventDefault();
    this.lookupError = '';
    const code = await submittedCode(event.target as HTMLFormElement, this);
    if (!code) {
      this.lookupError = this.s.invalidCode;
      this.focusing.after('#code');
      return;
    }
    this.asked = true;
    this.lookupValue = code;
    this.errorText = '';
    this.notFound = false;
    if (code === this.activeCode) void this.tracked.run();
    this.lookedUp = code;
  };

  private handleOtherCode = (): void => {
    this.lookedUp = '';
    this.complaint = undefined;
    this.lookupValue = '';
    this.lookupError = '';
    this.focusing.after('#code');
  };

  private handleRetry = (): void => {
    this.asked = true;
    void this.tracked.run();
  };

  /** Asks the server again without hiding what is on screen; answered by a 304 when nothing changed. */
  async refresh(): Promise<void> {
    const complaint = this.complaint;
    // A click while a refresh is under way is ignored: the button stays focusable (aria-disabled).
    if (!complaint || this.busy === 'refresh') return;
    this.busy = 'refresh';
    try {
      const next = await this.api.track(complaint.trackingCode);
      this.refreshError = '';
      this.apply(next);
    } catch (error) {
      this.refreshError = this.reportError(error, 'refresh-complaint');
    } finally {
      this.busy = undefined;
    }
  }

  /** One action's intent, per complaint: `layanan:complaint-status:<api-origin>:<action>:<code>`. */
  private sendOnce<Body>(action: Action, send: (code: string, body: Body, key: string) => Promise<Complaint>): SubmitOnce<Body, Complaint> {
    return new SubmitOnce<Body, Complaint>(this, {
      widget: 'complaint-status',
      id: () => `${action}:${this.complaint?.trackingCode ?? ''}`,
      apiBase: () => this.resolvedApiBase,
      send: (body, { key }) => send(this.complaint!.trackingCode, body, key),
    });
  }

  private async act(action: Action, body: object, done: string): Promise<boolean> {
    this.busy = action;
    this.actionError = { ...this.actionError, [action]: undefined };
    try {
      this.show(await (this.sends[action] as SubmitOnce<object, Complaint>).submit(body), action);
      this.announcer.announce(done);
      return true;
    } catch (error) {
      // SubmitOnce keeps the intent after a lost answer, so the retry cannot post twice.
      if (action === 'comment' && isProblemError(error) && error.type === 'idempotency-key-reused') {
        // An earlier try of this message did arrive (then the text was edited): show it, and keep the edited text in the box.
        await this.refresh();
        return false;
      }
      this.actionError = { ...this.actionError, [action]: this.reportError(error, `${action}-complaint`) };
      if (isProblemError(error) && error.status === 409) void this.refresh();
      return false;
    } finally {
      this.busy = undefined;
    }
  }

  private handleComment = async (event: Event): Promise<void> => {
    event.preventDefault();
    const message = this.comment.trim();
    const max = COMPLAINT_LIMITS.comment.max;
    const error = !message ? this.s.required : message.length > max ? this.s.tooLong(max) : undefined;
    this.fieldErrors = { ...this.fieldErrors, followup: error };
    if (error) return this.focusField('followup');
    // An open intent posts its first message: an edit made since stays in the box.
    const sent = this.sends.comment.intent?.body?.message ?? message;
    if ((await this.act('comment', { message }, this.s.sent)) && sent === message) this.comment = '';
  };

  private handleRate = async (event: Event): Promise<void> => {
    event.preventDefault();
    const comment = this.ratingComment.trim();
    const max = COMPLAINT_LIMITS.ratingComment.max;
    this.fieldErrors = {
      ...this.fieldErrors,
      score: this.score ? undefined : this.s.chooseScore,
      'rating-comment': comment.length > max ? this.s.tooLong(max) : undefined,
    };
    if (!this.score) return this.focusField('score-1');
    if (comment.length > max) return this.focusField('rating-comment');
    const request = { score: this.score, ...(comment ? { comment } : {}) };
    if (await this.act('rating', request, this.s.thanksRating)) this.focusing.after('.rating-result');
  };

  private handleReopen = async (event: Event): Promise<void> => {
    event.preventDefault();
    const reason = this.reopenReason.trim();
    const { min, max } = COMPLAINT_LIMITS.reopenReason;
    const error = reason.length < min ? this.s.reopenShort(min) : reason.length > max ? this.s.tooLong(max) : undefined;
    this.fieldErrors = { ...this.fieldErrors, reason: error };
    if (error) return this.focusField('reason');
    if (await this.act('reopen', { reason }, this.s.reopened)) {
      this.reopenReason = '';
      this.focusing.after('.complaint-heading');
    }
  };

  private focusField(id: string): void {
    this.focusing.after(`#${id}`);
  }

  private renderLookup(): TemplateResult {
    const s = this.s;
    // `value` gives a new code input its text (its first render resets a `.value` set before it); `.value` changes it later.
    return html`<form class="lookup" part="lookup" novalidate @submit=${this.handleLookup}>
      <h2>${s.heading}</h2>
      <layanan-code-input id="code" name="code" required label=${this.localize('complaints', complaintSharedStrings).trackingCode} help=${s.lookupHint}
        value=${this.lookupValue} .value=${this.lookupValue} .error=${this.lookupError} @input=${this.handleLookupInput}></layanan-code-input>
      <div class="actions"><button type="submit" class="button">${s.lookup}</button></div>
    </form>`;
  }

  private renderTimeline(c: Complaint): TemplateResult {
    const s = this.s;
    const steps: ComplaintStatus[] = ['received', 'verified', 'in_progress', c.status === 'rejected' ? 'rejected' : 'resolved'];
    return html`<section aria-labelledby="progress-title">
      <h3 id="progress-title">${s.progress}</h3>
      <ol class="timeline" part="timeline">
        ${steps.map((step) => {
          const entry = entryOf(c, step);
          const current = step === c.status;
          return html`<li class="step ${entry ? 'step--done' : ''} ${current ? 'step--current' : ''} step--${step}" aria-current=${current ? 'step' : nothing}>
            <span class="step__name">${s.status[step]}</span>
            <span class="step__date">${entry ? formatDateTime(entry.at, this.locale) : s.pending}</span>
            ${entry?.note ? html`<span class="step__note">${entry.note}</span>` : nothing}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderDueDates(c: Complaint): TemplateResult {
    const s = this.s;
    const now = this.now ? Date.parse(this.now) : Date.now();
    const open = c.status !== 'resolved' && c.status !== 'rejected';
    const due = (label: string, at: string, overdue: boolean) => html`<dt>${label}</dt>
      <dd class=${overdue ? 'overdue' : ''}>${formatDateTime(at, this.locale, false)}${overdue ? html` <strong>(${s.overdue})</strong>` : nothing}</dd>`;
    return html`<section aria-labelledby="due-title">
      <h3 id="due-title">${s.dueDates}</h3>
      <dl class="facts" part="due-dates">
        ${due(s.verifyBy, c.dueDates.verifyBy, c.status === 'received' && now > Date.parse(c.dueDates.verifyBy))}
        ${due(s.actBy, c.dueDates.actBy, open && now > Date.parse(c.dueDates.actBy))}
      </dl>
    </section>`;
  }

  private renderMessages(c: Complaint): TemplateResult {
    const s = this.s;
    return html`<section aria-labelledby="messages-title">
      <h3 id="messages-title">${s.conversation}</h3>
      ${c.messages.length
        ? html`<ol class="messages" part="messages">
            ${c.messages.map(
              (m) => html`<li class="message message--${m.author}">
                <p class="message__meta"><strong>${m.author === 'citizen' ? s.you : m.authorName}</strong> · ${formatDateTime(m.at, this.locale)}</p>
                <p class="message__text">${m.message}</p>
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${s.noMessages}</p>`}
      ${c.canComment ? this.renderFollowUp() : html`<p class="muted">${s.closed}</p>`}
    </section>`;
  }

  private renderFollowUp(): TemplateResult {
    const s = this.s;
    const options = { id: 'followup', label: s.followUp, hint: s.followUpHint, error: this.fieldErrors.followup };
    return html`<form class="form" part="follow-up" novalidate @submit=${this.handleComment}>
      ${renderField(
        this.t,
        options,
        html`<textarea id="followup" rows="3" .value=${this.comment} aria-describedby=${describedBy(options)} aria-invalid=${options.error ? 'true' : 'false'}
          @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}></textarea>`,
      )}
      ${this.actionError.comment ? html`<p class="error" role="alert">${this.actionError.comment}</p>` : nothing}
      <div class="actions"><button type="submit" class="button" ?disabled=${this.busy === 'comment'}>${s.send}</button></div>
    </form>`;
  }

  private renderRating(c: Complaint): TemplateResult | typeof nothing {
    const s = this.s;
    if (c.rating) {
      return html`<section class="rating-result" part="rating" tabindex="-1" aria-labelledby="rated-title">
        <h3 id="rated-title">${s.rated(c.rating.score)}</h3>
        ${c.rating.comment ? html`<p class="message__text">${c.rating.comment}</p>` : nothing}
      </section>`;
    }
    if (!c.canRate) return nothing;
    const commentOptions = { id: 'rating-comment', label: s.ratingComment, error: this.fieldErrors['rating-comment'], required: false };
    const scoreError = this.fieldErrors.score;
    return html`<form class="form" part="rating" novalidate @submit=${this.handleRate}>
      <fieldset aria-describedby=${scoreError ? 'rate-hint score-error' : 'rate-hint'}>
        <legend><h3>${s.rate}</h3></legend>
        <p class="hint" id="rate-hint">${s.rateHint}</p>
        ${scoreError ? html`<p class="error" id="score-error">${scoreError}</p>` : nothing}
        ${([1, 2, 3, 4, 5] as const).map(
          (n) => html`<label class="choice">
            <input type="radio" name="score" id="score-${n}" value=${n} .checked=${this.score === n} @change=${() => (this.score = n)} />
            <span>${s.score[n]}</span>
          </label>`,
        )}
      </fieldset>
      ${renderField(
        this.t,
        commentOptions,
        html`<textarea id="rating-comment" rows="3" .value=${this.ratingComment} aria-describedby=${describedBy(commentOptions)}
          aria-invalid=${commentOptions.error ? 'true' : 'false'} @input=${(e: Event) => (this.ratingComment = (e.target as HTMLTextAreaElement).value)}></textarea>`,
      )}
      ${this.actionError.rating ? html`<p class="error" role="alert">${this.actionError.rating}</p>` : nothing}
      <div class="actions"><button type="submit" class="button" ?disabled=${this.busy === 'rating'}>${s.rateSubmit}</button></div>
    </form>`;
  }

  private renderReopen(c: Complaint): TemplateResult | typeof nothing {
    if (!c.reopenUntil) return nothing;
    const s = this.s;
    const options = { id: 'reason', label: s.reopenReason, hint: s.reopenHint(formatDateTime(c.reopenUntil, this.locale)), error: this.fieldErrors.reason };
    return html`<details class="reopen" part="reopen" ?open=${!!(this.fieldErrors.reason || this.actionError.reopen)}>
      <summary>${s.reopen}</summary>
      <form class="form" novalidate @submit=${this.handleReopen}>
        ${renderField(
          this.t,
          options,
          html`<textarea id="reason" rows="3" .value=${this.reopenReason} aria-describedby=${describedBy(options)} aria-invalid=${options.error ? 'true' : 'false'}
            @input=${(e: Event) => (this.reopenReason = (e.target as HTMLTextAreaElement).value)}></textarea>`,
        )}
        ${this.actionError.reopen ? html`<p class="error" role="alert">${this.actionError.reopen}</p>` : nothing}
        <div class="actions"><button type="submit" class="button" ?disabled=${this.busy === 'reopen'}>${s.reopenSubmit}</button></div>
      </form>
    </details>`;
  }

  private renderComplaint(c: Complaint): TemplateResult {
    const s = this.s;
    const shared = this.localize('complaints', complaintSharedStrings);
    const privacy = shared.privacy[c.privacy];
    const clock = new Intl.DateTimeFormat(intlLocale(this.locale), { hour: '2-digit', minute: '2-digit' });
    return html`<article class="complaint">
      <header class="complaint__header">
        <p class="code">${shared.trackingCode}: <strong>${c.trackingCode}</strong></p>
        <h2 class="complaint-heading" part="heading" tabindex="-1">${c.title ?? s.confidentialTitle}</h2>
        <p class="status status--${c.status}" part="status">${s.statusNow(s.status[c.status])}</p>
      </header>
      <dl class="facts">
        <dt>${s.category}</dt>
        <dd>${c.categoryName}</dd>
        <dt>${s.unit}</dt>
        <dd>${c.unitName}</dd>
        <dt>${s.privacy}</dt>
        <dd>${privacy.label}. ${privacy.explains}</dd>
        ${c.location ? html`<dt>${s.location}</dt><dd>${c.location.text}</dd>` : nothing}
        ${c.reporter ? html`<dt>${s.reporter}</dt><dd>${c.reporter.name}</dd>` : nothing}
        <dt>${s.submitted}</dt>
        <dd>${formatDateTime(c.submittedAt, this.locale)}</dd>
      </dl>
      ${c.description ? html`<p class="description message__text">${c.description}</p>` : nothing}
      ${c.photos?.length
        ? html`<ul class="photos">
            ${c.photos.map((p, i) => html`<li><a href=${p.url} target="_blank" rel="noopener"><img src=${p.url} alt=${s.photoAlt(i + 1)} loading="lazy" /></a></li>`)}
          </ul>`
        : nothing}
      ${this.renderTimeline(c)} ${this.renderDueDates(c)} ${this.renderMessages(c)} ${this.renderRating(c)} ${this.renderReopen(c)}
      <div class="actions refresh">
        <button type="button" class="button button--secondary" part="refresh-button" aria-disabled=${this.busy === 'refresh' ? 'true' : 'false'} @click=${() => this.refresh()}>${s.refresh}</button>
        <button type="button" class="button button--secondary" @click=${this.handleOtherCode}>${s.otherCode}</button>
        <span class="muted">${this.refreshedAt ? s.refreshed(clock.format(this.refreshedAt)) : nothing}</span>
      </div>
      ${this.refreshError ? html`<p class="error" role="alert">${this.refreshError}</p>` : nothing}
    </article>`;
  }

  override render() {
    const { state } = this.tracked;
    let body: TemplateResult;
    if (state.status === 'loading') body = renderLoading(this.t, 6);
    else if (state.status === 'ready' && this.complaint) body = this.renderComplaint(this.complaint);
    else if (state.status === 'error' && !this.notFound) body = renderError(this.t, this.errorText, this.handleRetry);
    else body = this.renderLookup();
    return html`<section class="card" part="base" aria-label=${this.s.heading}>${body}</section>
      ${this.announcer.render()}`;
  }
}

defineElement('layanan-complaint-status', LayananComplaintStatus);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-complaint-status': LayananComplaintStatus;
  }
}
