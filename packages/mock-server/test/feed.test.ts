import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { QueueTicket } from '@layanan/contract';
import { TicketFeed, type TicketWatcher } from '../src/queue/feed.js';
import type { QueueTicketRecord } from '../src/queue/model.js';

// The feed behind every ticket's event stream: one timer for all streams, a view built once per
// change however many watch, and nothing built while nothing moves.
describe('TicketFeed', () => {
  let status: string;
  let now: number;
  let moved: boolean;
  let views: number;
  let feed: TicketFeed;
  const record = { code: 'A' } as QueueTicketRecord;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setInterval'] });
    status = 'waiting';
    now = 0;
    moved = false;
    views = 0;
    feed = new TicketFeed({
      advance: () => moved,
      view: () => (views++, { code: 'A', status } as QueueTicket),
      now: () => now,
    });
  });

  afterEach(() => {
    feed.stop();
    mock.timers.reset();
  });

  function watcher() {
    const seen: string[] = [];
    let pings = 0;
    const w: TicketWatcher = { send: (view) => void seen.push(view.status), ping: () => void pings++ };
    return { w, seen, pings: () => pings };
  }

  it('tells every watcher of a ticket of a change at once, with the view built once', () => {
    const first = JSON.stringify({ code: 'A', status: 'waiting' });
    const watchers = Array.from({ length: 100 }, () => watcher());
    for (const { w } of watchers) feed.watch(record, first, w);
    status = 'cancelled';
    feed.changed();
    assert.equal(views, 1);
    assert.ok(watchers.every(({ seen }) => seen.join() === 'cancelled'));
    // Told again without a change: nothing is sent twice.
    feed.changed();
    assert.ok(watchers.every(({ seen }) => seen.length === 1));
  });

  it('builds no view while the queues stand still and the minute has not turned', () => {
    feed.watch(record, JSON.stringify({ code: 'A', status: 'waiting' }), watcher().w);
    mock.timers.tick(1000); // the first tick always looks
    const after = views;
    mock.timers.tick(30_000); // the simulated clock stands still (now = 0)
    assert.equal(views, after);
    now = 60_000; // a minute later: estimates may move
    mock.timers.tick(1000);
    assert.equal(views, after + 1);
    moved = true; // the engine called a number
    status = 'called';
    const { w, seen } = watcher();
    feed.watch(record, JSON.stringify({ code: 'A', status: 'waiting' }), w);
    mock.timers.tick(1000);
    assert.deepEqual(seen, ['called']);
  });

  it('keeps streams open with a comment every 15 s, and stops its timer when the last watcher leaves', () => {
    const a = watcher();
    const stop = feed.watch(record, '{}', a.w);
    mock.timers.tick(15_000);
    assert.equal(a.pings(), 1);
    stop();
    moved = true;
    mock.timers.tick(60_000);
    assert.equal(a.pings(), 1, 'no timer runs for nobody');
  });
});
