import type { PaymentStatus, Receipt, TaxType } from '@layanan/contract';

export interface TaxBillRecord {
  id: string;
  year: number;
  period: string;
  principal: number;
  dueDate: string;
  /** The payment that paid it. */
  paidBy?: string;
  /** A pending payment that holds it. */
  pendingBy?: string;
}

export interface TaxObjectRecord {
  taxTypeId: string;
  /** NOP digits, or the billing code. */
  objectNumber: string;
  taxpayerName: string;
  objectAddress: string;
  landArea: number | null;
  buildingArea: number | null;
  bills: TaxBillRecord[];
}

export interface QuoteRecord {
  id: string;
  taxTypeId: string;
  objectNumber: string;
  validUntil: number;
  /** Bill id → amounts as quoted. */
  amounts: Record<string, { principal: number; penalty: number; penaltyMonths: number; total: number }>;
}

export interface PaymentRecord {
  code: string;
  status: PaymentStatus;
  taxTypeId: string;
  objectNumber: string;
  bills: Array<{ id: string; period: string; amount: number }>;
  amount: number;
  method: 'qris' | 'virtual_account';
  bankId?: string;
  qrisPayload?: string;
  virtualAccountNumber?: string;
  createdAt: number;
  expiresAt: number;
  receipt?: Receipt & { paidAtMs: number };
}

export interface TaxState {
  types: TaxType[];
  objects: TaxObjectRecord[];
  payments: Map<string, PaymentRecord>;
  /** Settle every pending payment this many ms (simulated) after it was created; null = only by the knob. */
  autoSettleMs: number | null;
  receiptSerial: number;
}

export const QRIS_MINUTES = 30;
export const VIRTUAL_ACCOUNT_HOURS = 24;
