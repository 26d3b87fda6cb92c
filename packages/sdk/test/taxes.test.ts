import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { isValidQrisPayload } from '@layanan/contract';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { createClient, createIdempotencyKey, isProblemError } from '@layanan/sdk';

const baseUrl = 'http://api.test';
const mock = createNodeMockServer();

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

const settle = (code: string) => fetch(`${baseUrl}/v1/_mock/payments/${code}/settle`, { method: 'POST' });
const paymentsFor = (objectNumber: string) => [...mock.store.state.taxes.payments.values()].filter((p) => p.objectNumber === objectNumber);

describe('client.taxes', () => {
  it('lists the tax types and finds bills by a NOP as printed', async () => {
    const client = createClient({ baseUrl });
    assert.deepEqual((await client.taxes.types()).map((t) => t.id), ['pbb-p2', 'bphtb', 'retribusi-sampah']);
    const quote = await client.taxes.findBills({ type: 'pbb-p2', objectNumber: '18.03.010.001.001-0001.0' });
    assert.equal(quote.bills[0]!.total, 267_800);
  });

  it('pays once per intent: a retry after a lost answer, and a second click, return the same payment', async () => {
    const client = createClient({ baseUrl, retry: { limit: 2, backoffLimit: 10 } });
    const quote = await client.taxes.findBills({ type: 'pbb-p2', objectNumber: '180301000100100010' });
    const request = { quoteId: quote.quoteId, billIds: [quote.bills[0]!.id], method: 'qris' as const };
    const idempotencyKey = createIdempotencyKey(); // kept by the caller for this intent
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/taxes/payments', method: 'POST' });
    const [first, second] = await Promise.all([client.taxes.pay(request, { idempotencyKey }), client.taxes.pay(request, { idempotencyKey })]);
    assert.equal(first.code, second.code);
    assert.ok(isValidQrisPayload(first.qrisPayload!));
    assert.equal(paymentsFor('180301000100100010').length, 1);
  });

  it('a new intent for a held bill is refused, as a typed problem', async () => {
    const client = createClient({ baseUrl });
    const quote = await client.taxes.findBills({ type: 'pbb-p2', objectNumber: '180301000100100010' });
    const request = { quoteId: quote.quoteId, billIds: [quote.bills[0]!.id], method: 'qris' as const };
    await client.taxes.pay(request, { idempotencyKey: createIdempotencyKey() });
    const error = await client.taxes.pay(request, { idempotencyKey: createIdempotencyKey() }).catch((e: unknown) => e);
    assert.ok(isProblemError(error));
    assert.equal(error.type, 'tax-bill-unavailable');
  });

  it('waits for the payment to settle, then verifies its receipt', async () => {
    const client = createClient({ baseUrl });
    const quote = await client.taxes.findBills({ type: 'bphtb', objectNumber: '180326110000123' });
    const payment = await client.taxes.pay({ quoteId: quote.quoteId, billIds: [quote.bills[0]!.id], method: 'virtual_account', bankId: 'bni' }, { idempotencyKey: createIdempotencyKey() });
    assert.equal(payment.virtualAccount!.bankName, 'BNI');
    setTimeout(() => void settle(payment.code), 60);
    const paid = await client.taxes.waitForPayment(payment.code, { pollInterval: 20 });
    assert.equal(paid.status, 'paid');
    assert.equal(paid.receipt!.channel, 'Virtual Account BNI');
    const verified = await client.taxes.verifyReceipt(paid.receipt!.verificationCode.toLowerCase());
    assert.equal(verified.amount, 12_500_000);
  });

  it('stops waiting when aborted', async () => {
    const client = createClient({ baseUrl });
    const quote = await client.taxes.findBills({ type: 'pbb-p2', objectNumber: '180301000100100010' });
    const payment = await client.taxes.pay({ quoteId: quote.quoteId, billIds: [quote.bills[0]!.id], method: 'qris' }, { idempotencyKey: createIdempotencyKey() });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(client.taxes.waitForPayment(payment.code, { pollInterval: 20, signal: controller.signal }), { name: 'AbortError' });
  });

  it('watches a payment: its pending state, then paid, through a lost connection, and ends there', async () => {
    const client = createClient({ baseUrl, retry: 0 });
    const quote = await client.taxes.findBills({ type: 'pbb-p2', objectNumber: '180301000100100010' });
    const payment = await client.taxes.pay({ quoteId: quote.quoteId, billIds: [quote.bills[0]!.id], method: 'qris' }, { idempotencyKey: createIdempotencyKey() });
    const seen: string[] = [];
    for await (const update of client.taxes.watchPayment(payment.code, { pollInterval: 20, maxBackoff: 40 })) {
      seen.push(update.status);
      if (seen.length === 1) {
        // The phone goes offline for two checks while the citizen pays in the bank's app.
        mock.store.state.config.failures.push({ mode: 'network', path: `/v1/taxes/payments/${payment.code}`, count: 2 });
        await settle(payment.code);
      }
    }
    assert.deepEqual(seen, ['pending', 'paid'], 'each state once, and the watch ends when paid');
    assert.deepEqual(mock.store.state.config.failures, [], 'both offline checks happened');
  });

  it('ends a payment watch with a ProblemError for a payment that does not exist, and quietly on abort', async () => {
    const client = createClient({ baseUrl });
    const missing = client.taxes.watchPayment('ZZZZZ-ZZZZZ-ZZZZZ', { pollInterval: 20 });
    await assert.rejects(missing.next(), (error: unknown) => isProblemError(error) && error.status === 404);
    const quote = await client.taxes.findBills({ type: 'pbb-p2', objectNumber: '180301000100100010' });
    const payment = await client.taxes.pay({ quoteId: quote.quoteId, billIds: [quote.bills[0]!.id], method: 'qris' }, { idempotencyKey: createIdempotencyKey() });
    const controller = new AbortController();
    const seen: string[] = [];
    setTimeout(() => controller.abort(), 60);
    for await (const update of client.taxes.watchPayment(payment.code, { pollInterval: 20, signal: controller.signal })) seen.push(update.status);
    assert.deepEqual(seen, ['pending']);
  });

  it('reads the seeded paid payment and says a forged receipt is not genuine', async () => {
    const client = createClient({ baseUrl });
    assert.equal((await client.taxes.getPayment('R7K2M-PB4QX-9HDTW')).receipt!.receiptNumber, 'BAPENDA-LU/2026/08/000412');
    const error = await client.taxes.verifyReceipt('ZZZZZ-ZZZZZ-ZZZZZ').catch((e: unknown) => e);
    assert.ok(isProblemError(error) && error.status === 404);
  });
});
