import type { QueueTicket } from '@layanan/contract';
import type { QueueTicketRecord } from './model.js';

/** One stream's end of the feed. */
export interface TicketWatcher {
  /** The ticket's view changed (`json` is `view` serialized, made once for every watcher). */
  send(view: QueueTicket, json: string): void;
  /** Nothing changed for a while: a comment keeps proxies from closing the stream. */
  ping(): void;
}

interface Watched {
  record: QueueTicketRecord;
  watchers: Set<TicketWatcher>;
  /** The view last sent, serialized. */
  last: string;
}

/** Seconds between two keep-alive comments on every stream. */
const PING_SECONDS = 15;

/**
 * Tells the watchers of queue tickets when a ticket's view changes, instead of every stream
 * re-reading its ticket every second: at once when a request changed a queue (a ticket issued,
 * cancelled, re-joined, checked in), and as the simulated clock moves the queues, on one timer for
 * every stream. A view is built once per change however many people watch that ticket, and only
 * when the queues moved or the clock's minute turned (estimates are in minutes). The timer runs
 * only while someone watches.
 */
export class TicketFeed {
  private readonly watched = new Map<string, Watched>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private minute = -1;
  private seconds = 0;

  constructor(
    private readonly options: {
      /** Moves the queues to now; `true` when a ticket changed. */
      advance: () => boolean;
      /** A ticket's view now; `lines` caches each day's waiting line for one round of views. */
      view: (record: QueueTicketRecord, lines: Map<string, QueueTicketRecord[]>) => QueueTicket;
      /** The simulated clock, in ms. */
      now: () => number;
    },
  ) {}

  /** Starts telling `watcher` about `record`, whose view `first` it has already been sent. Returns the way to stop. */
  watch(record: QueueTicketRecord, first: string, watcher: TicketWatcher): () => void {
    let entry = this.watched.get(record.code);
    if (!entry || entry.record !== record) this.watched.set(record.code, (entry = { record, watchers: new Set(), last: first }));
    entry.watchers.add(watcher);
    this.timer ??= setInterval(this.tick, 1000);
    const watched = entry;
    return () => {
      watched.watchers.delete(watcher);
      if (!watched.watchers.size && this.watched.get(record.code) === watched) this.watched.delete(record.code);
      if (!this.watched.size) this.stop();
    };
  }

  /** A request changed the queues: every watched ticket whose view changed is sent now. */
  changed(): void {
    const lines = new Map<string, QueueTicketRecord[]>();
    for (const entry of [...this.watched.values()]) {
      const view = this.options.view(entry.record, lines);
      const json = JSON.stringify(view);
      if (json === entry.last) continue;
      entry.last = json;
      for (const watcher of [...entry.watchers]) watcher.send(view, json);
    }
  }

  /** Stops the timer (the last watcher left, or the server closes). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick = (): void => {
    const moved = this.options.advance();
    const minute = Math.floor(this.options.now() / 60_000);
    if (moved || minute !== this.minute) {
      this.minute = minute;
      this.changed();
    }
    if (++this.seconds % PING_SECONDS === 0) for (const entry of this.watched.values()) for (const watcher of entry.watchers) watcher.ping();
  };
}
