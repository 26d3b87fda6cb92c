import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@layanan/widgets';
import { attributes } from './attributes.js';
import { COMPLETE, DRAFT, decide, post, submitComplete, withPermits } from './permits.js';

interface Args {
  lang: 'id' | 'en';
  code?: string;
  'form-url'?: string;
  'api-base'?: string;
}

/**
 * `<layanan-permit-status>`: follow an application by its code, with the officer's notes and the
 * way back into the form. Every story runs against the reference mock server in the browser.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Permit status',
  component: 'layanan-permit-status',
  args: { lang: 'id', code: COMPLETE, 'form-url': '/permits.html' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
  },
  loaders: [withPermits()],
  render: (args) => html`<layanan-permit-status ${attributes(args)}></layanan-permit-status>`,
};
export default meta;

type Story = StoryObj<Args>;

/** No code: asks for one. */
export const StatusLookup: Story = { args: { code: undefined } };

export const StatusDraft: Story = { args: { code: DRAFT } };

/** Sent an hour ago: being checked, with the decision's due date. */
export const StatusVerification: Story = {
  loaders: [withPermits(async () => (await submitComplete(), post('/v1/_mock/clock', { advanceMinutes: 61 })))],
};

/** Corrections asked for: the officer's note and the way back into the form (`form-url`). */
export const StatusRevisionRequested: Story = {
  loaders: [withPermits(async () => (await submitComplete(), decide('request_revision', 'Foto tempat usaha buram; unggah ulang.')))],
};

export const StatusApproved: Story = {
  loaders: [withPermits(async () => (await submitComplete(), decide('approve', 'Izin terbit; dokumen dapat diunduh di OSS.')))],
};

export const StatusRejected: Story = {
  loaders: [withPermits(async () => (await submitComplete(), decide('reject', 'Lokasi usaha berada di jalur hijau.')))],
};

export const StatusEnglish: Story = {
  loaders: [withPermits(async () => (await submitComplete(), decide('request_revision', 'Please upload a sharper photo.')))],
  args: { lang: 'en' },
};

export const StatusError: Story = {
  loaders: [withPermits((mock) => void mock.store.state.config.failures.push({ mode: 'network', count: 3 }))],
  args: { code: DRAFT },
};
