import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { validateAnswers, type FormField, type PermitType } from '@layanan/contract';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import type { LayananPermitForm } from './permit-form.js';
import './permit-form.js';
import '../permit-status/permit-status.js';
import { textOf, useMockApi } from '../../test/mock-api.js';

const DRAFT = 'PRM7K-D2AFT-Q9WXZ';
const COMPLETE = 'PRM4X-C9MPT-W2HQZ';
const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TYPES = ['izin-usaha-mikro', 'persetujuan-bangunan-gedung', 'izin-reklame', 'sip-tenaga-kesehatan'];

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const title = (el: LayananPermitForm) => $(el, '.step-title')?.textContent?.trim() ?? '';
const onStep = (el: LayananPermitForm, heading: string) => waitUntil(() => title(el) === heading, `never showed "${heading}" (showing "${title(el)}": ${textOf(el).slice(0, 200)})`, { timeout: 5000 });
const storeDraft = (typeId: string, draft: object) => localStorage.setItem(draftKey(typeId), JSON.stringify({ answers: {}, unsaved: [], step: 0, ...draft }));
const draftKey = (typeId: string) => `layanan:permit-form:${location.origin}/:${typeId}`;
const applicationOf = (mock: BrowserMockServer, code: string) => mock.store.state.permits.applications.get(code)!;

/** The text box a citizen types in: the control itself, or the input inside an identity element. */
function inputOf(el: LayananPermitForm, id: string): HTMLInputElement {
  const control = $(el, `#field-${id}`)!;
  return (control.shadowRoot?.querySelector('input') ?? control) as HTMLInputElement;
}

