import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { formatRupiah, type Payment, type TaxBillQuote } from '@layanan/contract';
import './tax-payment.js';
import type { LayananTaxPayment } from './tax-payment.js';
import type { LayananNopInput } from '../nop-input/nop-input.js';
import { textOf, useMockApi } from '../../test/mock-api.js';

/** Text as read: any run of spaces (Intl's no-break space too) as one space. */
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const rp = (amount: number) => norm(formatRupiah(amount));

const SEEDED_PAYMENT = 'R7K2M-PB4QX-9HDTW';

const $ = <T extends HTMLElement = HTMLElement>(el: LayananTaxPayment, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const part = (el: LayananTaxPayment, name: string) => $(el, `[part~="${name}"]`);
const heading = (el: LayananTaxPayment) => norm($(el, '.heading')?.textContent);
const status = (el: LayananTaxPayment) => norm($(el, '[role="status"]')!.textContent);
const textIn = (el: Element | null) => norm(el?.textContent);
const until = (what: () => unknown, message: string) => waitUntil(what, message, { timeout: 8000 });

let samples: { one: string; arrears: string; paid: string; bphtb: string; levy: string };

/** The citizen's payments on the server (the seed's paid one left out). */
const payments = (mock: BrowserMockServer) => [...mock.store.state.taxes.payments.values()].filter((p) => p.code !== SEEDED_PAYMENT);

/** Types a billing code into its box and looks it up, until the bills are shown. */
async function lookUpBillingCode(el: LayananTaxPayment, code: string, message = 'no bills') {
  const box = $<HTMLInputElement>(el, '#billing-code')!;
  box.value = code;
  box.dispatchEvent(new Event('input'));
  $(el, 'button[type="submit"]')!.click();
  await until(() => part(el, 'bills'), message);
}

/** The text box inside `<layanan-nop-input>`. */
const nopBox = (el: LayananTaxPayment) => $(el, '#nop')!.shadowRoot!.querySelector('input')!;

async function typeNop(el: LayananTaxPayment, nop: string) {
  const input = nopBox(el);
  input.value = nop;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await ($(el, '#nop') as LayananNopInput).updateComplete;
}

async function lookUp(el: LayananTaxPayment, nop: string) {
  await typeNop(el, nop);
  $(el, 'button[type="submit"]')!.click();
  await until(() => part(el, 'bills') || part(el, 'empty') || part(el, 'error'), 'no bills shown');
}

async function widget(nop?: string, lang = 'id') {
  const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment lang=${lang} poll-interval="100"></layanan-tax-payment>`);
  if (nop) await lookUp(el, nop);
  return el;
}

const payButton = (el: LayananTaxPayment) => part(el, 'pay-button')!;
const pending = (el: LayananTaxPayment) => until(() => part(el, 'countdown'), 'no pending payment shown');

/**
 * A reload: a new widget (polling fast) picks up what the device kept; `check` runs once it has
 * announced and shows the pending payment, and the widget leaves the page afterwards.
 */
async function afterReload(check: (el: LayananTaxPayment, created: Payment) => void) {
  const el = document.createElement('layanan-tax-payment');
  el.pollInterval = 100;
  const created = oneEvent(el, 'layanan-payment-created');
  document.body.append(el);
  try {
    const { detail } = await created;
    await pending(el);
    check(el, detail.payment);
  } finally {
    el.remove();
  }
}

function choose(el: LayananTaxPayment, selector: string, value?: string) {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  if (value === undefined) (control as HTMLInputElement).click();
  else {
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }
}

/** `navigator.onLine` false and the window's `offline` event; the function returned comes back online. */
function goOffline() {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  };
}

async function quoteOf(nop: string): Promise<TaxBillQuote> {
  return (await fetch(`/v1/taxes/bills?type=pbb-p2&objectNumber=${nop}`)).json();
}

describe('<layanan-tax-payment>', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  /** The citizen pays one year and the widget leaves the page with the payment pending (a reload follows). */
  async function payAndLeave() {
    const first = await widget(samples.one);
    payButton(first).click();
    await pending(first);
    first.remove();
    return payments(mock)[0];
  }
  before(async () => {
    const { taxes } = (await (await fetch('/v1/_mock/samples')).json()) as { taxes: Array<{ what: string; objectNumber: string }> };
    const pick = (words: string) => taxes.find((s) => s.what.includes(words))!.objectNumber;
    samples = { one: pick('one unpaid year'), arrears: pick('arrears'), paid: pick('fully paid'), bphtb: pick('BPHTB'), levy: pick('Retribusi') };
  });

  it('is accessible on the first step, which asks for the NOP in Bahasa Indonesia', async () => {
    const el = await widget();
    await expect(el).to.be.accessible();
    expect(heading(el)).to.equal('Cek dan bayar PBB-P2');
    expect($(el, '#nop')!.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('NOP (Nomor Objek Pajak)');
    expect($(el, 'label[for="year"]')!.textContent).to.contain('opsional');
  });

  it('checks the NOP before asking the server, and keeps what was typed', async () => {
    let asked = 0;
    mock.use(http.get('*/v1/taxes/bills', () => void asked++));
    const el = await widget();
    const nop = $(el, '#nop')!;
    const error = () => nop.shadowRoot!.querySelector('[part="error"]')!.textContent;
    $(el, 'button[type="submit"]')!.click();
    await until(() => error(), 'no error');
    expect(error()).to.equal('Wajib diisi.');
    expect(el.shadowRoot!.activeElement).to.equal(nop);
    await typeNop(el, '18.03.010');
    $(el, 'button[type="submit"]')!.click();
    await until(() => error()!.includes('18 angka'), 'no format error');
    expect(nopBox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(nopBox(el).value).to.equal('18.03.010');
    expect(asked).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('puts the server answer for a NOP with unknown region codes under the field', async () => {
    // A NOP the shared rules accept but this agency's server does not know the region of.
    mock.use(
      http.get('*/v1/taxes/bills', () =>
        HttpResponse.json(
          { type: 'urn:layanan:problem:validation', title: 'Data tidak valid', status: 422, errors: [{ path: 'objectNumber', code: 'nop_region', message: 'Wilayah NOP ini bukan wilayah Lampung Utara.' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await widget();
    await typeNop(el, '18.71.010.001.001-0001.0');
    $(el, 'button[type="submit"]')!.click();
    const nop = $(el, '#nop')!;
    await until(() => nop.shadowRoot!.querySelector('[part="error"]')!.textContent, 'no field error');
    expect(nop.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('Wilayah NOP ini bukan wilayah Lampung Utara.');
    expect(nopBox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, 'error')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers the other taxes, and finds a BPHTB bill by its billing code', async () => {
    const el = await widget();
    await until(() => part(el, 'tax-types'), 'no choice of taxes');
    expect([...part(el, 'tax-types')!.querySelectorAll('.choice__title')].map((t) => t.textContent)).to.deep.equal(['PBB-P2', 'BPHTB', 'Retribusi Sampah']);
    const bphtb = $<HTMLInputElement>(el, 'input[name="tax-type"][value="bphtb"]')!;
    bphtb.click();
    await el.updateComplete;
    expect($(el, '#nop')).to.equal(null);
    expect(heading(el)).to.equal('Cek dan bayar BPHTB');
    const box = $<HTMLInputElement>(el, '#billing-code')!;
    $(el, 'button[type="submit"]')!.click();
    await until(() => $(el, '#billing-code-error'), 'no error');
    expect(textIn($(el, '#billing-code-error'))).to.equal('Masukkan kode bayar.');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    box.value = '12345';
    box.dispatchEvent(new Event('input'));
    $(el, 'button[type="submit"]')!.click();
    await until(() => textIn($(el, '#billing-code-error')) === 'Kode bayar harus 15 angka.', 'no length error');
    await expect(el).to.be.accessible();

    box.value = samples.bphtb;
    box.dispatchEvent(new Event('input'));
    $(el, 'button[type="submit"]')!.click();
    await until(() => part(el, 'bills'), 'no bills');
    expect(heading(el)).to.equal('Tagihan BPHTB');
    expect(textOf(el)).to.contain(`Kode bayar ${samples.bphtb}`);
    const quote: TaxBillQuote = await (await fetch(`/v1/taxes/bills?type=bphtb&objectNumber=${samples.bphtb}`)).json();
    expect(textIn(part(el, 'total'))).to.contain(norm(formatRupiah(quote.bills.reduce((sum, b) => sum + (b.status === 'unpaid' ? b.total : 0), 0))));
    await expect(el).to.be.accessible();
    payButton(el).click();
    await pending(el);
    expect(payments(mock)[0]!.taxTypeId).to.equal('bphtb');
  });

  it('shows a monthly levy by month when the page fixes the tax with tax-type', async () => {
    const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment tax-type="retribusi-sampah"></layanan-tax-payment>`);
    await until(() => $(el, '#billing-code'), 'no billing code field');
    await aTimeout(50);
    expect(part(el, 'tax-types'), 'no choice when the page fixed the tax').to.equal(null);
    await lookUpBillingCode(el, samples.levy);
    expect([...el.shadowRoot!.querySelectorAll('.bill__year')].map((y) => y.textContent)).to.deep.equal(['Oktober 2026', 'November 2026']);
  });

  it('follows a later change of tax-type: the form, and bills shown for the old tax give way', async () => {
    const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment tax-type="pbb-p2"></layanan-tax-payment>`);
    await until(() => $(el, '#nop'), 'no NOP field');
    expect(heading(el)).to.equal('Cek dan bayar PBB-P2');
    el.setAttribute('tax-type', 'bphtb');
    await until(() => $(el, '#billing-code'), 'the form did not follow tax-type');
    expect($(el, '#nop')).to.equal(null);
    expect(part(el, 'tax-types'), 'still no choice: the page fixes the tax').to.equal(null);
    await until(() => heading(el) === 'Cek dan bayar BPHTB', `heading ${heading(el)}`);
    // Typed as printed, in groups: the contract's billing code takes it.
    await lookUpBillingCode(el, samples.bphtb.replace(/(\d{5})(?=\d)/g, '$1 '));
    expect(heading(el)).to.equal('Tagihan BPHTB');

    el.setAttribute('tax-type', 'retribusi-sampah');
    await until(() => !part(el, 'bills'), 'the BPHTB bills stayed under another tax');
    expect(heading(el)).to.equal('Cek dan bayar Retribusi Sampah');
    await lookUpBillingCode(el, samples.levy, 'no levy bills');
    expect([...el.shadowRoot!.querySelectorAll('.bill__year')].map((y) => y.textContent)).to.deep.equal(['Oktober 2026', 'November 2026']);
    await expect(el).to.be.accessible();
  });

  it('prefills the NOP from the nop attribute', async () => {
    const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment nop="180301000100100010"></layanan-tax-payment>`);
    await ($(el, '#nop') as LayananNopInput).updateComplete;
    expect(nopBox(el).value).to.equal('18.03.010.001.001-0001.0');
  });

  it('shows each year with principal and penalty exactly as the server priced them, and the object', async () => {
    const quote = await quoteOf(samples.arrears);
    const el = await widget(samples.arrears);
    await expect(el).to.be.accessible();
    expect(heading(el)).to.equal('Tagihan PBB-P2');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.heading'));
    const bills = [...el.shadowRoot!.querySelectorAll('[part="bill"]')];
    expect(bills).to.have.length(quote.bills.length).and.to.have.length(6);
    quote.bills.forEach((bill, i) => {
      const text = textIn(bills[i]!);
      expect(text).to.contain(`Tahun ${bill.year}`);
      expect(text).to.contain(`Pokok pajak ${rp(bill.principal)}`);
      expect(text).to.contain(`Denda (${bill.penaltyMonths} bulan) ${rp(bill.penalty)}`);
      expect(textIn(bills[i]!.querySelector('.bill__total'))).to.equal(rp(bill.total));
      expect(bill.principal + bill.penalty).to.equal(bill.total);
    });
    // The oldest year is at the 24-month cap: 24 % of 410.000.
    expect(textIn(bills[0]!)).to.contain('Denda (24 bulan) Rp 98.400');
    const sum = quote.bills.reduce((total, bill) => total + bill.total, 0);
    expect(textIn(part(el, 'total'))).to.equal(`Total yang dibayar (6 tagihan) ${rp(sum)}`);
    const text = textOf(el);
    expect(text).to.contain('Ah*** Sa*****');
    expect(text).to.contain('Jl. Lintas Sumatera Km 5, Bandar Putih, Abung Selatan');
    expect(text).to.contain('1.250 m²');
    expect(text).to.contain('18.03.020.005.012-0034.0');
    expect(text).to.contain('Rincian ini berlaku sampai 30 November 2026 pukul 23.59 WIB');
    await until(() => status(el) === `6 tagihan belum dibayar, total ${rp(sum)}.`, 'not announced'); // the Announcer speaks on the next frame
    expect(status(el)).to.equal(`6 tagihan belum dibayar, total ${rp(sum)}.`);
  });

  it('changes the total as arrears are chosen, and refuses to pay nothing', async () => {
    const quote = await quoteOf(samples.arrears);
    const el = await widget(samples.arrears);
    const all = quote.bills.reduce((total, bill) => total + bill.total, 0);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.bills input[type="checkbox"]')];
    boxes[0]!.click();
    await el.updateComplete;
    const less = all - quote.bills[0]!.total;
    expect(textIn(part(el, 'total'))).to.equal(`Total yang dibayar (5 tagihan) ${rp(less)}`);
    expect(textIn(payButton(el))).to.equal(`Bayar ${rp(less)}`);
    await until(() => status(el) === `Total yang dibayar: ${rp(less)}`, 'not announced'); // the Announcer speaks on the next frame
    expect(status(el)).to.equal(`Total yang dibayar: ${rp(less)}`);
    for (const box of boxes.slice(1)) box.click();
    await el.updateComplete;
    payButton(el).click();
    await until(() => $(el, '#bills-error'), 'no error');
    expect($(el, '#bills-error')!.textContent).to.equal('Pilih paling sedikit satu tagihan.');
    expect(el.shadowRoot!.activeElement).to.equal(boxes[0]);
    expect(payments(mock)).to.have.length(0);
    await expect(el).to.be.accessible();

    // Only the oldest two: the payment is for exactly those.
    boxes[0]!.click();
    boxes[1]!.click();
    await el.updateComplete;
    payButton(el).click();
    await pending(el);
    const [payment] = payments(mock);
    expect(payment!.bills.map((b) => b.period)).to.deep.equal(['2021', '2022']);
    expect(payment!.amount).to.equal(quote.bills[0]!.total + quote.bills[1]!.total);
  });

  it('creates exactly one payment on a double click, draws the QRIS and counts down', async () => {
    let posts = 0;
    mock.use(http.post('*/v1/taxes/payments', () => void posts++));
    const el = await widget(samples.one);
    const created = oneEvent(el, 'layanan-payment-created');
    payButton(el).click();
    payButton(el).click();
    const { detail } = await created;
    await pending(el);
    expect(posts).to.equal(1);
    expect(payments(mock)).to.have.length(1);
    expect(detail.payment.code).to.equal(payments(mock)[0]!.code);
    expect(heading(el)).to.equal('Selesaikan pembayaran');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.heading'));
    expect(textIn($(el, '.amount'))).to.equal('Rp 267.800');
    expect(textOf(el)).to.contain(detail.payment.code);
    const qr = part(el, 'qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(norm(qr.getAttribute('aria-label'))).to.equal('Kode QRIS untuk membayar Rp 267.800');
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(500);
    expect($(el, '[role="timer"]')!.textContent).to.match(/^(30:00|29:[0-5]\d)$/);
    expect(textIn(part(el, 'countdown'))).to.contain('Bayar sebelum 30 November 2026 pukul 09.30 WIB');
    expect(textOf(el)).to.contain('Pindai kode QR ini.');
    await expect(el).to.be.accessible();
  });

  it('speaks the countdown only at 10, 5 and 1 minutes left', async () => {
    const el = await widget(samples.one);
    payButton(el).click();
    await pending(el);
    const realNow = Date.now;
    try {
      const spoken: string[] = [];
      // Minutes passed since the payment was created (it lasts 30).
      for (const passed of [12, 20.5, 21, 25.5, 29.5]) {
        Date.now = () => realNow() + passed * 60_000;
        await aTimeout(1050);
        spoken.push(status(el));
      }
      expect(spoken).to.deep.equal(['', 'Sisa waktu 10 menit.', 'Sisa waktu 10 menit.', 'Sisa waktu 5 menit.', 'Sisa waktu 1 menit.']);
      expect($(el, '[role="timer"]')!.textContent).to.match(/^00:[0-5]\d$/);
    } finally {
      Date.now = realNow;
    }
  });

  it('pays by virtual account: a bank is required, then the number with a copy button', async () => {
    const el = await widget(samples.one);
    choose(el, 'input[value="virtual_account"]');
    await el.updateComplete;
    payButton(el).click();
    await until(() => $(el, '#bank-error'), 'no bank error');
    expect($(el, '#bank-error')!.textContent).to.equal('Pilih bank untuk virtual account.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#bank'));
    expect(payments(mock)).to.have.length(0);
    choose(el, '#bank', 'bank-lampung');
    await el.updateComplete;
    payButton(el).click();
    await pending(el);
    const [payment] = payments(mock);
    // Grouped by four, as an ATM's keypad is typed (issue #11 §6); the digits are the server's.
    expect(part(el, 'virtual-account')!.textContent).to.match(/^\d{4}( \d{4})+( \d{1,4})?$/);
    expect(part(el, 'virtual-account')!.textContent!.replace(/ /g, '')).to.equal(payment!.virtualAccountNumber);
    expect(textOf(el)).to.contain('Bank Lampung');
    expect($(el, '[role="timer"]')!.textContent).to.match(/^(24:00:00|23:59:[0-5]\d)$/);
    expect(part(el, 'qr')).to.equal(null);
    await expect(el).to.be.accessible();

    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      part(el, 'copy-button')!.click();
      await until(() => status(el) === 'Nomor virtual account tersalin.', 'copy not announced');
      expect(copied).to.equal(payment!.virtualAccountNumber);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.deep.equal(clipboard);
    }
  });

  it('a lost answer and the retry return the same payment, never a second one', async () => {
    const keys: string[] = [];
    mock.use(http.post('*/v1/taxes/payments', ({ request }) => void keys.push(request.headers.get('idempotency-key')!)));
    // The server processes the payment but the answer is lost, for the first try and both SDK retries.
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/taxes/payments', method: 'POST', count: 3 });
    const el = await widget(samples.one);
    const errored = oneEvent(el, 'layanan-error');
    payButton(el).click();
    const { detail } = await errored;
    expect(detail.operation).to.equal('create-payment');
    await until(() => part(el, 'retry-button'), 'no retry');
    expect(payments(mock)).to.have.length(1);
    expect(part(el, 'error-message')!.textContent).to.contain('Tidak dapat terhubung');
    expect(textOf(el)).to.contain('tagihan tidak akan dibayar dua kali');
    // The choice is locked to the intent that was sent.
    expect($<HTMLInputElement>(el, '.bills input')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    const created = oneEvent(el, 'layanan-payment-created');
    part(el, 'retry-button')!.click();
    const { detail: again } = await created;
    await pending(el);
    expect(payments(mock)).to.have.length(1);
    expect(again.payment.code).to.equal(payments(mock)[0]!.code);
    expect(new Set(keys).size).to.equal(1);
    expect(keys.length).to.equal(4);
  });

  it('offline at "Bayar": says it was not sent, offers one retry, and sends it by itself once online', async () => {
    const keys: string[] = [];
    mock.use(http.post('*/v1/taxes/payments', ({ request }) => void keys.push(request.headers.get('idempotency-key')!)));
    const el = await widget(samples.one);
    const restore = goOffline();
    // The request never leaves the device: the first try and both SDK retries.
    mock.store.state.config.failures.push({ mode: 'network', path: '/v1/taxes/payments', method: 'POST', count: 3 });
    try {
      payButton(el).click();
      await until(() => part(el, 'error'), 'no message');
    } catch (error) {
      restore();
      throw error;
    }
    const text = textOf(el);
    expect(textIn(part(el, 'error-message'))).to.equal('Pembayaran belum terkirim: perangkat ini sedang tidak tersambung ke internet. Pembayaran dikirim otomatis begitu tersambung lagi.');
    expect(text).to.not.contain('Gagal memuat');
    expect(text).to.not.contain('sudah dikirim');
    expect([...el.shadowRoot!.querySelectorAll('button')].filter((b) => textIn(b) === 'Coba lagi')).to.have.length(1);
    expect(part(el, 'pay-button')).to.equal(null);
    expect(payments(mock)).to.have.length(0);
    await expect(el).to.be.accessible();

    const created = oneEvent(el, 'layanan-payment-created');
    restore();
    const { detail } = await created;
    await pending(el);
    expect(part(el, 'error')).to.equal(null);
    expect(payments(mock)).to.have.length(1);
    expect(detail.payment.code).to.equal(payments(mock)[0]!.code);
    expect(new Set(keys).size, 'one key for every try').to.equal(1);
  });

  it('brings the pending payment back after a reload', async () => {
    const payment = await payAndLeave();

    let posts = 0;
    mock.use(http.post('*/v1/taxes/payments', () => void posts++));
    const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment poll-interval="100"></layanan-tax-payment>`);
    await pending(el);
    expect(textOf(el)).to.contain(payment!.code);
    expect(part(el, 'qr')).to.not.equal(null);
    expect(posts).to.equal(0);
    expect(payments(mock)).to.have.length(1);
  });

  it('picks up a payment kept by the previous release, under the key of this one', async () => {
    const payment = await payAndLeave();
    const key = `layanan:tax-payment:${location.origin}:payment-memory`;
    const legacy = `layanan:tax-payment:${location.origin}/`;
    const kept = JSON.parse(localStorage.getItem(key)!);
    expect(kept.data.code).to.equal(payment!.code);
    localStorage.removeItem(key);
    localStorage.setItem(legacy, JSON.stringify(kept.data));

    const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment poll-interval="100"></layanan-tax-payment>`);
    await pending(el);
    expect(textOf(el)).to.contain(payment!.code);
    expect(localStorage.getItem(legacy)).to.equal(null);
    expect(JSON.parse(localStorage.getItem(key)!).data.code).to.equal(payment!.code);
  });

  it('after a reload, sends an unanswered intent again with the same key and shows that payment', async () => {
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/taxes/payments', method: 'POST', count: 3 });
    const first = await widget(samples.one);
    payButton(first).click();
    await until(() => part(first, 'retry-button'), 'no retry');
    const [payment] = payments(mock);
    first.remove();
    // The citizen comes back ten minutes later: the countdown must not start again from 30:00.
    const key = `layanan:tax-payment:${location.origin}:payment`;
    const intent = JSON.parse(localStorage.getItem(key)!);
    expect(intent.firstSentAt, 'the first send is remembered').to.be.a('number');
    localStorage.setItem(key, JSON.stringify({ ...intent, firstSentAt: intent.firstSentAt - 10 * 60_000 }));

    await afterReload((el, created) => {
      expect(created.code).to.equal(payment!.code);
      expect(payments(mock)).to.have.length(1);
      expect($(el, '[role="timer"]')!.textContent).to.match(/^(20:00|19:[0-5]\d)$/);
    });
  });

  it('a 429, then a lost answer, then a reload: the citizen sees the one payment the server made', async () => {
    const keys: string[] = [];
    mock.use(http.post('*/v1/taxes/payments', ({ request }) => void keys.push(request.headers.get('idempotency-key')!)));
    // Too many requests, for the first try and both SDK retries: nothing is made, the intent stays.
    mock.store.state.config.failures.push({ mode: 'status', status: 429, path: '/v1/taxes/payments', method: 'POST', count: 3 });
    const first = await widget(samples.one);
    const refused = oneEvent(first, 'layanan-error');
    payButton(first).click();
    await refused;
    await until(() => part(first, 'retry-button'), 'no retry after a 429');
    expect(payments(mock)).to.have.length(0);
    expect(textOf(first)).to.contain('tagihan tidak akan dibayar dua kali');

    // The retry reaches the server, which makes the payment; every answer is lost on the way back.
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/taxes/payments', method: 'POST', count: 3 });
    const lost = oneEvent(first, 'layanan-error');
    part(first, 'retry-button')!.click();
    await lost;
    await until(() => part(first, 'retry-button'), 'no retry after a lost answer');
    expect(payments(mock)).to.have.length(1);
    first.remove();

    // A reload: the new widget sends the same intent again and shows the payment the server made.
    await afterReload((el, created) => {
      expect(payments(mock)).to.have.length(1);
      expect(created.code).to.equal(payments(mock)[0]!.code);
      expect(textOf(el)).to.contain(payments(mock)[0]!.code);
      expect(new Set(keys).size, 'one key for every try').to.equal(1);
      expect(keys).to.have.length(7);
    });
  }).timeout(30000);

  it('shows a printable receipt once paid, and tells the page', async () => {
    const el = await widget(samples.one);
    payButton(el).click();
    await pending(el);
    const [record] = payments(mock);
    const completed = oneEvent(el, 'layanan-payment-completed');
    await fetch(`/v1/_mock/payments/${record!.code}/settle`, { method: 'POST' });
    const { detail } = await completed;
    await until(() => part(el, 'receipt'), 'no receipt');
    const receipt = detail.payment.receipt!;
    expect(heading(el)).to.equal('Pembayaran berhasil');
    await until(() => status(el) === 'Pembayaran berhasil', 'not announced'); // the Announcer speaks on the next frame
    expect(status(el)).to.equal('Pembayaran berhasil');
    const text = textOf(part(el, 'receipt')!);
    expect(text).to.contain(`Nomor bukti bayar ${receipt.receiptNumber}`);
    expect(text).to.contain('Dibayar pada 30 November 2026 pukul');
    expect(text).to.contain('Saluran pembayaran QRIS');
    expect(text).to.contain('Jumlah Rp 267.800');
    expect(text).to.contain(`Kode verifikasi ${receipt.verificationCode}`);
    expect(norm(part(el, 'qr')!.getAttribute('aria-label'))).to.equal(`Kode QR verifikasi ${receipt.verificationCode}`);
    await expect(el).to.be.accessible();

    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      part(el, 'print-button')!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);

    // Reloaded, the receipt is still there, and the page is not told twice.
    el.remove();
    let told = 0;
    const tell = () => told++;
    document.addEventListener('layanan-payment-completed', tell);
    const again = await fixture<LayananTaxPayment>(html`<layanan-tax-payment></layanan-tax-payment>`);
    await until(() => part(again, 'receipt'), 'receipt not restored');
    document.removeEventListener('layanan-payment-completed', tell);
    expect(told).to.equal(0);
    [...again.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Bayar tagihan lain'))!.click();
    await until(() => $(again, '#nop'), 'did not start over');
    expect(localStorage.getItem(`layanan:tax-payment:${location.origin}/`)).to.equal(null);
    expect(localStorage.getItem(`layanan:tax-payment:${location.origin}:payment-memory`)).to.equal(null);
  });

  it('says when the payment expired, tells the page, and starts again with fresh bills', async () => {
    const el = await widget(samples.one);
    payButton(el).click();
    await pending(el);
    const expired = oneEvent(el, 'layanan-payment-expired');
    mock.store.setNow(mock.store.now().getTime() + 31 * 60_000);
    const { detail } = await expired;
    expect(detail.payment.status).to.equal('expired');
    await until(() => heading(el) === 'Waktu pembayaran habis', 'no expired state');
    expect(textOf(el)).to.contain('Pembayaran Rp 267.800 tidak diterima sebelum batas waktu');
    await expect(el).to.be.accessible();
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Buat pembayaran baru'))!.click();
    await until(() => part(el, 'bills'), 'bills not shown again');
    expect($<HTMLInputElement>(el, '.bills input')!.checked).to.equal(true);
    payButton(el).click();
    await pending(el);
    expect(payments(mock).map((p) => p.status)).to.deep.equal(['expired', 'pending']);
  });

  it('keeps following a pending payment through a lost connection', async () => {
    const el = await widget(samples.one);
    payButton(el).click();
    await pending(el);
    const waiting = textIn($(el, '.waiting'));
    mock.store.state.config.failures.push({ mode: 'network', path: '/v1/taxes/payments/', method: 'GET', count: 3 });
    // The SDK's watch rides the outage out quietly; the browser says the connection dropped and came back.
    const restore = goOffline();
    await until(() => textIn($(el, '.waiting')) === 'Koneksi terputus. Mencoba lagi…', 'lost connection not shown');
    restore();
    await until(() => textIn($(el, '.waiting')) === waiting, 'recovery not shown');
    const completed = oneEvent(el, 'layanan-payment-completed');
    await fetch(`/v1/_mock/payments/${payments(mock)[0]!.code}/settle`, { method: 'POST' });
    await completed;
    await until(() => part(el, 'receipt'), 'no receipt');
  });

  it('shows a paid year as paid when that year is asked for', async () => {
    const el = await widget();
    choose(el, '#year', '2024');
    await lookUp(el, samples.one);
    expect(textIn(part(el, 'bills'))).to.contain('Tahun 2024 Lunas');
    expect(el.shadowRoot!.querySelector('.bills input')).to.equal(null);
    expect(textIn(part(el, 'empty'))).to.equal('Tidak ada tagihan yang perlu dibayar untuk NOP ini.');
  });

  it('says when the bank refused the payment', async () => {
    const el = await widget(samples.one);
    payButton(el).click();
    await pending(el);
    const ended = oneEvent(el, 'layanan-payment-expired');
    await fetch(`/v1/_mock/payments/${payments(mock)[0]!.code}/fail`, { method: 'POST' });
    expect((await ended).detail.payment.status).to.equal('failed');
    await until(() => heading(el) === 'Pembayaran gagal', 'no failed state');
    await expect(el).to.be.accessible();
  });

  it('looks the bills up again when the quote went stale, and says so', async () => {
    const el = await widget(samples.one);
    mock.store.setNow(Date.parse('2026-12-01T08:00:00+07:00'));
    payButton(el).click();
    await until(() => $(el, '.note'), 'no note');
    await until(() => !$(el, '.bills input[disabled]'), 'still locked');
    expect($(el, '.note')!.textContent).to.equal('Rincian tagihan sudah diperbarui karena batas berlakunya lewat. Periksa lagi jumlahnya, lalu bayar.');
    expect(textOf(el)).to.contain('berlaku sampai 2 Desember 2026 pukul 08.00 WIB'); // a quote lasts a day at most
    expect(textOf(el)).to.contain('Denda (4 bulan) Rp 10.400');
    expect(payments(mock)).to.have.length(0);
    payButton(el).click();
    await pending(el);
    expect(textIn($(el, '.amount'))).to.equal('Rp 270.400');
  });

  it('says so when everything is paid', async () => {
    const el = await widget(samples.paid);
    expect(textIn(part(el, 'empty'))).to.contain('Tidak ada tagihan yang perlu dibayar');
    expect(payButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a failed lookup in words, with a retry that works', async () => {
    mock.store.state.config.failures.push({ mode: 'network', path: '/v1/taxes/bills', count: 3 });
    const el = await widget();
    const errored = oneEvent(el, 'layanan-error');
    await lookUp(el, samples.one);
    expect((await errored).detail.operation).to.equal('find-bills');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'error-message'));
    await expect(el).to.be.accessible();
    part(el, 'retry-button')!.click();
    await until(() => part(el, 'bills'), 'retry did not load');
    expect(part(el, 'error')).to.equal(null);
  });

  it('shows the server answer for an unknown NOP, without a useless retry', async () => {
    const el = await widget('180301000100100099');
    expect(textIn(part(el, 'error-message'))).to.contain('Tidak ada objek pajak dengan nomor itu.');
    expect(part(el, 'retry-button')).to.equal(null);
    expect(nopBox(el).value).to.equal('18.03.010.001.001-0009.9');
  });

  it('speaks English with lang="en", the server too', async () => {
    const el = await widget(samples.arrears, 'en');
    expect(heading(el)).to.equal('Land and building tax bills');
    expect(textOf(el)).to.contain('Penalty (24 months) Rp 98.400');
    expect(textOf(el)).to.contain('These amounts hold until 30 November 2026 at 23:59 WIB');
    expect(textIn(payButton(el))).to.match(/^Pay Rp /);
    await expect(el).to.be.accessible();
    payButton(el).click();
    await pending(el);
    expect(heading(el)).to.equal('Complete the payment');
    expect(textOf(el)).to.contain('Scan this QR code.');
  });

  it('wraps the largest bill (BPHTB Rp 12.500.000) at 320 px: nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await fixture<LayananTaxPayment>(html`<layanan-tax-payment tax-type="bphtb" poll-interval="100"></layanan-tax-payment>`);
      await until(() => $(el, '#billing-code'), 'no billing code box');
      await lookUpBillingCode(el, samples.bphtb);
      expect(textIn(part(el, 'total'))).to.contain('Rp 12.500.000');
      const fits = (what: string) => {
        const base = part(el, 'base')!;
        expect(base.scrollWidth, `${what}: the widget`).to.be.at.most(base.clientWidth);
        for (const row of el.shadowRoot!.querySelectorAll('dl div, .total, .choice')) expect(row.scrollWidth, `${what}: ${textIn(row)}`).to.be.at.most(row.clientWidth);
        // Clipped is not seen either: every amount, penalty and date ends inside the card.
        const right = base.getBoundingClientRect().right;
        for (const item of el.shadowRoot!.querySelectorAll('dd, .bill__total, .total strong, .va__number')) expect(item.getBoundingClientRect().right, `${what}: ${textIn(item)}`).to.be.at.most(right);
        expect(document.documentElement.scrollWidth, `${what}: the page`).to.be.at.most(document.documentElement.clientWidth);
      };
      fits('bills');
      choose(el, 'input[value="virtual_account"]');
      await el.updateComplete;
      choose(el, '#bank', 'bank-lampung');
      await el.updateComplete;
      payButton(el).click();
      await pending(el);
      fits('payment');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fits a 320 px screen, with 44 px targets', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><layanan-tax-payment poll-interval="100"></layanan-tax-payment></div>`);
    const el = wrapper.firstElementChild as LayananTaxPayment;
    await lookUp(el, samples.arrears);
    choose(el, 'input[value="virtual_account"]');
    await el.updateComplete;
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
    for (const target of el.shadowRoot!.querySelectorAll('button, .choice, select')) {
      expect(target.getBoundingClientRect().height).to.be.at.least(44);
    }
    choose(el, '#bank', 'bri');
    await el.updateComplete;
    payButton(el).click();
    await pending(el);
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
  });
});

