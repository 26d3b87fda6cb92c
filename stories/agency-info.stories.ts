import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@layanan/widgets';
import { attributes } from './attributes.js';
import { withMockApi } from './mock-api.js';

interface Args {
  lang: 'id' | 'en';
  now?: string;
  'heading-level'?: number;
  'api-base'?: string;
}

const FRIDAY_MORNING = '2026-11-27T10:00:00+07:00';
const SATURDAY = '2026-11-28T10:00:00+07:00';

/**
 * `<layanan-agency-info>`: the agency behind the API, with today's opening hours and whether it
 * is open now. Every story runs against the reference mock server in the browser.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Agency info',
  component: 'layanan-agency-info',
  args: { lang: 'id', now: FRIDAY_MORNING, 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  loaders: [withMockApi()],
  render: (args) => html`<layanan-agency-info ${attributes(args)}></layanan-agency-info>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Friday morning in Kotabumi: open until 11.30 (Friday prayers). */
export const OpenNow: Story = {};

/** Saturday: closed, and it says when it opens again. */
export const Closed: Story = { args: { now: SATURDAY } };

export const English: Story = { args: { lang: 'en' } };

/** A slow 3G connection: the placeholder keeps the card's shape and is announced as busy. */
export const Loading: Story = {
  loaders: [withMockApi((mock) => (mock.store.state.config.latencyMs = 60_000))],
};

/** No connection (after the SDK's retries): the error in words and a retry button. */
export const NetworkError: Story = {
  loaders: [withMockApi((mock) => mock.store.state.config.failures.push({ mode: 'network', count: 3 }))],
};

/** The server answered a problem: its localized title and detail are shown as text. */
export const ServerProblem: Story = {
  loaders: [withMockApi((mock) => mock.store.state.config.failures.push({ mode: 'status', status: 503, count: 3 }))],
};

/** The agency has not published opening hours yet. */
export const NoOpeningHours: Story = {
  loaders: [withMockApi((mock) => (mock.store.state.agency.openingHours = []))],
};

/** An agency's own colours, through CSS custom properties and `::part`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .themed layanan-agency-info::part(name) {
        text-transform: uppercase;
      }
    </style>
    <div class="themed" style="--layanan-color-primary: #0d47a1; --layanan-color-subtle: #e3f2fd; --layanan-radius: 0; --layanan-font-family: Georgia, serif">
      <layanan-agency-info ${attributes(args)}></layanan-agency-info>
    </div>`,
};

/** The narrowest phone screen WCAG asks for. */
export const Narrow320: Story = {
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #999">
    <layanan-agency-info ${attributes(args)}></layanan-agency-info>
  </div>`,
};
