import { ContractError } from '../errors/contract-error.js';
import { isNetworkError } from '../errors/network-error.js';
import { isProblemError } from '../errors/problem-error.js';
import { isTimeoutError } from '../errors/timeout-error.js';
import { readEventStream } from './event-stream.js';
import { sleep } from './sleep.js';

export interface WatchOptions {
  /** Stops watching; the iteration then ends quietly. */
  signal?: AbortSignal;
  /** Milliseconds between polls (when there is no Server-Sent Events stream, or it is unavailable). */
  pollInterval?: number;
  /** Upper bound of the backoff while the network is down. Default: `60000`. */
  maxBackoff?: number;
}

/** What one watched resource is: how to read it once, when it stops changing, and its stream if the contract has one. */
export interface WatchSource<T> {
  /** A conditional GET (an unchanged resource is answered from its ETag with a 304). */
  get(signal: AbortSignal | undefined): Promise<T>;
  /** No change can follow: the watch ends after yielding it. */
  isFinal(value: T): boolean;
  stream?: {
    open(signal: AbortSignal | undefined): Promise<Response>;
    /** The `event:` name that carries the resource. */
    event: string;
    /** The event's data as the resource, or `undefined` when it is not one. */
    parse(data: unknown): T | undefined;
  };
}

/**
 * Every change of a resource, starting with its current state, until it is final or `signal` aborts.
 * Uses the resource's Server-Sent Events where it has them; otherwise, or where they are unavailable
 * (a proxy that buffers, a server without them), conditional polling. When the network drops it backs
 * off (up to `maxBackoff`, with jitter) and resumes the same way by itself. An HTTP problem from a
 * poll (a 404 for a resource that does not exist) ends the watch by throwing it.
 */
export async function* watchResource<T>(source: WatchSource<T>, { signal, pollInterval = 10_000, maxBackoff = 60_000 }: WatchOptions): AsyncGenerator<T> {
  let last = '';
  let streaming = Boolean(source.stream);
  let backoff = 0;
  const changed = (value: T) => {
    const json = JSON.stringify(value);
    if (json === last) return false;
    last = json;
    return true;
  };

  while (!signal?.aborted) {
    try {
      if (streaming && source.stream) {
        const response = await source.stream.open(signal).catch((error: unknown) => {
          // Any HTTP answer other than a stream (501, a proxy's 502, a 404 for an old server): poll.
          // A resource that really does not exist then surfaces as the poll's 404.
          if (isProblemError(error)) return undefined;
          throw error;
        });
        if (!response) {
          streaming = false;
          continue;
        }
        if (response.status === 204 || !response.headers.get('content-type')?.startsWith('text/event-stream') || !response.body) {
          // Final already (204), or the stream is not offered: read it once, and poll from here on unless final.
          streaming = response.status === 204;
          void response.body?.cancel();
          const value = await source.get(signal);
          if (changed(value)) yield value;
          if (source.isFinal(value)) return;
          if (!streaming) await sleep(pollInterval, signal);
          continue;
        }
        backoff = 0;
        for await (const event of readEventStream(response.body, signal)) {
          if (event.event !== source.stream.event) continue;
          const value = source.stream.parse(safeJson(event.data));
          if (value === undefined) throw new ContractError({ method: 'get', url: response.url }, 200, [{ path: '', message: `A "${source.stream.event}" event does not match the contract` }]);
          if (changed(value)) yield value;
          if (source.isFinal(value)) return;
        }
        // The stream ended without a final state (a proxy timeout, a server restart): reconnect.
        await sleep(1000, signal);
      } else {
        const value = await source.get(signal);
        backoff = 0;
        if (changed(value)) yield value;
        if (source.isFinal(value)) return;
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
