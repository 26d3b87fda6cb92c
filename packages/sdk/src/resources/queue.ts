import {
  isFinalTicket, IssueTicketRequest, Page, QueueService, QueueTicket,
} from '@layanan/contract';
import { codeSegment } from '../internal/access-code.js';
import type { CallOptions, MutationOptions, Transport } from '../internal/transport.js';
import { watchResource, type WatchOptions } from '../internal/watch.js';

const ServicePage = /* @__PURE__ */ Page(QueueService);

/** `pollInterval` (default `10000`) applies only when Server-Sent Events are unavailable. */
export type WatchTicketOptions = WatchOptions;

const codePath = (code: string, suffix = '') => `v1/queue/tickets/${codeSegment(code)}${suffix}`;

/** `client.queue`: queue numbers taken from home, followed live. */
export class QueueResource {
  constructor(private readonly transport: Transport) {}

  /** `GET /v1/queue/services`: every service with its hours, today's queue and the quota left per day. */
  async listServices(options?: CallOptions): Promise<QueueService[]> {
    const { data } = await this.transport.send({ method: 'get', path: 'v1/queue/services', schema: ServicePage, options: options ?? {}, conditional: true });
    return data.items;
  }

  /**
   * `POST /v1/queue/tickets`. Keep one `idempotencyKey` per intent (the form submission) so a
   * retry after a lost answer returns the same ticket instead of a second number.
   */
  async issueTicket(request: IssueTicketRequest, options?: MutationOptions): Promise<QueueTicket> {
    const { data } = await this.transport.send({ method: 'post', path: 'v1/queue/tickets', json: request, schema: QueueTicket, options: options ?? {} });
    return data;
  }

  /** `GET /v1/queue/tickets/{code}`, revalidated with its ETag (a 304 costs no body). */
  async getTicket(code: string, options?: CallOptions): Promise<QueueTicket> {
    const { data } = await this.transport.send({ method: 'get', path: codePath(code), schema: QueueTicket, options: options ?? {}, conditional: true });
    return data;
  }

  /** `POST /v1/queue/tickets/{code}/cancel`. Cancelling twice is harmless. */
  async cancelTicket(code: string, options?: MutationOptions): Promise<QueueTicket> {
    const { data } = await this.transport.send({ method: 'post', path: codePath(code, '/cancel'), schema: QueueTicket, options: options ?? {} });
    return data;
  }

  /** `POST /v1/queue/tickets/{code}/rejoin`: back of the queue after a missed call, once. */
  async rejoin(code: string, options?: MutationOptions): Promise<QueueTicket> {
    const { data } = await this.transport.send({ method: 'post', path: codePath(code, '/rejoin'), schema: QueueTicket, options: options ?? {} });
    return data;
  }

  /**
   * Every change of a ticket, starting with its current state, until it is final or `signal`
   * aborts:
   *
   * ```ts
   * for await (const ticket of client.queue.watchTicket(code, { signal })) render(ticket);
   * ```
   *
   * Uses Server-Sent Events; where they are unavailable (a proxy that buffers, a server without
   * them) it polls with `If-None-Match` instead. When the network drops it backs off (up to
   * `maxBackoff`) and resumes by itself. A ticket that does not exist throws `ProblemError` (404).
   */
  watchTicket(code: string, options: WatchTicketOptions = {}): AsyncGenerator<QueueTicket> {
    return watchResource<QueueTicket>(
      {
        get: (signal) => this.getTicket(code, signal ? { signal } : {}),
        isFinal: isFinalTicket,
        stream: {
          open: (signal) => this.transport.openStream(codePath(code, '/events'), signal ? { signal } : {}),
          event: 'ticket',
          parse: (data) => {
            const parsed = QueueTicket.safeParse(data);
            return parsed.success ? parsed.data : undefined;
          },
        },
      },
      options,
    );
  }
}

