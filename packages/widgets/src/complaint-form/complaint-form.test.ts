import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { COMPLAINT_LIMITS } from '@layanan/contract';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { textOf, useMockApi } from '../../test/mock-api.js';
import './complaint-form.js';
import type { LayananComplaintForm } from './complaint-form.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const ready = (el: LayananComplaintForm) => waitUntil(() => $(el, 'form'), 'form never rendered', { timeout: 5000 });
const SEEDED = 3;
const complaintCount = (mock: BrowserMockServer) => mock.store.state.complaints.complaints.size;

async function type(el: LayananComplaintForm, selector: string, text: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: LayananComplaintForm, selector: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  if (input instanceof HTMLInputElement) input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
async function selectCategory(el: LayananComplaintForm, id: string) {
  $<HTMLSelectElement>(el, '#category')!.value = id;
  await choose(el, '#category');
}

/** Everything a valid public report needs. */
async function fillValid(el: LayananComplaintForm) {
  await selectCategory(el, 'jalan-rusak');
  await type(el, '#title', 'Jalan berlubang di Kotabumi');
  await type(el, '#description', 'Lubang besar di tengah jalan sejak dua minggu, berbahaya untuk pengendara motor.');
  await type(el, '#location', 'Jl. Soekarno-Hatta, Kotabumi');
  await type(el, '#name', 'Siti Aminah');
  await type(el, '#phone', '0812 3456 7890');
  await choose(el, '#consent');
}

/** A photo as a phone camera makes it: 4000 × 3000 of noise (which compresses badly), as a JPEG. */
async function noisyPhoto(width = 4000, height = 3000): Promise<File> {
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(width, height);
  const pixels = new Uint32Array(image.data.buffer);
  let x = 2463534242;
  for (let i = 0; i < pixels.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    pixels[i] = x | 0xff000000;
  }
  context.putImageData(image, 0, 0);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.95));
  return new File([blob], 'jalan.jpg', { type: 'image/jpeg' });
}

