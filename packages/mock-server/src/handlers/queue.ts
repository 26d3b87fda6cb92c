import { http, HttpResponse } from 'msw';
import { isFinalTicket, IssueTicketRequest, parseNik, parsePhone, type QueueTicket } from '@layanan/contract';
import type { MockStore } from '../state.js';
import { newAccessCode, recordByCode } from '../internal/access-codes.js';
import { invalidFields, readJsonBody } from '../internal/body.js';
import { conditionalJson } from '../internal/conditional.js';
import { details, type FieldCode } from '../internal/i18n.js';
import { idempotent } from '../internal/idempotency.js';
import { problem } from '../internal/problem.js';
import { dateOf } from '../queue/calendar.js';
import { advanceQueues } from '../queue/engine.js';
import { TicketFeed } from '../queue/feed.js';
import { ACTIVE_STATUSES, type QueueTicketRecord } from '../queue/model.js';
import { nextNumber } from '../queue/seed.js';
import { isBookable, nextDateWithRoom, serviceView, takenOn, ticketView } from '../queue/views.js';

const NIK_CODES: Record<string, FieldCode> = {
  empty: 'nik_format', digits: 'nik_format', length: 'nik_format', province: 'nik_region', region: 'nik_region', birth_date: 'nik_birth_date', serial: 'nik_serial',
};


