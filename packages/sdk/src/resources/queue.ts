import {
  isFinalTicket, IssueTicketRequest, Page, QueueService, QueueTicket,
} from '@layanan/contract';
import { ContractError } from '../errors/contract-error.js';
import { isNetworkError } from '../errors/network-error.js';
import { isProblemError } from '../errors/problem-error.js';
import { isTimeoutError } from '../errors/timeout-error.js';
import { codeSegment } from '../internal/access-code.js';
import { sleep } from '../internal/sleep.js';
import { readEventStream } from '../internal/event-stream.js';
import type { CallOptions, MutationOptions, Transport } from '../internal/transport.js';

const ServicePage = /* @__PURE__ */ Page(QueueService);

export interface WatchTicketOptions {
  /** Stops watching; the iteration then ends quietly. */
  signal?: AbortSignal;
  /** Milliseconds between polls when Server-Sent Events are unavailable. Default: `10000`. */
  pollInterval?: number;
  /** Upper bound of the backoff while the network is down. Default: `60000`. */
  maxBackoff?: number;
}

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
  async *watchTicket(code: string, options: WatchTicketOptions = {}): AsyncGenerator<QueueTicket> {
    const { signal, pollInterval = 10_000, maxBackoff = 60_000 } = options;
    let last = '';
    let streaming = true;
    let backoff = 0;
    const changed = (ticket: QueueTicket) => {
      const json = JSON.stringify(ticket);
      if (json === last) return false;
      last = json;
      return true;
    };

    while (!signal?.aborted) {
      try {
        if (streaming) {
          const response = await this.transport.openStream(codePath(code, '/events'), signal ? { signal } : {}).catch((error: unknown) => {
            // Any HTTP answer other than a stream (501, a proxy's 502, a 404 for an old server): poll.
            // A ticket that really does not exist then surfaces as the poll's 404.
            if (isProblemError(error)) return undefined;
            throw error;
          });
          if (!response) {
            streaming = false;
            continue;
          }
          if (response.status === 204 || !response.headers.get('content-type')?.startsWith('text/event-stream') || !response.body) {
            // Final already (204), or the stream is not offered: poll from here on.
            streaming = response.status === 204 ? streaming : false;
            void response.body?.cancel();
            const ticket = await this.getTicket(code, signal ? { signal } : {});
            if (changed(ticket)) yield ticket;
            if (isFinalTicket(ticket)) return;
            if (!streaming) await sleep(pollInterval, signal);
            continue;
          }
          backoff = 0;
          for await (const event of readEventStream(response.body, signal)) {
            if (event.event !== 'ticket') continue;
            const parsed = QueueTicket.safeParse(safeJson(event.data));
            if (!parsed.success) throw new ContractError({ method: 'get', url: response.url }, 200, [{ path: '', message: 'An event is not a QueueTicket' }]);
            if (changed(parsed.data)) yield parsed.data;
            if (isFinalTicket(parsed.data)) return;
          }
          // The stream ended without a final status (a proxy timeout, a server restart): reconnect.
          await sleep(1000, signal);
        } else {
          const ticket = await this.getTicket(code, signal ? { signal } : {});
          backoff = 0;
          if (changed(ticket)) yield ticket;
          if (isFinalTicket(ticket)) return;
          await sleep(pollInterval, signal);
        }
      } catch (error) {
        if (signal?.aborted) return;
        if (!isNetworkError(error) && !isTimeoutError(error) && !isStreamDrop(error)) throw error;
        // Offline or dropped: wait, longer each time, then try again the same way.
        backoff = Math.min(maxBackoff, backoff ? backoff * 2 : Math.min(1000, pollInterval));
        await sleep(backoff * (0.5 + Math.random() / 2), signal);
      }
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A body that stops mid-stream rejects with a TypeError (browsers) or an undici error (Node). */
function isStreamDrop(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && /terminated|network|socket|aborted/i.test(error.message));
}

