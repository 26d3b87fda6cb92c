import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { Problem, QueueService, QueueTicket } from '@layanan/contract';
import { createNodeMockServer } from '@layanan/mock-server/node';

const mock = createNodeMockServer();
const base = 'http://api.test/v1';

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

// The reference clock starts Monday 30 November 2026, 09:00 WIB. Seeded Perekaman KTP-el:
// A-010 serving, A-011 called, A-012… waiting, A-009 a no-show; Tuesday 1 December fully booked.
const A012 = 'P587X-UQ47X-F3824';
const A013 = '3H4AU-QH768-8GZGS';
const A009 = '6UZDD-VR39C-MHW4A';
const A001 = '78YVP-QD6SH-H7TXD';

const json = { 'content-type': 'application/json' };
const siti = { serviceId: 'ktp-el', visitDate: '2026-11-30', name: 'Siti Aminah', phone: '0812-3456-7890', nik: '1803054512900001' };

async function issue(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/queue/tickets`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
  return { response, body: (await response.json()) as Record<string, unknown> };
}
const ticket = async (code: string) => QueueTicket.parse(await (await fetch(`${base}/queue/tickets/${code}`)).json());
const advance = (minutes: number) => fetch(`${base}/_mock/clock`, { method: 'POST', headers: json, body: JSON.stringify({ advanceMinutes: minutes }) });
const services = async () => (await (await fetch(`${base}/queue/services`)).json()).items.map((s: unknown) => QueueService.parse(s)) as QueueService[];

describe('GET /v1/queue/services', () => {
  it('lists each service with today\'s queue and the quota left on every day of the window', async () => {
    const ktp = (await services()).find((s) => s.id === 'ktp-el')!;
    assert.equal(ktp.nowServing, 'A-011');
    assert.equal(ktp.nikRequired, true);
    assert.deepEqual(ktp.days.slice(0, 3), [
      { date: '2026-11-30', open: true, quota: 40, remaining: 16 },
      { date: '2026-12-01', open: true, quota: 40, remaining: 0 },
      { date: '2026-12-02', open: true, quota: 40, remaining: 22 },
    ]);
    assert.deepEqual(ktp.days.find((d) => d.date === '2026-12-06'), { date: '2026-12-06', open: false, quota: 0, remaining: 0 });
  });

  it('counts a new number against the quota, and a cancelled one frees it', async () => {
    const { body } = await issue(siti);
    assert.equal((await services()).find((s) => s.id === 'ktp-el')!.days[0]!.remaining, 15);
    await fetch(`${base}/queue/tickets/${body.code}/cancel`, { method: 'POST' });
    assert.equal((await services()).find((s) => s.id === 'ktp-el')!.days[0]!.remaining, 16);
  });
});

describe('POST /v1/queue/tickets', () => {
  it('gives the next number with people ahead, an estimated call time and a masked holder', async () => {
    const { response, body } = await issue(siti);
    assert.equal(response.status, 201);
    const t = QueueTicket.parse(body);
    assert.equal(t.number, 'A-025');
    assert.equal(t.status, 'waiting');
    assert.equal(t.peopleAhead, 13);
    assert.equal(t.position, 14);
    assert.deepEqual(t.estimatedCall, { from: '2026-11-30T10:10:00+07:00', to: '2026-11-30T10:50:00+07:00' });
    assert.deepEqual(t.holder, { name: 'Siti Aminah', phone: '+62 812-****-7890' });
    assert.equal(JSON.stringify(body).includes('1803054512900001'), false, 'the NIK never comes back');
    assert.equal(response.headers.get('location'), `/v1/queue/tickets/${t.code}`);
  });

  it('answers a replay with the same Idempotency-Key with the same ticket', async () => {
    const first = await issue(siti, { 'idempotency-key': 'tab-1-ktp-el-0001' });
    const replay = await issue(siti, { 'idempotency-key': 'tab-1-ktp-el-0001' });
    assert.equal(replay.response.status, 201);
    assert.equal(replay.body.code, first.body.code);
    assert.equal((await services()).find((s) => s.id === 'ktp-el')!.days[0]!.remaining, 15);
  });

  it('refuses a full day with 409, naming the next date with room', async () => {
    const { response, body } = await issue({ ...siti, visitDate: '2026-12-01' });
    assert.equal(response.status, 409);
    const problem = Problem.parse(body);
    assert.equal(problem.type, 'urn:layanan:problem:queue-quota-full');
    assert.equal(problem.nextAvailableDate, '2026-12-02');
    assert.equal(problem.detail, 'Kuota Selasa, 1 Desember 2026 penuh. Tanggal terdekat yang masih ada kuota: Rabu, 2 Desember 2026.');
  });

  it('refuses a second active number for the same phone or NIK, naming the number but never its code', async () => {
    const first = await issue(siti);
    for (const again of [{ ...siti, nik: '1803051203900002' }, { ...siti, phone: '081399998888' }]) {
      const { response, body } = await issue(again);
      assert.equal(response.status, 409);
      assert.equal(body.type, 'urn:layanan:problem:queue-duplicate-ticket');
      assert.equal(body.existingTicketNumber, 'A-025');
      assert.equal(JSON.stringify(body).includes(String(first.body.code)), false);
    }
    // Another date, or after cancelling, is fine.
    assert.equal((await issue({ ...siti, visitDate: '2026-12-02' })).response.status, 201);
    await fetch(`${base}/queue/tickets/${first.body.code}/cancel`, { method: 'POST' });
    assert.equal((await issue(siti)).response.status, 201);
  });

  const invalid: Array<[string, Record<string, unknown>, Array<[string, string]>]> = [
    ['a date outside the booking window', { ...siti, visitDate: '2026-12-09' }, [['visitDate', 'date_outside_window']]],
    ['a date in the past', { ...siti, visitDate: '2026-11-29' }, [['visitDate', 'date_outside_window']]],
    ['a Sunday', { ...siti, visitDate: '2026-12-06' }, [['visitDate', 'date_closed']]],
    ['a missing NIK where the service needs one', { ...siti, nik: undefined }, [['nik', 'required']]],
    ['an impossible NIK and a bad phone', { ...siti, nik: '1803053002900001', phone: '0812' }, [['phone', 'phone_invalid'], ['nik', 'nik_birth_date']]],
    ['an unknown service', { ...siti, serviceId: 'sim-keliling' }, [['serviceId', 'unknown_service']]],
    ['a name too short', { ...siti, name: ' S ' }, [['name', 'too_small']]],
  ];
  for (const [what, body, expected] of invalid) {
    it(`refuses ${what} with 422 and errors per field`, async () => {
      const { response, body: answer } = await issue(body, { 'accept-language': 'en' });
      assert.equal(response.status, 422);
      const problem = Problem.parse(answer);
      assert.deepEqual(problem.errors!.map((e) => [e.path, e.code]), expected);
      assert.ok(problem.errors!.every((e) => e.message.length > 0));
    });
  }

  it('takes a number for today only while the office is still open', async () => {
    await advance(6 * 60 + 30); // 15:30, after closing
    const { response, body } = await issue(siti);
    assert.equal(response.status, 422);
    assert.deepEqual((body.errors as Array<{ path: string }>).map((e) => e.path), ['visitDate']);
  });
});

describe('GET /v1/queue/tickets/{code}', () => {
  it('answers If-None-Match with 304 until the ticket changes', async () => {
    const first = await fetch(`${base}/queue/tickets/${A012}`);
    const etag = first.headers.get('etag')!;
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const again = await fetch(`${base}/queue/tickets/${A012}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    await advance(6); // the counters call A-012
    const changed = await fetch(`${base}/queue/tickets/${A012}`, { headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.equal(QueueTicket.parse(await changed.json()).status, 'called');
  });

  it('accepts the code as a citizen types it, and 404s an unknown one', async () => {
    assert.equal((await ticket('p587x uq47x f3824')).number, 'A-012');
    const missing = await fetch(`${base}/queue/tickets/ZZZZZ-ZZZZZ-ZZZZZ`);
    assert.equal(missing.status, 404);
    assert.equal(Problem.parse(await missing.json()).type, 'urn:layanan:problem:not-found');
  });
});

