import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { MockStore } from '@layanan/mock-server';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { IN_PROGRESS_WAIT_MS, idempotent } from '../src/internal/idempotency.js';

const store = new MockStore();
const base = 'http://api.test';
let created = 0;
let required = false;

// A stand-in create endpoint, wired the way the service slices wire theirs (behind the fault handler).
const things = http.post('*/v1/things', ({ request }) =>
  idempotent(store, request, { required }, async (req) => {
    const body = (await req.json()) as { name: string };
    created++;
    return HttpResponse.json({ id: created, name: body.name, at: store.now().toISOString() }, { status: 201 });
  }),
);
// A create that runs until the test lets it finish: the first request is still being processed.
let finish: (() => void) | undefined;
const slowThings = http.post('*/v1/slow-things', ({ request }) =>
  idempotent(store, request, { required: true }, async () => {
    await new Promise<void>((resolve) => (finish = resolve));
    created++;
    return HttpResponse.json({ id: created }, { status: 201 });
  }),
);
const mock = createNodeMockServer(store, [things, slowThings]);

function useThingsEndpoint(keyRequired: boolean) {
  required = keyRequired;
}

const post = (body: unknown, key?: string, lang = 'en') =>
  fetch(`${base}/v1/things`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });

before(() => mock.listen());
afterEach(() => {
  mock.reset();
  created = 0;
});
after(() => mock.close());

describe('Idempotency-Key', () => {
  it('a replay with the same body returns the first response and creates nothing new', async () => {
    useThingsEndpoint(false);
    const first = await post({ name: 'KTP-el' }, 'intent-0001');
    const replay = await post({ name: 'KTP-el' }, 'intent-0001');
    assert.equal(first.status, 201);
    assert.equal(replay.status, 201);
    assert.deepEqual(await replay.json(), await first.json());
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.equal(created, 1);
  });

  it('replays that race the first request wait for it instead of creating twice', async () => {
    useThingsEndpoint(false);
    mock.store.state.config.latencyMs = 50;
    const answers = await Promise.all([post({ name: 'a' }, 'intent-race1'), post({ name: 'a' }, 'intent-race1'), post({ name: 'a' }, 'intent-race1')]);
    assert.deepEqual(answers.map((a) => a.status), [201, 201, 201]);
    assert.equal(created, 1);
  });

  it('a replay while the first request is still being processed is 409 `idempotency-key-in-progress` with Retry-After', async () => {
    const send = (lang: string) =>
      fetch(`${base}/v1/slow-things`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang, 'idempotency-key': 'intent-slow1' }, body: '{}' });
    const first = send('en');
    while (!finish) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    const [busy, busyEn] = await Promise.all([send('id'), send('en')]);
    assert.ok(Date.now() - started >= IN_PROGRESS_WAIT_MS - 50, 'a replay waits a while for the first answer');
    for (const [answer, title] of [
      [busy, 'Permintaan dengan Idempotency-Key ini masih diproses'],
      [busyEn, 'A request with this Idempotency-Key is still being processed'],
    ] as const) {
      assert.equal(answer.status, 409);
      assert.equal(answer.headers.get('retry-after'), '1');
      const problem = (await answer.json()) as { type: string; title: string; status: number };
      assert.equal(problem.type, 'urn:layanan:problem:idempotency-key-in-progress');
      assert.equal(problem.title, title);
      assert.equal(problem.status, 409);
    }
    assert.equal(created, 0);
    finish();
    finish = undefined;
    assert.equal((await first).status, 201);
    const replay = await send('en');
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.equal(created, 1);
  });

  it('the same key with another body is a 409 problem', async () => {
    useThingsEndpoint(false);
    await post({ name: 'KTP-el' }, 'intent-0002');
    const reused = await post({ name: 'Kartu Keluarga' }, 'intent-0002', 'id');
    assert.equal(reused.status, 409);
    const problem = (await reused.json()) as { type: string; title: string };
    assert.equal(problem.type, 'urn:layanan:problem:idempotency-key-reused');
    assert.equal(problem.title, 'Idempotency-Key sudah dipakai untuk permintaan lain');
    assert.equal(created, 1);
  });

  it('different keys create different things', async () => {
    useThingsEndpoint(false);
    await post({ name: 'x' }, 'intent-0003');
    await post({ name: 'x' }, 'intent-0004');
    assert.equal(created, 2);
  });

  it('where it is required, a missing or malformed key is a 400 problem', async () => {
    useThingsEndpoint(true);
    const missing = await post({ name: 'PBB 2026' });
    assert.equal(missing.status, 400);
    assert.equal(((await missing.json()) as { detail: string }).detail, 'This request requires an Idempotency-Key header.');
    assert.equal((await post({ name: 'PBB 2026' }, 'short')).status, 400);
    assert.equal(created, 0);
  });

  it('a response lost on the way (drop-response) is recovered by retrying with the same key', async () => {
    useThingsEndpoint(true);
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/things' });
    await assert.rejects(post({ name: 'PBB 2026' }, 'intent-lost1'));
    const retry = await post({ name: 'PBB 2026' }, 'intent-lost1');
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotency-replayed'), 'true');
    assert.equal(created, 1);
  });

  it('a reset forgets the keys', async () => {
    useThingsEndpoint(false);
    await post({ name: 'x' }, 'intent-0005');
    mock.reset();
    useThingsEndpoint(false);
    await post({ name: 'x' }, 'intent-0005');
    assert.equal(created, 2);
  });
});

describe('the simulated clock', () => {
  const clock = (body?: unknown) =>
    fetch(`${base}/v1/_mock/clock`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
      (r) => r.json() as Promise<{ now: string }>,
    );

  it('starts at the reference instant, advances by minutes, can be set, and reset brings it back', async () => {
    const start = Date.parse((await clock()).now);
    assert.ok(start - Date.parse('2026-11-30T09:00:00+07:00') < 5000, `starts at ${new Date(start).toISOString()}`);
    const advanced = Date.parse((await clock({ advanceMinutes: 90 })).now);
    assert.ok(advanced - start >= 90 * 60_000 && advanced - start < 91 * 60_000);
    assert.equal((await clock({ set: '2026-12-01T08:00:00+07:00' })).now.slice(0, 16), '2026-12-01T01:00');
    mock.reset();
    assert.ok(Date.parse((await clock()).now) - Date.parse('2026-11-30T09:00:00+07:00') < 5000);
  });

  it('runs faster when asked (demos)', async () => {
    const { speed } = (await clock({ speed: 600 })) as unknown as { speed: number };
    assert.equal(speed, 600);
    const before = Date.parse((await clock()).now);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const elapsed = Date.parse((await clock()).now) - before;
    assert.ok(elapsed >= 100_000, `only ${elapsed} ms passed at 600×`); // 200 ms × 600 = 2 minutes
  });

  it('can start from the real time instead', () => {
    const real = new MockStore({ start: 'real' });
    assert.ok(Math.abs(real.now().getTime() - Date.now()) < 1000);
  });

  it('refuses to go backwards by minutes', async () => {
    const response = await fetch(`${base}/v1/_mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceMinutes": -5}' });
    assert.equal(response.status, 422);
  });
});
