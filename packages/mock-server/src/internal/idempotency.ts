import type { MockStore } from '../state.js';
import { problem } from './problem.js';

/** What a create endpoint remembers of the first request under one Idempotency-Key. */
export interface IdempotencyRecord {
  fingerprint: string;
  response: Promise<{ status: number; headers: [string, string][]; body: string }>;
}

const KEY = /^[\x21-\x7e]{8,255}$/;

/** How long a replay waits for the first request under its key before it is told to come back. */
export const IN_PROGRESS_WAIT_MS = 1000;

function fingerprint(method: string, path: string, body: string): string {
  return `${method} ${path}\n${body}`;
}

/**
 * Runs `create` at most once per `Idempotency-Key` (per method and path):
 * - a replay with the same body gets the first response again, with `Idempotency-Replayed: true`;
 *   one that arrives while the first is still running waits for it up to `IN_PROGRESS_WAIT_MS`,
 *   then is 409 `idempotency-key-in-progress` with `Retry-After: 1` (nothing is made twice);
 * - the same key with another body is 409 `idempotency-key-reused`;
 * - without a key, `required` endpoints (payments) answer 400; others just run `create`.
 */
export async function idempotent(
  store: MockStore,
  request: Request,
  options: { required: boolean },
  create: (request: Request) => Promise<Response>,
): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  if (key === null) {
    if (!options.required) return create(request);
    return problem(request, 'bad-request', {
      status: 400,
      detail: { id: 'Header Idempotency-Key wajib untuk permintaan ini.', en: 'This request requires an Idempotency-Key header.' },
    });
  }
  if (!KEY.test(key)) {
    return problem(request, 'bad-request', {
      status: 400,
      detail: { id: 'Idempotency-Key harus 8–255 karakter ASCII tanpa spasi.', en: 'Idempotency-Key must be 8–255 printable ASCII characters.' },
    });
  }
  const { pathname } = new URL(request.url);
  const body = await request.clone().text();
  const print = fingerprint(request.method, pathname, body);
  const records = store.state.idempotency;
  const id = `${request.method} ${pathname} ${key}`;
  const existing = records.get(id);
  if (existing) {
    if (existing.fingerprint !== print) {
      return problem(request, 'idempotency-key-reused', {
        status: 409,
        detail: { id: 'Kunci ini sudah dipakai untuk isi permintaan yang lain. Buat kunci baru untuk niat yang baru.', en: 'This key was used with a different body. Use a new key for a new intent.' },
      });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const first = await Promise.race([existing.response, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), IN_PROGRESS_WAIT_MS)))]).finally(() => clearTimeout(timer));
    if (!first) {
      return problem(request, 'idempotency-key-in-progress', {
        status: 409,
        headers: { 'retry-after': '1' },
        detail: { id: 'Permintaan pertama dengan kunci ini masih diproses. Kirim lagi dengan kunci yang sama sebentar lagi.', en: 'The first request with this key is still being processed. Send it again with the same key shortly.' },
      });
    }
    return new Response(first.body || null, { status: first.status, headers: [...first.headers, ['idempotency-replayed', 'true']] });
  }
  const response = create(request).then(async (answer) => ({
    status: answer.status,
    headers: [...answer.headers] as [string, string][],
    body: await answer.text(),
  }));
  records.set(id, { fingerprint: print, response });
  try {
    const first = await response;
    // A server error is not remembered: the client may retry the same intent with the same key.
    if (first.status >= 500) records.delete(id);
    return new Response(first.body || null, { status: first.status, headers: first.headers });
  } catch (error) {
    records.delete(id);
    throw error;
  }
}