describe('the queue moves on the simulated clock', () => {
  it('calls numbers in order, one per average-service-time per counter', async () => {
    assert.equal((await ticket(A013)).peopleAhead, 1);
    await advance(6);
    assert.equal((await ticket(A012)).status, 'called');
    const a013 = await ticket(A013);
    assert.equal(a013.peopleAhead, 0);
    assert.equal(a013.position, 1);
  });

  it('a called number that checks in is served, then done', async () => {
    const { body } = await issue({ ...siti, visitDate: '2026-11-30' });
    const code = String(body.code);
    await advance(14 * 6); // 13 ahead, then its own call
    const called = await ticket(code);
    assert.equal(called.status, 'called');
    assert.match(called.counter ?? '', /^Loket \d$/);
    assert.ok(called.checkInBy);
    await fetch(`${base}/_mock/queue/tickets/${code}/check-in`, { method: 'POST' });
    await advance(6);
    assert.equal((await ticket(code)).status, 'serving');
    await advance(12);
    assert.equal((await ticket(code)).status, 'done');
  });

  it('a called number that does not check in becomes no_show, may re-join the back once, and not twice', async () => {
    const missed = await ticket(A009);
    assert.equal(missed.status, 'no_show');
    assert.equal(missed.canRejoin, true);
    assert.equal(missed.rejoinUntil, '2026-11-30T09:28:00+07:00');
    const rejoin = await fetch(`${base}/queue/tickets/${A009}/rejoin`, { method: 'POST' });
    const back = QueueTicket.parse(await rejoin.json());
    assert.equal(back.status, 'waiting');
    assert.equal(back.number, 'A-009');
    assert.equal(back.peopleAhead, 13, 'behind everyone already waiting');
    await advance(14 * 6 + 12); // called again, and missed again (checked at the next call after 10 minutes)
    const again = await ticket(A009);
    assert.equal(again.status, 'no_show');
    assert.equal(again.canRejoin, false);
    assert.equal((await fetch(`${base}/queue/tickets/${A009}/rejoin`, { method: 'POST' })).status, 409);
  });

  it('re-joining is refused after the grace period', async () => {
    await advance(29);
    assert.equal((await fetch(`${base}/queue/tickets/${A009}/rejoin`, { method: 'POST' })).status, 409);
  });

  it('numbers still waiting at closing time expire', async () => {
    await advance(5 * 60 + 57); // 14:57, everyone already called
    const { body } = await issue(siti);
    assert.equal((await ticket(String(body.code))).status, 'waiting');
    await advance(10); // closed at 15:00
    assert.equal((await ticket(String(body.code))).status, 'expired');
    assert.equal((await ticket(String(body.code))).canCancel, false);
  });
});

