import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import '@layanan/widgets';
import { attributes } from './attributes.js';
import { withMockApi } from './mock-api.js';

interface Args {
  lang: 'id' | 'en';
  nop?: string;
  'tax-type'?: string;
  'poll-interval'?: number;
  'api-base'?: string;
}

const ONE_YEAR = '180301000100100010';
const ARREARS = '180302000501200340';
const PAID = '180303000200701020';
const storageKey = () => `layanan:tax-payment:${new URL(window.location.origin, document.baseURI).href}`;

/**
 * A fresh reference server with this device's memory wiped; then, optionally, a payment made the
 * way the widget makes it (key and body kept first), so the widget resumes it on load.
 */
function withPayment(options: { method?: 'qris' | 'virtual_account'; then?: (mock: BrowserMockServer, code: string) => Promise<unknown> | void } = {}) {
  return async () => {
    localStorage.removeItem(storageKey());
    const { mock } = await withMockApi()();
    if (!options.method) {
      await options.then?.(mock, '');
      return { mock };
    }
    const quote = await (await fetch(`/v1/taxes/bills?type=pbb-p2&objectNumber=${ARREARS}`)).json();
    const request = {
      quoteId: quote.quoteId,
      billIds: quote.bills.slice(0, 2).map((bill: { id: string }) => bill.id),
      method: options.method,
      ...(options.method === 'virtual_account' ? { bankId: 'bank-lampung' } : {}),
    };
    const key = crypto.randomUUID();
    const payment = await (
      await fetch('/v1/taxes/payments', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(request) })
    ).json();
    localStorage.setItem(storageKey(), JSON.stringify({ key, request, objectNumber: ARREARS, code: payment.code, offset: Date.parse(payment.createdAt) - Date.now() }));
    await options.then?.(mock, payment.code);
    return { mock };
  };
}

/** Presses "Cari tagihan" for a prefilled NOP, so the story opens on the bills. */
const lookUp: StoryObj<Args>['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('layanan-tax-payment')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
};

/**
 * `<layanan-tax-payment>`: land and building tax from NOP to receipt. Every story runs against
 * the reference mock server in the browser; the payment stories start from a payment the device
 * remembers, as after a reload.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Tax payment',
  component: 'layanan-tax-payment',
  args: { lang: 'id', 'poll-interval': 1000 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    'tax-type': { control: 'select', options: [undefined, 'pbb-p2', 'bphtb', 'retribusi-sampah'] },
  },
  loaders: [withPayment()],
  render: (args) => html`<layanan-tax-payment ${attributes(args)}></layanan-tax-payment>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The first step: the NOP from the SPPT, and optionally one year. */
export const EnterNop: Story = {};

/** Six years of arrears, the oldest at the 24-month penalty cap; each can be left out. */
export const Arrears: Story = { args: { nop: ARREARS }, play: lookUp };

/** One unpaid year, three months late. */
export const OneYear: Story = { args: { nop: ONE_YEAR }, play: lookUp };

/** Everything paid: nothing to choose. */
export const NothingDue: Story = { args: { nop: PAID }, play: lookUp };

/** Waiting for a QRIS payment: the QR, the countdown, the steps. Settles by itself after a minute. */
export const PendingQris: Story = {
  loaders: [withPayment({ method: 'qris', then: (mock) => void (mock.store.state.taxes.autoSettleMs = 60_000) })],
};

/** Waiting for a transfer to a Bank Lampung virtual account, with a copy button. */
export const PendingVirtualAccount: Story = { loaders: [withPayment({ method: 'virtual_account' })] };

/** Paid: the printable receipt with the verification QR. */
export const Receipt: Story = {
  loaders: [withPayment({ method: 'qris', then: (_mock, code) => fetch(`/v1/_mock/payments/${code}/settle`, { method: 'POST' }) })],
};

/** Not paid in time: what happened and a way to start again. */
export const Expired: Story = {
  loaders: [withPayment({ method: 'qris', then: (mock) => mock.store.setNow(mock.store.now().getTime() + 31 * 60_000) })],
};

/** The bank refused the payment. */
export const Failed: Story = {
  loaders: [withPayment({ method: 'qris', then: (_mock, code) => fetch(`/v1/_mock/payments/${code}/fail`, { method: 'POST' }) })],
};

/** A slow connection while looking the bills up. */
export const Loading: Story = {
  args: { nop: ONE_YEAR },
  loaders: [withPayment({ then: (mock) => void (mock.store.state.config.latencyMs = 60_000) })],
  play: lookUp,
};

/** No connection (after the SDK's retries): the error in words, with a retry. */
export const NetworkError: Story = {
  args: { nop: ONE_YEAR },
  loaders: [withPayment({ then: (mock) => void mock.store.state.config.failures.push({ mode: 'network', path: '/v1/taxes/bills', count: 3 }) })],
  play: lookUp,
};

export const English: Story = { args: { lang: 'en', nop: ARREARS }, play: lookUp };

export const EnglishReceipt: Story = {
  args: { lang: 'en' },
  loaders: [withPayment({ method: 'virtual_account', then: (_mock, code) => fetch(`/v1/_mock/payments/${code}/settle`, { method: 'POST' }) })],
};

/** The narrowest phone screen WCAG asks for. */
export const Narrow320: Story = {
  args: { nop: ARREARS },
  play: lookUp,
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #999">
    <layanan-tax-payment ${attributes(args)}></layanan-tax-payment>
  </div>`,
};

/** A tax found by billing code, fixed by the page: `tax-type="bphtb"` (try 180326110000123). */
export const BillingCode: Story = { args: { 'tax-type': 'bphtb' } };

/** A monthly levy (try 180326120004567): each month by name. */
export const MonthlyLevy: Story = { args: { 'tax-type': 'retribusi-sampah' } };
