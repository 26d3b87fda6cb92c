import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { agencyExample } from '@layanan/contract';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { configure, type LayananAgencyInfo } from '../index.js';
import { textOf, useMockApi } from '../../test/mock-api.js';

const FRIDAY_MORNING = '2026-11-27T10:00:00+07:00';
const FRIDAY_DAWN = '2026-11-27T06:00:00+07:00';
const SATURDAY = '2026-11-28T10:00:00+07:00';

const part = (el: LayananAgencyInfo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const ready = (el: LayananAgencyInfo) => waitUntil(() => part(el, 'base'), 'agency never rendered', { timeout: 5000 });
const failed = (el: LayananAgencyInfo) => waitUntil(() => part(el, 'error'), 'error never rendered', { timeout: 5000 });

describe('<layanan-agency-info>', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  it('is accessible once loaded', async () => {
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`);
    await ready(el);
    await expect(el).to.be.accessible();
  });

  it('shows an accessible busy placeholder while loading', async () => {
    mock.store.state.config.latencyMs = 2000;
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info></layanan-agency-info>`);
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el)).to.equal('Memuat…');
    await expect(el).to.be.accessible();
  });

  it('shows the agency in Bahasa Indonesia by default: name, hours today, open now, address and contact', async () => {
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`);
    await ready(el);
    expect(part(el, 'name')!.textContent).to.equal('Pemerintah Kabupaten Lampung Utara');
    expect(part(el, 'name')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'hours')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Jam layanan hari ini 08.00–11.30 WIB Buka sekarang · tutup pukul 11.30',
    );
    const text = textOf(el);
    expect(text).to.contain('Jl. Jenderal Sudirman No. 1, Kelapa Tujuh, Kotabumi Selatan, Kabupaten Lampung Utara, Lampung 34511');
    const phone = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:+6272421004');
    expect(phone.textContent).to.equal('+62 724 21004');
    expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')!.textContent).to.equal('layanan@lampungutarakab.go.id');
    expect(part(el, 'logo')!.getAttribute('alt')).to.equal('Logo Pemkab Lampung Utara');
  });

  it('says when it opens on a closed day, and before opening time', async () => {
    const saturday = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${SATURDAY}></layanan-agency-info>`);
    await ready(saturday);
    expect(part(saturday, 'status')!.textContent).to.equal('Tutup sekarang · buka lagi Senin pukul 08.00');
    expect(part(saturday, 'hours')!.textContent).to.contain('Tutup hari ini');
    const dawn = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${FRIDAY_DAWN}></layanan-agency-info>`);
    await ready(dawn);
    expect(part(dawn, 'status')!.textContent).to.equal('Belum buka · buka pukul 08.00');
  });

  it('marks today in the week table', async () => {
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`);
    await ready(el);
    const rows = [...el.shadowRoot!.querySelectorAll('.week tr')];
    expect(rows).to.have.length(7);
    expect(rows.filter((row) => row.getAttribute('aria-current') === 'date').map((row) => row.querySelector('th')!.textContent!.trim())).to.deep.equal([
      'Jumat (hari ini)',
    ]);
    expect(rows[6]!.textContent).to.contain('Tutup');
  });

  it('speaks English with lang="en", and asks the server for English', async () => {
    let asked = '';
    mock.use(
      http.get('*/v1/agency', ({ request }) => {
        asked = request.headers.get('accept-language') ?? '';
        return undefined;
      }),
    );
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="en" now=${SATURDAY}></layanan-agency-info>`);
    await ready(el);
    expect(asked).to.equal('en');
    expect(part(el, 'status')!.textContent).to.equal('Closed now · opens Monday at 08:00');
    await expect(el).to.be.accessible();
  });

  it('follows the page language, also when it changes', async () => {
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${SATURDAY}></layanan-agency-info>`);
    await ready(el);
    expect(textOf(el)).to.contain('Jam layanan hari ini');
    document.documentElement.lang = 'en-GB';
    await waitUntil(() => textOf(el).includes('Opening hours today'), 'did not switch to English');
  });

  it('shows a network failure in words with a retry that works, and moves focus to the result', async () => {
    mock.store.state.config.failures.push({ mode: 'network', count: 3 }); // the first try and both retries
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`);
    const event = oneEvent(el, 'layanan-error');
    await failed(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error-message')!.textContent).to.equal(
      'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    );
    const { detail } = await event;
    expect(detail.operation).to.equal('load-agency');
    expect((detail.error as Error).name).to.equal('NetworkError');
    await expect(el).to.be.accessible();

    part(el, 'retry-button')!.click();
    await ready(el);
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'name'), 'focus did not move to the agency name');
  });

  it('shows the server problem, localized by the server, as text', async () => {
    mock.use(
      http.get('*/v1/agency', () =>
        HttpResponse.json(
          { type: 'urn:layanan:problem:x', title: '<img src=x onerror="window.pwned=1">Rusak', status: 400 },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info></layanan-agency-info>`);
    await failed(el);
    expect(part(el, 'error-message')!.textContent).to.equal('<img src=x onerror="window.pwned=1">Rusak');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('says the answer could not be read when the server breaks the contract', async () => {
    mock.store.state.config.failures.push({ mode: 'malformed', count: 3 });
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="en"></layanan-agency-info>`);
    await failed(el);
    expect(part(el, 'error-message')!.textContent).to.equal('The server sent an answer we cannot read. Try again later or contact the agency.');
  });

  it('tells the page developer when no API address is set', async () => {
    configure({ apiBase: '' });
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info></layanan-agency-info>`);
    await failed(el);
    expect(part(el, 'error-message')!.textContent).to.contain('api-base');
  });

  it('finds its API from api-base, then configure(), then <meta name="layanan-api-base">', async () => {
    const seen: string[] = [];
    mock.use(
      // The reference server answers only at its own base, so this one stands in at every other.
      http.get('*/v1/agency', ({ request }) => {
        seen.push(new URL(request.url).pathname);
        return HttpResponse.json(agencyExample);
      }),
    );
    configure({ apiBase: '' });
    const meta = Object.assign(document.createElement('meta'), { name: 'layanan-api-base', content: '/from-meta' });
    document.head.append(meta);
    const fromMeta = await fixture<LayananAgencyInfo>(html`<layanan-agency-info></layanan-agency-info>`);
    await ready(fromMeta);
    expect(seen).to.deep.equal(['/from-meta/v1/agency']);

    configure({ apiBase: '/from-configure' }); // widgets already on the page follow it
    await waitUntil(() => seen.length === 2);
    expect(seen[1]).to.equal('/from-configure/v1/agency');

    const fromAttribute = await fixture<LayananAgencyInfo>(html`<layanan-agency-info api-base="/from-attribute"></layanan-agency-info>`);
    await ready(fromAttribute);
    expect(seen).to.deep.equal(['/from-meta/v1/agency', '/from-configure/v1/agency', '/from-attribute/v1/agency']);
  });

  it('says so when the agency has published no opening hours', async () => {
    mock.store.state.agency.openingHours = [];
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info></layanan-agency-info>`);
    await ready(el);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Jam layanan belum diumumkan.');
    expect(part(el, 'week')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('announces the loaded agency with a bubbling, composed event', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const event = oneEvent(wrapper, 'layanan-agency-loaded');
    wrapper.append(document.createElement('layanan-agency-info'));
    const { detail, bubbles, composed } = await event;
    expect(detail.agency.id).to.equal('lampung-utara');
    expect(bubbles && composed).to.equal(true);
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info></div>`);
    const el = wrapper.firstElementChild as LayananAgencyInfo;
    await ready(el);
    part(el, 'week')!.setAttribute('open', '');
    await aTimeout(0);
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    const retryTarget = el.shadowRoot!.querySelector('summary')!.getBoundingClientRect();
    expect(retryTarget.height).to.be.at.least(44);
  });

  it('takes the agency colours from CSS custom properties, and its styles do not leak', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--layanan-color-primary: rgb(13, 71, 161)">
      <layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info><a href="#x">page link</a>
    </div>`);
    const el = wrapper.querySelector('layanan-agency-info')!;
    await ready(el);
    const link = el.shadowRoot!.querySelector('a[href^="tel:"]')!;
    expect(getComputedStyle(link).color).to.equal('rgb(13, 71, 161)');
    expect(getComputedStyle(wrapper.querySelector('a')!).textUnderlineOffset).to.not.equal(getComputedStyle(link).textUnderlineOffset);
  });
});
