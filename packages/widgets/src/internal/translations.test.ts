import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { registerTranslation, type LayananAgencyInfo, type TranslationOverrides } from '../index.js';
import { textOf, useMockApi } from '../../test/mock-api.js';

// Registrations last for the page: each test below uses its own language or texts no later test reads.
const FRIDAY_MORNING = '2026-11-27T10:00:00+07:00';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const ready = (el: Element) => waitUntil(() => part(el, 'name'), 'agency never rendered', { timeout: 5000 });

/** Collects what the widgets say in the console while `run` goes on. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('registerTranslation', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  it('changes the texts of a widget already on the page, a function text included', async () => {
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="en" now=${FRIDAY_MORNING}></layanan-agency-info>`);
    await ready(el);
    expect(text(el, 'status')).to.equal('Open now · closes at 11:30');

    registerTranslation('en', { 'agency-info': { hoursToday: 'Service hours today', openNow: (closes) => `We are open until ${closes}` } });
    await waitUntil(() => text(el, 'status') === 'We are open until 11:30', `status still reads "${text(el, 'status')}"`);
    expect(text(el, 'hours')).to.contain('Service hours today');
    expect(textOf(el)).to.contain('Address'); // a text nobody overrode stays
  });

  it('overrides one nested text and keeps its siblings', async () => {
    registerTranslation('id', { common: { errors: { network: 'Jaringan sedang putus. Coba beberapa saat lagi.' } } });
    mock.store.state.config.failures.push({ mode: 'network', count: 3 }); // the first try and both retries
    const el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`);
    await waitUntil(() => part(el, 'error-message'), 'error never rendered', { timeout: 5000 });
    expect(text(el, 'error-message')).to.equal('Jaringan sedang putus. Coba beberapa saat lagi.');
    expect(text(el, 'retry-button')).to.equal('Coba lagi');
    expect(textOf(el)).to.contain('Gagal memuat');
  });

  it("changes an identity input's label, its refusal and what a valid NIK says, inside a form", async () => {
    registerTranslation('id', {
      'identity-input': {
        labels: { nik: 'Nomor Induk Kependudukan' },
        messages: { nik_length: 'NIK itu 16 angka, lihat KTP Anda.' },
        nikHolder: (sex, birthDate) => `${sex === 'female' ? 'Ibu' : 'Bapak'}, lahir ${birthDate}`,
      },
    });
    const form = await fixture<HTMLFormElement>(html`<form><layanan-nik-input name="nik" required></layanan-nik-input></form>`);
    const nik = form.querySelector('layanan-nik-input')!;
    await nik.updateComplete;
    expect(text(nik, 'label')).to.equal('Nomor Induk Kependudukan');
    nik.value = '18030545';
    await nik.updateComplete;
    expect(nik.validationMessage).to.equal('NIK itu 16 angka, lihat KTP Anda.');
    expect(nik.reportValidity()).to.equal(false);
    await nik.updateComplete;
    expect(text(nik, 'error')).to.equal('NIK itu 16 angka, lihat KTP Anda.');
    nik.value = '1803054512900001';
    await nik.updateComplete;
    expect(text(nik, 'hint')).to.equal('Ibu, lahir 5 Desember 1990');
    expect(nik.validationMessage).to.equal('');
  });

  it('adds a language that falls back to Bahasa Indonesia for the texts it leaves out', async () => {
    registerTranslation('jv', { 'agency-info': { hoursToday: 'Jam layanan dinten punika', closedToday: 'Tutup dinten punika' } }, { fallback: 'id' });
    const el = await fixture<LayananAgencyInfo>(html`<div lang="jv-ID"><layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info></div>`).then((box) => box.firstElementChild as LayananAgencyInfo);
    await ready(el);
    expect(el.language).to.equal('jv');
    expect(el.locale).to.equal('id'); // the server is asked in Indonesian, and times are written 11.30
    expect(text(el, 'hours')).to.contain('Jam layanan dinten punika');
    expect(text(el, 'status')).to.equal('Buka sekarang · tutup pukul 11.30');
  });

  it('adds a language on top of another registered one, after the widget appeared', async () => {
    let el!: LayananAgencyInfo;
    const warnings = await warningsDuring(async () => {
      el = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="su" now=${FRIDAY_MORNING}></layanan-agency-info>`);
      await ready(el);
      registerTranslation('su-base', { 'agency-info': { openNow: (closes) => `Buka ayeuna · tutup jam ${closes}` } }, { fallback: 'en' });
      registerTranslation('su', { 'agency-info': { hoursToday: 'Jam layanan dinten ieu' } }, { fallback: 'su-base' });
      await waitUntil(() => text(el, 'hours')?.includes('Jam layanan dinten ieu'), `hours still read "${text(el, 'hours')}"`);
    });
    expect(warnings).to.have.length(1); // before its registration, su was unknown
    expect(text(el, 'status')).to.equal('Buka ayeuna · tutup jam 11:30');
    expect(textOf(el)).to.contain('Address'); // from English, the end of su → su-base → en
  });

  it('shows Bahasa Indonesia for a language nobody registered, and says so once per language', async () => {
    const warnings = await warningsDuring(async () => {
      const first = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="fr" now=${FRIDAY_MORNING}></layanan-agency-info>`);
      const second = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="fr" now=${FRIDAY_MORNING}></layanan-agency-info>`);
      const other = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="xx" now=${FRIDAY_MORNING}></layanan-agency-info>`);
      await Promise.all([ready(first), ready(second), ready(other)]);
      expect(text(first, 'hours')).to.contain('Jam layanan hari ini');
      expect(text(other, 'status')).to.equal('Buka sekarang · tutup pukul 11.30');
      first.requestUpdate();
      await first.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('lang="fr"').and.contain('Bahasa Indonesia').and.contain("registerTranslation('fr'");
    expect(warnings[1]).to.contain('lang="xx"');
  });

  it('takes en-US as English and no lang at all as Bahasa Indonesia, without a word in the console', async () => {
    const warnings = await warningsDuring(async () => {
      const english = await fixture<LayananAgencyInfo>(html`<layanan-agency-info lang="en-US" now=${FRIDAY_MORNING}></layanan-agency-info>`);
      const plain = await fixture<LayananAgencyInfo>(html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`);
      await Promise.all([ready(english), ready(plain)]);
      expect(english.locale).to.equal('en');
      expect(textOf(english)).to.contain('Address');
      expect(text(plain, 'status')).to.equal('Buka sekarang · tutup pukul 11.30');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('is typed against the catalogs', () => {
    const valid: TranslationOverrides = { 'queue-ticket': { submit: 'Ambil nomor', nowServing: (number) => `Sekarang: ${number}` } };
    // @ts-expect-error a text is a string
    const wrongType: TranslationOverrides = { 'queue-ticket': { submit: 42 } };
    // @ts-expect-error no such text in the catalog
    const unknownText: TranslationOverrides = { 'queue-ticket': { submitt: 'Ambil nomor' } };
    // @ts-expect-error no such catalog
    const unknownCatalog: TranslationOverrides = { 'queue-tiket': {} };
    expect([valid, wrongType, unknownText, unknownCatalog]).to.have.length(4);
  });
});
