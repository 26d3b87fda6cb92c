import * as z from 'zod/mini';
import { AccessCode } from '../common/access-code.js';
import { DateTime, LocalDate } from '../common/time.js';
import { QUEUE_TICKET_LIMITS as L } from '../limits.js';
import { OpeningHours } from './agency.js';

/** One bookable day of a queue service: is it open, and how many numbers are left. */
export const QueueDay = /* @__PURE__ */ z.object({
  date: LocalDate,
  open: z.boolean(),
  quota: z.int().check(z.minimum(0)),
  remaining: z.int().check(z.minimum(0)),
});
export type QueueDay = z.infer<typeof QueueDay>;

/** `GET /v1/queue/services`: an office service citizens can take a number for. */
export const QueueService = /* @__PURE__ */ z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The agency unit that runs it (`disdukcapil`). */
  unitId: z.string(),
  name: z.string(),
  description: z.string(),
  office: z.object({ name: z.string(), address: z.string() }),
  /** Letter of its ticket numbers: `A` → `A-012`. */
  prefix: z.string().check(z.regex(/^[A-Z]{1,2}$/)),
  openingHours: z.array(OpeningHours),
  /** Numbers can be taken for today and this many days ahead. */
  bookingWindowDays: z.int().check(z.minimum(0)),
  averageServiceMinutes: z.int().check(z.minimum(1)),
  counters: z.int().check(z.minimum(1)),
  nikRequired: z.boolean(),
  /** The number being served now, today; null before the first call or on a closed day. */
  nowServing: z.nullable(z.string()),
  /** People waiting today. */
  waiting: z.int().check(z.minimum(0)),
  /** Today and every day of the booking window. */
  days: z.array(QueueDay),
});
export type QueueService = z.infer<typeof QueueService>;

export const QueueTicketStatus = /* @__PURE__ */ z.enum(['waiting', 'called', 'serving', 'done', 'cancelled', 'no_show', 'expired']);
export type QueueTicketStatus = z.infer<typeof QueueTicketStatus>;

/** Statuses after which a ticket never changes again. */
export const FINAL_QUEUE_STATUSES: readonly QueueTicketStatus[] = ['done', 'cancelled', 'expired'];

/** `POST /v1/queue/tickets`. */
export const IssueTicketRequest = /* @__PURE__ */ z.object({
  serviceId: z.string().check(z.minLength(1)),
  visitDate: LocalDate,
  name: z.string().check(z.trim(), z.minLength(L.name.min), z.maxLength(L.name.max)),
  /** Any Indonesian form (`0812…`, `62…`, `+62…`); stored as E.164. */
  phone: z.string().check(z.minLength(1), z.maxLength(L.phone.max)),
  /** 16 digits; required when the service says `nikRequired`. */
  nik: z.optional(z.string().check(z.maxLength(L.nik.max))),
});
export type IssueTicketRequest = z.infer<typeof IssueTicketRequest>;

/** A queue ticket as its holder sees it (reached by its unguessable `code`). */
export const QueueTicket = /* @__PURE__ */ z.object({
  code: AccessCode,
  /** What the display board calls: `A-012`. */
  number: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  office: z.string(),
  visitDate: LocalDate,
  status: QueueTicketStatus,
  /** Place among those waiting (1 = next); null once called or final. */
  position: z.nullable(z.int().check(z.minimum(1))),
  peopleAhead: z.nullable(z.int().check(z.minimum(0))),
  /** When the number will roughly be called (rounded to 5 minutes); null once called or final. */
  estimatedCall: z.nullable(z.object({ from: DateTime, to: DateTime })),
  /** The counter that called it (`Loket 2`). */
  counter: z.nullable(z.string()),
  /** What the office's scanner reads from the ticket's QR code. */
  checkInPayload: z.string(),
  /** Who holds it, masked: never the full phone number or NIK. */
  holder: z.object({ name: z.string(), phone: z.string() }),
  issuedAt: DateTime,
  updatedAt: DateTime,
  calledAt: z.nullable(DateTime),
  /** A called ticket not checked in by then becomes `no_show`. */
  checkInBy: z.nullable(DateTime),
  /** A `no_show` ticket may re-join the back of the queue once, until then. */
  rejoinUntil: z.nullable(DateTime),
  canCancel: z.boolean(),
  canRejoin: z.boolean(),
});
export type QueueTicket = z.infer<typeof QueueTicket>;

/** Will this ticket never change again? A `no_show` still may, while it can re-join. */
export function isFinalTicket(ticket: Pick<QueueTicket, 'status' | 'canRejoin'>): boolean {
  return FINAL_QUEUE_STATUSES.includes(ticket.status) || (ticket.status === 'no_show' && !ticket.canRejoin);
}
