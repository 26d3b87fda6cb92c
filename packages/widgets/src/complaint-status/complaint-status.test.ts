import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { textOf, useMockApi } from '../../test/mock-api.js';
import './complaint-status.js';
import type { LayananComplaintStatus } from './complaint-status.js';

const PUBLIC = 'JXN7K-ABS2Q-R4WMP';
const ANONYMOUS = 'PNG3X-KMT8R-Q2HZW';
const CONFIDENTIAL = 'DNA4Q-W7TKP-M3XRB';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const shown = (el: LayananComplaintStatus) => waitUntil(() => part(el, 'heading'), 'complaint never shown', { timeout: 5000 });

// The code box and its error live in `<layanan-code-input id="code">`'s shadow root.
const codeBox = (el: LayananComplaintStatus) => $(el, '#code')!.shadowRoot!.querySelector('input')!;
const codeError = (el: LayananComplaintStatus) => $(el, '#code')?.shadowRoot!.querySelector('[part="error"]')?.textContent || null;

async function type(el: LayananComplaintStatus, selector: string | HTMLInputElement, text: string) {
  const input = typeof selector === 'string' ? $<HTMLInputElement | HTMLTextAreaElement>(el, selector)! : selector;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const submit = async (el: LayananComplaintStatus, selector: string) => {
  $<HTMLFormElement>(el, selector)!.requestSubmit();
  await el.updateComplete;
};

describe('<layanan-complaint-status>', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  it('asks for a tracking code, accessibly, and normalizes what was typed', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status></layanan-complaint-status>`);
    await waitUntil(() => part(el, 'lookup'));
    await expect(el).to.be.accessible();
    expect($(el, 'h2')!.textContent).to.equal('Lacak pengaduan');
    await type(el, codeBox(el), 'jxn7k abs2q');
    await submit(el, 'form');
    await waitUntil(() => codeError(el));
    expect(codeError(el)).to.contain('15 huruf dan angka');
    expect(codeBox(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'layanan-complaint-updated');
    await type(el, codeBox(el), ' jxn7kabs2q-r4wmp ');
    await submit(el, 'form');
    const { detail } = await loaded;
    expect(detail.change).to.equal('loaded');
    expect(detail.complaint.trackingCode).to.equal(PUBLIC);
    await shown(el);
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'heading'), 'focus did not move to the complaint');
  });

  it('opens the complaint a citizen typed in small letters without dashes, on Enter', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status></layanan-complaint-status>`);
    await waitUntil(() => part(el, 'lookup'));
    codeBox(el).focus();
    await sendKeys({ type: PUBLIC.toLowerCase().replaceAll('-', '') });
    await sendKeys({ press: 'Enter' });
    await shown(el);
    expect(part(el, 'heading')!.textContent).to.equal('Jalan berlubang di Jl. Lintas Sumatera, Abung Selatan');
  });

  it('shows an accessible busy placeholder while loading', async () => {
    mock.store.state.config.latencyMs = 1500;
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${PUBLIC}></layanan-complaint-status>`);
    expect(part(el, 'loading')!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el)).to.equal('Memuat…');
    await expect(el).to.be.accessible();
    // Let the slow answer arrive before the next test resets the server.
    await shown(el);
  });

  it('says so when the code attribute cannot be a code, and lets the citizen track another', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code="JXN7K-0000"></layanan-complaint-status>`);
    await waitUntil(() => codeError(el));
    expect(codeError(el)).to.contain('15 huruf dan angka');
    el.code = ANONYMOUS.toLowerCase();
    await shown(el);
    expect(part(el, 'heading')!.textContent).to.equal('Diminta uang tambahan saat mengurus surat pindah');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Lacak kode lain')!.click();
    await waitUntil(() => part(el, 'lookup'), 'no lookup form');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#code'), 'focus did not move to the code box');
  });

  it('says clearly when no complaint has the code', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code="ABCDE-FGHJK-MNPQR"></layanan-complaint-status>`);
    await waitUntil(() => codeError(el), 'no not-found message', { timeout: 5000 });
    expect(codeError(el)).to.equal('Tidak ada pengaduan dengan kode itu. Periksa lagi setiap hurufnya.');
    expect(codeBox(el).value).to.equal('ABCDE-FGHJK-MNPQR');
    await expect(el).to.be.accessible();
    await type(el, codeBox(el), 'X');
    expect(part(el, 'lookup')).to.not.equal(null);
  });

  it('shows a public complaint: title, reporter, timeline with dates, deadlines and the conversation', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${PUBLIC}></layanan-complaint-status>`);
    await shown(el);
    await expect(el).to.be.accessible();
    expect(part(el, 'heading')!.textContent).to.equal('Jalan berlubang di Jl. Lintas Sumatera, Abung Selatan');
    expect(part(el, 'status')!.textContent).to.equal('Status sekarang: Selesai');
    const text = textOf(el);
    expect(text).to.contain('Agus Pratama').and.contain('Dinas Pekerjaan Umum dan Penataan Ruang').and.contain('Jl. Lintas Sumatera depan SDN 2 Kalibalangan');
    expect(text).to.not.contain('+6281377700123');
    const steps = [...part(el, 'timeline')!.querySelectorAll('li')];
    expect(steps.map((li) => li.querySelector('.step__name')!.textContent)).to.deep.equal(['Diterima', 'Diverifikasi', 'Sedang ditindaklanjuti', 'Selesai']);
    expect(steps[0]!.querySelector('.step__date')!.textContent).to.equal('Rab, 18 Nov 2026, 07.42 WIB');
    expect(steps[3]!.getAttribute('aria-current')).to.equal('step');
    expect(steps[3]!.textContent).to.contain('Lubang sudah ditambal.');
    const messages = [...part(el, 'messages')!.querySelectorAll('li')];
    expect(messages).to.have.length(2);
    expect(messages[1]!.textContent).to.contain('Dinas Pekerjaan Umum dan Penataan Ruang').and.contain('Penambalan selesai pada 27 November.');
    expect(part(el, 'due-dates')!.textContent).to.not.contain('terlambat');
  });

  it('leaks nothing hidden: anonymous shows no reporter, confidential no content', async () => {
    const anonymous = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS}></layanan-complaint-status>`);
    await shown(anonymous);
    expect(part(anonymous, 'heading')!.textContent).to.equal('Diminta uang tambahan saat mengurus surat pindah');
    expect(textOf(anonymous)).to.not.contain('Rina').and.not.contain('rina.sari').and.not.contain('Pelapor');
    expect(textOf(anonymous)).to.contain('Anonim.');
    await expect(anonymous).to.be.accessible();

    const confidential = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${CONFIDENTIAL}></layanan-complaint-status>`);
    await shown(confidential);
    const text = textOf(confidential);
    expect(part(confidential, 'heading')!.textContent).to.equal('Pengaduan rahasia');
    expect(text).to.not.contain('dana desa').and.not.contain('balai desa').and.not.contain('Bukit Kemuning').and.not.contain('Hendra');
    expect(text).to.contain('Pungutan liar dan penyalahgunaan wewenang').and.contain('Status sekarang: Diverifikasi');
    await expect(confidential).to.be.accessible();
  });

  it('marks a deadline that has passed', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS} now="2026-12-20T10:00:00+07:00"></layanan-complaint-status>`);
    await shown(el);
    const due = part(el, 'due-dates')!;
    expect(due.querySelectorAll('.overdue')).to.have.length(1);
    expect(due.querySelector('.overdue')!.textContent).to.contain('(terlambat)');
    const onTime = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS} now="2026-11-27T10:00:00+07:00"></layanan-complaint-status>`);
    await shown(onTime);
    expect(part(onTime, 'due-dates')!.textContent).to.not.contain('terlambat');
  });

  it('adds a follow-up to the conversation, once, and tells the page', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS}></layanan-complaint-status>`);
    await shown(el);
    await submit(el, '[part~="follow-up"]');
    expect($(el, '#followup-error')!.textContent).to.equal('Tulis keterangan Anda.');
    await expect(el).to.be.accessible();
    await type(el, '#followup', 'Petugas yang sama masih meminta uang <b>kemarin</b>.');
    // The first answer is lost; the SDK's retry carries the same key, so the message is posted once.
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/comments', method: 'POST', count: 1 });
    const updated = oneEvent(el, 'layanan-complaint-updated');
    await submit(el, '[part~="follow-up"]');
    expect((await updated).detail.change).to.equal('comment');
    await el.updateComplete;
    const messages = [...part(el, 'messages')!.querySelectorAll('li')];
    expect(messages).to.have.length(2);
    expect(messages[1]!.querySelector('.message__meta')!.textContent).to.contain('Anda');
    expect(messages[1]!.querySelector('.message__text')!.textContent).to.equal('Petugas yang sama masih meminta uang <b>kemarin</b>.');
    expect(messages[1]!.querySelector('b')).to.equal(null);
    expect(mock.store.state.complaints.complaints.get(ANONYMOUS)!.messages.filter((m) => m.author === 'citizen')).to.have.length(1);
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#followup')!.value === '', 'the sent message stayed in the box');
    await waitUntil(() => part(el, 'announcer')!.textContent === 'Keterangan terkirim.');
  });

  it('a 429, then a lost answer, then a reload and a retry: the citizen sees the one follow-up the server posted', async () => {
    const keys: string[] = [];
    mock.use(http.post('*/v1/complaints/:code/comments', ({ request }) => void keys.push(request.headers.get('idempotency-key')!)));
    const citizen = () => mock.store.state.complaints.complaints.get(ANONYMOUS)!.messages.filter((m) => m.author === 'citizen');
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS} poll="0"></layanan-complaint-status>`);
    await shown(el);
    await type(el, '#followup', 'Sudah tiga kali saya ke kantor desa.');
    // Too many requests for the first try and both SDK retries: nothing posted, the intent stays.
    mock.store.state.config.failures.push({ mode: 'status', status: 429, path: '/comments', method: 'POST', count: 3 });
    const refused = oneEvent(el, 'layanan-error');
    await submit(el, '[part~="follow-up"]');
    await refused;
    expect(citizen()).to.have.length(0);
    // The retry is posted; every answer to it is lost.
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/comments', method: 'POST', count: 3 });
    await waitUntil(() => !el.shadowRoot!.querySelector('[part~="follow-up"] button[disabled], [part~="follow-up"] button[aria-disabled="true"]'));
    const lost = oneEvent(el, 'layanan-error');
    await submit(el, '[part~="follow-up"]');
    await lost;
    expect(citizen()).to.have.length(1);
    el.remove();

    // A reload: the posted message is in the conversation, and the unanswered one waits in the box.
    const again = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS} poll="0"></layanan-complaint-status>`);
    await shown(again);
    expect($<HTMLTextAreaElement>(again, '#followup')!.value).to.equal('Sudah tiga kali saya ke kantor desa.');
    const updated = oneEvent(again, 'layanan-complaint-updated');
    await submit(again, '[part~="follow-up"]');
    expect((await updated).detail.change).to.equal('comment');
    await again.updateComplete;
    const mine = [...part(again, 'messages')!.querySelectorAll('.message__text')].filter((m) => m.textContent === 'Sudah tiga kali saya ke kantor desa.');
    expect(mine, 'the citizen sees the message once').to.have.length(1);
    expect(citizen()).to.have.length(1);
    expect(new Set(keys).size, 'one key for every try').to.equal(1);
    await waitUntil(() => $<HTMLTextAreaElement>(again, '#followup')!.value === '', 'the sent message stayed in the box');
  }).timeout(30000);

  it('rates a resolved complaint once, with a comment', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${PUBLIC}></layanan-complaint-status>`);
    await shown(el);
    await submit(el, 'form[part~="rating"]');
    expect($(el, '#score-error')!.textContent).to.equal('Pilih nilai 1 sampai 5.');
    await expect(el).to.be.accessible();
    const four = $<HTMLInputElement>(el, '#score-4')!;
    four.checked = true;
    four.dispatchEvent(new Event('change'));
    await type(el, '#rating-comment', 'Cepat ditangani, terima kasih.');
    const updated = oneEvent(el, 'layanan-complaint-updated');
    await submit(el, 'form[part~="rating"]');
    const { detail } = await updated;
    expect(detail.change).to.equal('rating');
    expect(detail.complaint.rating!.score).to.equal(4);
    await el.updateComplete;
    expect($(el, 'form[part~="rating"]')).to.equal(null);
    expect(part(el, 'rating')!.textContent).to.contain('Penilaian Anda: 4 dari 5').and.contain('Cepat ditangani, terima kasih.');
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'rating'), 'focus did not move to the rating');
    await expect(el).to.be.accessible();
  });

  it('reopens a resolved complaint within the window, with a reason', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${PUBLIC}></layanan-complaint-status>`);
    await shown(el);
    const reopen = part(el, 'reopen') as HTMLDetailsElement;
    expect(reopen.querySelector('summary')!.textContent).to.equal('Belum tuntas? Buka kembali');
    reopen.open = true;
    expect(reopen.textContent).to.contain('sampai Jum, 4 Des 2026');
    await type(el, '#reason', 'Masih');
    await submit(el, '[part~="reopen"] form');
    expect($(el, '#reason-error')!.textContent).to.equal('Tulis alasan minimal 10 karakter.');
    await expect(el).to.be.accessible();
    await type(el, '#reason', 'Tambalan sudah retak lagi setelah hujan deras.');
    const updated = oneEvent(el, 'layanan-complaint-updated');
    await submit(el, '[part~="reopen"] form');
    expect((await updated).detail.change).to.equal('reopen');
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.equal('Status sekarang: Sedang ditindaklanjuti');
    expect(part(el, 'reopen')).to.equal(null);
    expect(textOf(el)).to.contain('Tambalan sudah retak lagi');
    await waitUntil(() => part(el, 'announcer')!.textContent!.includes('dibuka kembali'));
  });

  it('refreshes to show the agency\'s new answer, and announces a new status', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS} poll="0"></layanan-complaint-status>`);
    await shown(el);
    await fetch(`/v1/_mock/complaints/${ANONYMOUS}/respond`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'resolved', message: 'Petugas yang bersangkutan sudah diberi sanksi.' }),
    });
    const updated = oneEvent(el, 'layanan-complaint-updated');
    part(el, 'refresh-button')!.click();
    expect((await updated).detail.change).to.equal('refreshed');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Petugas yang bersangkutan sudah diberi sanksi.');
    await waitUntil(() => part(el, 'announcer')!.textContent === 'Status sekarang: Selesai');
    expect($(el, 'form[part~="rating"]')).to.not.equal(null);
  });

  it('keeps focus on "Perbarui" through a refresh, and ignores clicks while it works', async () => {
    let reads = 0;
    mock.use(http.get('*/v1/complaints/:code', async () => {
      reads++;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return undefined;
    }));
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS} poll="0"></layanan-complaint-status>`);
    await shown(el);
    const button = part(el, 'refresh-button')!;
    button.focus();
    const before = reads;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    button.click();
    await waitUntil(() => button.getAttribute('aria-disabled') === 'false', 'the refresh never ended', { timeout: 5000 });
    expect(el.shadowRoot!.activeElement, 'focus stayed on the button').to.equal(button);
    expect(reads - before, 'the click while busy was ignored').to.equal(1);
  });

  it('announces the agency\'s reply on a followed complaint and keeps focus where the citizen is', async () => {
    const respond = (body: object) => fetch(`/v1/_mock/complaints/${ANONYMOUS}/respond`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${ANONYMOUS} poll="0.05"></layanan-complaint-status>`);
    await shown(el);
    const box = $<HTMLTextAreaElement>(el, '#followup')!;
    box.focus();
    await respond({ message: 'Kami sedang memeriksa laporan Anda.' });
    await waitUntil(() => part(el, 'announcer')!.textContent === 'Ada tanggapan baru dari instansi.', 'the reply was not announced', { timeout: 5000 });
    expect(textOf(el)).to.contain('Kami sedang memeriksa laporan Anda.');
    expect(el.shadowRoot!.activeElement, 'focus stayed in the box').to.equal(box);
    // The agency closes it: the box the citizen is in goes away, and focus goes to the heading, not the page.
    await respond({ status: 'rejected', message: 'Bukan wewenang dinas ini.' });
    await waitUntil(() => part(el, 'announcer')!.textContent === 'Status sekarang: Ditolak', 'the new status was not announced', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'heading'), 'focus fell to the page');
    expect($(el, '#followup')).to.equal(null);
  });

  it('shows a network failure with a retry that works', async () => {
    let offline = true;
    mock.use(http.get('*/v1/complaints/:code', () => (offline ? HttpResponse.error() : undefined)));
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status code=${PUBLIC}></layanan-complaint-status>`);
    const event = oneEvent(el, 'layanan-error');
    await waitUntil(() => part(el, 'error'), 'no error', { timeout: 8000 });
    expect((await event).detail.operation).to.equal('track-complaint');
    await expect(el).to.be.accessible();
    offline = false;
    part(el, 'retry-button')!.click();
    await shown(el);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<LayananComplaintStatus>(html`<layanan-complaint-status lang="en" code=${CONFIDENTIAL}></layanan-complaint-status>`);
    await shown(el);
    expect(part(el, 'heading')!.textContent).to.equal('Confidential complaint');
    expect(part(el, 'status')!.textContent).to.equal('Status now: Verified');
    expect(textOf(el)).to.contain('Deadlines (working days)').and.contain('Add information').and.contain('Confidential.');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><layanan-complaint-status code=${PUBLIC}></layanan-complaint-status></div>`);
    const el = wrapper.firstElementChild as LayananComplaintStatus;
    await shown(el);
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
  });
});
