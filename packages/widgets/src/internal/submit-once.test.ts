import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NetworkError, ProblemError, TimeoutError } from '@layanan/sdk';
import { endsIntent, holdsIdentityNumber, SubmitOnce, type Intent } from './submit-once.js';

const API = 'https://api.example.go.id';
const STORED = `layanan:test-widget:${API}:ticket`;

/** A widget as far as the controller sees one. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

const request = { method: 'POST', url: `${API}/v1/things` };
function problem(status: number, type = 'bad-request', headers: Record<string, string> = {}) {
  return new ProblemError({ type: `urn:layanan:problem:${type}`, title: 'x', status }, request, new Response(null, { status, headers }));
}

interface Call {
  body: unknown;
  key: string;
}

/** A controller whose server answers from a script: each entry an error to throw or a value to return. */
function setUp(answers: Array<unknown>, id = 'ticket') {
  const calls: Call[] = [];
  const host = new Host();
  const once = new SubmitOnce<Record<string, unknown>, string>(host, {
    widget: 'test-widget',
    id: () => id,
    apiBase: () => API,
    send: async (body, intent: Intent<Record<string, unknown>>) => {
      calls.push({ body, key: intent.key });
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return (answer as string) ?? 'created';
    },
  });
  host.controllers.forEach((c) => c.hostConnected?.());
  return { once, calls, host };
}

const fails = (promise: Promise<unknown>) => promise.then(() => expect.fail('should have failed'), (error: unknown) => error);

