import {
  Page, Payment, ReceiptVerification, TaxBillQuote, TaxType, type CreatePaymentRequest,
} from '@layanan/contract';
import { codeSegment } from '../internal/access-code.js';
import { sleep } from '../internal/sleep.js';
import type { CallOptions, MutationOptions, Transport } from '../internal/transport.js';
import { watchResource, type WatchOptions } from '../internal/watch.js';

const TypePage = /* @__PURE__ */ Page(TaxType);

export interface FindBillsQuery {
  /** A tax type id, e.g. `pbb-p2`. */
  type: string;
  /** The NOP (any punctuation) or the billing code. */
  objectNumber: string;
  /** Only this year; default: every unpaid year. */
  year?: number;
}

/** `pollInterval`: milliseconds between checks, default `3000`. */
export type WatchPaymentOptions = WatchOptions;

export interface WaitForPaymentOptions extends CallOptions {
  /** Milliseconds between checks. Default: `3000`. */
  pollInterval?: number;
}

/** A payment that is no longer `pending` (paid, expired, failed) changes no more. */
const isSettledPayment = (payment: Payment) => payment.status !== 'pending';

/** `client.taxes`: find bills, pay them once, keep the receipt. */
export class TaxesResource {
  constructor(private readonly transport: Transport) {}

  /** `GET /v1/taxes/types`. */
  async types(options?: CallOptions): Promise<TaxType[]> {
    const { data } = await this.transport.send({ method: 'get', path: 'v1/taxes/types', schema: TypePage, options: options ?? {}, conditional: true });
    return data.items;
  }

  /** `GET /v1/taxes/bills`: the bills priced as of a quote; pay them with its `quoteId` before `validUntil`. */
  async findBills(query: FindBillsQuery, options?: CallOptions): Promise<TaxBillQuote> {
    const { data } = await this.transport.send({
      method: 'get',
      path: 'v1/taxes/bills',
      searchParams: { type: query.type, objectNumber: query.objectNumber, year: query.year },
      schema: TaxBillQuote,
      options: options ?? {},
    });
    return data;
  }

  /**
   * `POST /v1/taxes/payments`. The `idempotencyKey` is required: create it once per intent
   * (`createIdempotencyKey()`) and keep it (with the request) until the payment is known, also across
   * a reload. Sending it again returns the same payment: a retry can never pay twice.
   */
  async pay(request: CreatePaymentRequest, options: MutationOptions & { idempotencyKey: string }): Promise<Payment> {
    const { data } = await this.transport.send({ method: 'post', path: 'v1/taxes/payments', json: request, schema: Payment, options });
    return data;
  }

  /** `GET /v1/taxes/payments/{code}`, revalidated with its ETag. */
  async getPayment(paymentCode: string, options?: CallOptions): Promise<Payment> {
    const { data } = await this.transport.send({ method: 'get', path: `v1/taxes/payments/${codeSegment(paymentCode)}`, schema: Payment, options: options ?? {}, conditional: true });
    return data;
  }

  /**
   * Every change of a payment, starting with its current state, until it is paid, expired or failed,
   * or `signal` aborts: conditional polling (ETag, so an unchanged payment costs a 304), backing off
   * while the network is down and resuming by itself.
   *
   * ```ts
   * for await (const payment of client.taxes.watchPayment(code, { signal })) render(payment);
   * ```
   */
  watchPayment(paymentCode: string, { pollInterval = 3000, ...options }: WatchPaymentOptions = {}): AsyncGenerator<Payment> {
    return watchResource<Payment>({ get: (signal) => this.getPayment(paymentCode, signal ? { signal } : {}), isFinal: isSettledPayment }, { pollInterval, ...options });
  }

  /**
   * Resolves once the payment is no longer `pending` (paid, expired or failed). A lost connection
   * rejects (the caller says so and calls again; `watchPayment` rides it out instead). Rejects with
   * the signal's reason when aborted.
   */
  async waitForPayment(paymentCode: string, options: WaitForPaymentOptions = {}): Promise<Payment> {
    const { pollInterval = 3000, ...call } = options;
    for (;;) {
      const payment = await this.getPayment(paymentCode, call);
      if (isSettledPayment(payment)) return payment;
      await sleep(pollInterval, call.signal);
      call.signal?.throwIfAborted();
    }
  }

  /** `GET /v1/taxes/receipts/{verificationCode}`: a 404 `ProblemError` means the receipt is not genuine. */
  async verifyReceipt(verificationCode: string, options?: CallOptions): Promise<ReceiptVerification> {
    const { data } = await this.transport.send({ method: 'get', path: `v1/taxes/receipts/${codeSegment(verificationCode)}`, schema: ReceiptVerification, options: options ?? {} });
    return data;
  }
}
