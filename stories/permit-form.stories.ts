import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { FieldType, FormField, PermitType } from '@layanan/contract';
import '@layanan/widgets';
import { attributes } from './attributes.js';
import { COMPLETE, DRAFT, decide, submitComplete, withPermits } from './permits.js';

interface Args {
  lang: 'id' | 'en';
  type?: string;
  code?: string;
  'api-base'?: string;
}

const t = (id: string, en: string) => ({ id, en });

/** Opens the complete draft on a given step (the device remembers where the citizen was). */
const onStep = (step: number) => () =>
  localStorage.setItem(`layanan:permit-form:${location.origin}/:izin-usaha-mikro`, JSON.stringify({ code: COMPLETE, answers: {}, unsaved: [], step }));

/**
 * `<layanan-permit-form>`: any permit form the agency's backend defines, step by step with
 * autosave, review, receipt and corrections. Every story runs against the reference mock server in
 * the browser (DPMPTSP Lampung Utara's four permits, the drafts `PRM7K-D2AFT-Q9WXZ` and
 * `PRM4X-C9MPT-W2HQZ`).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Permit form',
  component: 'layanan-permit-form',
  args: { lang: 'id', type: 'izin-usaha-mikro' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    type: { control: 'select', options: [undefined, 'izin-usaha-mikro', 'persetujuan-bangunan-gedung', 'izin-reklame', 'sip-tenaga-kesehatan'] },
  },
  loaders: [withPermits()],
  render: (args) => html`<layanan-permit-form ${attributes(args)}></layanan-permit-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** No type: the permits with fee, processing time and requirements, and continue-by-code. */
export const TypePicker: Story = { args: { type: undefined } };

/** A new application: step 1 of 4. */
export const FirstStep: Story = {};

/** A draft started on another device, continued by its code. */
export const ResumeByCode: Story = { args: { type: undefined, code: DRAFT } };

/** Step 2: address (kecamatan → desa), money, number, date, radio, and the conditional fields behind "Ya". */
export const BusinessStep: Story = { loaders: [withPermits(async () => onStep(1)())], args: { type: undefined, code: COMPLETE } };

/** Next on an empty step: the error summary at the top links to each field. */
export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('layanan-permit-form')!;
    for (let i = 0; i < 50 && !form.shadowRoot?.querySelector('.step-title'); i++) await new Promise((r) => setTimeout(r, 100));
    form.shadowRoot!.querySelector<HTMLButtonElement>('form .button[type="submit"]')!.click();
  },
};

/** The review page: every answer per step with "Ubah". */
export const Review: Story = { loaders: [withPermits(async () => onStep(3)())], args: { type: undefined, code: COMPLETE } };

