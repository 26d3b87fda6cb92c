import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { crc16, isValidQrisPayload, parseEmv, Payment, Problem, ReceiptVerification, TaxBillQuote } from '@layanan/contract';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { addMonths, penaltyAmount, penaltyMonths } from '../src/taxes/penalty.js';

const mock = createNodeMockServer();
const base = 'http://api.test/v1';
const ONE_YEAR_LATE = '180301000100100010';
const ARREARS = '180302000501200340';
const PAID = '180303000200701020';

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

const json = { 'content-type': 'application/json' };
const bills = async (objectNumber: string, query = '', type = 'pbb-p2') => {
  const response = await fetch(`${base}/taxes/bills?type=${type}&objectNumber=${objectNumber}${query}`);
  return { response, body: (await response.json()) as unknown };
};
const quote = async (objectNumber: string, query = '') => TaxBillQuote.parse((await bills(objectNumber, query)).body);
const pay = (body: unknown, key?: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/taxes/payments`, { method: 'POST', headers: { ...json, ...(key ? { 'idempotency-key': key } : {}), ...headers }, body: JSON.stringify(body) });
const clock = (body: unknown) => fetch(`${base}/_mock/clock`, { method: 'POST', headers: json, body: JSON.stringify(body) });

describe('penalty arithmetic', () => {
  it('adds months, landing on the last day of a shorter month', () => {
    assert.equal(addMonths('2026-08-31', 1), '2026-09-30');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2026-11-30', 2), '2027-01-30');
  });

  it('counts every started month after the due date in full, across a month boundary', () => {
    assert.equal(penaltyMonths('2026-08-31', '2026-08-31', 24), 0);
    assert.equal(penaltyMonths('2026-08-31', '2026-09-01', 24), 1);
    assert.equal(penaltyMonths('2026-08-31', '2026-09-30', 24), 1);
    assert.equal(penaltyMonths('2026-08-31', '2026-10-01', 24), 2);
    assert.equal(penaltyMonths('2026-08-31', '2026-11-30', 24), 3);
    assert.equal(penaltyMonths('2026-08-31', '2026-12-01', 24), 4);
  });

  it('stops at the cap', () => {
    assert.equal(penaltyMonths('2024-11-30', '2026-10-30', 24), 23);
    assert.equal(penaltyMonths('2024-11-30', '2026-10-31', 24), 24);
    assert.equal(penaltyMonths('2024-11-30', '2026-11-30', 24), 24);
    assert.equal(penaltyMonths('2021-08-31', '2026-11-30', 24), 24);
  });

  it('rounds down to whole rupiah', () => {
    assert.equal(penaltyAmount(433_000, 1, 24), 103_920);
    assert.equal(penaltyAmount(25_001, 2, 1), 500);
  });
});

describe('GET /v1/taxes/bills', () => {
  it('prices an unpaid year with its penalty, masks the taxpayer, and holds the quote until the penalty grows', async () => {
    const q = await quote('18.03.010.001.001-0001.0');
    assert.equal(q.taxpayerName, 'Si** Am****');
    assert.equal(q.landArea, 180);
    assert.deepEqual(q.bills.map(({ period, principal, penalty, penaltyMonths: months, total, status }) => ({ period, principal, penalty, months, total, status })), [
      { period: '2026', principal: 260_000, penalty: 7_800, months: 3, total: 267_800, status: 'unpaid' },
    ]);
    assert.equal(q.validUntil, '2026-11-30T23:59:59+07:00');
  });

  it('lists every unpaid year of arrears, the oldest at the cap; a given year answers that year even if paid', async () => {
    const q = await quote(ARREARS);
    assert.deepEqual(q.bills.map((b) => [b.period, b.penaltyMonths, b.total]), [
      ['2021', 24, 508_400],
      ['2022', 24, 518_320],
      ['2023', 24, 527_000],
      ['2024', 24, 536_920],
      ['2025', 15, 507_150],
      ['2026', 3, 463_500],
    ]);
    const paidYear = await quote(ONE_YEAR_LATE, '&year=2025');
    assert.deepEqual(paidYear.bills.map((b) => [b.period, b.status, b.penalty]), [['2025', 'paid', 0]]);
    assert.deepEqual((await quote(PAID)).bills, []);
  });

  it('refuses a malformed NOP (422), an unknown type (422) and answers 404 for an unknown object', async () => {
    const malformed = await bills('18030100010010001');
    assert.equal(malformed.response.status, 422);
    assert.equal(Problem.parse(malformed.body).errors![0]!.path, 'objectNumber');
    assert.equal((await bills(ONE_YEAR_LATE, '', 'pajak-kuda')).response.status, 422);
    assert.equal((await bills('180301000100100020')).response.status, 404);
  });

  it("finds a BPHTB bill by the contract's billing code, printed or bare, and refuses any other length", async () => {
    for (const typed of ['180326110000123', encodeURIComponent('18032 61100 00123'), '1803.2611.0000-123']) {
      const { response } = await bills(typed, '', 'bphtb');
      assert.equal(response.status, 200, typed);
    }
    for (const wrong of ['18032611000012', '1803261100001234', '18032611000012A']) {
      const { response, body } = await bills(wrong, '', 'bphtb');
      assert.equal(response.status, 422, wrong);
      assert.deepEqual(Problem.parse(body).errors!.map((e) => [e.path, e.code]), [['objectNumber', 'billing_code_invalid']], wrong);
    }
  });
});

describe('POST /v1/taxes/payments', () => {
  async function qrisFor(objectNumber = ONE_YEAR_LATE) {
    const q = await quote(objectNumber);
    return { quoteId: q.quoteId, billIds: q.bills.filter((b) => b.status === 'unpaid').map((b) => b.id), method: 'qris' as const };
  }

  it('requires an Idempotency-Key', async () => {
    const response = await pay(await qrisFor());
    assert.equal(response.status, 400);
    assert.equal(Problem.parse(await response.json()).type, 'urn:layanan:problem:bad-request');
  });

  it('creates a pending QRIS payment whose payload has a valid CRC and the amount', async () => {
    const response = await pay(await qrisFor(), 'intent-pbb-0001');
    assert.equal(response.status, 201);
    const payment = Payment.parse(await response.json());
    assert.equal(payment.status, 'pending');
    assert.equal(payment.amount, 267_800);
    assert.ok(isValidQrisPayload(payment.qrisPayload!));
    assert.equal(parseEmv(payment.qrisPayload!)!.find((f) => f.tag === '54')!.value, '267800');
    assert.equal(payment.expiresAt, '2026-11-30T09:30:00+07:00');
    assert.equal(payment.instructions.length, 3);
    const tampered = payment.qrisPayload!.replace('5406267800', '5406167800');
    assert.equal(isValidQrisPayload(tampered), false);
  });

  it('replays the same key and body, refuses the same key with another body', async () => {
    const body = await qrisFor();
    const first = Payment.parse(await (await pay(body, 'intent-pbb-0002')).json());
    const replay = await pay(body, 'intent-pbb-0002');
    assert.equal(replay.status, 201);
    assert.equal(Payment.parse(await replay.json()).code, first.code);
    const other = await pay({ ...body, method: 'virtual_account', bankId: 'bri' }, 'intent-pbb-0002');
    assert.equal(other.status, 409);
    assert.equal(Problem.parse(await other.json()).type, 'urn:layanan:problem:idempotency-key-reused');
    assert.equal([...mock.store.state.taxes.payments.values()].filter((p) => p.objectNumber === ONE_YEAR_LATE).length, 1);
  });

  it('when the answer is lost on the way, the retry with the same key returns the same payment', async () => {
    const body = await qrisFor();
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/taxes/payments', method: 'POST' });
    await assert.rejects(pay(body, 'intent-pbb-0003'));
    const retry = await pay(body, 'intent-pbb-0003');
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotency-replayed'), 'true');
    assert.equal([...mock.store.state.taxes.payments.values()].filter((p) => p.objectNumber === ONE_YEAR_LATE).length, 1);
  });

  it('refuses to pay a bill held by a pending payment, or already paid (409)', async () => {
    const body = await qrisFor();
    const first = Payment.parse(await (await pay(body, 'intent-pbb-0004')).json());
    const second = await pay(body, 'intent-pbb-0005');
    assert.equal(second.status, 409);
    const problem = Problem.parse(await second.json());
    assert.equal(problem.type, 'urn:layanan:problem:tax-bill-unavailable');
    assert.deepEqual(problem.billIds, [`PBB-${ONE_YEAR_LATE}-2026`]);
    await fetch(`${base}/_mock/payments/${first.code}/settle`, { method: 'POST' });
    assert.equal((await pay(body, 'intent-pbb-0006')).status, 409);
  });

  it('pays chosen years of arrears only', async () => {
    const q = await quote(ARREARS);
    const oldest = q.bills.slice(0, 2);
    const payment = Payment.parse(await (await pay({ quoteId: q.quoteId, billIds: oldest.map((b) => b.id), method: 'qris' }, 'intent-arrears-01')).json());
    assert.equal(payment.amount, 508_400 + 518_320);
    const after = await quote(ARREARS);
    assert.deepEqual(after.bills.map((b) => b.status), ['pending', 'pending', 'unpaid', 'unpaid', 'unpaid', 'unpaid']);
  });

  it('a virtual account needs one of the banks, and says how to pay in the asked language', async () => {
    const body = { ...(await qrisFor()), method: 'virtual_account' };
    const missing = await pay(body, 'intent-va-00001');
    assert.equal(missing.status, 422);
    assert.equal(Problem.parse(await missing.json()).errors![0]!.path, 'bankId');
    const payment = Payment.parse(await (await pay({ ...body, bankId: 'bank-lampung' }, 'intent-va-00002', { 'accept-language': 'en' })).json());
    assert.equal(payment.virtualAccount!.bankName, 'Bank Lampung');
    assert.match(payment.virtualAccount!.number, /^8803\d{12}$/);
    assert.match(payment.instructions[1]!, new RegExp(`Enter the number ${payment.virtualAccount!.number}`));
    assert.equal(payment.expiresAt, '2026-12-01T09:00:00+07:00');
  });

  it('cannot be fooled by a quote id from the past or the future', async () => {
    const bill = `PBB-${ONE_YEAR_LATE}-2026`;
    const old = await pay({ quoteId: `Q1-pbb-p2-${ONE_YEAR_LATE}-202610150900`, billIds: [bill], method: 'qris' }, 'intent-forged-01');
    assert.equal(old.status, 409, 'an old price (a smaller penalty) has expired');
    const future = await pay({ quoteId: `Q1-pbb-p2-${ONE_YEAR_LATE}-202612150900`, billIds: [bill], method: 'qris' }, 'intent-forged-02');
    assert.equal(future.status, 422);
  });

  it('keeps the quoted amount until the quote ends, then asks for a new one', async () => {
    await clock({ set: '2026-11-30T23:00:00+07:00' });
    const q = await quote(ONE_YEAR_LATE);
    await clock({ set: '2026-11-30T23:30:00+07:00' });
    const held = Payment.parse(await (await pay({ quoteId: q.quoteId, billIds: [q.bills[0]!.id], method: 'qris' }, 'intent-late-0001')).json());
    assert.equal(held.amount, 267_800);
    await fetch(`${base}/_mock/payments/${held.code}/fail`, { method: 'POST' });
    await clock({ set: '2026-12-01T00:30:00+07:00' });
    const expired = await pay({ quoteId: q.quoteId, billIds: [q.bills[0]!.id], method: 'qris' }, 'intent-late-0002');
    assert.equal(expired.status, 409);
    assert.equal(Problem.parse(await expired.json()).type, 'urn:layanan:problem:tax-quote-expired');
    assert.equal((await quote(ONE_YEAR_LATE)).bills[0]!.total, 270_400, 'a fourth month of penalty');
  });
});

describe('payments over time', () => {
  async function pending(key: string) {
    const q = await quote(ONE_YEAR_LATE);
    return Payment.parse(await (await pay({ quoteId: q.quoteId, billIds: [q.bills[0]!.id], method: 'qris' }, key)).json());
  }
  const get = async (code: string) => Payment.parse(await (await fetch(`${base}/taxes/payments/${code}`)).json());

  it('settles into a receipt that anyone can verify by its code', async () => {
    const payment = await pending('intent-settle-01');
    await fetch(`${base}/_mock/payments/${payment.code}/settle`, { method: 'POST' });
    const paid = await get(payment.code);
    assert.equal(paid.status, 'paid');
    assert.match(paid.receipt!.receiptNumber, /^BAPENDA-LU\/2026\/11\/\d{6}$/);
    assert.equal(paid.instructions.length, 0);
    const check = ReceiptVerification.parse(await (await fetch(`${base}/taxes/receipts/${paid.receipt!.verificationCode}`)).json());
    assert.deepEqual([check.amount, check.periods, check.objectNumber], [267_800, ['2026'], '18.03.010.001.***-****.0']);
    assert.equal((await fetch(`${base}/taxes/receipts/ZZZZZ-ZZZZZ-ZZZZZ`)).status, 404);
    assert.deepEqual((await quote(ONE_YEAR_LATE)).bills, []);
  });

  it('expires an unpaid QRIS after 30 minutes and frees its bills', async () => {
    const payment = await pending('intent-expire-1');
    await clock({ advanceMinutes: 31 });
    assert.equal((await get(payment.code)).status, 'expired');
    assert.equal((await quote(ONE_YEAR_LATE)).bills[0]!.status, 'unpaid');
  });

  it('settles by itself after the configured delay', async () => {
    await fetch(`${base}/_mock/config`, { method: 'PUT', headers: json, body: JSON.stringify({ autoSettleSeconds: 60 }) });
    const payment = await pending('intent-auto-001');
    assert.equal((await get(payment.code)).status, 'pending');
    await clock({ advanceMinutes: 2 });
    const paid = await get(payment.code);
    assert.equal(paid.status, 'paid');
    assert.equal(paid.receipt!.paidAt, '2026-11-30T09:01:00+07:00');
  });
});

describe('QRIS CRC', () => {
  it('is CRC-16/CCITT-FALSE (the standard check value)', () => {
    assert.equal(crc16('123456789'), '29B1');
  });
});