describe('cancel', () => {
  it('cancels a waiting number, harmlessly twice, and refuses once it is done', async () => {
    const first = QueueTicket.parse(await (await fetch(`${base}/queue/tickets/${A013}/cancel`, { method: 'POST' })).json());
    assert.equal(first.status, 'cancelled');
    assert.equal(first.canCancel, false);
    assert.equal((await fetch(`${base}/queue/tickets/${A013}/cancel`, { method: 'POST' })).status, 200);
    const done = await fetch(`${base}/queue/tickets/${A001}/cancel`, { method: 'POST' });
    assert.equal(done.status, 409);
    assert.equal(Problem.parse(await done.json()).type, 'urn:layanan:problem:queue-not-cancellable');
  });
});

describe('GET /v1/queue/tickets/{code}/events', () => {
  /** Reads `ticket` events until the stream ends or `count` arrived. */
  async function events(code: string, count: number, onEvent?: (t: QueueTicket, i: number) => Promise<void>) {
    const response = await fetch(`${base}/queue/tickets/${code}/events`);
    assert.equal(response.headers.get('content-type'), 'text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const seen: QueueTicket[] = [];
    let buffer = '';
    while (seen.length < count) {
      const { done, value } = await reader.read();
      if (done) return { seen, ended: true };
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.includes('event: ticket') && data) {
          seen.push(QueueTicket.parse(JSON.parse(data.slice(6))));
          await onEvent?.(seen.at(-1)!, seen.length - 1);
        }
      }
    }
    await reader.cancel();
    return { seen, ended: false };
  }

  it('sends the ticket now and again when it changes', async () => {
    const { seen } = await events(A012, 2, async (_, i) => {
      if (i === 0) await advance(6);
    });
    assert.deepEqual(seen.map((t) => t.status), ['waiting', 'called']);
  });

  it('ends the stream once the ticket is final', async () => {
    const { seen, ended } = await events(A013, 10, async (_, i) => {
      if (i === 0) await fetch(`${base}/queue/tickets/${A013}/cancel`, { method: 'POST' });
    });
    assert.deepEqual(seen.map((t) => t.status), ['waiting', 'cancelled']);
    assert.equal(ended, true);
  });

  it('answers 204 for a ticket that is already final', async () => {
    assert.equal((await fetch(`${base}/queue/tickets/${A001}/events`)).status, 204);
  });
});