/** The server rejects the submission (422): its errors land on the fields and in the summary. Press "Kirim permohonan". */
export const ServerRejects: Story = {
  loaders: [
    withPermits((mock) => {
      onStep(3)();
      mock.use(
        http.post('*/v1/permits/applications/:code/submit', () =>
          HttpResponse.json(
            { type: 'urn:layanan:problem:validation', title: 'Isian belum lengkap', status: 422, errors: [{ path: 'answers.businessName', code: 'too_short', message: 'Nama usaha sudah dipakai usaha lain.' }] },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
    }),
  ],
  args: { type: undefined, code: COMPLETE },
};

/** After sending: the receipt with the code (copy) and what happens next. */
export const Receipt: Story = { loaders: [withPermits(submitComplete)], args: { type: undefined, code: COMPLETE } };

/** The officer asked for corrections: the form opens with the note and resubmits. */
export const RevisionRequested: Story = {
  loaders: [withPermits(async () => (await submitComplete(), decide('request_revision', 'Uraian kegiatan kurang jelas: sebutkan bahan baku dan kapasitas produksi.')))],
  args: { type: undefined, code: COMPLETE },
};

/** Saving fails (no connection): the answers stay on the device and it says so. Type in a field. */
export const OfflineSave: Story = {
  loaders: [withPermits((mock) => void mock.store.state.config.failures.push({ mode: 'network', path: '/v1/permits/applications', count: 1000 }))],
};

export const Loading: Story = { loaders: [withPermits((mock) => void (mock.store.state.config.latencyMs = 60_000))] };

export const LoadError: Story = { loaders: [withPermits((mock) => void mock.store.state.config.failures.push({ mode: 'network', count: 3 }))] };

export const English: Story = { args: { lang: 'en' } };

export const Narrow320: Story = {
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #999"><layanan-permit-form ${attributes(args)}></layanan-permit-form></div>`,
};

// One story per field type: a one-field form the (overridden) backend defines.
const SAMPLE: Record<FieldType, Omit<FormField, 'id' | 'type'>> = {
  text: { label: t('Nama usaha', 'Business name'), required: true, minLength: 3, maxLength: 80 },
  textarea: { label: t('Uraian kegiatan usaha', 'What the business does'), required: true, minLength: 20, maxLength: 1000 },
  number: { label: t('Jumlah lantai', 'Floors'), required: true, min: 1, max: 8 },
  money: { label: t('Modal usaha (Rp)', 'Capital (Rp)'), required: true, min: 1, max: 5_000_000_000 },
  date: { label: t('Tanggal pemasangan', 'Installation date'), required: true, min: 'today' },
  select: { label: t('Bidang usaha', 'Sector'), required: true, options: [{ value: 'kuliner', label: t('Kuliner', 'Food') }, { value: 'jasa', label: t('Jasa', 'Services') }] },
  radio: { label: t('Memakai lampu?', 'Lit?'), required: true, options: [{ value: 'ya', label: t('Ya', 'Yes') }, { value: 'tidak', label: t('Tidak', 'No') }] },
  checkbox: { label: t('Hari praktik', 'Practice days'), required: true, options: [{ value: 'senin', label: t('Senin', 'Monday') }, { value: 'selasa', label: t('Selasa', 'Tuesday') }, { value: 'rabu', label: t('Rabu', 'Wednesday') }] },
  file: { label: t('Gambar rencana teknis', 'Technical drawings'), required: true, accept: ['application/pdf'], maxSizeBytes: 5 * 1024 * 1024 },
  email: { label: t('Surel', 'Email'), help: t('Untuk salinan tanda terima.', 'For a copy of the receipt.') },
  phone: { label: t('Nomor HP', 'Mobile number'), required: true },
  nik: { label: t('NIK', 'NIK'), required: true },
  npwp: { label: t('NPWP', 'NPWP') },
  address: { label: t('Lokasi bangunan', 'Building site'), required: true },
};

function fieldStory(type: FieldType): Story {
  const permit: PermitType = {
    id: `contoh-${type}`,
    unitId: 'dpmptsp',
    name: t(`Contoh isian: ${type}`, `Example field: ${type}`),
    description: t('Formulir satu isian.', 'A one-field form.'),
    requirements: [],
    fee: 0,
    serviceLevelDays: 1,
    form: { version: 1, steps: [{ id: 'contoh', title: t('Contoh isian', 'Example field'), fields: [{ id: 'answer', type, ...SAMPLE[type] }] }] },
  };
  return {
    args: { type: permit.id },
    loaders: [withPermits((mock) => mock.use(http.get(`*/v1/permits/types/${permit.id}`, () => HttpResponse.json(permit))))],
  };
}

export const FieldText = fieldStory('text');
export const FieldTextarea = fieldStory('textarea');
export const FieldNumber = fieldStory('number');
export const FieldMoney = fieldStory('money');
export const FieldDate = fieldStory('date');
export const FieldSelect = fieldStory('select');
export const FieldRadio = fieldStory('radio');
export const FieldCheckbox = fieldStory('checkbox');
export const FieldFile = fieldStory('file');
export const FieldEmail = fieldStory('email');
export const FieldPhone = fieldStory('phone');
export const FieldNik = fieldStory('nik');
export const FieldNpwp = fieldStory('npwp');
export const FieldAddress = fieldStory('address');

/** A field that appears only for one answer of another (`visibleWhen`); its answer is kept while hidden. */
export const FieldConditional: Story = {
  args: { type: 'contoh-visible-when' },
  loaders: [
    withPermits((mock) =>
      mock.use(
        http.get('*/v1/permits/types/contoh-visible-when', () =>
          HttpResponse.json({
            ...fieldStoryPermit(),
            form: {
              version: 1,
              steps: [{
                id: 'contoh',
                title: t('Isian bersyarat', 'Conditional field'),
                fields: [
                  { id: 'lit', type: 'radio', label: t('Memakai lampu?', 'Lit?'), required: true, options: SAMPLE.radio.options },
                  { id: 'powerSource', type: 'text', label: t('Sumber listrik', 'Power source'), required: true, visibleWhen: { field: 'lit', in: ['ya'] } },
                ],
              }],
            },
          }),
        ),
      ),
    ),
  ],
};

function fieldStoryPermit() {
  return { id: 'contoh-visible-when', unitId: 'dpmptsp', name: t('Contoh isian bersyarat', 'Example: conditional field'), description: t('-', '-'), requirements: [], fee: 0, serviceLevelDays: 1 };
}
