import { http, HttpResponse } from 'msw';
import {
  buildQrisPayload, CreatePaymentRequest, generateAccessCode, isValidBillingCode, normalizeAccessCode, parseNop, type Payment, type TaxBillQuote,
} from '@layanan/contract';
import type { MockStore } from '../state.js';
import { newAccessCode, recordByCode } from '../internal/access-codes.js';
import { invalidFields, readJsonBody } from '../internal/body.js';
import { conditionalJson } from '../internal/conditional.js';
import { details, localeOf, type FieldCode, type MockLocale } from '../internal/i18n.js';
import { idempotent } from '../internal/idempotency.js';
import { problem } from '../internal/problem.js';
import { dateOf, isoWib, wallTime } from '../queue/calendar.js';
import { QRIS_MINUTES, VIRTUAL_ACCOUNT_HOURS, type PaymentRecord, type QuoteRecord, type TaxObjectRecord, type TaxState } from '../taxes/model.js';
import { penaltyAmount, penaltyHoldsUntil, penaltyMonths } from '../taxes/penalty.js';
import { TAX_SAMPLES } from '../taxes/seed.js';


/** `Siti Aminah` → `Si** Am****`: enough to recognise, not enough to learn. */
function maskName(name: string): string {
  return name.split(' ').map((word) => word.slice(0, 2) + '*'.repeat(Math.max(0, word.length - 2))).join(' ');
}

/** `180301000100100010` → `18.03.010.001.***-****.0`. */
function maskObjectNumber(objectNumber: string): string {
  return objectNumber.length === 18 ? `${objectNumber.slice(0, 2)}.${objectNumber.slice(2, 4)}.${objectNumber.slice(4, 7)}.${objectNumber.slice(7, 10)}.***-****.${objectNumber.slice(17)}` : `${objectNumber.slice(0, 4)}*******${objectNumber.slice(-4)}`;
}

function instructions(payment: PaymentRecord, bankName: string, locale: MockLocale): string[] {
  const amount = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(payment.amount);
  if (payment.method === 'qris') {
    return locale === 'id'
      ? ['Buka aplikasi bank atau dompet digital yang mendukung QRIS.', 'Pindai kode QR ini.', `Pastikan jumlahnya ${amount} dan penerimanya Bapenda Lampung Utara, lalu bayar.`]
      : ['Open a banking or e-wallet app that supports QRIS.', 'Scan this QR code.', `Check the amount is ${amount} and the payee is Bapenda Lampung Utara, then pay.`];
  }
  return locale === 'id'
    ? [`Pilih transfer ke Virtual Account ${bankName} di ATM, mobile banking atau teller.`, `Masukkan nomor ${payment.virtualAccountNumber}.`, `Pastikan jumlahnya ${amount}, lalu bayar.`]
    : [`Choose a transfer to a ${bankName} Virtual Account at an ATM, in mobile banking or at a teller.`, `Enter the number ${payment.virtualAccountNumber}.`, `Check the amount is ${amount}, then pay.`];
}

/** Pending payments past their expiry expire, and (when asked for) pending ones settle by themselves. */
function tick(taxes: TaxState, now: number, settle: (payment: PaymentRecord, at: number, channel: string) => void): void {
  for (const payment of taxes.payments.values()) {
    if (payment.status !== 'pending') continue;
    const autoAt = taxes.autoSettleMs === null ? Infinity : payment.createdAt + taxes.autoSettleMs;
    if (autoAt <= now && autoAt < payment.expiresAt) settle(payment, autoAt, payment.method === 'qris' ? 'QRIS' : 'Virtual Account');
    else if (payment.expiresAt <= now) {
      payment.status = 'expired';
      release(taxes, payment);
    }
  }
}

function release(taxes: TaxState, payment: PaymentRecord): void {
  for (const object of taxes.objects) for (const bill of object.bills) if (bill.pendingBy === payment.code) delete bill.pendingBy;
}

