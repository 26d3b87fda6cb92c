import * as z from 'zod/mini';
import { AccessCode } from '../common/access-code.js';
import { Money } from '../common/money.js';
import { DateTime, LocalDate } from '../common/time.js';

/** How a tax type finds its bills. */
export const TaxLookup = /* @__PURE__ */ z.enum(['nop_year', 'billing_code']);

/** `GET /v1/taxes/types`. */
export const TaxType = /* @__PURE__ */ z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string(),
  shortName: z.string(),
  description: z.string(),
  /** `nop_year`: an 18-digit NOP (and optionally a year); `billing_code`: the code on the bill. */
  lookup: TaxLookup,
  /** Late-payment penalty: a percentage of the principal per started month after the due date, up to a number of months. */
  penalty: z.object({ monthlyPercent: z.number().check(z.minimum(0)), maxMonths: z.int().check(z.minimum(0)) }),
  methods: z.array(z.enum(['qris', 'virtual_account'])),
  /** Banks offering a virtual account. */
  banks: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TaxType = z.infer<typeof TaxType>;

export const TaxBill = /* @__PURE__ */ z.object({
  /** Reference of this bill, used to pay it. */
  id: z.string(),
  year: z.int(),
  /** The period billed: `2026` for a yearly tax, `2026-10` for a monthly levy. */
  period: z.string(),
  /** The tax itself. */
  principal: Money,
  /** Late-payment penalty as of this quote. */
  penalty: Money,
  penaltyMonths: z.int().check(z.minimum(0)),
  total: Money,
  dueDate: LocalDate,
  /** `pending`: a payment for it is waiting to be paid. */
  status: z.enum(['unpaid', 'pending', 'paid']),
});
export type TaxBill = z.infer<typeof TaxBill>;

/** `GET /v1/taxes/bills`: the bills of one tax object, priced as of a quote that holds until `validUntil`. */
export const TaxBillQuote = /* @__PURE__ */ z.object({
  quoteId: z.string(),
  /** The amounts hold until then, even if a new penalty month starts meanwhile. */
  validUntil: DateTime,
  taxTypeId: z.string(),
  objectNumber: z.string(),
  /** Partly masked: `SI** AM****`. */
  taxpayerName: z.string(),
  objectAddress: z.string(),
  /** Square metres (PBB-P2); null for other types. */
  landArea: z.nullable(z.int()),
  buildingArea: z.nullable(z.int()),
  bills: z.array(TaxBill),
});
export type TaxBillQuote = z.infer<typeof TaxBillQuote>;

/** `POST /v1/taxes/payments` (Idempotency-Key required). */
export const CreatePaymentRequest = /* @__PURE__ */ z.object({
  quoteId: z.string(),
  /** Which of the quote's unpaid bills to pay (arrears may be chosen one by one). */
  billIds: z.array(z.string()).check(z.minLength(1)),
  method: z.enum(['qris', 'virtual_account']),
  /** Required for `virtual_account`: one of the tax type's banks. */
  bankId: z.optional(z.string()),
});
export type CreatePaymentRequest = z.infer<typeof CreatePaymentRequest>;

export const PaymentStatus = /* @__PURE__ */ z.enum(['pending', 'paid', 'expired', 'failed']);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const Receipt = /* @__PURE__ */ z.object({
  receiptNumber: z.string(),
  paidAt: DateTime,
  /** Where the money came from, e.g. `QRIS · GoPay` or `Virtual Account Bank Lampung`. */
  channel: z.string(),
  /** Printed as a QR on the receipt; `GET /v1/taxes/receipts/{verificationCode}` confirms it. */
  verificationCode: z.string(),
});
export type Receipt = z.infer<typeof Receipt>;

export const Payment = /* @__PURE__ */ z.object({
  code: AccessCode,
  status: PaymentStatus,
  amount: Money,
  taxTypeId: z.string(),
  objectNumber: z.string(),
  bills: z.array(z.object({ id: z.string(), period: z.string(), amount: Money })),
  method: z.enum(['qris', 'virtual_account']),
  /** For `qris`: the EMVCo payload to draw as a QR code. */
  qrisPayload: z.nullable(z.string()),
  /** For `virtual_account`. */
  virtualAccount: z.nullable(z.object({ bankId: z.string(), bankName: z.string(), number: z.string() })),
  /** Steps to pay, in the language asked for. */
  instructions: z.array(z.string()),
  createdAt: DateTime,
  expiresAt: DateTime,
  receipt: z.nullable(Receipt),
});
export type Payment = z.infer<typeof Payment>;

/** `GET /v1/taxes/receipts/{verificationCode}`: what anyone holding a printed receipt can check. */
export const ReceiptVerification = /* @__PURE__ */ z.object({
  receipt: Receipt,
  amount: Money,
  taxTypeId: z.string(),
  /** Partly masked. */
  objectNumber: z.string(),
  periods: z.array(z.string()),
});
export type ReceiptVerification = z.infer<typeof ReceiptVerification>;
