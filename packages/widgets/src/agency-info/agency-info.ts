import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatPhone, type Agency } from '@layanan/contract';
import { AgencyResource } from '@layanan/sdk';
import { LayananAgencyLoadedEvent } from '../events/layanan-agency-loaded.js';
import { FocusController } from '../internal/focus.js';
import { defineElement, LayananElement } from '../internal/layanan-element.js';
import { openingStatus, zoneLabel } from '../internal/opening-hours.js';
import { ResourceController } from '../internal/resource.js';
import { renderEmpty, renderError, renderLoading } from '../internal/states.js';
import { cardStyles, stateStyles, tokens } from '../styles/tokens.js';
import { agencyInfoStrings } from './agency-info.strings.js';
import { agencyInfoStyles } from './agency-info.styles.js';
// Its events' types come with the element, so `e.detail` is typed from this entry alone.
export type { LayananAgencyLoadedEvent } from '../events/layanan-agency-loaded.js';

/**
 * @tagname layanan-agency-info
 * @summary The agency behind the API: name, logo, today's opening hours and whether it is open
 * now, the week's hours, address and how to get in touch.
 *
 * @event layanan-agency-loaded - The agency's data is on screen. `detail.agency` is the contract's `Agency`.
 * @event layanan-error - Loading failed; the widget shows the error and a retry button. `detail: { error, message, operation }`.
 *
 * @csspart base - The card around everything.
 * @csspart header - Logo and names.
 * @csspart logo - The agency's logo image.
 * @csspart name - The agency's name (a heading).
 * @csspart hours - Today's hours and open/closed status.
 * @csspart status - The open/closed sentence.
 * @csspart details - The address and contact list.
 * @csspart week - The week's opening hours (a disclosure).
 * @csspart empty - Shown when the agency has published no opening hours.
 */
export class LayananAgencyInfo extends LayananElement {
  static override styles = [tokens, cardStyles, stateStyles, agencyInfoStyles];

  private readonly focusing = new FocusController(this);
  private readonly agency = new ResourceController(this, {
    args: () => [this.resolvedApiBase, this.locale] as const,
    load: ([apiBase, locale], signal) => new AgencyResource(this.transportFor(apiBase, locale)).get({ signal }),
    onReady: (agency) => this.dispatchEvent(new LayananAgencyLoadedEvent(agency)),
    onError: (error) => {
      this.errorText = this.reportError(error, 'load-agency');
    },
  });

  @state() private errorText = '';
  private ticker?: ReturnType<typeof setInterval>;

  /** Heading level of the agency's name, to fit the page's outline (2–6). Default `2`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Fixes "now" for open/closed (ISO date-time), e.g. for a preview. Default: the real time, refreshed every minute. */
  @property() now?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Open/closed depends on the time of day: look again every minute.
    this.ticker = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  private handleRetry = () => {
    // The citizen's focus was on the button the retry takes away: put it on the outcome.
    this.focusing.after('.name, .state__message');
    void this.agency.run();
  };

  private renderAgency(agency: Agency) {
    const t = this.t;
    const s = this.localize('agency-info', agencyInfoStrings);
    const now = this.now ? new Date(this.now) : new Date();
    const { weekday, today, status } = openingStatus(agency.openingHours, now, agency.timeZone);
    const zone = zoneLabel(agency.timeZone);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const { address, contact } = agency;
    const addressLine = [address.street, address.village, address.district, address.regency, [address.province, address.postalCode].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    const statusText =
      status.kind === 'open'
        ? s.openNow(status.closes)
        : status.kind === 'later-today'
          ? s.opensLaterToday(status.opens)
          : status.next
            ? s.closedNow(t.time.weekdays[status.next.weekday - 1]!, status.next.opens)
            : s.closedToday;

    return html`<section class="card" part="base" aria-label=${s.label}>
      <div class="header" part="header">
        ${agency.logoUrl ? html`<img class="logo" part="logo" src=${agency.logoUrl} alt=${s.logoAlt(agency.shortName)} width="48" height="48" />` : nothing}
        <div>
          <div class="name" part="name" role="heading" aria-level=${level} tabindex="-1">${agency.name}</div>
          ${agency.shortName !== agency.name ? html`<p class="short-name">${agency.shortName}</p>` : nothing}
        </div>
      </div>

      ${agency.openingHours.length === 0
        ? renderEmpty(s.noHours)
        : html`<div class="hours" part="hours">
              <p class="hours__label">${s.hoursToday}</p>
              <p class="hours__today">
                ${today.length ? today.map((h, i) => html`${i ? ', ' : ''}${t.time.range(h.opens, h.closes, zone)}`) : s.closedToday}
              </p>
              <p class="status status--${status.kind === 'open' ? 'open' : 'closed'}" part="status">${statusText}</p>
            </div>
            <details part="week">
              <summary>${s.weekHours}</summary>
              <table class="week">
                <tbody>
                  ${t.time.weekdays.map((name, index) => {
                    const day = index + 1;
                    const intervals = agency.openingHours.filter((h) => h.day === day);
                    return html`<tr aria-current=${day === weekday ? 'date' : nothing}>
                      <th scope="row">${name}${day === weekday ? html` <span class="visually-hidden">(${s.today})</span>` : nothing}</th>
                      <td>${intervals.length ? intervals.map((h, i) => html`${i ? ', ' : ''}${t.time.range(h.opens, h.closes, zone)}`) : s.closed}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </details>`}

      <dl part="details">
        <dt>${s.address}</dt>
        <dd>${addressLine}</dd>
        ${contact.phone ? html`<dt>${s.phone}</dt><dd><a href="tel:${contact.phone}">${formatPhone(contact.phone)}</a></dd>` : nothing}
        ${contact.whatsapp
          ? html`<dt>${s.whatsapp}</dt><dd><a href="https://wa.me/${contact.whatsapp.slice(1)}" rel="noopener" target="_blank">${formatPhone(contact.whatsapp)}</a></dd>`
          : nothing}
        ${contact.email ? html`<dt>${s.email}</dt><dd><a href="mailto:${contact.email}">${contact.email}</a></dd>` : nothing}
        ${contact.website ? html`<dt>${s.website}</dt><dd><a href=${contact.website} rel="noopener" target="_blank">${contact.website.replace(/^https?:\/\//, '')}</a></dd>` : nothing}
      </dl>
    </section>`;
  }

  override render(): TemplateResult {
    const { state } = this.agency;
    if (state.status === 'ready') return this.renderAgency(state.value);
    if (state.status === 'error') return renderError(this.t, this.errorText, this.handleRetry);
    return renderLoading(this.t);
  }
}

defineElement('layanan-agency-info', LayananAgencyInfo);

declare global {
  interface HTMLElementTagNameMap {
    'layanan-agency-info': LayananAgencyInfo;
  }
}
