import type { Payment } from '@layanan/contract';

/** `<layanan-tax-payment>`: the payment ended unpaid: it expired (`detail.payment.status` is `expired`) or the bank refused it (`failed`). The bills are free to pay again. */
export class LayananPaymentExpiredEvent extends CustomEvent<{ payment: Payment }> {
  constructor(payment: Payment) {
    super('layanan-payment-expired', { bubbles: true, composed: true, detail: { payment } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-payment-expired': LayananPaymentExpiredEvent;
  }
}
