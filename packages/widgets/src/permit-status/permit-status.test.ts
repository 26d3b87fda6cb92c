import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import type { LayananPermitStatus } from './permit-status.js';
import './permit-status.js';
import { textOf, useMockApi } from '../../test/mock-api.js';

const DRAFT = 'PRM7K-D2AFT-Q9WXZ';
const COMPLETE = 'PRM4X-C9MPT-W2HQZ';

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const shown = (el: LayananPermitStatus) => waitUntil(() => $(el, '[part="timeline"]'), `no timeline: ${textOf(el).slice(0, 200)}`, { timeout: 5000 });
// The code box and its error live in `<layanan-code-input id="status-code">`'s shadow root.
const codeBox = (el: LayananPermitStatus) => $(el, '#status-code')!.shadowRoot!.querySelector('input')!;
const codeError = (el: LayananPermitStatus) => $(el, '#status-code')?.shadowRoot!.querySelector('[part="error"]')?.textContent || null;
const steps = (el: LayananPermitStatus) => [...el.shadowRoot!.querySelectorAll('.timeline li')].map((li) => li.querySelector('.timeline__status')!.textContent);

const post = (path: string, body?: object) =>
  fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
const decide = (decision: string, note: string) => post(`/v1/_mock/permits/applications/${COMPLETE}/decide`, { decision, note });

