import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import '@layanan/widgets';
import { attributes } from './attributes.js';
import { withMockApi } from './mock-api.js';

interface Args {
  lang: 'id' | 'en';
  category?: string;
  'status-url'?: string;
  'api-base'?: string;
}

/** The draft as `<layanan-complaint-form>` keeps it on the device (see `Draft` in complaint-form.ts). */
const draftKey = () => `layanan:complaint-draft:${new URL(window.location.origin).href}`;
const draft = {
  categoryId: 'jalan-rusak',
  title: 'Jalan berlubang di depan Pasar Kotabumi',
  description: 'Lubang selebar satu meter di tengah jalan sejak dua minggu. Sudah dua pengendara motor jatuh saat hujan.',
  location: 'Jl. Soekarno-Hatta depan Pasar Kotabumi',
  privacy: 'public',
  name: 'Siti Aminah',
  phone: '0812 3456 7890',
  email: '',
  consent: false,
  photos: [],
};

/** The reference server, fresh, and a draft on the device (or none). */
function withDraft(saved?: object, setup?: (mock: BrowserMockServer) => void) {
  return async () => {
    localStorage.removeItem(draftKey());
    if (saved) localStorage.setItem(draftKey(), JSON.stringify(saved));
    return withMockApi(setup)();
  };
}

const form = (args: Args) => html`<layanan-complaint-form ${attributes(args)}></layanan-complaint-form>`;

const formReady = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('layanan-complaint-form')!;
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 100));
  return el;
};

/** Presses "Kirim pengaduan" (after ticking the consent when asked). */
const send =
  (consent: boolean): StoryObj<Args>['play'] =>
  async ({ canvasElement }) => {
    const el = await formReady(canvasElement);
    if (consent) el.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  };

/**
 * `<layanan-complaint-form>`: report a problem, choose who may see it, keep the tracking code.
 * Every story runs against the reference mock server in the browser.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Complaint form',
  component: 'layanan-complaint-form',
  args: { lang: 'id', 'status-url': '?kode={code}' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
  },
  loaders: [withDraft()],
  render: form,
};
export default meta;

type Story = StoryObj<Args>;

/** An empty form: category, what and where, photos, who may see it, the reporter, consent. */
export const FormEmpty: Story = {};

/** A page about roads preselects its category; its description and unit show under the picker. */
export const FormWithCategory: Story = { args: { category: 'jalan-rusak' } };

/** After a reload: what was typed is back (consent is asked again). */
export const FormRestoredDraft: Story = { loaders: [withDraft(draft)] };

/** Anonymous: the name and contact fields are gone (and kept in the draft, should the citizen change their mind). */
export const FormAnonymous: Story = { loaders: [withDraft({ ...draft, privacy: 'anonymous' })] };

/** Send pressed on an empty form: the error summary, focused, and an error at each field. */
export const FormErrors: Story = { play: send(false) };

/** A send whose answer was lost: the draft remembers the idempotency key; sending again cannot file twice. */
export const FormUnsure: Story = {
  loaders: [withDraft({ ...draft, pending: { key: 'story-pending-key-0001', request: {} } })],
};

/** Sent: the tracking code large, a copy button, a link to the status. */
export const FormSubmitted: Story = { loaders: [withDraft(draft)], play: send(true) };

/** The categories on a slow 3G connection. */
export const FormLoading: Story = { loaders: [withDraft(undefined, (mock) => (mock.store.state.config.latencyMs = 60_000))] };

/** No connection: the error in words and a retry; the draft is safe on the device. */
export const FormNetworkError: Story = {
  loaders: [withDraft(undefined, (mock) => mock.store.state.config.failures.push({ mode: 'network', count: 3 }))],
};

export const FormEnglish: Story = { args: { lang: 'en' }, loaders: [withDraft(draft)] };

export const FormNarrow320: Story = {
  loaders: [withDraft(draft)],
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #999">${form(args)}</div>`,
};
