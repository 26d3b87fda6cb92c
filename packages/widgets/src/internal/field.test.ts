import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { LayananPermitForm } from '../permit-form/permit-form.js';
import type { LayananQueueTicket } from '../queue-ticket/queue-ticket.js';
import type { LayananTaxPayment } from '../tax-payment/tax-payment.js';
import { useMockApi } from '../../test/mock-api.js';

// The shared field mechanism as citizens meet it inside the widgets, at 360 px, by keyboard and by a real mouse.
const $ = <T extends HTMLElement = HTMLElement>(root: Element, selector: string) => root.shadowRoot!.querySelector<T>(selector);
const inner = (root: Element, selector: string) => $(root, selector)!.shadowRoot!.querySelector('input')!;

/** Types on the real keyboard into a text box (inside an identity input or not). */
async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

/** Presses Enter in a text box on the real keyboard. */
async function enterIn(input: HTMLInputElement) {
  input.focus();
  await sendKeys({ press: 'Enter' });
}

/**
 * Presses and releases the mouse 6 px below the button's top edge, checking between the two that
 * the button has not moved: what a finger does right after leaving a field.
 */
async function tap(host: HTMLElement & { updateComplete: Promise<boolean> }, button: HTMLElement) {
  const before = button.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(before.left + before.width / 2), Math.round(before.top + 6)] });
  await sendMouse({ type: 'down' });
  await host.updateComplete;
  expect(button.getBoundingClientRect().top, 'the button moved under the pointer').to.equal(before.top);
  await sendMouse({ type: 'up' });
}

const summaryLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.summary a')];

describe('fields in the widgets', () => {
  useMockApi(() => undefined);
  before(() => setViewport({ width: 360, height: 800 }));
  afterEach(() => resetMouse());

  const queueForm = async () => {
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="ktp-el"></layanan-queue-ticket>`);
    await waitUntil(() => $(el, '[part~="form"] button[type="submit"]'), 'the queue form never came', { timeout: 5000 });
    return el;
  };
  const permitStep = async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`);
    await waitUntil(() => $(el, '.step-title')?.textContent === 'Data pemohon', 'the permit form never came', { timeout: 5000 });
    return el;
  };
  const stepTitle = (el: LayananPermitForm) => $(el, '.step-title')?.textContent;

  it('queue: Enter in the NIK takes a number, as the submit button does', async () => {
    const el = await queueForm();
    const issued = oneEvent(el, 'layanan-ticket-issued');
    await typeInto($<HTMLInputElement>(el, '#name')!, 'Siti Rahmawati');
    await typeInto(inner(el, 'layanan-phone-input'), '081234567890');
    await typeInto(inner(el, 'layanan-nik-input'), '1803054512900001');
    await enterIn(inner(el, 'layanan-nik-input'));
    const { detail } = await issued;
    expect(detail.ticket.holder.name).to.equal('Siti Rahmawati');
    await waitUntil(() => $(el, '[part~="number"]')?.textContent === detail.ticket.number, 'no ticket shown');
  });

  it('queue: Enter in the phone with gaps shows the summary, naming each field as its label does', async () => {
    const el = await queueForm();
    await enterIn(inner(el, 'layanan-phone-input'));
    await waitUntil(() => $(el, '.summary'), 'no error summary after Enter');
    const phoneLabel = $(el, 'layanan-phone-input')!.shadowRoot!.querySelector('label')!.textContent!.trim();
    expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.deep.equal(['Nama lengkap: Wajib diisi.', `${phoneLabel}: Wajib diisi.`, 'NIK: Wajib diisi.']);
    expect(phoneLabel).to.equal('Nomor telepon');
  });

  it('queue: a tap on the submit button right after a wrong NIK shows the summary', async () => {
    const el = await queueForm();
    await typeInto(inner(el, 'layanan-nik-input'), '1803053002900001');
    await tap(el, $(el, 'button[type="submit"]')!);
    await waitUntil(() => $(el, '.summary'), 'the tap was lost: no summary');
    expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.include('NIK: Tanggal lahir pada NIK tidak mungkin.');
  });

  it('error-summary links are targets of 24 px or more', async () => {
    const el = await queueForm();
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await waitUntil(() => summaryLinks(el).length === 3, 'no summary');
    const heights = summaryLinks(el).map((a) => a.getBoundingClientRect().height);
    expect(heights.every((h) => h >= 24), `heights ${heights.join(', ')}`).to.equal(true);
    // …and the tap on one reaches it: the field it names gets focus.
    await tap(el, summaryLinks(el)[2]!);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'nik', 'the link did not take focus to the NIK');
  });

  it('tax payment: Enter in the NOP finds the bills, as "Cari" does', async () => {
    const { taxes } = (await (await fetch('/v1/_mock/samples')).json()) as { taxes: Array<{ what: string; objectNumber: string }> };
    const nop = taxes.find((s) => s.what.includes('one unpaid year'))!.objectNumber;
    const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment></layanan-tax-payment>`);
    await waitUntil(() => $(el, 'layanan-nop-input')?.shadowRoot?.querySelector('input'), 'no NOP input', { timeout: 5000 });
    await typeInto(inner(el, 'layanan-nop-input'), nop);
    await enterIn(inner(el, 'layanan-nop-input'));
    await waitUntil(() => $(el, '[part~="bills"]'), 'Enter did not find the bills', { timeout: 5000 });
  });

  it('permit form: Enter in the phone goes to the next step, as "Lanjut" does', async () => {
    const el = await permitStep();
    await typeInto($<HTMLInputElement>(el, '#field-fullName')!, 'Rina Marlina');
    await typeInto(inner(el, '#field-nik'), '1803054101950003');
    await typeInto(inner(el, '#field-phone'), '081234567890');
    await enterIn(inner(el, '#field-phone'));
    await waitUntil(() => stepTitle(el) === 'Data usaha', `Enter did not go on (on "${stepTitle(el)}")`, { timeout: 5000 });
  });

  it('permit form: a tap on "Lanjut" right after a wrong e-mail shows the summary', async () => {
    const el = await permitStep();
    await typeInto($<HTMLInputElement>(el, '#field-email')!, 'budi@');
    await tap(el, $(el, 'form .button[type="submit"]')!);
    await waitUntil(() => $(el, '.summary'), 'the tap was lost: no summary');
    expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.include('Surel: Alamat surel tidak valid, contoh: nama@contoh.id.');
  });
});