describe('<layanan-permit-status>', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  it('is accessible asking for a code, and says what is wrong with a code', async () => {
    const el = await fixture<LayananPermitStatus>(html`<layanan-permit-status></layanan-permit-status>`);
    await waitUntil(() => $(el, '#status-code'));
    await expect(el).to.be.accessible();
    const input = codeBox(el);
    input.value = '12345';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    $(el, 'form .button')!.click();
    await waitUntil(() => codeError(el));
    expect(codeError(el)).to.equal('Kode permohonan terdiri dari 15 huruf dan angka, misalnya PRM7K-D2AFT-Q9WXZ.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');

    input.value = 'PRM22-22222-22222';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const failed = oneEvent(el, 'layanan-error');
    $(el, 'form .button')!.click();
    expect((await failed).detail.error).to.have.property('status', 404);
    await waitUntil(() => codeError(el) && !codeError(el)!.includes('15 huruf'), 'no error for an unknown code', { timeout: 5000 });
    await expect(el).to.be.accessible();

    codeBox(el).value = 'prm7k-d2aft-q9wxz';
    codeBox(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    $(el, 'form .button')!.click();
    await shown(el);
    expect($(el, '[part="status"]')!.textContent).to.equal('Draf');
    expect(el.code).to.equal(DRAFT);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'h2'), 'focus did not move to the result');
  });

  it('opens the application a citizen typed in small letters without dashes, on Enter', async () => {
    const el = await fixture<LayananPermitStatus>(html`<layanan-permit-status></layanan-permit-status>`);
    await waitUntil(() => $(el, '#status-code'));
    codeBox(el).focus();
    await sendKeys({ type: DRAFT.toLowerCase().replaceAll('-', '') });
    await sendKeys({ press: 'Enter' });
    await shown(el);
    expect(el.code).to.equal(DRAFT);
    expect($(el, '[part="status"]')!.textContent).to.equal('Draf');
  });

  it('shows the timeline with dates and the officer’s notes, up to the decision', async () => {
    await post(`/v1/permits/applications/${COMPLETE}/submit`);
    await post('/v1/_mock/clock', { advanceMinutes: 61 }); // checked an hour after it arrives
    const el = await fixture<LayananPermitStatus>(html`<layanan-permit-status code=${COMPLETE}></layanan-permit-status>`);
    await shown(el);
    expect(steps(el)).to.deep.equal(['Draf', 'Terkirim', 'Diperiksa petugas']);
    expect($(el, '[part="status"]')!.textContent).to.equal('Diperiksa petugas');
    expect(textOf(el)).to.contain('Berkas sedang diperiksa petugas.').and.to.contain('Keputusan paling lambat').and.to.contain('Izin Usaha Mikro dan Kecil');
    const times = [...el.shadowRoot!.querySelectorAll('time')];
    expect(times[1]!.getAttribute('datetime')).to.match(/^2026-11-30T09:0\d:\d{2}(\.\d+)?\+07:00$/);
    expect(times[1]!.textContent).to.match(/^30 November 2026 pukul 09\.0\d WIB$/);
    expect($(el, '.timeline li:last-child')!.getAttribute('aria-current')).to.equal('step');
    expect($(el, '[part="edit"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await decide('approve', 'Izin terbit; unduh di OSS.');
    const refresh = $(el, '.refresh')!;
    refresh.focus();
    refresh.click();
    expect($(el, '[part~="loading"]'), 'the card stays while it refreshes').to.equal(null);
    await waitUntil(() => $(el, '[part="status"]')?.textContent === 'Disetujui', 'refresh did not show the decision', { timeout: 5000 });
    expect(steps(el)).to.deep.equal(['Draf', 'Terkirim', 'Diperiksa petugas', 'Disetujui']);
    expect($(el, '[part="note"]')!.textContent).to.contain('Izin terbit; unduh di OSS.');
    expect(el.shadowRoot!.activeElement, 'focus stays on the refresh button').to.equal(refresh);
    await waitUntil(() => /^Diperbarui \d{2}\.\d{2}: Disetujui$/.test($(el, '.status-line')!.textContent!), 'the refresh was not announced');
    expect($(el, '.status-line')!.getAttribute('role')).to.equal('status');
  });

  it('leads back into the form when the officer asks for corrections: an event, and a link with form-url', async () => {
    await post(`/v1/permits/applications/${COMPLETE}/submit`);
    await decide('request_revision', 'Foto tempat usaha buram.');
    const el = await fixture<LayananPermitStatus>(html`<layanan-permit-status code=${COMPLETE}></layanan-permit-status>`);
    await shown(el);
    expect($(el, '[part="status"]')!.textContent).to.equal('Perlu perbaikan');
    expect($(el, '[part="note"]')!.textContent).to.contain('Foto tempat usaha buram.');
    expect(steps(el)).to.deep.equal(['Draf', 'Terkirim', 'Perlu perbaikan']);
    await expect(el).to.be.accessible();
    const button = $(el, '[part="edit"]')!;
    expect(button.localName).to.equal('button');
    const edit = oneEvent(el, 'layanan-application-edit');
    button.click();
    const event = await edit;
    expect(event.detail.code).to.equal(COMPLETE);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);

    el.formUrl = '/izin/ajukan?layanan=pbg';
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '[part="edit"]')!;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal(`${location.origin}/izin/ajukan?layanan=pbg&code=${COMPLETE}`);
    // A single-page app cancels the event and shows the form itself: the link is not followed.
    el.addEventListener('layanan-application-edit', (e) => e.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('shows a rejection with its reason', async () => {
    await post(`/v1/permits/applications/${COMPLETE}/submit`);
    await decide('reject', 'Lokasi usaha berada di jalur hijau.');
    const el = await fixture<LayananPermitStatus>(html`<layanan-permit-status code=${COMPLETE}></layanan-permit-status>`);
    await shown(el);
    expect($(el, '[part="status"]')!.textContent).to.equal('Ditolak');
    expect(textOf(el)).to.contain('Lokasi usaha berada di jalur hijau.').and.to.contain('Permohonan Anda ditolak.');
    expect($(el, '[part="edit"]')).to.equal(null);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<LayananPermitStatus>(html`<layanan-permit-status lang="en" code=${DRAFT}></layanan-permit-status>`);
    await shown(el);
    expect($(el, 'h2')!.textContent).to.equal('Micro and Small Business Permit');
    expect($(el, '[part="status"]')!.textContent).to.equal('Draft');
    expect($(el, '[part="edit"]')!.textContent).to.equal('Continue the application');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('28 November 2026 at 20:15 WIB');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then a failure in words with a retry that works', async () => {
    mock.store.state.config.latencyMs = 1500;
    const slow = await fixture<LayananPermitStatus>(html`<layanan-permit-status code=${DRAFT}></layanan-permit-status>`);
    expect($(slow, '[part~="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(slow).to.be.accessible();
    fixtureCleanup();
    mock.store.state.config.latencyMs = 0;

    mock.store.state.config.failures.push({ mode: 'network', count: 3 });
    const el = await fixture<LayananPermitStatus>(html`<layanan-permit-status code=${DRAFT}></layanan-permit-status>`);
    await waitUntil(() => $(el, '[part~="error"]'), 'no error', { timeout: 9000 });
    expect($(el, '[part="error-message"]')!.textContent).to.equal('Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.');
    await expect(el).to.be.accessible();
    $(el, '[part="retry-button"]')!.click();
    await shown(el);
  });

  it('fits a 320 px screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><layanan-permit-status code=${DRAFT}></layanan-permit-status></div>`);
    const el = wrapper.firstElementChild as LayananPermitStatus;
    await shown(el);
    expect($(el, '.card')!.scrollWidth).to.be.at.most(320);
  });
});
