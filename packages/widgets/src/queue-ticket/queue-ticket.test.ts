import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import type { LayananQueueTicket } from './queue-ticket.js';
import './queue-ticket.js';
import { textOf, useMockApi } from '../../test/mock-api.js';

const NIK = '1803054512900001';
const PHONE = '0812-3456-7890';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const formReady = (el: LayananQueueTicket) => waitUntil(() => part(el, 'form'), 'the form never came', { timeout: 5000 });
const ticketReady = (el: LayananQueueTicket) => waitUntil(() => part(el, 'ticket'), 'the ticket never came', { timeout: 5000 });
const statusIs = (el: LayananQueueTicket, status: string) =>
  waitUntil(() => part(el, 'status')?.textContent === status, `status never became ${status}`, { timeout: 6000 });

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  input.dispatchEvent(new FocusEvent('blur'));
}

async function choose(el: LayananQueueTicket, serviceId: string) {
  const select = $<HTMLSelectElement>(el, '#service')!;
  select.value = serviceId;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Fills the form as a citizen would: name, phone and (when asked) NIK. */
async function fill(el: LayananQueueTicket, { name = 'Siti Rahmawati', phone = PHONE, nik = NIK } = {}) {
  await typeInto($<HTMLInputElement>(el, '#name')!, name);
  const phoneInput = $(el, 'layanan-phone-input')!;
  await typeInto(phoneInput.shadowRoot!.querySelector('input')!, phone);
  const nikInput = $(el, 'layanan-nik-input');
  if (nikInput) await typeInto(nikInput.shadowRoot!.querySelector('input')!, nik);
  await el.updateComplete;
}

/**
 * Moves the reference clock a minute at a time (asking the server each time, which moves its
 * queues) until the ticket is as wanted: one big jump could skip a call and its check-in window.
 */
async function advanceUntil(mock: BrowserMockServer, code: string, wanted: (ticket: { status: string; peopleAhead: number | null }) => boolean) {
  for (let minute = 0; minute < 6 * 60; minute++) {
    const ticket = await (await fetch(`/v1/queue/tickets/${code}`)).json();
    if (wanted(ticket)) return ticket;
    mock.store.setNow(mock.store.now().getTime() + 60_000);
  }
  throw new Error('the ticket never got there');
}

/** The ticket code the device keeps for a fixed service (DeviceDraft's entry). */
const keptCode = (service: string): string => JSON.parse(localStorage.getItem(`layanan:queue-ticket:${location.origin}:code:${service}`)!).data;

const submit = (el: LayananQueueTicket) => $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();

/** A citizen takes a number for `service`: the widget, its form filled and sent, the ticket issued (the event's) and shown. */
async function takeTicket(service: string) {
  const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service=${service}></layanan-queue-ticket>`);
  await formReady(el);
  await fill(el);
  const issued = oneEvent(el, 'layanan-ticket-issued');
  submit(el);
  const { detail } = await issued;
  await ticketReady(el);
  return { el, detail };
}

/** Runs `test` while the browser says `Notification.permission` is `permission`, then puts its own back. */
async function withPermission(permission: NotificationPermission, test: () => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(Notification, 'permission')!;
  Object.defineProperty(Notification, 'permission', { configurable: true, get: () => permission });
  try {
    await test();
  } finally {
    Object.defineProperty(Notification, 'permission', original);
  }
}
const button = (el: LayananQueueTicket, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);

describe('<layanan-queue-ticket>', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  const tickets = () => mock.store.state.queue.tickets.size;

  it('is accessible with the form, and says what each day still has', async () => {
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket></layanan-queue-ticket>`);
    await formReady(el);
    await expect(el).to.be.accessible();
    await choose(el, 'ktp-el');
    const text = textOf(el);
    expect(text).to.contain('Kantor Disdukcapil Lampung Utara');
    expect(text).to.contain('± 12 menit per orang');
    // 1 December is fully booked in the seed: shown, but not choosable.
    const full = $<HTMLInputElement>(el, 'input[value="2026-12-01"]')!;
    expect(full.disabled).to.equal(true);
    expect(full.closest('label')!.textContent).to.contain('penuh');
    expect($<HTMLInputElement>(el, 'input[value="2026-11-30"]')!.checked).to.equal(true);
    expect($(el, 'layanan-nik-input'), 'KTP-el needs a NIK').to.exist;
    await expect(el).to.be.accessible();
  });

  it('checks everything before sending: one summary of every problem, focused, and nothing sent', async () => {
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="ktp-el"></layanan-queue-ticket>`);
    await formReady(el);
    const before = tickets();
    submit(el);
    await waitUntil(() => part(el, 'error-summary'));
    const summary = part(el, 'error-summary')!;
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Nama lengkap: Wajib diisi.',
      'Nomor telepon: Wajib diisi.',
      'NIK: Wajib diisi.',
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect($(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(tickets()).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('takes a number: big number, QR code, people ahead and expected time; the device keeps only the code', async () => {
    const { el, detail } = await takeTicket('ktp-el');
    expect(part(el, 'number')!.textContent).to.equal(detail.ticket.number);
    expect(detail.ticket.number).to.match(/^A-\d{3}$/);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'number'));
    expect(part(el, 'status')!.textContent).to.equal('Menunggu');
    expect(textOf(el)).to.match(/\d+ orang lagi sebelum Anda\. Perkiraan dipanggil pukul \d\d\.\d\d–\d\d\.\d\d WIB\./);
    const qr = part(el, 'qr')!;
    expect(qr.getAttribute('aria-label')).to.equal(`Kode QR nomor antrean ${detail.ticket.number}`);
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(200);
    const kept = Object.values({ ...localStorage }).join(' ');
    expect(kept).to.contain(detail.ticket.code);
    expect(kept).not.to.contain(NIK);
    expect(kept).not.to.contain('81234567890');
    await expect(el).to.be.accessible();
  });

  it('brings the ticket back after a reload', async () => {
    const before = tickets();
    let { el } = await takeTicket('akta-kelahiran');
    const number = part(el, 'number')!.textContent;
    const issued = tickets();
    expect(issued, 'the store counts the ticket just issued').to.equal(before + 1);
    fixtureCleanup();

    el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="akta-kelahiran"></layanan-queue-ticket>`);
    await ticketReady(el);
    expect(part(el, 'number')!.textContent).to.equal(number);
    expect(tickets(), 'the reload issued a second ticket').to.equal(issued);
  });

  it('keeps a ticket and its reminder kept by the previous release, moved to the new key format', () =>
    withPermission('denied', async () => {
      let { el } = await takeTicket('akta-kelahiran');
      const number = part(el, 'number')!.textContent;
      const code = keptCode('akta-kelahiran');
      fixtureCleanup();
      // What the previous release left on a citizen's phone: the bare code and the reminder's point.
      localStorage.clear();
      // The old key held the resolved API root as is (`href`, so with its slash).
      localStorage.setItem(`layanan:queue-ticket:${location.origin}/:akta-kelahiran`, JSON.stringify(code));
      localStorage.setItem(`layanan:queue-reminder:${code}`, '5');
      const before = tickets();

      el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="akta-kelahiran"></layanan-queue-ticket>`);
      await ticketReady(el);
      expect(part(el, 'number')!.textContent).to.equal(number);
      expect(textOf(el)).to.contain('Pengingat menyala: saat tinggal 5 orang');
      expect(tickets(), 'no second ticket').to.equal(before);
      expect(Object.keys(localStorage).filter((k) => k.startsWith('layanan:')).sort()).to.deep.equal([`layanan:queue-ticket:${location.origin}:code:akta-kelahiran`, `layanan:queue-ticket:${location.origin}:reminder:${code}`]);
      expect(keptCode('akta-kelahiran')).to.equal(code);
    }));

  it('a 429, then a lost answer, then a reload and a retry: the citizen sees the one ticket the server issued', async () => {
    const keys: string[] = [];
    mock.use(http.post('*/v1/queue/tickets', ({ request }) => void keys.push(request.headers.get('idempotency-key')!)));
    const before = tickets();
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="ktp-el"></layanan-queue-ticket>`);
    await formReady(el);
    await fill(el);
    // Too many requests for the first try and both SDK retries: no number yet, the intent stays.
    mock.store.state.config.failures.push({ mode: 'status', status: 429, path: '/v1/queue/tickets', method: 'POST', count: 3 });
    const refused = oneEvent(el, 'layanan-error');
    submit(el);
    await refused;
    expect(tickets()).to.equal(before);
    // The retry takes a number on the server; every answer to it is lost.
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/queue/tickets', method: 'POST', count: 3 });
    const lost = oneEvent(el, 'layanan-error');
    await waitUntil(() => !$<HTMLButtonElement>(el, 'button[type="submit"]')!.disabled);
    submit(el);
    await lost;
    expect(tickets()).to.equal(before + 1);
    const issuedNumber = [...mock.store.state.queue.tickets.values()].at(-1)!.number;
    const kept = Object.values({ ...localStorage }).join(' ');
    expect(localStorage.getItem(`layanan:queue-ticket:${location.origin}:ticket:ktp-el`), 'the intent is kept on the device, as a digest').to.match(/"digest":"[0-9a-f]{64}"/);
    expect(kept).not.to.contain(NIK);
    expect(kept).not.to.contain('81234567890');
    el.remove();

    // A reload: the form is empty again; the citizen types the same details and sends.
    const { el: again, detail } = await takeTicket('ktp-el');
    expect(detail.ticket.number).to.equal(issuedNumber);
    expect(part(again, 'number')!.textContent).to.equal(issuedNumber);
    expect(tickets()).to.equal(before + 1);
    expect(new Set(keys).size, 'one key for every try').to.equal(1);
  }).timeout(30000);

  it('follows the queue live: places go down, the call is announced and fires an event', async () => {
    const { el } = await takeTicket('akta-kelahiran');
    const called = oneEvent(el, 'layanan-ticket-called');
    const code = keptCode('akta-kelahiran');
    await advanceUntil(mock, code, (ticket) => ticket.status === 'called');
    const { detail } = await called;
    await statusIs(el, 'Dipanggil');
    expect(detail.ticket.status).to.equal('called');
    expect(textOf(el)).to.contain(`Silakan ke ${detail.ticket.counter} sekarang`);
    // The live region is emptied, then filled on the next frame (so a repeated sentence is read again).
    await waitUntil(() => part(el, 'announcer')!.textContent!.includes(`${detail.ticket.number}: Dipanggil.`), 'the call was not announced');
    expect($(el, '[role="status"]')!.textContent).to.contain(`${detail.ticket.number}: Dipanggil.`);
    await expect(el).to.be.accessible();
  });

  it('reminds on the page, with the chosen number of people ahead, when notifications are not allowed', () =>
    withPermission('denied', async () => {
      const { el } = await takeTicket('akta-kelahiran');
      const ahead = Number(textOf(el).match(/(\d+) orang lagi/)?.[1]);
      expect(ahead, 'someone is ahead').to.be.greaterThan(1);
      const select = $<HTMLSelectElement>(el, '#remind-at')!;
      select.value = '1';
      select.dispatchEvent(new Event('change'));
      button(el, 'Nyalakan pengingat')!.click();
      await waitUntil(() => textOf(el).includes('Pengingat menyala: saat tinggal 1 orang'));
      expect(textOf(el)).to.contain('pengingat muncul di halaman ini');
      expect(part(el, 'alert')).to.equal(null);
      const code = keptCode('akta-kelahiran');
      await advanceUntil(mock, code, (ticket) => ticket.peopleAhead !== null && ticket.peopleAhead <= 1);
      await waitUntil(() => part(el, 'alert'), 'no reminder', { timeout: 6000 });
      expect(part(el, 'alert')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'alert')!.textContent).to.match(/hampir tiba\. (Tinggal 1 orang di depan Anda|Anda berikutnya)/);
      await expect(el).to.be.accessible();
    }));

  it('after a missed call, lets the citizen re-join the back of the queue once', async () => {
    const { el } = await takeTicket('akta-kelahiran');
    const code = keptCode('akta-kelahiran');
    await advanceUntil(mock, code, (ticket) => ticket.status === 'no_show');
    await statusIs(el, 'Tidak hadir');
    expect(textOf(el)).to.match(/Anda boleh masuk antrean lagi satu kali, paling lambat pukul \d\d\.\d\d WIB\./);
    await expect(el).to.be.accessible();
    button(el, 'Antre lagi')!.click();
    await statusIs(el, 'Menunggu');
    expect(button(el, 'Antre lagi')).to.equal(undefined);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'number'));
  });

  it('says when the connection is lost, and when it is back', async () => {
    const { el } = await takeTicket('akta-kelahiran');
    expect(textOf(el)).not.to.contain('Koneksi terputus');
    dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect($(el, '.updated')!.textContent).to.contain('Koneksi terputus; nomor diperbarui lagi begitu tersambung.');
    dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(textOf(el)).not.to.contain('Koneksi terputus');
  });

  it('cancels only after confirmation, then offers a new number', async () => {
    const { el } = await takeTicket('akta-kelahiran');
    button(el, 'Batalkan nomor')!.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Tidak')!.click();
    expect(dialog.open).to.equal(false);
    expect(part(el, 'status')!.textContent).to.equal('Menunggu');

    button(el, 'Batalkan nomor')!.click();
    const cancelled = oneEvent(el, 'layanan-ticket-cancelled');
    button(el, 'Ya, batalkan')!.click();
    expect((await cancelled).detail.ticket.status).to.equal('cancelled');
    await statusIs(el, 'Dibatalkan');
    expect(part(el, 'qr')).to.equal(null);
    await expect(el).to.be.accessible();

    button(el, 'Ambil nomor baru')!.click();
    await formReady(el);
    expect(localStorage.length).to.equal(0);
    // Focus waits through the loading placeholder for the form's heading, instead of falling to <body>.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.heading'));
  });

  it('drops a late list of services once the page has moved the widget on to another service', async () => {
    const { el } = await takeTicket('akta-kelahiran');
    button(el, 'Batalkan nomor')!.click();
    button(el, 'Ya, batalkan')!.click();
    await statusIs(el, 'Dibatalkan');
    // The next list is slow and stale: it lacks the service the page is about to ask for.
    mock.use(http.get('*/v1/queue/services', async () => (await delay(800), HttpResponse.json({ items: [], nextCursor: null })), { once: true }));
    button(el, 'Ambil nomor baru')!.click();
    await aTimeout(50);
    el.setAttribute('service', 'ktp-el');
    await formReady(el);
    await aTimeout(1200);
    expect(part(el, 'error'), textOf(el)).to.equal(null);
    expect(part(el, 'form')).to.not.equal(null);
  });

  it('refuses a second number for the same phone, naming the first', async () => {
    const { el } = await takeTicket('akta-kelahiran');
    const first = part(el, 'number')!.textContent!;
    localStorage.clear();
    fixtureCleanup();

    const again = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="akta-kelahiran"></layanan-queue-ticket>`);
    await formReady(again);
    await fill(again);
    const failed = oneEvent(again, 'layanan-error');
    submit(again);
    expect((await failed).detail.operation).to.equal('issue-ticket');
    await again.updateComplete;
    const error = $(again, '.form-error')!;
    expect(error.textContent).to.contain(first);
    expect(again.shadowRoot!.activeElement).to.equal(error);
    // Nothing typed is lost.
    expect($<HTMLInputElement>(again, '#name')!.value).to.equal('Siti Rahmawati');
  });

  it('when the day filled up meanwhile, offers the next date with room', async () => {
    mock.use(
      http.post('*/v1/queue/tickets', () =>
        HttpResponse.json(
          { type: 'urn:layanan:problem:queue-quota-full', title: 'Kuota penuh', status: 409, detail: 'Kuota 30 November 2026 sudah habis.', nextAvailableDate: '2026-12-02' },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="ktp-el"></layanan-queue-ticket>`);
    await formReady(el);
    await fill(el);
    submit(el);
    await waitUntil(() => $(el, '.form-error'));
    expect($(el, '.form-error')!.textContent).to.contain('Kuota 30 November 2026 sudah habis.');
    const pick = button(el, 'Pilih Rabu, 2 Desember')!;
    pick.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[value="2026-12-02"]')!.checked).to.equal(true);
    expect($(el, '.form-error')).to.equal(null);
  });

  it("puts the server's field errors on the fields", async () => {
    mock.use(
      http.post('*/v1/queue/tickets', () =>
        HttpResponse.json(
          { type: 'urn:layanan:problem:validation', title: 'Data tidak valid', status: 422, errors: [{ path: 'name', code: 'blocked', message: 'Nama ini tidak bisa dipakai.' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="akta-kelahiran"></layanan-queue-ticket>`);
    await formReady(el);
    await fill(el);
    submit(el);
    await waitUntil(() => part(el, 'error-summary'));
    expect(part(el, 'error-summary')!.textContent).to.contain('Nama lengkap: Nama ini tidak bisa dipakai.');
    expect($(el, '#name-error')!.textContent).to.equal('Nama ini tidak bisa dipakai.');
  });

  it('forgets a saved ticket the server no longer knows, and says so', async () => {
    let { el } = await takeTicket('akta-kelahiran');
    fixtureCleanup();
    mock.reset(); // the office's system was reset: the ticket is gone

    el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket service="akta-kelahiran"></layanan-queue-ticket>`);
    await formReady(el);
    expect(textOf(el)).to.contain('tidak ditemukan lagi');
    expect(localStorage.length).to.equal(0);
  });

  it('shows an accessible busy placeholder while loading', async () => {
    mock.store.state.config.latencyMs = 2000;
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket></layanan-queue-ticket>`);
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el)).to.equal('Memuat…');
    await expect(el).to.be.accessible();
  });

  it('shows a failed load with a retry that works', async () => {
    mock.store.state.config.failures = [{ mode: 'status', path: '/v1/queue/services', status: 503, count: 10 }];
    const el = await fixture<LayananQueueTicket>(html`<layanan-queue-ticket></layanan-queue-ticket>`);
    await waitUntil(() => part(el, 'error'), 'no error', { timeout: 8000 });
    await expect(el).to.be.accessible();
    mock.store.state.config.failures = [];
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await formReady(el);
  });

  it('speaks English with lang="en" and fits 320 px', async () => {
    const box = await fixture<HTMLDivElement>(html`<div class="narrow"><layanan-queue-ticket lang="en" service="ktp-el"></layanan-queue-ticket></div>`);
    box.style.width = '320px';
    const el = box.firstElementChild as LayananQueueTicket;
    await formReady(el);
    expect(textOf(el)).to.contain('Take a queue number');
    expect(textOf(el)).to.contain('about 12 minutes each');
    expect(el.scrollWidth).to.be.at.most(320);
    await fill(el);
    submit(el);
    await ticketReady(el);
    expect(part(el, 'status')!.textContent).to.equal('Waiting');
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
