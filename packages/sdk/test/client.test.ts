import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import { agencyExample } from '@layanan/contract';
import { createNodeMockServer } from '@layanan/mock-server/node';
import {
  ContractError, createClient, isContractError, isLayananError, isNetworkError, isProblemError, isTimeoutError,
  NetworkError, ProblemError, TimeoutError,
} from '@layanan/sdk';
import { Transport } from '../src/internal/transport.js';

const baseUrl = 'http://api.test';
const mock = createNodeMockServer();

/** A fetch that records what the SDK sent, then lets msw answer. */
function recordingFetch() {
  const requests: Array<{ method: string; url: string; headers: Headers; at: number }> = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push({ method: request.method, url: request.url, headers: request.headers, at: Date.now() });
    return globalThis.fetch(request);
  };
  return { fetch, requests };
}

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

describe('client.agency.get', () => {
  it('returns the agency, parsed by the contract', async () => {
    const agency = await createClient({ baseUrl }).agency.get();
    assert.deepEqual({ ...agency, logoUrl: undefined }, { ...agencyExample, logoUrl: undefined });
    assert.equal(agency.logoUrl, 'http://api.test/v1/agency/logo.svg');
  });

  it('sends Accept-Language from locale (id by default) and the caller headers', async () => {
    const id = recordingFetch();
    await createClient({ baseUrl, fetch: id.fetch, headers: { 'x-agency-key': 'k1' } }).agency.get();
    assert.equal(id.requests[0]!.headers.get('accept-language'), 'id');
    assert.equal(id.requests[0]!.headers.get('x-agency-key'), 'k1');
    const en = recordingFetch();
    await createClient({ baseUrl, locale: 'en', fetch: en.fetch }).agency.get();
    assert.equal(en.requests[0]!.headers.get('accept-language'), 'en');
  });

  it('revalidates with the ETag: asking again costs a 304 and returns the same agency', async () => {
    const { fetch, requests } = recordingFetch();
    const statuses: number[] = [];
    const client = createClient({
      baseUrl,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
    const first = await client.agency.get();
    const second = await client.agency.get();
    assert.equal(requests[0]!.headers.get('if-none-match'), null);
    assert.match(requests[1]!.headers.get('if-none-match') ?? '', /^"[0-9a-f]{8}"$/);
    assert.deepEqual(statuses, [200, 304]);
    assert.deepEqual(second, first);
    mock.store.state.agency.shortName = 'Pemkab Lampura';
    assert.equal((await client.agency.get()).shortName, 'Pemkab Lampura');
    assert.deepEqual(statuses, [200, 304, 200]);
  });

  it('works under a path prefix', async () => {
    const { fetch, requests } = recordingFetch();
    // The reference server answers only at its own base, as production does: this one lives under /layanan.
    mock.use(http.get('http://api.test/layanan/v1/agency', () => HttpResponse.json(agencyExample)));
    await createClient({ baseUrl: 'http://api.test/layanan', fetch }).agency.get();
    assert.equal(requests[0]!.url, 'http://api.test/layanan/v1/agency');
  });
});

describe('errors', () => {
  it('a problem+json answer becomes a ProblemError with the parsed problem, in the asked language', async () => {
    mock.store.state.config.failures.push({ mode: 'status', status: 400, count: 1 });
    const error = await createClient({ baseUrl, locale: 'en', retry: 0 }).agency.get().catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError);
    assert.ok(isProblemError(error) && isLayananError(error));
    assert.equal(error.status, 400);
    assert.equal(error.problem.title, 'Bad request');
    assert.equal(error.problem.detail, 'Failure injected by the mock server.');
    assert.match(error.message, /GET http:\/\/api\.test\/v1\/agency/);
  });

  it('a non-problem error page becomes an about:blank ProblemError', async () => {
    mock.use(http.get('*/v1/agency', () => new HttpResponse('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } })));
    const error = await createClient({ baseUrl, retry: 0 }).agency.get().catch((e: unknown) => e);
    assert.ok(isProblemError(error));
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });

  it('a 2xx body that breaks the contract is a ContractError, not an HTTP error', async () => {
    mock.store.state.config.failures.push({ mode: 'malformed' });
    const error = await createClient({ baseUrl }).agency.get().catch((e: unknown) => e);
    assert.ok(error instanceof ContractError && isContractError(error));
    assert.equal(error.status, 200);
    assert.ok(error.issues.some((issue) => issue.path === 'name'));
    assert.equal(isProblemError(error), false);
  });

  it('a 2xx body that is not JSON is a ContractError', async () => {
    mock.use(http.get('*/v1/agency', () => new HttpResponse('<html>captive portal</html>', { headers: { 'content-type': 'text/html' } })));
    const error = await createClient({ baseUrl }).agency.get().catch((e: unknown) => e);
    assert.ok(isContractError(error));
    assert.deepEqual(error.issues, [{ path: '', message: 'Body is not JSON' }]);
  });

  it('no connection is a NetworkError once the retries are spent', async () => {
    mock.store.state.config.failures.push({ mode: 'network', count: 3 });
    const { fetch, requests } = recordingFetch();
    const error = await createClient({ baseUrl, fetch, retry: { limit: 2, backoffLimit: 20 } }).agency.get().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError && isNetworkError(error));
    assert.equal(requests.length, 3);
  });

  it('a slow server is a TimeoutError', async () => {
    mock.use(http.get('*/v1/agency', async () => {
      await delay(500);
      return HttpResponse.json(agencyExample);
    }));
    const error = await createClient({ baseUrl, timeout: 50, retry: 0 }).agency.get().catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError && isTimeoutError(error));
    assert.equal(error.timeout, 50);
  });

  it('an aborted call rejects with the abort reason, not an SDK error', async () => {
    const controller = new AbortController();
    mock.store.state.config.latencyMs = 200;
    const pending = createClient({ baseUrl }).agency.get({ signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    assert.equal((error as Error).name, 'AbortError');
    assert.equal(isLayananError(error), false);
  });

  it('the type guards answer by name, so errors from another realm or bundle still match', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ProblemError', problem: {}, method: 'GET', url: 'u' });
    assert.equal(isProblemError(foreign), true);
    assert.equal(isTimeoutError(new DOMException('t', 'TimeoutError')), false);
  });
});

describe('retries', () => {
  it('retries a 503 and succeeds', async () => {
    mock.store.state.config.failures.push({ mode: 'status', status: 503, count: 2 });
    const { fetch, requests } = recordingFetch();
    const agency = await createClient({ baseUrl, fetch, retry: { limit: 2, backoffLimit: 20 } }).agency.get();
    assert.equal(agency.id, 'lampung-utara');
    assert.equal(requests.length, 3);
  });

  it('waits as long as Retry-After says', async () => {
    mock.store.state.config.failures.push({ mode: 'status', status: 429, retryAfter: 1 });
    const { fetch, requests } = recordingFetch();
    await createClient({ baseUrl, fetch }).agency.get();
    assert.equal(requests.length, 2);
    assert.ok(requests[1]!.at - requests[0]!.at >= 950, `retried after ${requests[1]!.at - requests[0]!.at} ms`);
  });

  it('does not retry a 4xx answer', async () => {
    mock.store.state.config.failures.push({ mode: 'status', status: 404, count: 5 });
    const { fetch, requests } = recordingFetch();
    await assert.rejects(createClient({ baseUrl, fetch }).agency.get(), ProblemError);
    assert.equal(requests.length, 1);
  });

  it('a POST carries one Idempotency-Key, reused by its retries', async () => {
    // The first attempt meets a 503, the retry reaches the server (which knows no such resource).
    mock.store.state.config.failures.push({ mode: 'status', status: 503, path: '/v1/widgets', method: 'POST' });
    const { fetch, requests } = recordingFetch();
    const transport = new Transport({ baseUrl, locale: 'id', timeout: 5000, retry: { limit: 2, backoffLimit: 20 }, headers: {}, fetch });
    const error = await transport.send({ method: 'post', path: 'v1/widgets', json: { a: 1 }, schema: z.undefined() }).catch((e: unknown) => e);
    assert.ok(isProblemError(error) && error.status === 404);
    assert.equal(requests.length, 2);
    const key = requests[0]!.headers.get('idempotency-key');
    assert.match(key ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(requests[1]!.headers.get('idempotency-key'), key);
  });

  it('a caller-supplied Idempotency-Key is used as given, and each call without one gets a new key', async () => {
    const { fetch, requests } = recordingFetch();
    const transport = new Transport({ baseUrl, locale: 'id', timeout: 5000, retry: 0, headers: {}, fetch });
    await transport.send({ method: 'post', path: 'v1/_mock/reset', schema: z.undefined(), options: { idempotencyKey: 'payment-intent-42' } });
    await transport.send({ method: 'post', path: 'v1/_mock/reset', schema: z.undefined() });
    await transport.send({ method: 'post', path: 'v1/_mock/reset', schema: z.undefined() });
    assert.equal(requests[0]!.headers.get('idempotency-key'), 'payment-intent-42');
    assert.notEqual(requests[1]!.headers.get('idempotency-key'), requests[2]!.headers.get('idempotency-key'));
  });
});