async function pickFiles(el: LayananComplaintForm, files: File[]) {
  const input = $<HTMLInputElement>(el, 'input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A valid form sent while the server files it and every answer (the first try and both SDK retries) is lost. */
async function sendWithAnswersLost(mock: BrowserMockServer): Promise<LayananComplaintForm> {
  const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
  await ready(el);
  await fillValid(el);
  mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/complaints', method: 'POST', count: 3 });
  $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
  await waitUntil(() => part(el, 'submit-error'), 'no error after the dropped answers', { timeout: 8000 });
  return el;
}

/** After a reload: the phone and the consent again (the device never keeps them), then send; the event's detail. */
async function sendAfterReload(el: LayananComplaintForm) {
  await type(el, '#phone', '0812 3456 7890');
  await choose(el, '#consent');
  const submitted = oneEvent(el, 'layanan-complaint-submitted');
  $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
  return (await submitted).detail;
}

const uploaded = (el: LayananComplaintForm, count = 1) =>
  waitUntil(() => [...el.shadowRoot!.querySelectorAll('.photo__status')].filter((p) => /Terunggah|Uploaded/.test(p.textContent!)).length === count, 'photo never uploaded', {
    timeout: 15000,
  });

describe('<layanan-complaint-form>', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  it('is accessible once loaded, and speaks Bahasa Indonesia', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await expect(el).to.be.accessible();
    expect($(el, 'h2')!.textContent).to.equal('Sampaikan pengaduan');
    const groups = [...el.shadowRoot!.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).to.deep.equal(['Infrastruktur', 'Lingkungan', 'Pelayanan publik']);
    expect([...el.shadowRoot!.querySelectorAll('option')].map((o) => o.value)).to.include.members(['jalan-rusak', 'pungli']);
    expect(textOf(el)).to.contain('Sisa 150 karakter').and.contain('Sisa 4000 karakter');
    expect([...el.shadowRoot!.querySelectorAll('fieldset legend')].map((l) => l.textContent!.trim())).to.include('Siapa yang boleh melihat?');
  });

  it('shows an accessible busy placeholder while the categories load', async () => {
    mock.store.state.config.latencyMs = 2000;
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    expect(part(el, 'loading')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    // Let the slow answer arrive, so it cannot take a failure meant for the next test.
    await waitUntil(() => $(el, 'form'), 'form never rendered', { timeout: 5000 });
  });

  it('shows a network failure with a retry that works', async () => {
    let offline = true;
    mock.use(http.get('*/v1/complaints/categories', () => (offline ? HttpResponse.error() : undefined)));
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    const event = oneEvent(el, 'layanan-error');
    await waitUntil(() => part(el, 'error'), 'no error', { timeout: 8000 });
    expect((await event).detail.operation).to.equal('load-complaint-categories');
    expect(part(el, 'error-message')!.textContent).to.contain('Tidak dapat terhubung');
    await expect(el).to.be.accessible();
    offline = false;
    part(el, 'retry-button')!.click();
    await ready(el);
  });

  // That the schemas hold the same numbers is the contract's own test (packages/contract/test/limits.test.ts).
  it("shows the contract's limits: counters, the longest entries, the number of photos", async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    const L = COMPLAINT_LIMITS;
    expect(textOf($(el, '#title-counter')!)).to.equal(`Sisa ${L.title.max} karakter`);
    expect(textOf($(el, '#description-counter')!)).to.equal(`Sisa ${L.description.max} karakter`);
    const longest = (id: string) => $<HTMLInputElement>(el, id)!.maxLength;
    expect([longest('#location'), longest('#name'), longest('#phone'), longest('#email')]).to.deep.equal([L.location.max, L.name.max, L.phone.max, L.email.max]);
    expect([L.location.max, L.name.max, L.phone.max, L.email.max]).to.deep.equal([300, 100, 20, 254]);
    expect(textOf($(el, '#photos-hint')!)).to.contain(`Paling banyak ${L.photos} foto`);
  });

  it('validates on submit with an error summary that takes focus, and errors at each field', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await type(el, '#title', 'Jal');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await waitUntil(() => part(el, 'error-summary'));
    const summary = part(el, 'error-summary')!;
    await waitUntil(() => el.shadowRoot!.activeElement === summary, 'focus did not move to the summary');
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#category', '#title', '#description', '#location', '#name', '#phone', '#consent',
    ]);
    expect(summary.textContent).to.contain('Tulis judul minimal 5 karakter.');
    expect($(el, '#title')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#title')!.getAttribute('aria-describedby')).to.contain('title-error');
    expect($(el, '#title-error')!.textContent).to.equal('Tulis judul minimal 5 karakter.');
    await expect(el).to.be.accessible();
    (summary.querySelector('a[href="#description"]') as HTMLAnchorElement).click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#description'));
    expect(complaintCount(mock)).to.equal(SEEDED);
  });

  it('shows the chosen category\'s description and unit, and counts characters politely', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form category="drainase"></layanan-complaint-form>`);
    await ready(el);
    expect(part(el, 'category-info')!.textContent).to.contain('Saluran tersumbat').and.contain('Ditangani oleh Dinas Pekerjaan Umum dan Penataan Ruang.');
    expect($(el, '#category')!.getAttribute('aria-describedby')).to.contain('category-info');
    await type(el, '#title', 'Banjir');
    expect($(el, '#title-counter')!.textContent).to.equal('Sisa 144 karakter');
    expect($(el, '#title')!.getAttribute('aria-describedby')).to.contain('title-counter');
    // Not per keystroke: the polite region speaks once the citizen pauses.
    expect(part(el, 'announcer')!.textContent).to.equal('');
    await waitUntil(() => part(el, 'announcer')!.textContent === 'Sisa 144 karakter', 'counter never announced', { timeout: 3000 });
    expect(part(el, 'announcer')!.getAttribute('role')).to.equal('status');
    await type(el, '#title', 'x'.repeat(152));
    expect($(el, '#title-counter')!.textContent).to.equal('Kelebihan 2 karakter');
  });

  it('hides name and contact when anonymous, without losing what was typed, and sends no reporter', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await fillValid(el);
    await choose(el, '#privacy-anonymous');
    expect($(el, '#name')).to.equal(null);
    expect($(el, '#phone')).to.equal(null);
    expect($(el, '#email')).to.equal(null);
    expect(textOf(el)).to.contain('identitas Anda tidak dicatat');
    await expect(el).to.be.accessible();
    await choose(el, '#privacy-public');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Siti Aminah');
    expect($<HTMLInputElement>(el, '#phone')!.value).to.equal('0812 3456 7890');
    await choose(el, '#privacy-anonymous');
    const submitted = oneEvent(el, 'layanan-complaint-submitted');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    const { detail } = await submitted;
    const record = mock.store.state.complaints.complaints.get(detail.trackingCode)!;
    expect(record.privacy).to.equal('anonymous');
    expect(record.reporter).to.equal(undefined);
    expect(detail.complaint.reporter).to.equal(undefined);
  });

  it('files a complaint: the tracking code large, a copy button, focus on the result, the draft forgotten', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form status-url="/lacak?kode={code}"></layanan-complaint-form>`);
    await ready(el);
    await fillValid(el);
    const submitted = oneEvent(el, 'layanan-complaint-submitted');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    const { detail, bubbles, composed } = await submitted;
    expect(bubbles && composed).to.equal(true);
    await waitUntil(() => part(el, 'tracking-code'));
    expect(part(el, 'tracking-code')!.textContent).to.equal(detail.trackingCode);
    expect(detail.trackingCode).to.match(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(textOf(el)).to.contain('Pengaduan terkirim').and.contain('Simpan kode ini');
    expect(part(el, 'copy-button')!.textContent!.trim()).to.equal('Salin');
    expect(part(el, 'status-link')!.getAttribute('href')).to.equal(`/lacak?kode=${detail.trackingCode}`);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.success-heading'), 'focus did not move to the result');
    await expect(el).to.be.accessible();
    const record = mock.store.state.complaints.complaints.get(detail.trackingCode)!;
    expect(record.reporter).to.deep.equal({ name: 'Siti Aminah', phone: '+6281234567890' });
    expect(complaintCount(mock)).to.equal(SEEDED + 1);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('layanan:complaint-draft'))).to.deep.equal([]);
    expect(localStorage.getItem(`layanan:complaint-form:${location.origin}:draft`)).to.equal(null);
  });

  it('keeps the draft, photos included, across a reload', async () => {
    const first = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(first);
    await fillValid(first);
    await choose(first, '#privacy-confidential');
    await pickFiles(first, [await noisyPhoto(800, 600)]);
    await uploaded(first);
    const uploadId = [...mock.store.state.complaints.uploads.keys()][0]!;
    first.remove();

    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('jalan-rusak');
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('Jalan berlubang di Kotabumi');
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.contain('Lubang besar');
    expect($<HTMLInputElement>(el, '#location')!.value).to.equal('Jl. Soekarno-Hatta, Kotabumi');
    expect($<HTMLInputElement>(el, '#privacy-confidential')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Siti Aminah');
    // Consent is asked again: it is a conscious act, not something a device remembers.
    expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(false);
    expect(part(el, 'notice')!.textContent).to.contain('Isian Anda sebelumnya dipulihkan.');
    const preview = $<HTMLImageElement>(el, '.photo__preview')!;
    expect(preview.getAttribute('src')).to.match(/^data:image\/jpeg;base64,/);
    expect(preview.alt).to.equal('Foto 1');
    await expect(el).to.be.accessible();

    // The phone number is not kept on the device: it is typed again.
    expect($<HTMLInputElement>(el, '#phone')!.value).to.equal('');
    await type(el, '#phone', '0812 3456 7890');
    await choose(el, '#consent');
    const submitted = oneEvent(el, 'layanan-complaint-submitted');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    const { detail } = await submitted;
    expect(mock.store.state.complaints.complaints.get(detail.trackingCode)!.photoIds).to.deep.equal([uploadId]);
  });

  it('keeps no phone number on the device: after a reload the title and description are back, the phone is asked again', async () => {
    const first = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(first);
    await fillValid(first);
    first.remove();
    const kept = Object.keys(localStorage).map((k) => localStorage.getItem(k)!).join('\n');
    expect(kept).to.contain('Jalan berlubang di Kotabumi');
    expect(kept.replace(/\D/g, '')).to.not.contain('81234567890');
    expect(kept).to.not.contain('0812');

    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('Jalan berlubang di Kotabumi');
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.contain('Lubang besar');
    expect($<HTMLInputElement>(el, '#phone')!.value).to.equal('');
    await choose(el, '#consent');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await waitUntil(() => part(el, 'error-summary'));
    expect([...part(el, 'error-summary')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#phone']);
    expect(complaintCount(mock)).to.equal(SEEDED);
  });

  it('moves a draft kept under the old key to the new one, without its phone number', async () => {
    localStorage.setItem(
      `layanan:complaint-draft:${location.origin}/`,
      JSON.stringify({ categoryId: 'jalan-rusak', title: 'Draf lama sekali', description: '', location: '', privacy: 'public', name: 'Siti', phone: '0812 3456 7890', email: '', consent: false, photos: [] }),
    );
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('Draf lama sekali');
    expect($<HTMLInputElement>(el, '#phone')!.value).to.equal('');
    expect(localStorage.getItem(`layanan:complaint-draft:${location.origin}/`)).to.equal(null);
    expect(localStorage.getItem(`layanan:complaint-form:${location.origin}:draft`)).to.contain('Draf lama sekali').and.not.contain('0812');
  });

  it('after a reload, names the photos that were still on their way, so none is lost silently', async () => {
    const first = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(first);
    await fillValid(first);
    mock.store.state.config.latencyMs = 10_000; // the upload is still in flight when the page closes
    await pickFiles(first, [await noisyPhoto(800, 600)]);
    await waitUntil(() => /Mengunggah|Menyiapkan/.test(part(first, 'photos')?.textContent ?? ''), 'upload never started', { timeout: 5000 });
    first.remove();
    mock.store.state.config.latencyMs = 0;

    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    expect(part(el, 'notice')!.textContent).to.contain('perlu dipilih lagi: jalan.jpg.');
    expect($(el, '.photo__preview')).to.equal(null);
  });

  it('a form that left the page never writes its old draft over the one a new form keeps', async () => {
    const first = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(first);
    await type(first, '#title', 'Draf lama');
    mock.store.state.config.latencyMs = 1500; // the photo is still on its way when the page closes
    await pickFiles(first, [await noisyPhoto(800, 600)]);
    await waitUntil(() => /Mengunggah/.test(part(first, 'photos')?.textContent ?? ''), 'upload never started', { timeout: 5000 });
    first.remove();
    mock.store.state.config.latencyMs = 0;

    const second = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(second);
    await type(second, '#title', 'Draf baru');
    await aTimeout(2500); // the first form's upload has come back by now
    second.remove();

    const third = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(third);
    expect($<HTMLInputElement>(third, '#title')!.value).to.equal('Draf baru');
  });

  it('never files twice: a dropped answer, the SDK\'s retries, then a retry after a reload reuse one key', async () => {
    const el = await sendWithAnswersLost(mock);
    expect(part(el, 'submit-error')!.textContent).to.contain('laporan tidak akan tercatat dua kali');
    expect(complaintCount(mock)).to.equal(SEEDED + 1);
    const [filed] = [...mock.store.state.complaints.complaints.keys()].slice(-1);
    await expect(el).to.be.accessible();
    el.remove();

    const again = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(again);
    expect(part(again, 'submit-error')!.textContent).to.contain('tidak akan tercatat dua kali');
    const detail = await sendAfterReload(again);
    expect(detail.trackingCode).to.equal(filed);
    expect(complaintCount(mock)).to.equal(SEEDED + 1);
  });

  it('a 429, then a lost answer, then a reload and a retry: the citizen sees the one complaint the server filed', async () => {
    const keys: string[] = [];
    mock.use(http.post('*/v1/complaints', ({ request }) => void keys.push(request.headers.get('idempotency-key')!)));
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await fillValid(el);
    // Too many requests for the first try and both SDK retries: nothing filed, and the intent stays.
    mock.store.state.config.failures.push({ mode: 'status', status: 429, path: '/v1/complaints', method: 'POST', count: 3 });
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await waitUntil(() => part(el, 'submit-error'), 'no error after the 429s', { timeout: 8000 });
    expect(complaintCount(mock)).to.equal(SEEDED);
    expect(part(el, 'submit-error')!.textContent).to.contain('tidak akan tercatat dua kali');
    // The retry is filed, and every answer to it is lost.
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/complaints', method: 'POST', count: 3 });
    const lost = oneEvent(el, 'layanan-error');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await lost;
    expect(complaintCount(mock)).to.equal(SEEDED + 1);
    const [filed] = [...mock.store.state.complaints.complaints.keys()].slice(-1);
    const intent = localStorage.getItem(`layanan:complaint-form:${location.origin}:complaint`);
    expect(intent, 'the intent is kept').to.contain('"key"');
    expect(intent, 'but never the phone in it').to.not.contain('0812');
    el.remove();

    const again = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(again);
    const detail = await sendAfterReload(again);
    expect(detail.trackingCode).to.equal(filed);
    expect(complaintCount(mock)).to.equal(SEEDED + 1);
    await waitUntil(() => textOf(again).includes(filed!), 'the filed complaint is not shown');
    expect(new Set(keys).size, 'one key for every try').to.equal(1);
  }).timeout(30000);

  it('files once when one answer is dropped and the SDK retries by itself', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await fillValid(el);
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/complaints', method: 'POST', count: 1 });
    const submitted = oneEvent(el, 'layanan-complaint-submitted');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await submitted;
    expect(complaintCount(mock)).to.equal(SEEDED + 1);
  });

  it('after a dropped answer and an edit, returns the complaint already filed instead of a second one', async () => {
    const el = await sendWithAnswersLost(mock);
    await type(el, '#title', 'Jalan berlubang besar di Kotabumi');
    const submitted = oneEvent(el, 'layanan-complaint-submitted');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    const { detail } = await submitted;
    expect(complaintCount(mock)).to.equal(SEEDED + 1);
    expect(detail.complaint.title).to.equal('Jalan berlubang di Kotabumi');
    await waitUntil(() => textOf(el).includes('isian yang pertama Anda kirim'));
  });

  it('maps a 422 from the server onto the fields', async () => {
    mock.use(
      http.post('*/v1/complaints', () =>
        HttpResponse.json(
          { type: 'urn:layanan:problem:validation', title: 'Data tidak valid', status: 422, errors: [{ path: 'reporter.phone', code: 'contact_required', message: 'Nomor ini tidak dapat dihubungi.' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await fillValid(el);
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await waitUntil(() => part(el, 'error-summary'));
    expect($(el, '#phone-error')!.textContent).to.equal('Nomor ini tidak dapat dihubungi.');
    expect(part(el, 'error-summary')!.querySelector('a')!.getAttribute('href')).to.equal('#phone');
  });

  it('makes a large photo smaller before upload: fewer bytes, long side 1600 px', async function () {
    // Making a 12-megapixel photo and shrinking it is real work on a busy 2-core runner.
    this.timeout(30_000);
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    const photo = await noisyPhoto();
    await pickFiles(el, [photo]);
    await uploaded(el);
    const [upload] = [...mock.store.state.complaints.uploads.values()];
    expect(upload!.contentType).to.equal('image/jpeg');
    expect(upload!.bytes.length).to.be.below(photo.size / 2);
    const bitmap = await createImageBitmap(new Blob([upload!.bytes as BlobPart], { type: 'image/jpeg' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([1600, 1200]);
    expect(part(el, 'photo')!.textContent).to.contain('Terunggah');
    expect($<HTMLImageElement>(el, '.photo__preview')!.src).to.match(/^blob:/);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.photo__remove')!.click();
    await el.updateComplete;
    expect(part(el, 'photo')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#photos'), 'focus lost after removing');
  });

  it('keeps a photo whose upload lost the connection, and uploads it again on request', async () => {
    let offline = true;
    mock.use(http.post('*/v1/uploads', () => (offline ? HttpResponse.error() : undefined)));
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    const errors = oneEvent(el, 'layanan-error');
    await pickFiles(el, [await noisyPhoto(400, 300)]);
    expect((await errors).detail.operation).to.equal('upload-complaint-photo');
    await waitUntil(() => $(el, '.photo--failed'), 'no failed photo', { timeout: 8000 });
    expect(part(el, 'photo')!.textContent).to.contain('Tidak dapat terhubung ke server');
    await expect(el).to.be.accessible();
    offline = false;
    const retry = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.photo button')].find((b) => b.textContent!.includes('Unggah ulang foto 1'))!;
    retry.click();
    await uploaded(el);
    expect(mock.store.state.complaints.uploads.size).to.equal(1);
  });

  it('refuses what is not a photo, and says so for server 415 and 413', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await pickFiles(el, [new File(['halo'], 'catatan.txt', { type: 'text/plain' })]);
    await waitUntil(() => $(el, '#photos-error'));
    expect($(el, '#photos-error')!.textContent).to.equal('catatan.txt bukan foto JPEG, PNG atau WebP.');
    expect(mock.store.state.complaints.uploads.size).to.equal(0);

    let status = 415;
    mock.use(
      http.post('*/v1/uploads', () =>
        HttpResponse.json({ type: 'urn:layanan:problem:x', title: 'x', status }, { status, headers: { 'content-type': 'application/problem+json' } }),
      ),
    );
    await pickFiles(el, [await noisyPhoto(400, 300)]);
    await waitUntil(() => el.shadowRoot!.querySelector('.photo--failed'), 'no failed photo', { timeout: 8000 });
    expect(part(el, 'photo')!.textContent).to.contain('jalan.jpg bukan foto JPEG, PNG atau WebP.');
    status = 413;
    await pickFiles(el, [await noisyPhoto(400, 300)]);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.photo--failed').length === 2, 'no second failed photo', { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('.photo--failed')[1]!.textContent).to.contain('jalan.jpg terlalu besar: paling besar 5 MB.');
    await expect(el).to.be.accessible();
  });

  it('uses the device location when allowed, and explains a refusal', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    let answer: 'allow' | 'deny' = 'deny';
    geolocation.getCurrentPosition = (ok, fail) =>
      answer === 'allow'
        ? ok({ coords: { latitude: -4.8361234, longitude: 104.8941234, accuracy: 12.4 } } as GeolocationPosition)
        : fail!({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError);
    try {
      const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
      await ready(el);
      $<HTMLButtonElement>(el, '[part~="locate-button"]')!.click();
      await el.updateComplete;
      expect(part(el, 'location-error')!.textContent).to.contain('Izin lokasi ditolak');
      answer = 'allow';
      $<HTMLButtonElement>(el, '[part~="locate-button"]')!.click();
      await el.updateComplete;
      expect(part(el, 'location-error')).to.equal(null);
      expect(part(el, 'coordinates')!.textContent).to.equal('Koordinat -4.83612, 104.89412 ikut terkirim.');
      await fillValid(el);
      const submitted = oneEvent(el, 'layanan-complaint-submitted');
      $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
      const { detail } = await submitted;
      expect(mock.store.state.complaints.complaints.get(detail.trackingCode)!.location).to.deep.equal({
        text: 'Jl. Soekarno-Hatta, Kotabumi', lat: -4.836123, lng: 104.894123,
      });
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });

  it('"Kosongkan formulir" can be undone until the next edit: text, photo and draft come back', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await fillValid(el);
    await pickFiles(el, [await noisyPhoto(400, 300)]);
    await uploaded(el);
    part(el, 'discard-button')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('');
    expect(part(el, 'photo')).to.equal(null);
    expect(localStorage.getItem(`layanan:complaint-form:${location.origin}:draft`)).to.equal(null);
    expect(part(el, 'cleared')!.textContent).to.contain('Formulir dikosongkan.');
    await expect(el).to.be.accessible();
    part(el, 'undo-button')!.click();
    await el.updateComplete;
    expect(part(el, 'cleared')).to.equal(null);
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('Jalan berlubang di Kotabumi');
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.contain('Lubang besar');
    expect(part(el, 'photo')!.textContent).to.contain('Terunggah');
    expect(localStorage.getItem(`layanan:complaint-form:${location.origin}:draft`)).to.contain('Jalan berlubang di Kotabumi');
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'discard-button'), 'focus lost after the undo');

    // The undo lives until the next edit.
    part(el, 'discard-button')!.click();
    await el.updateComplete;
    await type(el, '#title', 'Laporan baru');
    expect(part(el, 'cleared')).to.equal(null);
    expect(part(el, 'undo-button')).to.equal(null);
  });

  it('keeps focus on the send button while it sends and after a failed send', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await fillValid(el);
    mock.store.state.config.failures.push({ mode: 'status', status: 503, path: '/v1/complaints', method: 'POST', count: 3 });
    const button = part(el, 'submit-button') as HTMLButtonElement;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    button.click(); // ignored while busy
    await waitUntil(() => part(el, 'submit-error'), 'no error after the 503s', { timeout: 8000 });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(complaintCount(mock)).to.equal(SEEDED);
  });

  it('puts focus on the photo after its upload, and on the notice after a reload restored the draft', async () => {
    const first = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(first);
    await type(first, '#title', 'Jalan berlubang');
    (document.activeElement as HTMLElement | null)?.blur();
    await pickFiles(first, [await noisyPhoto(400, 300)]);
    await uploaded(first);
    await waitUntil(() => first.shadowRoot!.activeElement === $(first, '.photo__remove'), 'focus not on the uploaded photo');
    first.remove();

    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form></layanan-complaint-form>`);
    await ready(el);
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'notice'), 'focus not on the restored notice');
    expect(part(el, 'notice')!.getAttribute('tabindex')).to.equal('-1');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<LayananComplaintForm>(html`<layanan-complaint-form lang="en"></layanan-complaint-form>`);
    await ready(el);
    expect($(el, 'h2')!.textContent).to.equal('Report a problem');
    expect(textOf(el)).to.contain('Who may see it?').and.contain('150 characters left').and.contain('Send report');
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await waitUntil(() => part(el, 'error-summary'));
    expect(part(el, 'error-summary')!.textContent).to.contain('There is a problem').and.contain('Choose a category.');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><layanan-complaint-form></layanan-complaint-form></div>`);
    const el = wrapper.firstElementChild as LayananComplaintForm;
    await ready(el);
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
    expect(part(el, 'submit-button')!.getBoundingClientRect().height).to.be.at.least(44);
  });
});
