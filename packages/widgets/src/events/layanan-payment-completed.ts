import type { Payment } from '@layanan/contract';

/** `<layanan-tax-payment>`: the payment is paid; the receipt is on screen. `detail.payment.receipt` holds the receipt number and verification code. */
export class LayananPaymentCompletedEvent extends CustomEvent<{ payment: Payment }> {
  constructor(payment: Payment) {
    super('layanan-payment-completed', { bubbles: true, composed: true, detail: { payment } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-payment-completed': LayananPaymentCompletedEvent;
  }
}
