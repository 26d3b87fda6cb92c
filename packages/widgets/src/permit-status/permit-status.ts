import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PermitApplication } from '@layanan/contract';
import { isProblemError, PermitsResource } from '@layanan/sdk';
import { LayananApplicationEditEvent } from '../events/layanan-application-edit.js';
import { submittedCode } from '../internal/code-lookup.js';
import { FocusController } from '../internal/focus.js';
import { formatMoment, intlLocale } from '../internal/format.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { applicationStatusNames } from '../internal/permits.js';
import { ResourceController } from '../internal/resource.js';
import { renderError, renderLoading } from '../internal/states.js';
import { formStyles } from '../styles/form.js';
import { busyButtonStyles, cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import { permitStatusStrings } from './permit-status.strings.js';
import { permitStatusStyles } from './permit-status.styles.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { LayananApplicationEditEvent } from '../events/layanan-application-edit.js';

/**
 * @tagname layanan-permit-status
 * @summary Follow a permit application by its code: the current status, the timeline
 * (draft → submitted → verification → revision requested → approved or rejected) with dates and
 * the officer's notes, and the way back into the form when corrections are asked for.
 *
 * Without `code` it asks for one. When the application can be changed (a draft, or the officer
 * asked for corrections) it offers "Perbaiki permohonan": with `form-url` that is a link to the
 * agency's form page with `?code=…` added (`<layanan-permit-form>` there opens it by itself);
 * either way it fires the cancelable `layanan-application-edit` first, so a single-page app can
 * `preventDefault()` and show the form itself.
 *
 * @event layanan-application-edit - The citizen wants to correct the application. `detail.code`; cancel it to stop the link.
 * @event layanan-error - Loading failed; the widget shows the error and a retry. `detail: { error, message, operation }`.
 *
 * @csspart base - The card.
 * @csspart lookup - The code form.
 * @csspart status - The current status badge.
 * @csspart note - The officer's latest note.
 * @csspart timeline - The history list.
 * @csspart edit - The link or button back into the form.
 */
export class LayananPermitStatus extends LayananElement {
  static override styles = [tokens, cardStyles, stateStyles, formStyles, busyButtonStyles, permitStatusStyles];

  private readonly focusing = new FocusController(this);
  private readonly application = new ResourceController(this, {
    args: () => [this.resolvedApiBase, this.locale, this.code] as const,
    load: ([apiBase, locale, code], signal): Promise<PermitApplication | null> =>
      code ? new PermitsResource(this.transportFor(apiBase, locale)).getApplication(code, { signal }) : Promise.resolve(null),
    onReady: (application) => {
      this.shown = application ?? undefined;
      if (application && this.looking) this.focusing.after('.card h2');
      this.looking = false;
    },
    onError: (error) => {
      this.errorText = this.reportError(error, 'load-application');
      // A code the citizen typed that the server does not know: say so under the box.
      if (this.looking && isProblemError(error) && error.status === 404) {
        this.codeError = this.errorText;
        this.focusing.after('#status-code');
      }
    },
  });

  @state() private errorText = '';
  @state() private codeText = '';
  @state() private codeError = '';
  @state() private notice = '';
  /** What is on screen, kept while a refresh loads. */
  @state() private shown?: PermitApplication;

  /** The application code (`PRM7K-D2AFT-Q9WXZ`); without it the widget asks for one. */
  @property({ reflect: true }) code?: string;

  /** The page with `<layanan-permit-form>`: "Perbaiki permohonan" links there with `?code=…`. Without it only the event fires. */
  @property({ attribute: 'form-url' }) formUrl?: string;

  private looking = false;
  private refreshing = false;

  private handleLookup = async (event: Event) => {
    event.preventDefault();
    this.codeError = '';
    const code = await submittedCode(event.target as HTMLFormElement, this);
    if (!code) {
      this.codeError = this.localize('permit-status', permitStatusStrings).invalidCode;
      this.focusing.after('#status-code');
      return;
    }
    this.looking = true;
    if (code === this.code) void this.application.run();
    this.code = code;
  };

  // The card stays while it refreshes, so its status line can announce the outcome.
  private handleRefresh = async () => {
    const s = this.localize('permit-status', permitStatusStrings);
    this.refreshing = true;
    this.notice = '';
    await this.application.run();
    this.refreshing = false;
    const { state } = this.application;
    if (state.status === 'ready' && state.value) {
      const time = new Intl.DateTimeFormat(intlLocale(this.locale), { hour: '2-digit', minute: '2-digit' }).format(new Date());
      this.notice = `${s.refreshed(time)}: ${this.localize('application-status', applicationStatusNames)[state.value.status]}`;
    }
    this.requestUpdate();
  };

  private handleEdit = (event: Event) => {
    const edit = new LayananApplicationEditEvent(this.code!);
    this.dispatchEvent(edit);
    if (edit.defaultPrevented) event.preventDefault();
  };

  private handleAnother = () => {
    this.shown = undefined;
    this.code = undefined;
    this.codeText = '';
    this.notice = '';
    this.focusing.after('#status-code');
  };

  private handleRetry = () => {
    this.focusing.after('.card h2, .state__message');
    void this.application.run();
  };

  private when(iso: string): string {
    return formatMoment(iso, this.locale, { dateStyle: 'long', timeStyle: 'short' });
  }

  private editUrl(code: string): string | undefined {
    if (!this.formUrl) return undefined;
    try {
      const url = new URL(this.formUrl, document.baseURI);
      url.searchParams.set('code', code);
      return url.href;
    } catch {
      return undefined;
    }
  }

  private renderLookup() {
    const s = this.localize('permit-status', permitStatusStrings);
    // `value` gives a new code input its text (its first render resets a `.value` set before it); `.value` changes it later.
    return html`<form class="card form" part="base lookup" novalidate aria-labelledby="lookup-title" @submit=${this.handleLookup}>
      <h2 id="lookup-title" tabindex="-1">${s.lookupTitle}</h2>
      <layanan-code-input id="status-code" name="code" required label=${s.lookupLabel} help=${s.lookupHint} value=${this.codeText} .value=${this.codeText} .error=${this.codeError}
        @input=${(e: Event) => ((this.codeText = (e.target as HTMLInputElement).value), (this.codeError = ''))}></layanan-code-input>
      <div class="actions"><button class="button" type="submit">${s.lookupButton}</button></div>
    </form>`;
  }

  private renderApplication(application: PermitApplication) {
    const s = this.localize('permit-status', permitStatusStrings);
    const locale = this.locale;
    const revision = application.status === 'revision_requested';
    const url = this.editUrl(application.code);
    const last = application.timeline.length - 1;
    const date = (iso: string) => formatMoment(iso, locale, { dateStyle: 'long' }, false);
    return html`<section class="card" part="base" aria-labelledby="status-title">
      <h2 id="status-title" tabindex="-1">${application.typeName[locale]}</h2>
      <p>${s.code}: <span class="code">${application.code}</span></p>
      <p>${s.current}: <span class="badge badge--${application.status}" part="status">${this.localize('application-status', applicationStatusNames)[application.status]}</span></p>
      <p>${s.explain[application.status]}</p>
      ${application.decisionDue && (application.status === 'submitted' || application.status === 'verification')
        ? html`<p class="muted">${s.decisionDue(date(application.decisionDue))}</p>`
        : nothing}
      ${application.officerNote
        ? html`<div class="note" part="note" role="note" aria-labelledby="note-title">
            <p id="note-title"><strong>${s.officerNote}</strong></p>
            <blockquote>${application.officerNote}</blockquote>
          </div>`
        : nothing}
      ${application.canEdit
        ? url
          ? html`<p><a class="button" part="edit" href=${url} @click=${this.handleEdit}>${revision ? s.revise : s.continueDraft}</a></p>`
          : html`<p><button class="button" part="edit" type="button" @click=${this.handleEdit}>${revision ? s.revise : s.continueDraft}</button></p>`
        : nothing}
      <h3>${s.timeline}</h3>
      <ol class="timeline" part="timeline">
        ${application.timeline.map(
          (entry, index) => html`<li aria-current=${index === last ? 'step' : nothing}>
            <span class="timeline__status">${this.localize('application-status', applicationStatusNames)[entry.status]}</span>
            <time datetime=${entry.at}>${this.when(entry.at)}</time>
            ${entry.note ? html`<p class="timeline__note">${entry.note}</p>` : nothing}
          </li>`,
        )}
      </ol>
      <p class="status-line muted" role="status">${this.notice}</p>
      <div class="actions">
        <button class="button button--secondary refresh" type="button" aria-disabled=${this.refreshing ? 'true' : 'false'} @click=${this.refreshing ? null : this.handleRefresh}>${s.refresh}</button>
        <button class="button button--secondary" type="button" @click=${this.handleAnother}>${s.another}</button>
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const { state } = this.application;
    if (state.status === 'ready') return state.value ? this.renderApplication(state.value) : this.renderLookup();
    if (state.status === 'loading' && this.refreshing && this.shown) return this.renderApplication(this.shown);
    if (state.status === 'error') return this.codeError ? this.renderLookup() : renderError(this.t, this.errorText, this.handleRetry);
    return renderLoading(this.t, 4);
  }
}

defineElement('layanan-permit-status', LayananPermitStatus);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-permit-status': LayananPermitStatus;
  }
}