async function typeInto(el: LayananPermitForm, id: string, text: string) {
  const input = inputOf(el, id);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function leave(el: LayananPermitForm, id: string) {
  const input = inputOf(el, id);
  input.blur();
  input.dispatchEvent(new FocusEvent('blur'));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function next(el: LayananPermitForm, heading: string) {
  $(el, 'form .button[type="submit"]')!.click();
  await onStep(el, heading);
}

function chooseFile(el: LayananPermitForm, id: string, file: File) {
  const input = $<HTMLInputElement>(el, `#field-${id}`)!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The server refuses the next submit with a 422 naming these fields. */
function refuseSubmit(mock: BrowserMockServer, errors: Array<{ path: string; code: string; message: string }>) {
  mock.use(
    http.post('*/v1/permits/applications/:code/submit', () =>
      HttpResponse.json(
        { type: 'urn:layanan:problem:validation', title: 'Isian belum lengkap', status: 422, errors },
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      ),
    ),
  );
}

/** The complete seeded draft, walked through its steps to the review page. */
async function reviewComplete(): Promise<LayananPermitForm> {
  const el = await fixture<LayananPermitForm>(html`<layanan-permit-form code=${COMPLETE}></layanan-permit-form>`);
  await onStep(el, 'Data pemohon');
  await next(el, 'Data usaha');
  await next(el, 'Pernyataan');
  await next(el, 'Periksa kembali jawaban Anda');
  return el;
}

describe('<layanan-permit-form>', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));

  it('is accessible on its first step, with the progress "Langkah 1 dari 4"', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    await expect(el).to.be.accessible();
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('Langkah 1 dari 4');
    expect($(el, '.permit__name')!.textContent).to.equal('Izin Usaha Mikro dan Kecil');
  });

  it('shows an accessible busy placeholder while the form loads', async () => {
    mock.store.state.config.latencyMs = 2000;
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`);
    expect($(el, '[part~="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el)).to.equal('Memuat…');
    await expect(el).to.be.accessible();
  });

  it('renders every field type of the four seeded permits, each with its own control', async () => {
    const seen = new Set<string>();
    const expected = (field: FormField) =>
      ({ nik: 'layanan-nik-input', npwp: 'layanan-npwp-input', phone: 'layanan-phone-input', select: 'select', address: 'select', textarea: 'textarea' })[field.type as string] ??
      `input:${{ radio: 'radio', checkbox: 'checkbox', file: 'file', date: 'date', email: 'email' }[field.type as string] ?? 'text'}`;
    const kind = (control: HTMLElement) => (control.localName === 'input' ? `input:${(control as HTMLInputElement).type}` : control.localName);
    for (const typeId of TYPES) {
      const permit = (await (await fetch(`/v1/permits/types/${typeId}`)).json()) as PermitType;
      for (const [index, step] of permit.form.steps.entries()) {
        // Answers that show the conditional fields too.
        storeDraft(typeId, { answers: { hasPremises: 'ya', lit: 'ya' }, step: index });
        const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type=${typeId}></layanan-permit-form>`);
        await onStep(el, step.title.id);
        for (const field of step.fields) {
          const control = $(el, `#field-${field.id}`);
          expect(control, `${typeId}: ${field.id}`).to.exist;
          expect(kind(control!), `${typeId}: ${field.id}`).to.equal(expected(field));
          const label = 'label' in control! && typeof control.label === 'string' ? control.label : textOf(el);
          expect(label, field.id).to.contain(field.label.id);
          seen.add(field.type);
        }
        if (field(step.fields, 'money')) expect(inputOf(el, field(step.fields, 'money')!.id).inputMode).to.equal('numeric');
        if (field(step.fields, 'address')) {
          const id = field(step.fields, 'address')!.id;
          expect($$(el, `#field-${id} option`).map((o) => o.textContent)).to.include('Abung Selatan');
          expect($(el, `#field-${id}-village`)!.hasAttribute('disabled')).to.equal(true);
          expect($(el, `#field-${id}-street`)).to.exist;
          await expect(el).to.be.accessible();
        }
        fixtureCleanup();
      }
    }
    expect([...seen].sort()).to.deep.equal(['address', 'checkbox', 'date', 'email', 'file', 'money', 'nik', 'npwp', 'number', 'phone', 'radio', 'select', 'text', 'textarea']);
  });

  it('checks a field as the citizen leaves it, with the shared validator’s words, and not before', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    // Tabbing past an empty field is not a mistake.
    inputOf(el, 'email').focus();
    await leave(el, 'email');
    expect($(el, '#field-email-error')).to.equal(null);

    await typeInto(el, 'fullName', 'Al');
    expect($(el, '#field-fullName-error')).to.equal(null);
    await leave(el, 'fullName');
    const permit = (await (await fetch('/v1/permits/types/izin-usaha-mikro')).json()) as PermitType;
    const [shared] = validateAnswers(permit.form, { fullName: 'Al' }, { only: ['fullName'] });
    expect(shared!.message).to.equal('Paling sedikit 3 karakter.');
    expect($(el, '#field-fullName-error')!.textContent).to.equal(shared!.message);
    expect(inputOf(el, 'fullName').getAttribute('aria-invalid')).to.equal('true');
    expect(inputOf(el, 'fullName').getAttribute('aria-describedby')).to.contain('field-fullName-error');
    await expect(el).to.be.accessible();

    await typeInto(el, 'email', 'budi@');
    await leave(el, 'email');
    expect($(el, '#field-email-error')!.textContent).to.equal('Alamat surel tidak valid, contoh: nama@contoh.id.');

    await typeInto(el, 'fullName', 'Ali');
    expect($(el, '#field-fullName-error'), 'a fixed answer clears its error at once').to.equal(null);
  });

  it('on Next lists every problem at the top, linking to each field, and keeps the citizen on the step', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    $(el, 'form .button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.summary'), 'no error summary');
    const summary = $(el, '.summary')!;
    expect(summary.querySelector('h2')!.textContent).to.equal('Ada yang perlu diperbaiki');
    expect([...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Nama lengkap sesuai KTP: Wajib diisi.', '#field-fullName'],
      ['NIK: Wajib diisi.', '#field-nik'],
      ['Nomor HP: Wajib diisi.', '#field-phone'],
    ]);
    await waitUntil(() => el.shadowRoot!.activeElement === summary, 'focus did not move to the summary');
    expect(title(el)).to.equal('Data pemohon');
    expect($(el, '#field-nik')!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('Wajib diisi.');
    await expect(el).to.be.accessible();

    summary.querySelectorAll('a')[1]!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'field-nik', 'the link did not focus the NIK field');
  });

  it('shows and hides conditional fields without losing answers, and never sends hidden ones', async () => {
    const patches: Array<Record<string, unknown>> = [];
    mock.use(
      http.patch('*/v1/permits/applications/:code', async ({ request }) => {
        patches.push(((await request.clone().json()) as { answers: Record<string, unknown> }).answers);
        return undefined;
      }),
    );
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form code=${DRAFT}></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    expect(inputOf(el, 'fullName').value).to.equal('Ahmad Saputra');
    await next(el, 'Data usaha');
    expect($(el, '#field-premisesStatus')).to.equal(null);

    $(el, '#field-hasPremises')!.click(); // "Ya"
    await el.updateComplete;
    const status = $<HTMLSelectElement>(el, '#field-premisesStatus')!;
    expect(status).to.exist;
    expect($(el, '#field-premisesPhoto')).to.exist;
    status.value = 'sewa';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await typeInto(el, 'businessName', 'Bengkel Motor Saputra Jaya');
    await leave(el, 'businessName');
    await waitUntil(() => applicationOf(mock, DRAFT).answers.premisesStatus === 'sewa', 'the visible answer was not saved', { timeout: 5000 });

    $(el, '#field-hasPremises-1')!.click(); // "Tidak"
    await el.updateComplete;
    expect($(el, '#field-premisesStatus')).to.equal(null);
    await leave(el, 'hasPremises');
    await waitUntil(() => applicationOf(mock, DRAFT).answers.hasPremises === 'tidak', 'the change was not saved', { timeout: 5000 });
    expect(applicationOf(mock, DRAFT).answers).to.not.have.property('premisesStatus');
    expect(patches.at(-1)).to.include({ premisesStatus: null });

    $(el, '#field-hasPremises')!.click(); // "Ya" again: the earlier answer is still there
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#field-premisesStatus')!.value).to.equal('sewa');
    expect(inputOf(el, 'businessName').value).to.equal('Bengkel Motor Saputra Jaya');
    await expect(el).to.be.accessible();
  });

  it('saves to the server and the device as the citizen goes, and resumes by code after a reload', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-reklame"></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    const saved = oneEvent(el, 'layanan-application-saved');
    await typeInto(el, 'fullName', 'Rina Marlina');
    await typeInto(el, 'nik', '1803054101950003');
    await leave(el, 'nik');
    const { detail } = await saved;
    const code = detail.application.code;
    expect(code).to.match(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    await waitUntil(() => applicationOf(mock, code).answers.nik === '1803054101950003', 'not saved to the server', { timeout: 5000 });
    expect(applicationOf(mock, code).answers.fullName).to.equal('Rina Marlina');
    await waitUntil(() => /^Tersimpan \d{2}\.\d{2}$/.test($(el, '[part="save-status"]')!.textContent!), 'no "Tersimpan" status');
    expect($(el, '[part="save-status"]')!.getAttribute('role')).to.equal('status');
    expect($(el, '.code-line')!.textContent).to.equal(`Kode permohonan: ${code}`);
    const kept = localStorage.getItem(draftKey('izin-reklame'))!;
    expect(kept).to.contain(code).and.to.contain('Rina Marlina');
    expect(kept, 'a NIK is never kept in clear text on the device').to.not.contain('1803054101950003');

    // A reload: the element goes, a new one comes.
    el.remove();
    const again = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-reklame"></layanan-permit-form>`);
    await onStep(again, 'Data pemohon');
    expect(inputOf(again, 'fullName').value).to.equal('Rina Marlina');
    await waitUntil(() => inputOf(again, 'nik').value.replace(/\D/g, '') === '1803054101950003', 'the NIK did not come back from the server');
    expect($(again, '.code-line')!.textContent).to.equal(`Kode permohonan: ${code}`);
  });

  it('lists the permits with fee, time and requirements, and continues an application by its code', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form></layanan-permit-form>`);
    await waitUntil(() => $(el, '.types'), 'no permit list', { timeout: 5000 });
    await expect(el).to.be.accessible();
    const types = $$(el, '[part~="type"]');
    expect(types.map((t) => t.querySelector('h3')!.textContent)).to.deep.equal([
      'Izin Usaha Mikro dan Kecil', 'Persetujuan Bangunan Gedung (PBG)', 'Izin Penyelenggaraan Reklame', 'Surat Izin Praktik Tenaga Kesehatan',
    ]);
    expect(types[0]!.textContent).to.contain('Gratis').and.to.contain('3 hari kerja').and.to.contain('Foto tempat usaha');
    expect(types[1]!.textContent!.replace(/\s/g, ' ')).to.contain('Rp 750.000').and.to.contain('14 hari kerja');

    const code = $<HTMLInputElement>(el, '#resume-code')!;
    code.value = 'ABC';
    code.dispatchEvent(new InputEvent('input'));
    $(el, '.resume button')!.click();
    await waitUntil(() => $(el, '#resume-code-error'), 'no error for a malformed code');
    expect($(el, '#resume-code-error')!.textContent).to.equal('Kode permohonan terdiri dari 15 huruf dan angka, misalnya PRM7K-D2AFT-Q9WXZ.');

    code.value = 'PRM22-22222-22222';
    code.dispatchEvent(new InputEvent('input'));
    $(el, '.resume button')!.click();
    await waitUntil(() => $(el, '#resume-code-error') && $(el, '#resume-code-error')!.textContent!.length > 0 && !$(el, '#resume-code-error')!.textContent!.includes('15 huruf'), 'no error for an unknown code', { timeout: 5000 });
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#resume-code')!.value = 'prm7k d2aft q9wxz';
    $(el, '#resume-code')!.dispatchEvent(new InputEvent('input'));
    $(el, '.resume button')!.click();
    await onStep(el, 'Data pemohon');
    expect(inputOf(el, 'fullName').value).to.equal('Ahmad Saputra');
    expect($(el, '.code-line')!.textContent).to.equal(`Kode permohonan: ${DRAFT}`);
  });

  it('starts the chosen permit from the list', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form></layanan-permit-form>`);
    await waitUntil(() => $(el, '.types'), 'no permit list', { timeout: 5000 });
    $$(el, '[part~="type"] button')[1]!.click();
    await onStep(el, 'Data pemohon');
    expect($(el, '.permit__name')!.textContent).to.equal('Persetujuan Bangunan Gedung (PBG)');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.step-title'), 'focus did not move to the step heading');
  });

  it('reviews every answer per step with "Ubah" links, submits, and shows a receipt with the code', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form code=${COMPLETE}></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    await next(el, 'Data usaha');
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('Langkah 2 dari 4');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.step-title'), 'focus did not move to the new step');
    await next(el, 'Pernyataan');
    await next(el, 'Periksa kembali jawaban Anda');
    await expect(el).to.be.accessible();
    const review = $(el, '[part="review"]')!;
    expect($$(el, '.review__step h3').map((h) => h.textContent)).to.deep.equal(['Data pemohon', 'Data usaha', 'Pernyataan']);
    const text = review.textContent!.replace(/\s+/g, ' ');
    for (const answer of ['Lestari Wijaya', '1803 0541 0195 0003', '+62 852-6660-1234', 'Kuliner', 'Rp 8.000.000', 'Jl. Raya Ogan Lima No. 2, Ogan Lima, Abung Barat', '1 Juni 2023', 'Tidak diisi']) expect(text).to.contain(answer);
    expect(text, 'hidden fields are not listed').to.not.contain('Status tempat usaha');

    const change = $$(el, '.answer').find((row) => row.querySelector('dt')!.textContent === 'Nama usaha')!.querySelector('button')!;
    expect(change.textContent!.trim()).to.equal('Ubah Nama usaha');
    change.click();
    await onStep(el, 'Data usaha');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'field-businessName', '"Ubah" did not focus the field');
    await typeInto(el, 'businessName', 'Kopi Bubuk Lestari Abung');
    expect($(el, 'form .button[type="submit"]')!.textContent).to.equal('Simpan dan kembali ke ringkasan');
    await next(el, 'Periksa kembali jawaban Anda');
    expect($(el, '[part="review"]')!.textContent).to.contain('Kopi Bubuk Lestari Abung');

    const submitted = oneEvent(el, 'layanan-application-submitted');
    $$(el, '.actions .button').find((b) => b.textContent!.trim() === 'Kirim permohonan')!.click();
    const { detail } = await submitted;
    expect(detail.application.status).to.equal('submitted');
    await waitUntil(() => $(el, '[part~="receipt"]'), 'no receipt');
    expect($(el, '.receipt h2')!.textContent).to.equal('Permohonan terkirim');
    expect($(el, '[part="code"]')!.textContent).to.equal(COMPLETE);
    expect(textOf(el)).to.contain('Keputusan paling lambat').and.to.contain('Salin');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.receipt h2'), 'focus did not move to the receipt');
    expect(applicationOf(mock, COMPLETE).status).to.equal('submitted');
    await expect(el).to.be.accessible();
  });

  it('puts a 422 from the server onto the fields it names, with the summary, on their step', async () => {
    refuseSubmit(mock, [
      { path: 'answers.businessName', code: 'too_short', message: 'Nama usaha sudah dipakai usaha lain.' },
      { path: 'answers.activity', code: 'too_short', message: 'Paling sedikit 20 karakter.' },
    ]);
    const el = await reviewComplete();
    const failed = oneEvent(el, 'layanan-error');
    $$(el, '.actions .button').find((b) => b.textContent!.trim() === 'Kirim permohonan')!.click();
    expect((await failed).detail.operation).to.equal('submit-application');
    await onStep(el, 'Data usaha');
    expect([...$(el, '.summary')!.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
      'Nama usaha: Nama usaha sudah dipakai usaha lain.',
      'Uraian kegiatan usaha: Paling sedikit 20 karakter.',
    ]);
    expect($(el, '#field-businessName-error')!.textContent).to.equal('Nama usaha sudah dipakai usaha lain.');
    expect($(el, '#field-activity-error')!.textContent).to.equal('Paling sedikit 20 karakter.');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.summary'), 'focus did not move to the summary');
    await expect(el).to.be.accessible();
  });

  it("shows the server's answer about a NIK inside the NIK input, until the citizen changes it", async () => {
    refuseSubmit(mock, [{ path: 'answers.nik', code: 'nik_unknown', message: 'NIK ini tidak terdaftar di Disdukcapil.' }]);
    const el = await reviewComplete();
    $$(el, '.actions .button').find((b) => b.textContent!.trim() === 'Kirim permohonan')!.click();
    await onStep(el, 'Data pemohon');
    const nik = $(el, 'layanan-nik-input')!;
    await waitUntil(() => nik.shadowRoot!.querySelector('[part="error"]')!.textContent === 'NIK ini tidak terdaftar di Disdukcapil.', 'no error in the NIK input');
    expect(nik.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('checks uploads for type and size before sending, shows progress, and keeps the uploaded file', async () => {
    storeDraft('izin-usaha-mikro', { answers: { hasPremises: 'ya' }, step: 1 });
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`);
    await onStep(el, 'Data usaha');
    expect($(el, '#field-premisesPhoto-hint')!.textContent).to.equal('JPG, PNG, WebP · paling besar 2 MB');
    expect($(el, '#field-premisesPhoto')!.getAttribute('accept')).to.equal('image/jpeg,image/png,image/webp');
    let uploads = 0;
    mock.use(http.post('*/v1/uploads', () => void uploads++));

    chooseFile(el, 'premisesPhoto', new File(['%PDF-1.4'], 'izin.pdf', { type: 'application/pdf' }));
    await el.updateComplete;
    expect($(el, '#field-premisesPhoto-error')!.textContent).to.equal('Jenis berkas tidak diterima.');
    chooseFile(el, 'premisesPhoto', new File([new Uint8Array(3 * 1024 * 1024)], 'besar.png', { type: 'image/png' }));
    await el.updateComplete;
    expect($(el, '#field-premisesPhoto-error')!.textContent).to.equal('Berkas paling besar 2 MB.');
    expect(uploads).to.equal(0);

    expect($(el, '.file-button')!.textContent).to.equal('Pilih berkas');
    mock.store.state.config.latencyMs = 400; // long enough to see the progress
    chooseFile(el, 'premisesPhoto', new File([PNG_SIGNATURE, new Uint8Array(2040)], 'bengkel.png', { type: 'image/png' }));
    await waitUntil(() => $(el, '.upload progress'), 'no progress while uploading');
    expect($(el, '.upload progress')!.getAttribute('aria-label')).to.match(/^Mengunggah bengkel\.png… \d+%$/);
    expect($<HTMLInputElement>(el, '#field-premisesPhoto')!.disabled).to.equal(true);
    await waitUntil(() => $(el, '[part="file"]'), 'the uploaded file is not shown', { timeout: 5000 });
    mock.store.state.config.latencyMs = 0;
    expect($(el, '.upload')).to.equal(null);
    expect($(el, '.file-button')!.textContent).to.equal('Ganti berkas');
    expect(uploads).to.equal(1);
    expect($(el, '[part="file"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('bengkel.png (2 KB)');
    expect($(el, '#field-premisesPhoto-error')).to.equal(null);
    await waitUntil(() => $(el, '[part="save-status"]')!.textContent === 'bengkel.png terunggah.' || /Tersimpan/.test($(el, '[part="save-status"]')!.textContent!));
    const stored = JSON.parse(localStorage.getItem(draftKey('izin-usaha-mikro'))!) as { answers: Record<string, { uploadId: string }> };
    expect(stored.answers.premisesPhoto!.uploadId).to.be.a('string');
    await expect(el).to.be.accessible();
  });

  it('opens an application sent back for corrections with the officer’s note, and resubmits it', async () => {
    await fetch(`/v1/permits/applications/${COMPLETE}/submit`, { method: 'POST' });
    await fetch(`/v1/_mock/permits/applications/${COMPLETE}/decide`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'request_revision', note: 'Uraian kegiatan kurang jelas: sebutkan bahan baku.' }),
    });
    const status = await fixture<HTMLElement>(html`<layanan-permit-status code=${COMPLETE} form-url="/izin/ajukan"></layanan-permit-status>`);
    await waitUntil(() => status.shadowRoot!.querySelector('[part="timeline"]'), 'no timeline', { timeout: 5000 });
    expect(status.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain('Uraian kegiatan kurang jelas: sebutkan bahan baku.');
    const edit = status.shadowRoot!.querySelector<HTMLAnchorElement>('[part="edit"]')!;
    expect(edit.textContent).to.equal('Perbaiki permohonan');
    expect(new URL(edit.href).pathname + new URL(edit.href).search).to.equal(`/izin/ajukan?code=${COMPLETE}`);
    fixtureCleanup();

    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form code=${COMPLETE}></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    expect($(el, '[part="revision"]')!.textContent).to.contain('Petugas meminta perbaikan').and.to.contain('Uraian kegiatan kurang jelas: sebutkan bahan baku.');
    await expect(el).to.be.accessible();
    await next(el, 'Data usaha');
    await typeInto(el, 'activity', 'Menyangrai dan menggiling biji kopi robusta dari petani Abung Barat, dikemas 250 gram.');
    await leave(el, 'activity');
    await next(el, 'Pernyataan');
    await next(el, 'Periksa kembali jawaban Anda');
    const submitted = oneEvent(el, 'layanan-application-submitted');
    $$(el, '.actions .button').find((b) => b.textContent!.trim() === 'Kirim perbaikan')!.click();
    await submitted;
    await waitUntil(() => $(el, '.receipt h2')?.textContent === 'Perbaikan terkirim', 'no receipt for the corrections');
    const application = applicationOf(mock, COMPLETE);
    expect(application.status).to.equal('submitted');
    expect(application.answers.activity).to.contain('petani Abung Barat');
  });

  it('keeps answers on the device when saving fails, says so, and saves them once back online', async () => {
    mock.store.state.config.failures.push({ mode: 'network', path: '/v1/permits/applications', method: 'PATCH', count: 1000 });
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form code=${DRAFT}></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    const failed = oneEvent(el, 'layanan-error');
    await typeInto(el, 'fullName', 'Ahmad Saputra Jaya');
    await leave(el, 'fullName');
    expect((await failed).detail.operation).to.equal('save-application');
    await waitUntil(() => $(el, '[part="save-status"]')!.textContent === 'Tersimpan di perangkat ini; akan disimpan ke server begitu koneksi kembali.', 'no offline notice', { timeout: 8000 });
    const kept = JSON.parse(localStorage.getItem(draftKey('izin-usaha-mikro'))!) as { code: string; unsaved: string[]; answers: Record<string, unknown> };
    expect(kept).to.deep.include({ code: DRAFT, unsaved: ['fullName'] });
    expect(kept.answers.fullName).to.equal('Ahmad Saputra Jaya');
    expect(applicationOf(mock, DRAFT).answers.fullName).to.equal('Ahmad Saputra');

    mock.store.state.config.failures = [];
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => applicationOf(mock, DRAFT).answers.fullName === 'Ahmad Saputra Jaya', 'not saved once back online', { timeout: 5000 });
    await waitUntil(() => /^Tersimpan \d{2}\.\d{2}$/.test($(el, '[part="save-status"]')!.textContent!));
  }).timeout(20000);

  it('merges, not overwrites, when another device saved in between', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form code=${DRAFT}></layanan-permit-form>`);
    await onStep(el, 'Data pemohon');
    // The other device (version 3 → 4).
    const other = await fetch(`/v1/permits/applications/${DRAFT}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 3, answers: { businessName: 'Bengkel Saputra dari HP lain' } }),
    });
    expect(other.status).to.equal(200);
    await typeInto(el, 'email', 'ahmad@contoh.id');
    await leave(el, 'email');
    await waitUntil(() => applicationOf(mock, DRAFT).answers.email === 'ahmad@contoh.id', 'the change here was not saved', { timeout: 5000 });
    expect(applicationOf(mock, DRAFT).answers.businessName).to.equal('Bengkel Saputra dari HP lain');
    await waitUntil(() => $(el, '[part="save-status"]')!.textContent === 'Permohonan ini juga diubah di perangkat lain; jawaban dari sana sudah digabungkan.');
    await next(el, 'Data usaha');
    expect(inputOf(el, 'businessName').value).to.equal('Bengkel Saputra dari HP lain');
  });

  it('speaks English with lang="en": steps, labels and the validator’s messages', async () => {
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form lang="en" type="izin-usaha-mikro"></layanan-permit-form>`);
    await onStep(el, 'Applicant');
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('Step 1 of 4');
    expect(textOf(el)).to.contain('Full name as on the ID card').and.to.contain('(optional)');
    $(el, 'form .button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.summary'));
    expect($(el, '.summary h2')!.textContent).to.equal('There is a problem');
    expect($(el, '.summary a')!.textContent).to.equal('Full name as on the ID card: Required.');
    await expect(el).to.be.accessible();
  });

  it('shows a failure to load in words with a retry that works', async () => {
    mock.store.state.config.failures.push({ mode: 'network', count: 3, path: '/v1/permits/types' });
    const el = await fixture<LayananPermitForm>(html`<layanan-permit-form></layanan-permit-form>`);
    const failed = oneEvent(el, 'layanan-error');
    expect((await failed).detail.operation).to.equal('load-permit');
    await waitUntil(() => $(el, '[part~="error"]'));
    expect($(el, '[part="error-message"]')!.textContent).to.equal('Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.');
    await expect(el).to.be.accessible();
    $(el, '[part="retry-button"]')!.click();
    await waitUntil(() => $(el, '.types'), 'retry did not load the list', { timeout: 5000 });
  });

  it('fits a 320 px screen with 44 px targets', async () => {
    storeDraft('izin-usaha-mikro', { answers: { hasPremises: 'ya' }, step: 1 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form></div>`);
    const el = wrapper.firstElementChild as LayananPermitForm;
    await onStep(el, 'Data usaha');
    expect($(el, '.permit')!.scrollWidth).to.be.at.most(320);
    for (const button of $$(el, '.button')) expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });
});

function field(fields: FormField[], type: FormField['type']) {
  return fields.find((f) => f.type === type);
}
