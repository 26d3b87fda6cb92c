import { callInterval, CHECK_IN_MINUTES, REJOIN_MINUTES, type QueueServiceRecord, type QueueState, type QueueTicketRecord } from './model.js';
import { currentOrNextInterval, dateOf } from './calendar.js';

function ticketsOf(queue: QueueState, serviceId: string, date: string): QueueTicketRecord[] {
  return [...queue.tickets.values()].filter((t) => t.serviceId === serviceId && t.visitDate === date);
}

/** Waiting tickets of a service on a date, first in line first. */
export function waitingLine(queue: QueueState, serviceId: string, date: string): QueueTicketRecord[] {
  return ticketsOf(queue, serviceId, date)
    .filter((t) => t.status === 'waiting')
    .sort((a, b) => a.order - b.order);
}

/** Changes made by the engine so far: `advanceQueues` tells its caller whether it made any. */
let changes = 0;

function set(ticket: QueueTicketRecord, at: number, change: Partial<QueueTicketRecord>): void {
  Object.assign(ticket, change, { updatedAt: at });
  changes++;
}

/** One tick of a service's counters at instant `at`, while it is open. */
function callStep(queue: QueueState, service: QueueServiceRecord, at: number): void {
  const date = dateOf(at);
  const today = ticketsOf(queue, service.id, date);
  for (const ticket of today) {
    if (ticket.status === 'serving' && ticket.servingAt !== undefined && at - ticket.servingAt >= service.averageServiceMinutes * 60_000) {
      set(ticket, at, { status: 'done' });
    } else if (ticket.status === 'called' && ticket.checkedIn) {
      set(ticket, at, { status: 'serving', servingAt: at });
    } else if (ticket.status === 'called' && ticket.checkInBy !== undefined && ticket.checkInBy <= at) {
      set(ticket, at, { status: 'no_show', rejoinUntil: ticket.checkInBy + REJOIN_MINUTES * 60_000 });
    }
  }
  const next = waitingLine(queue, service.id, date)[0];
  if (next) {
    service.counterTurn = (service.counterTurn % service.counters) + 1;
    set(next, at, {
      status: 'called',
      calledAt: at,
      checkInBy: at + CHECK_IN_MINUTES * 60_000,
      counter: `Loket ${service.counterTurn}`,
      checkedIn: next.autoCheckIn,
    });
  }
}

/** The office has closed for the day: what was still open for earlier dates ends. */
function closeDay(queue: QueueState, service: QueueServiceRecord, nextOpenDate: string, at: number): void {
  for (const ticket of queue.tickets.values()) {
    if (ticket.serviceId !== service.id || ticket.visitDate >= nextOpenDate) continue;
    if (ticket.status === 'serving') set(ticket, at, { status: 'done' });
    else if (ticket.status === 'waiting' || ticket.status === 'called') set(ticket, at, { status: 'expired' });
    else if (ticket.status === 'no_show' && (ticket.rejoinUntil ?? 0) > at) set(ticket, at, { rejoinUntil: at });
  }
}

/**
 * Moves every queue to instant `now`: each service calls its next number every
 * `averageServiceMinutes / counters` while open; called numbers that check in are served, the
 * others become `no_show`; at closing time what is left of the day expires. Deterministic: the same
 * seed and the same clock give the same queues. `true` when a ticket changed.
 */
export function advanceQueues(queue: QueueState, now: number): boolean {
  const before = changes;
  for (const service of queue.services) {
    for (let guard = 0; guard < 100_000; guard++) {
      const at = service.nextCallAt;
      if (at === null || at > now) break;
      const interval = currentOrNextInterval(service.openingHours, at);
      if (!interval) {
        service.nextCallAt = null;
        break;
      }
      if (at < interval.opens) {
        // Closed between `at` and the next opening: end the earlier days, then wait for it.
        closeDay(queue, service, dateOf(interval.opens), at);
        service.nextCallAt = interval.opens;
        continue;
      }
      callStep(queue, service, at);
      service.nextCallAt = Math.min(at + callInterval(service), interval.closes);
    }
  }
  return changes !== before;
}
