import type { Payment } from '@layanan/contract';

/** `<layanan-tax-payment>`: a payment was created (or the server replayed it after a retry): the citizen can pay now. Fired once per payment the widget sends. */
export class LayananPaymentCreatedEvent extends CustomEvent<{ payment: Payment }> {
  constructor(payment: Payment) {
    super('layanan-payment-created', { bubbles: true, composed: true, detail: { payment } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-payment-created': LayananPaymentCreatedEvent;
  }
}
