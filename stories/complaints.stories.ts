import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import '@layanan/widgets';
import { withMockApi } from './mock-api.js';

interface Args {
  lang: 'id' | 'en';
  code?: string;
  category?: string;
}

const PUBLIC = 'JXN7K-ABS2Q-R4WMP';
const ANONYMOUS = 'PNG3X-KMT8R-Q2HZW';
const CONFIDENTIAL = 'DNA4Q-W7TKP-M3XRB';

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

const form = ({ lang, category }: Args) =>
  html`<layanan-complaint-form lang=${lang} category=${ifDefined(category)} status-url="?kode={code}"></layanan-complaint-form>`;
const status = ({ lang, code }: Args) => html`<layanan-complaint-status lang=${lang} code=${ifDefined(code)}></layanan-complaint-status>`;

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
 * `<layanan-complaint-form>` and `<layanan-complaint-status>`: report a problem, choose who may see
 * it, keep the tracking code, then follow the agency's answers, add information, rate or reopen.
 * Every story runs against the reference mock server in the browser (seeded complaints:
 * JXN7K-ABS2Q-R4WMP public and resolved, PNG3X-KMT8R-Q2HZW anonymous, DNA4Q-W7TKP-M3XRB confidential).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Complaints',
  component: 'layanan-complaint-form',
  args: { lang: 'id' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    code: { control: 'text', description: 'Status: the tracking code to show.' },
    category: { control: 'text', description: 'Form: a category id to preselect.' },
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

/** No code yet: the lookup form (any case, dashes optional). */
export const StatusLookup: Story = { render: status };

/** Public and resolved: the whole timeline, the conversation, rating and reopening. */
export const StatusResolved: Story = { args: { code: PUBLIC }, render: status };

/** Rated: the rating replaces the form (once only). */
export const StatusRated: Story = {
  args: { code: PUBLIC },
  render: status,
  loaders: [
    async () => {
      const loaded = await withMockApi()();
      await fetch(`/v1/complaints/${PUBLIC}/rating`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ score: 4, comment: 'Cepat ditangani.' }) });
      return loaded;
    },
  ],
};

/** Anonymous: the reporter is nowhere, not even to the unit. */
export const StatusAnonymous: Story = { args: { code: ANONYMOUS }, render: status };

/** Confidential: only the category, unit and status are shown. */
export const StatusConfidential: Story = { args: { code: CONFIDENTIAL }, render: status };

/** Overdue: the deadline to act has passed on the server's clock. */
export const StatusOverdue: Story = {
  args: { code: ANONYMOUS },
  render: ({ lang, code }) => html`<layanan-complaint-status lang=${lang} code=${ifDefined(code)} now="2026-12-20T10:00:00+07:00"></layanan-complaint-status>`,
};

/** A code nobody has: said plainly, with the code kept in the box. */
export const StatusNotFound: Story = { args: { code: 'ABCDE-FGHJK-MNPQR' }, render: status };

export const StatusLoading: Story = {
  args: { code: PUBLIC },
  render: status,
  loaders: [withMockApi((mock) => (mock.store.state.config.latencyMs = 60_000))],
};

export const StatusNetworkError: Story = {
  args: { code: PUBLIC },
  render: status,
  loaders: [withMockApi((mock) => mock.store.state.config.failures.push({ mode: 'network', count: 3 }))],
};

export const StatusEnglish: Story = { args: { lang: 'en', code: PUBLIC }, render: status };

export const StatusNarrow320: Story = {
  args: { code: PUBLIC },
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #999">${status(args)}</div>`,
};
