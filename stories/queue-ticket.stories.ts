import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import '@layanan/widgets';
import { attributes } from './attributes.js';
import { withMockApi } from './mock-api.js';

interface Args {
  lang: 'id' | 'en';
  service?: string;
  'heading-level'?: number;
  'api-base'?: string;
}

const SERVICE = 'akta-kelahiran';

/**
 * A ticket already taken on this device: the loader takes one from the reference server and keeps
 * its code where the widget looks after a reload. `then` moves the server on (the clock, a check-in).
 */
function withTicket(then?: (mock: BrowserMockServer, code: string) => Promise<void> | void) {
  return async () => {
    const { mock } = await withMockApi()();
    const response = await fetch('/v1/queue/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: SERVICE, visitDate: '2026-11-30', name: 'Siti Rahmawati', phone: '081234567890' }),
    });
    const { code } = await response.json();
    localStorage.setItem(`layanan:queue-ticket:${location.origin}/:${SERVICE}`, JSON.stringify(code));
    await then?.(mock, code);
    return { mock };
  };
}

/** Moves the reference clock a minute at a time until the ticket has the wanted status. */
async function advanceUntil(mock: BrowserMockServer, code: string, status: string) {
  for (let minute = 0; minute < 6 * 60; minute++) {
    const ticket = await (await fetch(`/v1/queue/tickets/${code}`)).json();
    if (ticket.status === status) return;
    mock.store.setNow(mock.store.now().getTime() + 60_000);
  }
}

/**
 * `<layanan-queue-ticket>`: take a queue number from home, then follow it live. Every story runs
 * against the reference mock server in the browser; its clock starts Monday 30 November 2026, 09.00 WIB.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Queue ticket',
  component: 'layanan-queue-ticket',
  args: { lang: 'id' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    service: { control: 'select', options: [undefined, 'ktp-el', 'kartu-keluarga', 'akta-kelahiran', 'konsultasi-perizinan', 'layanan-pbb'] },
  },
  loaders: [
    async () => {
      localStorage.clear();
      return withMockApi()();
    },
  ],
  render: (args) => html`<layanan-queue-ticket ${attributes(args)}></layanan-queue-ticket>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The citizen chooses the service, then the day (full and closed days are shown, not choosable). */
export const ChooseService: Story = {};

/** An agency page for one service: `service="ktp-el"` (this one also asks for the NIK). */
export const FixedService: Story = { args: { service: 'ktp-el' } };

export const English: Story = { args: { lang: 'en', service: 'ktp-el' } };

/** The number, its QR code for the counter, people ahead and when it will roughly be called. */
export const Waiting: Story = { args: { service: SERVICE }, loaders: [withTicket()] };

/** A counter called the number: go there now. */
export const Called: Story = { args: { service: SERVICE }, loaders: [withTicket((mock, code) => advanceUntil(mock, code, 'called'))] };

/** Not at the counter in time: one re-join at the back of the queue is allowed for a while. */
export const MissedCanRejoin: Story = { args: { service: SERVICE }, loaders: [withTicket((mock, code) => advanceUntil(mock, code, 'no_show'))] };

/** Cancelled by the citizen: a new number can be taken. */
export const Cancelled: Story = {
  args: { service: SERVICE },
  loaders: [withTicket(async (_mock, code) => void (await fetch(`/v1/queue/tickets/${code}/cancel`, { method: 'POST' })))],
};

/** A slow 3G connection: the placeholder is announced as busy. */
export const Loading: Story = {
  loaders: [
    async () => {
      localStorage.clear();
      return withMockApi((mock) => (mock.store.state.config.latencyMs = 60_000))();
    },
  ],
};

/** No connection after the SDK's retries: the error in words and a retry button. */
export const NetworkError: Story = {
  loaders: [
    async () => {
      localStorage.clear();
      return withMockApi((mock) => mock.store.state.config.failures.push({ mode: 'network', count: 3 }))();
    },
  ],
};

/** The narrowest phone screen WCAG asks for. */
export const Narrow320: Story = {
  args: { service: SERVICE },
  loaders: [withTicket()],
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #999">
    <layanan-queue-ticket ${attributes(args)}></layanan-queue-ticket>
  </div>`,
};
