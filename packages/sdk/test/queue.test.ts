import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { createClient, isFinalTicket, isProblemError, type QueueTicket } from '@layanan/sdk';

const baseUrl = 'http://api.test';
const mock = createNodeMockServer();
const A012 = 'P587X-UQ47X-F3824';
const A013 = '3H4AU-QH768-8GZGS';
const siti = { serviceId: 'ktp-el', visitDate: '2026-11-30', name: 'Siti Aminah', phone: '0812-3456-7890', nik: '1803054512900001' };

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

const advance = (minutes: number) =>
  fetch(`${baseUrl}/v1/_mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMinutes: minutes }) });

/** A fetch that counts requests per path. */
function countingFetch() {
  const seen: Array<{ path: string; status: number; ifNoneMatch: string | null }> = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await globalThis.fetch(request);
    seen.push({ path: new URL(request.url).pathname, status: response.status, ifNoneMatch: request.headers.get('if-none-match') });
    return response;
  };
  return { fetch, seen };
}

describe('client.queue', () => {
  it('lists the services', async () => {
    const services = await createClient({ baseUrl }).queue.listServices();
    assert.deepEqual(services.map((s) => s.id), ['ktp-el', 'kartu-keluarga', 'akta-kelahiran', 'konsultasi-perizinan', 'layanan-pbb']);
  });

  it('issues a ticket once per idempotency key, however often the call is retried', async () => {
    const client = createClient({ baseUrl });
    const first = await client.queue.issueTicket(siti, { idempotencyKey: 'form-submit-0001' });
    const again = await client.queue.issueTicket(siti, { idempotencyKey: 'form-submit-0001' });
    assert.equal(again.code, first.code);
    assert.equal(first.number, 'A-025');
  });

  it('recovers a ticket whose answer was lost, through the retry with the same key', async () => {
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/queue/tickets', method: 'POST' });
    const ticket = await createClient({ baseUrl, retry: { limit: 2, backoffLimit: 10 } }).queue.issueTicket(siti);
    assert.equal(ticket.number, 'A-025');
    const taken = [...mock.store.state.queue.tickets.values()].filter((t) => t.phone === '+6281234567890');
    assert.equal(taken.length, 1, 'exactly one ticket exists');
  });

  it('maps a full day to a ProblemError carrying the next free date', async () => {
    const error = await createClient({ baseUrl }).queue.issueTicket({ ...siti, visitDate: '2026-12-01' }).catch((e: unknown) => e);
    assert.ok(isProblemError(error));
    assert.equal(error.type, 'queue-quota-full');
    assert.equal(error.problem.nextAvailableDate, '2026-12-02');
  });

  it('maps a 422 to field errors by path', async () => {
    const error = await createClient({ baseUrl, locale: 'en' }).queue.issueTicket({ ...siti, nik: '1803053002900001' }).catch((e: unknown) => e);
    assert.ok(isProblemError(error));
    assert.equal(error.fieldErrors.nik?.message, 'The birth date in this NIK is impossible.');
  });

  it('gets a ticket by the code as typed, revalidating with its ETag', async () => {
    const { fetch, seen } = countingFetch();
    const client = createClient({ baseUrl, fetch });
    const first = await client.queue.getTicket('p587x uq47x f3824');
    const second = await client.queue.getTicket(A012);
    assert.equal(first.number, 'A-012');
    assert.deepEqual(second, first);
    assert.deepEqual(seen.map((s) => s.status), [200, 304]);
  });

  it('cancels and re-joins', async () => {
    const client = createClient({ baseUrl });
    assert.equal((await client.queue.cancelTicket(A013)).status, 'cancelled');
    assert.equal((await client.queue.rejoin('6UZDD-VR39C-MHW4A')).status, 'waiting');
    const error = await client.queue.rejoin('6UZDD-VR39C-MHW4A').catch((e: unknown) => e);
    assert.ok(isProblemError(error) && error.status === 409);
  });
});

describe('client.queue.watchTicket', () => {
  async function collect(code: string, options: Parameters<ReturnType<typeof createClient>['queue']['watchTicket']>[1], act: (t: QueueTicket, i: number) => Promise<void>, client = createClient({ baseUrl })) {
    const statuses: string[] = [];
    for await (const ticket of client.queue.watchTicket(code, options)) {
      statuses.push(`${ticket.status}:${ticket.peopleAhead ?? '-'}`);
      await act(ticket, statuses.length - 1);
    }
    return statuses;
  }

  it('follows a ticket over Server-Sent Events until it is final', async () => {
    const statuses = await collect(A013, {}, async (_, i) => {
      if (i === 0) await advance(6); // A-012 is called: A-013 is next
      if (i === 1) await fetch(`${baseUrl}/v1/queue/tickets/${A013}/cancel`, { method: 'POST' });
    });
    assert.deepEqual(statuses, ['waiting:1', 'waiting:0', 'cancelled:-']);
  });

  it('falls back to conditional polling when the server offers no event stream', async () => {
    mock.use(http.get('*/v1/queue/tickets/:code/events', () => HttpResponse.json({ type: 'about:blank', title: 'Not Implemented', status: 501 }, { status: 501 })));
    const { fetch, seen } = countingFetch();
    const statuses = await collect(
      A013,
      { pollInterval: 20 },
      async (_, i) => {
        if (i === 0) setTimeout(() => void advance(6), 150); // a few unchanged polls first
        if (i === 1) await fetch(`${baseUrl}/v1/queue/tickets/${A013}/cancel`, { method: 'POST' });
      },
      createClient({ baseUrl, fetch }),
    );
    assert.deepEqual(statuses, ['waiting:1', 'waiting:0', 'cancelled:-']);
    const polls = seen.filter((s) => s.path === `/v1/queue/tickets/${A013}`);
    assert.ok(polls.some((p) => p.status === 304), 'unchanged polls cost a 304');
    assert.ok(polls.slice(1).every((p) => p.ifNoneMatch), 'every poll after the first revalidates');
  });

  it('rides out a lost network and resumes by itself', async () => {
    // The stream cannot connect three times, then the network is back.
    mock.store.state.config.failures.push({ mode: 'network', path: '/events', count: 3 });
    const statuses = await collect(A013, { pollInterval: 20, maxBackoff: 40 }, async (_, i) => {
      if (i === 0) await fetch(`${baseUrl}/v1/queue/tickets/${A013}/cancel`, { method: 'POST' });
    });
    assert.deepEqual(statuses, ['waiting:1', 'cancelled:-']);
  });

  it('yields a final ticket once and stops (204 from the stream)', async () => {
    const statuses = await collect('78YVP-QD6SH-H7TXD', {}, async () => undefined);
    assert.deepEqual(statuses, ['done:-']);
  });

  it('stops quietly when aborted', async () => {
    const controller = new AbortController();
    const statuses = await collect(A013, { signal: controller.signal }, async () => controller.abort());
    assert.deepEqual(statuses, ['waiting:1']);
  });

  it('throws a ProblemError for a code that does not exist', async () => {
    await assert.rejects(collect('ZZZZZ-ZZZZZ-ZZZZZ', {}, async () => undefined), (error: unknown) => isProblemError(error) && error.status === 404);
  });

  it('knows which tickets are final', () => {
    const base = { status: 'no_show', canRejoin: true } as QueueTicket;
    assert.equal(isFinalTicket(base), false);
    assert.equal(isFinalTicket({ ...base, canRejoin: false }), true);
    assert.equal(isFinalTicket({ ...base, status: 'done' }), true);
  });
});

