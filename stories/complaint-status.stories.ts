import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@layanan/widgets';
import { attributes } from './attributes.js';
import { withMockApi } from './mock-api.js';

interface Args {
  lang: 'id' | 'en';
  code?: string;
  poll?: number;
  now?: string;
  'api-base'?: string;
}

const PUBLIC = 'JXN7K-ABS2Q-R4WMP';
const ANONYMOUS = 'PNG3X-KMT8R-Q2HZW';
const CONFIDENTIAL = 'DNA4Q-W7TKP-M3XRB';

const status = (args: Args) => html`<layanan-complaint-status ${attributes(args)}></layanan-complaint-status>`;

/**
 * `<layanan-complaint-status>`: follow a complaint by its tracking code, the agency's answers, add
 * information, rate or reopen. Every story runs against the reference mock server in the browser
 * (seeded complaints: JXN7K-ABS2Q-R4WMP public and resolved, PNG3X-KMT8R-Q2HZW anonymous,
 * DNA4Q-W7TKP-M3XRB confidential).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Complaint status',
  component: 'layanan-complaint-status',
  args: { lang: 'id' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
  },
  loaders: [withMockApi()],
  render: status,
};
export default meta;

type Story = StoryObj<Args>;

/** No code yet: the lookup form (any case, dashes optional). */
export const StatusLookup: Story = {};

/** Public and resolved: the whole timeline, the conversation, rating and reopening. */
export const StatusResolved: Story = { args: { code: PUBLIC } };

/** Rated: the rating replaces the form (once only). */
export const StatusRated: Story = {
  args: { code: PUBLIC },
  loaders: [
    async () => {
      const loaded = await withMockApi()();
      await fetch(`/v1/complaints/${PUBLIC}/rating`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ score: 4, comment: 'Cepat ditangani.' }) });
      return loaded;
    },
  ],
};

/** Anonymous: the reporter is nowhere, not even to the unit. */
export const StatusAnonymous: Story = { args: { code: ANONYMOUS } };

/** Confidential: only the category, unit and status are shown. */
export const StatusConfidential: Story = { args: { code: CONFIDENTIAL } };

/** Overdue: the deadline to act has passed on the server's clock. */
export const StatusOverdue: Story = {
  args: { code: ANONYMOUS, now: '2026-12-20T10:00:00+07:00' },
};

/** A code nobody has: said plainly, with the code kept in the box. */
export const StatusNotFound: Story = { args: { code: 'ABCDE-FGHJK-MNPQR' } };

export const StatusLoading: Story = {
  args: { code: PUBLIC },
  loaders: [withMockApi((mock) => (mock.store.state.config.latencyMs = 60_000))],
};

export const StatusNetworkError: Story = {
  args: { code: PUBLIC },
  loaders: [withMockApi((mock) => mock.store.state.config.failures.push({ mode: 'network', count: 3 }))],
};

export const StatusEnglish: Story = { args: { lang: 'en', code: PUBLIC } };

export const StatusNarrow320: Story = {
  args: { code: PUBLIC },
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #999">${status(args)}</div>`,
};
