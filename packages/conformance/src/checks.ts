import * as z from 'zod/mini';
import {
  Agency, ComplaintCategory, operations, Page, PermitTypeSummary, Problem, PROBLEM_CONTENT_TYPE, QueueService, TaxType, type Operation, type OperationExample,
} from '@layanan/contract';

/** What every check gets: the backend's root, and a fetch to reach it. */
export interface CheckContext {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
}

export interface Check {
  id: string;
  title: string;
  run(context: CheckContext): Promise<void>;
}

/** A broken promise of the contract, said the way a backend developer can act on. */
export class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

async function call(context: CheckContext, path: string, init: RequestInit = {}) {
  const url = new URL(path.replace(/^\//, ''), context.baseUrl.endsWith('/') ? context.baseUrl : `${context.baseUrl}/`);
  return context.fetch(url, init);
}

/** Reads a problem+json answer and checks it is one, with the expected status. */
async function expectProblem(response: Response, status: number, what: string): Promise<Problem> {
  expect(response.status === status, `${what}: expected ${status}, got ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  expect(type.startsWith(PROBLEM_CONTENT_TYPE), `${what}: expected Content-Type ${PROBLEM_CONTENT_TYPE}, got "${type}"`);
  const parsed = Problem.safeParse(await response.json().catch(() => undefined));
  expect(parsed.success, `${what}: the body is not an RFC 9457 problem (type, title, status)`);
  expect(parsed.data.status === status, `${what}: the problem's status is ${parsed.data.status}, the response's ${status}`);
  return parsed.data;
}

async function expectJson<T>(response: Response, schema: z.ZodMiniType<T>, what: string): Promise<T> {
  expect(response.ok, `${what}: expected 2xx, got ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  expect(type.startsWith('application/json'), `${what}: expected Content-Type application/json, got "${type}"`);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConformanceFailure(`${what}: the body breaks the contract at "${issue.path.join('.') || '(body)'}": ${issue.message}`);
  }
  return parsed.data;
}

const CATALOGS: Array<[string, z.ZodMiniType]> = [
  ['/v1/queue/services', Page(QueueService)],
  ['/v1/taxes/types', Page(TaxType)],
  ['/v1/complaints/categories', Page(ComplaintCategory)],
  ['/v1/permits/types', Page(PermitTypeSummary)],
];

/** The rules every Layanan backend keeps, whatever its data. */
export const contractChecks: Check[] = [
  {
    id: 'agency',
    title: 'GET /v1/agency answers the agency as the contract describes it',
    async run(context) {
      await expectJson(await call(context, '/v1/agency'), Agency, 'GET /v1/agency');
    },
  },
  {
    id: 'catalogs',
    title: 'catalogs are pages ({ items, nextCursor }) of contract objects, with Cache-Control and ETag',
    async run(context) {
      for (const [path, schema] of CATALOGS) {
        const response = await call(context, path);
        await expectJson(response, schema, `GET ${path}`);
        expect(response.headers.get('cache-control'), `GET ${path}: no Cache-Control`);
        expect(response.headers.get('etag'), `GET ${path}: no ETag`);
      }
    },
  },
  {
    id: 'conditional-get',
    title: 'If-None-Match with the current ETag answers 304 without a body',
    async run(context) {
      const first = await call(context, '/v1/agency');
      const etag = first.headers.get('etag');
      expect(etag, 'GET /v1/agency: no ETag');
      const again = await call(context, '/v1/agency', { headers: { 'if-none-match': etag } });
      expect(again.status === 304, `GET /v1/agency with If-None-Match: expected 304, got ${again.status}`);
      expect((await again.text()) === '', 'a 304 must have no body');
    },
  },
  {
    id: 'unknown-route',
    title: 'an unknown path is a 404 problem, not an HTML page',
    async run(context) {
      await expectProblem(await call(context, '/v1/layanan-conformance-unknown'), 404, 'GET /v1/layanan-conformance-unknown');
    },
  },
  {
    id: 'unknown-code',
    title: 'an access code that does not exist is a 404 problem',
    async run(context) {
      for (const path of ['/v1/queue/tickets/ZZZZZ-ZZZZZ-ZZZZZ', '/v1/complaints/ZZZZZ-ZZZZZ-ZZZZZ', '/v1/taxes/payments/ZZZZZ-ZZZZZ-ZZZZZ', '/v1/permits/applications/ZZZZZ-ZZZZZ-ZZZZZ']) {
        await expectProblem(await call(context, path), 404, `GET ${path}`);
      }
    },
  },
  {
    id: 'malformed-json',
    title: 'a body that is not JSON is a 400 problem; a body of another type is a 415 problem',
    async run(context) {
      await expectProblem(await call(context, '/v1/complaints', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": ' }), 400, 'POST /v1/complaints with malformed JSON');
      await expectProblem(await call(context, '/v1/complaints', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'title=x' }), 415, 'POST /v1/complaints as text/plain');
    },
  },
  {
    id: 'validation',
    title: 'an invalid body is a 422 problem with errors[{ path, code, message }], in the asked language',
    async run(context) {
      const send = (language: string) =>
        call(context, '/v1/queue/tickets', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language }, body: '{}' });
      const id = await expectProblem(await send('id'), 422, 'POST /v1/queue/tickets {}');
      expect(id.errors && id.errors.length > 0, 'a 422 must list errors[]');
      expect(id.errors.some((e) => e.path === 'serviceId'), 'errors[] must name the missing field "serviceId"');
      const en = await expectProblem(await send('en'), 422, 'POST /v1/queue/tickets {} in English');
      expect(en.title !== id.title, `title must follow Accept-Language (id and en both said "${id.title}")`);
    },
  },
  {
    id: 'payment-idempotency',
    title: 'payments require an Idempotency-Key (400), and a key reused with another body is a 409 problem',
    async run(context) {
      const pay = (body: unknown, key?: string) =>
        call(context, '/v1/taxes/payments', { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) });
      const body = { quoteId: 'Q-layanan-conformance', billIds: ['none'], method: 'qris' };
      await expectProblem(await pay(body), 400, 'POST /v1/taxes/payments without Idempotency-Key');
      const key = `conformance-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      await pay(body, key);
      await expectProblem(await pay({ ...body, method: 'virtual_account' }, key), 409, 'POST /v1/taxes/payments reusing a key with another body');
    },
  },
  {
    id: 'cors',
    title: 'a browser on another origin may call it (CORS preflight)',
    async run(context) {
      const response = await call(context, '/v1/queue/tickets', {
        method: 'OPTIONS',
        headers: { origin: 'https://example.go.id', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key, accept-language' },
      });
      expect(response.status >= 200 && response.status < 300, `preflight: expected 2xx, got ${response.status}`);
      expect(response.headers.get('access-control-allow-origin'), 'preflight: no Access-Control-Allow-Origin');
      expect(/idempotency-key/i.test(response.headers.get('access-control-allow-headers') ?? ''), 'preflight: Idempotency-Key is not an allowed header');
    },
  },
];

/** The contract's examples fields that differ on every call by design. */
const VOLATILE = /^(code|trackingCode|checkInPayload|qrisPayload|issuedAt|updatedAt|createdAt|expiresAt|submittedAt|at|url|\w+Url)$/;
const isVolatile = (key: string, value: unknown) => VOLATILE.test(key) || (key === 'id' && typeof value === 'string' && value.startsWith('UPL-'));

/** Every field the example names has the same value (volatile ones aside); an example list is a prefix of the answer's. */
export function matchesExample(actual: unknown, expected: unknown, path = 'body'): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length >= expected.length, `${path}: expected at least ${expected.length} items`);
    expected.forEach((item, i) => matchesExample((actual as unknown[])[i], item, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path}: expected an object`);
    for (const [key, value] of Object.entries(expected)) {
      if (!isVolatile(key, value)) matchesExample((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(JSON.stringify(actual) === JSON.stringify(expected), `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function exampleCheck(op: Operation, example: OperationExample, reset: boolean): Check {
  return {
    id: `example:${op.operationId}:${example.name}`,
    title: `${op.method.toUpperCase()} ${op.path} — example "${example.name}"`,
    async run(context) {
      if (reset) await call(context, '/v1/_mock/reset', { method: 'POST' });
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(example.request.params?.[name] ?? ''));
      const query = new URLSearchParams(example.request.query ?? {}).toString();
      const controller = new AbortController();
      const binary = example.request.bodyBase64 === undefined ? undefined : Uint8Array.from(atob(example.request.bodyBase64), (c) => c.charCodeAt(0));
      const response = await call(context, `${path}${query ? `?${query}` : ''}`, {
        method: op.method.toUpperCase(),
        headers: { ...(example.request.body === undefined ? {} : { 'content-type': 'application/json' }), ...example.request.headers },
        ...(example.request.body === undefined ? {} : { body: JSON.stringify(example.request.body) }),
        ...(binary ? { body: new Blob([binary]) } : {}),
        signal: controller.signal,
      });
      expect(response.status === example.response.status, `expected ${example.response.status}, got ${response.status}`);
      const declared = op.responses[example.response.status];
      expect(declared, `the contract declares no ${example.response.status} for ${op.operationId}`);
      if (declared.contentType && declared.contentType !== 'application/json') {
        expect((response.headers.get('content-type') ?? '').startsWith(declared.contentType), `expected Content-Type ${declared.contentType}`);
        controller.abort(); // an event stream does not end by itself
        return;
      }
      if (!declared.schema || example.response.body === undefined) return;
      const parsed = declared.schema.safeParse(await response.json());
      expect(parsed.success, `the body breaks the ${op.operationId} response schema`);
      matchesExample(parsed.data, example.response.body);
    },
  };
}

/**
 * Replays every example of the contract. They hold against a backend seeded like the reference
 * server (its clock and data): the reference server itself, or an agency's test instance loaded
 * with the same fixtures. With `reset`, `POST /v1/_mock/reset` runs before each.
 */
export function exampleChecks(options: { reset: boolean }): Check[] {
  return operations.flatMap((op) => op.examples.map((example) => exampleCheck(op, example, options.reset)));
}
