import type { QueueTicket } from '@layanan/contract';

type TicketEventName = 'layanan-ticket-issued' | 'layanan-ticket-updated' | 'layanan-ticket-called' | 'layanan-ticket-cancelled';

/** Base of the queue ticket's events: `detail.ticket` is the contract's `QueueTicket`. */
class TicketEvent extends CustomEvent<{ ticket: QueueTicket }> {
  constructor(type: TicketEventName, ticket: QueueTicket) {
    super(type, { bubbles: true, composed: true, detail: { ticket } });
  }
}

/** A new number was taken. */
export class LayananTicketIssuedEvent extends TicketEvent {
  constructor(ticket: QueueTicket) {
    super('layanan-ticket-issued', ticket);
  }
}

/** The ticket changed: its place, estimate or status (also once when a saved ticket comes back). */
export class LayananTicketUpdatedEvent extends TicketEvent {
  constructor(ticket: QueueTicket) {
    super('layanan-ticket-updated', ticket);
  }
}

/** A counter called the number: the citizen should go there now. */
export class LayananTicketCalledEvent extends TicketEvent {
  constructor(ticket: QueueTicket) {
    super('layanan-ticket-called', ticket);
  }
}

/** The citizen cancelled the number. */
export class LayananTicketCancelledEvent extends TicketEvent {
  constructor(ticket: QueueTicket) {
    super('layanan-ticket-cancelled', ticket);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-ticket-issued': LayananTicketIssuedEvent;
    'layanan-ticket-updated': LayananTicketUpdatedEvent;
    'layanan-ticket-called': LayananTicketCalledEvent;
    'layanan-ticket-cancelled': LayananTicketCancelledEvent;
  }
}