describe('SubmitOnce', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('layanan:')) localStorage.removeItem(key);
  });

  it('keeps key and body on the device before the request leaves', async () => {
    const host = new Host();
    let seen: unknown;
    const once = new SubmitOnce<{ serviceId: string }, string>(host, {
      widget: 'test-widget',
      id: () => 'ticket',
      apiBase: () => `${API}/`,
      send: async () => {
        seen = JSON.parse(localStorage.getItem(STORED)!);
        return 'ok';
      },
    });
    await once.submit({ serviceId: 'ktp-el' });
    expect(seen).to.deep.include({ v: 1, body: { serviceId: 'ktp-el' } });
    expect((seen as { key: string }).key).to.match(/^[0-9a-f-]{36}$/);
    expect(localStorage.getItem(STORED), 'a success ends the intent').to.equal(null);
    expect(once.intent).to.equal(undefined);
  });

  for (const [name, error] of [
    ['a lost answer', new NetworkError(request)],
    ['a timeout', new TimeoutError(request, 10000)],
    ['a 500', problem(500, 'internal')],
    ['a 503', problem(503, 'unavailable')],
    ['a 408', problem(408)],
    ['a 425', problem(425)],
    ['a 429', problem(429, 'too-many-requests')],
    ['a 409 that says the first try is still running', problem(409, 'idempotency-key-in-progress')],
    ['a 409 with Retry-After', problem(409, 'conflict', { 'retry-after': '1' })],
  ] as const) {
    it(`keeps the intent after ${name}: the retry sends the same key and body`, async () => {
      const { once, calls } = setUp([error, 'ticket A-012']);
      const failure = await fails(once.submit({ name: 'Siti' }));
      expect(failure).to.equal(error);
      expect(endsIntent(error)).to.equal(false);
      expect(once.intent?.key).to.equal(calls[0]!.key);
      // The citizen changed the form meanwhile: the first body goes again, under its key.
      expect(await once.submit({ name: 'Siti Aminah' })).to.equal('ticket A-012');
      expect(calls.map((c) => c.key)).to.deep.equal([calls[0]!.key, calls[0]!.key]);
      expect(calls[1]!.body).to.deep.equal({ name: 'Siti' });
      expect(once.intent).to.equal(undefined);
    });
  }

  for (const status of [400, 401, 403, 404, 409, 410, 413, 422]) {
    it(`ends the intent on a ${status}: the next submit is a new intent with a new key`, async () => {
      const { once, calls } = setUp([problem(status, status === 409 ? 'idempotency-key-reused' : 'validation')]);
      await fails(once.submit({ name: 'S' }));
      expect(once.intent).to.equal(undefined);
      expect(localStorage.getItem(STORED)).to.equal(null);
      await once.submit({ name: 'Siti' });
      expect(calls[1]!.key).to.not.equal(calls[0]!.key);
      expect(calls[1]!.body).to.deep.equal({ name: 'Siti' });
    });
  }

  it('joins a second call while the first is in flight (a double click sends one request)', async () => {
    let answer!: (value: string) => void;
    const calls: unknown[] = [];
    const host = new Host();
    const once = new SubmitOnce<{ n: number }, string>(host, {
      widget: 'test-widget',
      id: () => 'ticket',
      apiBase: () => API,
      send: (body) => {
        calls.push(body);
        return new Promise((resolve) => (answer = resolve));
      },
    });
    const first = once.submit({ n: 1 });
    const second = once.submit({ n: 2 });
    expect(second).to.equal(first);
    expect(once.sending).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve));
    answer('one');
    expect(await Promise.all([first, second])).to.deep.equal(['one', 'one']);
    expect(calls).to.deep.equal([{ n: 1 }]);
    expect(once.sending).to.equal(false);
  });

  it('after a reload sends the kept intent again, body and key as they were', async () => {
    const before = setUp([new NetworkError(request)]);
    await fails(before.once.submit({ serviceId: 'ktp-el', visitDate: '2026-12-01' }));
    const firstSentAt = before.once.intent!.firstSentAt;

    // A new page: a new controller, only the device's storage in common.
    const after = setUp(['ticket A-012']);
    expect(after.once.intent).to.deep.include({ key: before.calls[0]!.key, firstSentAt, body: { serviceId: 'ktp-el', visitDate: '2026-12-01' } });
    expect(await after.once.resend()).to.equal('ticket A-012');
    expect(after.calls).to.deep.equal([{ key: before.calls[0]!.key, body: { serviceId: 'ktp-el', visitDate: '2026-12-01' } }]);
    expect(localStorage.getItem(STORED)).to.equal(null);
  });

  it('a 429 keeps the key across the retry, the reload and the next retry', async () => {
    const first = setUp([problem(429, 'too-many-requests'), new NetworkError(request)]);
    await fails(first.once.submit({ quoteId: 'Q1' }));
    await fails(first.once.submit({ quoteId: 'Q1' }));
    const next = setUp(['payment']);
    await next.once.submit({ quoteId: 'Q1' });
    expect(new Set([...first.calls, ...next.calls].map((c) => c.key)).size).to.equal(1);
  });

  it('never keeps a NIK or phone in clear: only a digest, and the same details after a reload reuse the key', async () => {
    const body = { serviceId: 'ktp-el', name: 'Siti', phone: '081234567890', nik: '1803054512900001' };
    const before = setUp([new NetworkError(request)]);
    await fails(before.once.submit(body));
    const kept = localStorage.getItem(STORED)!;
    expect(kept).to.not.contain('081234567890').and.to.not.contain('1803054512900001').and.to.not.contain('Siti');
    expect(JSON.parse(kept).digest).to.match(/^[0-9a-f]{64}$/);
    expect(before.once.intent!.body, 'the body itself stays in memory').to.deep.equal(body);

    const after = setUp(['ticket', 'second']);
    expect(after.once.intent!.body).to.equal(undefined);
    expect(after.once.resend(), 'nothing to resend without the body').to.equal(undefined);
    await after.once.submit({ ...body });
    expect(after.calls[0]).to.deep.equal({ key: before.calls[0]!.key, body });
  });

  it('sends other details under the kept key after a reload, so the server judges (never a second record)', async () => {
    const before = setUp([new NetworkError(request)]);
    await fails(before.once.submit({ phone: '0812', name: 'A' }));
    const after = setUp([problem(409, 'idempotency-key-reused')]);
    await fails(after.once.submit({ phone: '0813', name: 'A' }));
    expect(after.calls[0]).to.deep.equal({ key: before.calls[0]!.key, body: { phone: '0813', name: 'A' } });
    expect(after.once.intent, 'a 409 about the key is a definite answer').to.equal(undefined);
  });

  it('keeps one intent per id', async () => {
    let id = 'comment:A';
    const calls: string[] = [];
    const once = new SubmitOnce<{ m: string }, string>(new Host(), {
      widget: 'test-widget',
      id: () => id,
      apiBase: () => API,
      send: async (_body, intent) => {
        calls.push(intent.key);
        throw new NetworkError(request);
      },
    });
    await fails(once.submit({ m: 'a' }));
    id = 'comment:B';
    expect(once.intent).to.equal(undefined);
    await fails(once.submit({ m: 'b' }));
    expect(calls[1]).to.not.equal(calls[0]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('layanan:test-widget:')).sort()).to.deep.equal([
      `layanan:test-widget:${API}:comment:A`, `layanan:test-widget:${API}:comment:B`,
    ]);
  });

  it('forgets an intent when the citizen starts something else', async () => {
    const { once, calls } = setUp([new NetworkError(request), 'ok']);
    await fails(once.submit({ a: 1 }));
    once.forget();
    expect(localStorage.getItem(STORED)).to.equal(null);
    await once.submit({ a: 2 });
    expect(calls[1]!.key).to.not.equal(calls[0]!.key);
  });

  it('finds identity numbers by the contract’s field names, at any depth', () => {
    expect(holdsIdentityNumber({ reporter: { name: 'Siti', phone: '0812' } })).to.equal(true);
    expect(holdsIdentityNumber({ answers: { NPWP: '01.234' } })).to.equal(true);
    expect(holdsIdentityNumber({ quoteId: 'Q1-pbb-p2-180303000200701020-202611300900', billIds: ['PBB-180303000200701020-2026'] })).to.equal(false);
    expect(holdsIdentityNumber({ reporter: { name: 'Siti', email: 's@contoh.id' } })).to.equal(false);
  });
});
