import { formatPhone, type QueueService, type QueueTicket } from '@layanan/contract';
import { addDays, currentOrNextInterval, dateOf, isOpenDay, isoWib, roundTo5Minutes, wallTime } from './calendar.js';
import { waitingLine } from './engine.js';
import { callInterval, type QueueServiceRecord, type QueueState, type QueueTicketRecord } from './model.js';

/** Numbers taken (not cancelled) for a service on a date. */
export function takenOn(queue: QueueState, serviceId: string, date: string): number {
  let taken = 0;
  for (const t of queue.tickets.values()) if (t.serviceId === serviceId && t.visitDate === date && t.status !== 'cancelled') taken++;
  return taken;
}

/** Can a number still be taken for this date: in the window, an open day, and (today) not closed yet? */
export function isBookable(service: QueueServiceRecord, date: string, now: number): boolean {
  const today = dateOf(now);
  if (date < today || date > addDays(today, service.bookingWindowDays) || !isOpenDay(service.openingHours, date)) return false;
  if (date > today) return true;
  const interval = currentOrNextInterval(service.openingHours, now);
  return interval !== undefined && dateOf(interval.opens) === today;
}

/** The first bookable date with room, after `date`; null when the window has none. */
export function nextDateWithRoom(queue: QueueState, service: QueueServiceRecord, after: string, now: number): string | null {
  const today = dateOf(now);
  for (let ahead = 0; ahead <= service.bookingWindowDays; ahead++) {
    const date = addDays(today, ahead);
    if (date <= after || !isBookable(service, date, now)) continue;
    if (takenOn(queue, service.id, date) < service.dailyQuota) return date;
  }
  return null;
}

export function serviceView(queue: QueueState, service: QueueServiceRecord, now: number): QueueService {
  const today = dateOf(now);
  const todays = [...queue.tickets.values()].filter((t) => t.serviceId === service.id && t.visitDate === today);
  const lastCalled = todays.filter((t) => t.calledAt !== undefined).sort((a, b) => b.calledAt! - a.calledAt!)[0];
  const { nextCallAt, issued, counterTurn, dailyQuota, ...definition } = service;
  void nextCallAt, issued, counterTurn;
  return {
    ...structuredClone(definition),
    nowServing: lastCalled?.number ?? null,
    waiting: todays.filter((t) => t.status === 'waiting').length,
    days: Array.from({ length: service.bookingWindowDays + 1 }, (_, ahead) => {
      const date = addDays(today, ahead);
      const open = isBookable(service, date, now);
      const taken = takenOn(queue, service.id, date);
      return { date, open, quota: open ? dailyQuota : 0, remaining: open ? Math.max(0, dailyQuota - taken) : 0 };
    }),
  };
}

/** `+6281234567890` → `+62 812-****-7890`. */
function maskPhone(e164: string): string {
  const shown = formatPhone(e164);
  return shown.replace(/-(\d{4})-/, '-****-').replace(/^(\+62 \d{3}) \d+(\d{2})$/, '$1 ***$2');
}

/** When a waiting ticket will roughly be called: a range that widens with the distance. */
function estimate(queue: QueueState, service: QueueServiceRecord, ticket: QueueTicketRecord, peopleAhead: number, now: number) {
  const interval = callInterval(service);
  const dayStart = currentOrNextInterval(service.openingHours, Math.max(now, wallTime(ticket.visitDate, '00:00')));
  if (!dayStart) return null;
  const base = dateOf(dayStart.opens) === dateOf(now) ? Math.max(service.nextCallAt ?? dayStart.opens, now) : dayStart.opens;
  const callAt = base + peopleAhead * interval;
  // The uncertainty grows with the number of people ahead, not with the days until the visit.
  const spread = callAt - base;
  const from = Math.max(roundTo5Minutes(callAt - spread * 0.15), roundTo5Minutes(Math.max(now, dayStart.opens)));
  const to = Math.max(roundTo5Minutes(callAt + spread * 0.25 + interval), from + 5 * 60_000);
  return { from: isoWib(from), to: isoWib(to) };
}

/**
 * A ticket as its holder sees it at `now`. `lines` may carry the waiting lines already sorted for
 * this instant (the ticket feed builds many views at once): each day's line is then sorted once.
 */
export function ticketView(queue: QueueState, ticket: QueueTicketRecord, now: number, lines?: Map<string, QueueTicketRecord[]>): QueueTicket {
  const service = queue.services.find((s) => s.id === ticket.serviceId)!;
  let line: QueueTicketRecord[] = [];
  if (ticket.status === 'waiting') {
    const key = `${service.id}|${ticket.visitDate}`;
    line = lines?.get(key) ?? waitingLine(queue, service.id, ticket.visitDate);
    lines?.set(key, line);
  }
  const ahead = ticket.status === 'waiting' ? line.findIndex((t) => t.code === ticket.code) : -1;
  const canRejoin = ticket.status === 'no_show' && !ticket.rejoined && ticket.rejoinUntil !== undefined && now <= ticket.rejoinUntil;
  return {
    code: ticket.code,
    number: ticket.number,
    serviceId: service.id,
    serviceName: service.name,
    office: service.office.name,
    visitDate: ticket.visitDate,
    status: ticket.status,
    position: ahead >= 0 ? ahead + 1 : null,
    peopleAhead: ahead >= 0 ? ahead : null,
    estimatedCall: ahead >= 0 ? estimate(queue, service, ticket, ahead, now) : null,
    counter: ticket.counter ?? null,
    checkInPayload: `LAYANAN:Q1:${ticket.code}:${ticket.number}`,
    holder: { name: ticket.name, phone: maskPhone(ticket.phone) },
    issuedAt: isoWib(ticket.issuedAt),
    updatedAt: isoWib(ticket.updatedAt),
    calledAt: ticket.calledAt === undefined ? null : isoWib(ticket.calledAt),
    checkInBy: ticket.status === 'called' && ticket.checkInBy !== undefined ? isoWib(ticket.checkInBy) : null,
    rejoinUntil: canRejoin ? isoWib(ticket.rejoinUntil!) : null,
    canCancel: ticket.status === 'waiting' || ticket.status === 'called',
    canRejoin,
  };
}