/** Regional taxes: types, bill lookup with a quote, payments that can only happen once, receipts. */
export function taxHandlers(store: MockStore) {
  const taxes = () => {
    tick(store.state.taxes, store.now().getTime(), settle);
    return store.state.taxes;
  };

  function settle(payment: PaymentRecord, at: number, channel: string): void {
    const state = store.state.taxes;
    state.receiptSerial++;
    payment.status = 'paid';
    payment.receipt = {
      receiptNumber: `BAPENDA-LU/${dateOf(at).slice(0, 7).replace('-', '/')}/${String(state.receiptSerial).padStart(6, '0')}`,
      paidAt: isoWib(at),
      paidAtMs: at,
      channel: payment.method === 'virtual_account' ? `Virtual Account ${state.types[0]!.banks.find((b) => b.id === payment.bankId)?.name ?? ''}`.trim() : channel,
      verificationCode: generateAccessCode(),
    };
    for (const object of state.objects) {
      for (const bill of object.bills) {
        if (bill.pendingBy === payment.code) {
          delete bill.pendingBy;
          bill.paidBy = payment.code;
        }
      }
    }
  }

  const paymentView = (payment: PaymentRecord, locale: MockLocale): Payment => {
    const bank = store.state.taxes.types.flatMap((t) => t.banks).find((b) => b.id === payment.bankId);
    const { paidAtMs, ...receipt } = payment.receipt ?? ({} as NonNullable<PaymentRecord['receipt']>);
    void paidAtMs;
    return {
      code: payment.code,
      status: payment.status,
      amount: payment.amount,
      taxTypeId: payment.taxTypeId,
      objectNumber: payment.objectNumber,
      bills: payment.bills,
      method: payment.method,
      qrisPayload: payment.qrisPayload ?? null,
      virtualAccount: payment.method === 'virtual_account' && bank ? { bankId: bank.id, bankName: bank.name, number: payment.virtualAccountNumber! } : null,
      instructions: payment.status === 'pending' ? instructions(payment, bank?.name ?? '', locale) : [],
      createdAt: isoWib(payment.createdAt),
      expiresAt: isoWib(payment.expiresAt),
      receipt: payment.receipt ? receipt : null,
    };
  };

  const findPayment = (request: Request, code: string) => recordByCode(request, taxes().payments, code, details.paymentNotFound);

  /**
   * The bills of an object priced at `pricedAt` (a whole minute). Quotes are stateless: the id says
   * what was priced when (`Q1-pbb-p2-180301000100100010-202611300900`), so the server can price it
   * again at payment time; an old id is worthless because it is valid only until its penalty grows.
   */
  function quote(object: TaxObjectRecord, years: number | 'unpaid' | 'all', pricedAt: number): { view: TaxBillQuote; record: QuoteRecord } {
    const type = store.state.taxes.types.find((t) => t.id === object.taxTypeId)!;
    const today = dateOf(pricedAt);
    const bills = object.bills.filter((b) => (years === 'all' ? true : years === 'unpaid' ? !b.paidBy : b.year === years));
    const amounts: QuoteRecord['amounts'] = {};
    let holds = pricedAt + 86_400_000; // a quote lasts a day at most…
    for (const bill of bills) {
      const months = bill.paidBy ? 0 : penaltyMonths(bill.dueDate, today, type.penalty.maxMonths);
      const penalty = penaltyAmount(bill.principal, type.penalty.monthlyPercent, months);
      amounts[bill.id] = { principal: bill.principal, penalty, penaltyMonths: months, total: bill.principal + penalty };
      const until = bill.paidBy ? null : penaltyHoldsUntil(bill.dueDate, months, type.penalty.maxMonths);
      if (until) holds = Math.min(holds, wallTime(until, '23:59') + 59_999); // …and never past a penalty step
    }
    const stamp = isoWib(pricedAt).slice(0, 16).replace(/[-T:]/g, '');
    const record: QuoteRecord = { id: `Q1-${type.id}-${object.objectNumber}-${stamp}`, taxTypeId: type.id, objectNumber: object.objectNumber, validUntil: holds, amounts };
    return {
      record,
      view: {
        quoteId: record.id,
        validUntil: isoWib(holds),
        taxTypeId: type.id,
        objectNumber: object.objectNumber,
        taxpayerName: maskName(object.taxpayerName),
        objectAddress: object.objectAddress,
        landArea: object.landArea,
        buildingArea: object.buildingArea,
        bills: bills.map((bill) => ({
          id: bill.id,
          year: bill.year,
          period: bill.period,
          ...amounts[bill.id]!,
          dueDate: bill.dueDate,
          status: bill.paidBy ? 'paid' : bill.pendingBy ? 'pending' : 'unpaid',
        })),
      },
    };
  }

  /** Prices a quote id again as of its own instant; undefined when it names nothing real. */
  function requote(quoteId: string, now: number): QuoteRecord | undefined {
    const match = /^Q1-([a-z0-9-]+)-(\d{15}|\d{18})-(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(quoteId);
    if (!match) return undefined;
    const [, typeId, objectNumber, y, mo, d, h, mi] = match;
    const pricedAt = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:00+07:00`);
    const object = store.state.taxes.objects.find((o) => o.taxTypeId === typeId && o.objectNumber === objectNumber);
    if (!object || Number.isNaN(pricedAt) || pricedAt > now) return undefined;
    return quote(object, 'all', pricedAt).record; // paid bills too, so paying one again is a 409, not a 422
  }

  return [
    http.get('*/v1/taxes/types', ({ request }) => conditionalJson(request, { items: taxes().types, nextCursor: null }, 'public, max-age=3600')),

    http.get('*/v1/taxes/bills', ({ request }) => {
      const url = new URL(request.url);
      const typeId = url.searchParams.get('type') ?? '';
      const rawNumber = url.searchParams.get('objectNumber') ?? '';
      const yearText = url.searchParams.get('year');
      const state = taxes();
      const type = state.types.find((t) => t.id === typeId);
      if (!type) return invalidFields(request, [{ path: 'type', code: 'unknown_tax_type' }]);
      const digits = rawNumber.replace(/[\s.\-/]/g, '');
      if (type.lookup === 'nop_year' && !parseNop(digits).ok) return invalidFields(request, [{ path: 'objectNumber', code: 'nop_invalid' }]);
      if (type.lookup === 'billing_code' && !isValidBillingCode(digits)) return invalidFields(request, [{ path: 'objectNumber', code: 'billing_code_invalid' }]);
      const year = yearText === null || yearText === '' ? undefined : Number(yearText);
      if (year !== undefined && !Number.isInteger(year)) return invalidFields(request, [{ path: 'year', code: 'invalid_type' }]);
      const object = state.objects.find((o) => o.taxTypeId === type.id && o.objectNumber === digits);
      if (!object) return problem(request, 'not-found', { status: 404, detail: details.billsNotFound });
      const { view } = quote(object, year ?? 'unpaid', Math.floor(store.now().getTime() / 60_000) * 60_000);
      return HttpResponse.json(view, { headers: { 'cache-control': 'no-store' } });
    }),

    http.post('*/v1/taxes/payments', ({ request }) =>
      idempotent(store, request, { required: true }, async (req) => {
        const body = await readJsonBody(req, CreatePaymentRequest);
        const state = taxes();
        const now = store.now().getTime();
        const quoted = requote(body.quoteId, now);
        if (!quoted) return invalidFields(req, [{ path: 'quoteId', code: 'unknown_quote' }]);
        if (quoted.validUntil < now) return problem(req, 'tax-quote-expired', { status: 409, detail: details.quoteExpired });
        const type = state.types.find((t) => t.id === quoted.taxTypeId)!;
        const errors: Array<{ path: string; code: FieldCode }> = [];
        body.billIds.forEach((id, i) => quoted.amounts[id] === undefined && errors.push({ path: `billIds.${i}`, code: 'bill_not_in_quote' }));
        if (body.method === 'virtual_account' && !type.banks.some((b) => b.id === body.bankId)) errors.push({ path: 'bankId', code: 'bank_required' });
        if (errors.length) return invalidFields(req, errors);

        const object = state.objects.find((o) => o.taxTypeId === quoted.taxTypeId && o.objectNumber === quoted.objectNumber)!;
        const bills = [...new Set(body.billIds)].map((id) => object.bills.find((b) => b.id === id)!);
        const taken = bills.filter((b) => b.paidBy || b.pendingBy);
        if (taken.length) {
          return problem(req, 'tax-bill-unavailable', { status: 409, detail: details.billUnavailable(taken.map((b) => b.period).join(', ')), extensions: { billIds: taken.map((b) => b.id) } });
        }
        const code = newAccessCode(state.payments);
        const amount = bills.reduce((sum, bill) => sum + quoted.amounts[bill.id]!.total, 0);
        const payment: PaymentRecord = {
          code,
          status: 'pending',
          taxTypeId: type.id,
          objectNumber: object.objectNumber,
          bills: bills.map((bill) => ({ id: bill.id, period: bill.period, amount: quoted.amounts[bill.id]!.total })),
          amount,
          method: body.method,
          ...(body.bankId && body.method === 'virtual_account' ? { bankId: body.bankId, virtualAccountNumber: `8803${object.objectNumber.slice(-6)}${String(state.payments.size + 1).padStart(6, '0')}` } : {}),
          ...(body.method === 'qris'
            ? { qrisPayload: buildQrisPayload({ merchantName: 'BAPENDA LAMPUNG UTARA', merchantCity: 'KOTABUMI', merchantId: 'ID1026180300001', acquirer: 'ID.CO.BANKLAMPUNG.WWW', amount, reference: code.replace(/-/g, '') }) }
            : {}),
          createdAt: now,
          expiresAt: now + (body.method === 'qris' ? QRIS_MINUTES * 60_000 : VIRTUAL_ACCOUNT_HOURS * 3_600_000),
        };
        for (const bill of bills) bill.pendingBy = code;
        state.payments.set(code, payment);
        return HttpResponse.json(paymentView(payment, localeOf(req)), { status: 201, headers: { location: `${new URL(req.url).pathname}/${code}` } });
      }),
    ),

    http.get('*/v1/taxes/payments/:code', ({ request, params }) => conditionalJson(request, paymentView(findPayment(request, String(params.code)), localeOf(request)), 'no-cache')),

    http.get('*/v1/taxes/receipts/:verificationCode', ({ request, params }) => {
      const code = normalizeAccessCode(String(params.verificationCode));
      const payment = [...taxes().payments.values()].find((p) => p.receipt && p.receipt.verificationCode === code);
      if (!payment?.receipt) return problem(request, 'not-found', { status: 404, detail: details.receiptNotFound });
      const { paidAtMs, ...receipt } = payment.receipt;
      void paidAtMs;
      return HttpResponse.json({ receipt, amount: payment.amount, taxTypeId: payment.taxTypeId, objectNumber: maskObjectNumber(payment.objectNumber), periods: payment.bills.map((b) => b.period) });
    }),

    // Knobs: the bank confirms (or refuses) a pending payment; ready-to-try values.
    http.post('*/v1/_mock/payments/:code/settle', ({ request, params }) => {
      const payment = findPayment(request, String(params.code));
      if (payment.status !== 'pending') return problem(request, 'payment-not-pending', { status: 409 });
      settle(payment, store.now().getTime(), payment.method === 'qris' ? 'QRIS' : 'Virtual Account');
      return HttpResponse.json(paymentView(payment, localeOf(request)));
    }),
    http.post('*/v1/_mock/payments/:code/fail', ({ request, params }) => {
      const payment = findPayment(request, String(params.code));
      if (payment.status !== 'pending') return problem(request, 'payment-not-pending', { status: 409 });
      payment.status = 'failed';
      release(store.state.taxes, payment);
      return HttpResponse.json(paymentView(payment, localeOf(request)));
    }),
    http.get('*/v1/_mock/samples', () => HttpResponse.json({ taxes: TAX_SAMPLES, queueTickets: [{ what: 'A-012, next in line for Perekaman KTP-el', code: 'P587X-UQ47X-F3824' }, { what: 'A-009, missed its call (may re-join)', code: '6UZDD-VR39C-MHW4A' }] })),
  ];
}