/** The queue: services, tickets, live events, cancel and re-join; plus the counter's check-in knob. */
export function queueHandlers(store: MockStore) {
  const feed = new TicketFeed({
    advance: () => advanceQueues(store.state.queue, store.now().getTime()),
    view: (ticket, lines) => ticketView(store.state.queue, ticket, store.now().getTime(), lines),
    now: () => store.now().getTime(),
  });

  /** The queues as of now; watchers hear at once what moving them changed. */
  const queue = () => {
    if (advanceQueues(store.state.queue, store.now().getTime())) feed.changed();
    return store.state.queue;
  };

  const findTicket = (request: Request, code: string) => recordByCode(request, queue().tickets, code, details.ticketNotFound);

  const view = (ticket: QueueTicketRecord): QueueTicket => ticketView(store.state.queue, ticket, store.now().getTime());

  return [
    http.get('*/v1/queue/services', ({ request }) => {
      const now = store.now().getTime();
      const items = queue().services.map((service) => serviceView(store.state.queue, service, now));
      return conditionalJson(request, { items, nextCursor: null }, 'no-cache');
    }),

    http.post('*/v1/queue/tickets', ({ request }) =>
      idempotent(store, request, { required: false }, async (req) => {
        const body = await readJsonBody(req, IssueTicketRequest);
        const state = queue();
        const now = store.now().getTime();
        const service = state.services.find((s) => s.id === body.serviceId);
        if (!service) return invalidFields(req, [{ path: 'serviceId', code: 'unknown_service' }]);

        const errors: Array<{ path: string; code: FieldCode }> = [];
        const phone = parsePhone(body.phone);
        if (!phone.ok) errors.push({ path: 'phone', code: 'phone_invalid' });
        const nikInput = body.nik?.trim() ?? '';
        const nik = nikInput ? parseNik(nikInput, { today: new Date(now) }) : undefined;
        if (service.nikRequired && !nikInput) errors.push({ path: 'nik', code: 'required' });
        else if (nik && !nik.ok) errors.push({ path: 'nik', code: NIK_CODES[nik.reason] ?? 'invalid' });
        if (!isBookable(service, body.visitDate, now)) {
          const today = dateOf(now);
          const outside = body.visitDate < today || body.visitDate > dateOf(now + service.bookingWindowDays * 86_400_000);
          errors.push({ path: 'visitDate', code: outside ? 'date_outside_window' : 'date_closed' });
        }
        if (errors.length) return invalidFields(req, errors);

        const e164 = phone.ok ? phone.value.e164 : '';
        const nikValue = nik?.ok ? nik.value.value : undefined;
        const existing = [...state.tickets.values()].find(
          (t) => t.serviceId === service.id && t.visitDate === body.visitDate && ACTIVE_STATUSES.includes(t.status) && (t.phone === e164 || (nikValue !== undefined && t.nik === nikValue)),
        );
        if (existing) {
          // The number, not the code: knowing someone's phone number must not open their ticket.
          return problem(req, 'queue-duplicate-ticket', { status: 409, detail: details.duplicateTicket(existing.number), extensions: { existingTicketNumber: existing.number, visitDate: existing.visitDate } });
        }
        if (takenOn(state, service.id, body.visitDate) >= service.dailyQuota) {
          const next = nextDateWithRoom(state, service, body.visitDate, now);
          return problem(req, 'queue-quota-full', { status: 409, detail: details.quotaFull(body.visitDate, next), extensions: { nextAvailableDate: next } });
        }

        const { number, order } = nextNumber(service, body.visitDate);
        const ticket: QueueTicketRecord = {
          code: newAccessCode(state.tickets),
          serviceId: service.id,
          visitDate: body.visitDate,
          number,
          order,
          name: body.name,
          phone: e164,
          ...(nikValue ? { nik: nikValue } : {}),
          status: 'waiting',
          issuedAt: now,
          updatedAt: now,
          checkedIn: false,
          rejoined: false,
          autoCheckIn: false,
        };
        state.tickets.set(ticket.code, ticket);
        feed.changed();
        return HttpResponse.json(view(ticket), { status: 201, headers: { location: `${new URL(req.url).pathname}/${ticket.code}` } });
      }),
    ),

    http.get('*/v1/queue/tickets/:code', ({ request, params }) => conditionalJson(request, view(findTicket(request, String(params.code))), 'no-cache')),

    http.get('*/v1/queue/tickets/:code/events', ({ request, params }) => ticketEvents(feed, request, findTicket(request, String(params.code)), view)),

    http.post('*/v1/queue/tickets/:code/cancel', ({ request, params }) => {
      const ticket = findTicket(request, String(params.code));
      if (ticket.status === 'cancelled') return HttpResponse.json(view(ticket)); // cancelling twice is harmless
      if (ticket.status !== 'waiting' && ticket.status !== 'called') {
        return problem(request, 'queue-not-cancellable', { status: 409, detail: details.notCancellable(ticket.status) });
      }
      Object.assign(ticket, { status: 'cancelled', updatedAt: store.now().getTime() });
      feed.changed();
      return HttpResponse.json(view(ticket));
    }),

    http.post('*/v1/queue/tickets/:code/rejoin', ({ request, params }) => {
      const ticket = findTicket(request, String(params.code));
      if (!view(ticket).canRejoin) return problem(request, 'queue-cannot-rejoin', { status: 409, detail: details.cannotRejoin });
      const service = store.state.queue.services.find((s) => s.id === ticket.serviceId)!;
      const { order } = nextNumber(service, ticket.visitDate);
      service.issued[ticket.visitDate]!.number--; // a re-join keeps its number; only its place changes
      Object.assign(ticket, { status: 'waiting', order, rejoined: true, rejoinUntil: undefined, calledAt: undefined, checkInBy: undefined, counter: undefined, updatedAt: store.now().getTime() });
      feed.changed();
      return HttpResponse.json(view(ticket));
    }),

    // The counter scanned the ticket's QR: the holder is here (a reference-server knob).
    http.post('*/v1/_mock/queue/tickets/:code/check-in', ({ request, params }) => {
      const ticket = findTicket(request, String(params.code));
      ticket.checkedIn = true;
      ticket.autoCheckIn = true;
      feed.changed();
      return HttpResponse.json(view(ticket));
    }),
  ];
}

const encoder = new TextEncoder();

/**
 * `text/event-stream` of one ticket: an event now, then one whenever the ticket's view changes (the
 * feed tells every stream at once), a comment every 15 s to keep proxies from closing it, and the
 * end of the stream once the ticket is final. A final ticket answers 204: nothing will follow.
 */
function ticketEvents(feed: TicketFeed, request: Request, ticket: QueueTicketRecord, view: (t: QueueTicketRecord) => QueueTicket): Response {
  const first = view(ticket);
  if (isFinalTicket(first)) return new HttpResponse(null, { status: 204 });
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const end = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const event = (current: QueueTicket, json: string) => encoder.encode(`event: ticket\nid: ${current.updatedAt}\ndata: ${json}\n\n`);
      const json = JSON.stringify(first);
      controller.enqueue(encoder.encode('retry: 3000\n\n'));
      controller.enqueue(event(first, json));
      stop = feed.watch(ticket, json, {
        send(current, text) {
          controller.enqueue(event(current, text));
          if (isFinalTicket(current)) end();
        },
        ping: () => controller.enqueue(encoder.encode(': keep-alive\n\n')),
      });
      request.signal.addEventListener('abort', end);
    },
    cancel: () => stop(),
  });
  return new HttpResponse(stream, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' },
  });
}
