import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Agency, buildOpenApiDocument, Problem } from '@layanan/contract';
import { exampleChecks } from '@layanan/conformance';
import { startHttpServer, type RunningHttpServer } from '@layanan/mock-server/http';

let server: RunningHttpServer;
const site = fileURLToPath(new URL('./fixtures/site', import.meta.url));

before(async () => {
  server = await startHttpServer({ port: 0, static: [{ prefix: '/', dir: site }] });
});
beforeEach(() => server.store.reset());
after(() => server.close());

const api = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

async function expectProblem(response: Response, status: number, type: string) {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const body = Problem.parse(await response.json());
  assert.equal(body.type, `urn:layanan:problem:${type}`);
  assert.equal(body.status, status);
  return body;
}

describe('GET /v1/agency', () => {
  it('answers the seeded agency as the contract describes it', async () => {
    const response = await api('/v1/agency');
    assert.equal(response.status, 200);
    const agency = Agency.parse(await response.json());
    assert.equal(agency.name, 'Pemerintah Kabupaten Lampung Utara');
    assert.equal(agency.logoUrl, `${server.url.replace('127.0.0.1', '127.0.0.1')}/v1/agency/logo.svg`);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
  });

  it('answers If-None-Match with 304 and no body, and a changed agency with a new ETag', async () => {
    const first = await api('/v1/agency');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[0-9a-f]{8}"$/);
    const again = await api('/v1/agency', { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    server.store.state.agency.name = 'Pemerintah Kabupaten Lampung Utara (baru)';
    const changed = await api('/v1/agency', { headers: { 'if-none-match': etag! } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('serves the logo it points to', async () => {
    const agency = Agency.parse(await (await api('/v1/agency')).json());
    const logo = await fetch(agency.logoUrl!);
    assert.equal(logo.headers.get('content-type'), 'image/svg+xml');
    assert.match(await logo.text(), /^<svg/);
  });
});

describe('problems, never HTML and never 500', () => {
  it('an unknown API path is a localized 404', async () => {
    const id = await expectProblem(await api('/v1/no-such-thing'), 404, 'not-found');
    assert.equal(id.title, 'Tidak ditemukan');
    assert.equal(id.instance, '/v1/no-such-thing');
    const en = await expectProblem(await api('/v1/no-such-thing', { headers: { 'accept-language': 'en-US,en;q=0.9,id;q=0.5' } }), 404, 'not-found');
    assert.equal(en.title, 'Not found');
  });

  it('an unknown path outside the API and the static folders is a 404 problem too', async () => {
    await expectProblem(await api('/nothing/here.html'), 404, 'not-found');
  });

  it('a known path with the wrong method is 405 with Allow', async () => {
    const response = await api('/v1/agency', { method: 'DELETE' });
    assert.equal(response.headers.get('allow'), 'GET, HEAD');
    await expectProblem(response, 405, 'method-not-allowed');
  });

  it('a malformed percent-encoding in a path is 400 and TRACE is 405, not 500', async () => {
    for (const path of ['/v1/queue/tickets/%ff%fe', '/%c0%ae%c0%ae/x.html', '/v1/complaints/%E0%A4%A']) {
      const problem = await expectProblem(await api(path), 400, 'bad-request');
      assert.match(problem.detail ?? '', /persen/, path);
    }
    // fetch cannot send TRACE: a raw request, as a scanner sends it.
    const { request } = await import('node:http');
    const answer = await new Promise<{ status: number; allow: string | undefined; type: string | undefined; body: string }>((resolve, reject) => {
      const req = request(`${server.url}/v1/agency`, { method: 'TRACE', headers: { 'accept-language': 'en' } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, allow: res.headers.allow, type: res.headers['content-type'], body }));
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(answer.status, 405);
    assert.equal(answer.allow, 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
    assert.match(answer.type!, /application\/problem\+json/);
    assert.equal(JSON.parse(answer.body).title, 'Method not allowed');
  });

  it('a chunked body (no Content-Length) is refused with 413 once it passes 10 MB, and not kept', async () => {
    const { request } = await import('node:http');
    const mb = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    let sentWhenAnswered = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/v1/uploads`, { method: 'POST', headers: { 'content-type': 'image/jpeg', 'transfer-encoding': 'chunked' } }, (res) => {
        sentWhenAnswered = sent;
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      const write = () => {
        // 60 MB offered, as an attacker would; the server answers long before.
        while (sent < 60 && req.write(mb)) sent++;
        if (sent < 60) req.once('drain', write);
        else req.end();
      };
      write();
    });
    assert.equal(status, 413);
    // Answered while the body was still coming: the server did not wait for (and keep) all 60 MB.
    assert.ok(sentWhenAnswered < 60, `answered only after ${sentWhenAnswered} MB`);
  });

  it('malformed JSON is 400, a body that is not JSON is 415, an invalid one is 422 with errors per field', async () => {
    const json = { 'content-type': 'application/json' };
    await expectProblem(await api('/v1/_mock/config', { method: 'PUT', headers: json, body: '{"latencyMs": ' }), 400, 'malformed-json');
    await expectProblem(await api('/v1/_mock/config', { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'latency=5' }), 415, 'unsupported-media-type');
    const invalid = await expectProblem(
      await api('/v1/_mock/config', { method: 'PUT', headers: { ...json, 'accept-language': 'en' }, body: JSON.stringify({ latencyMs: 'slow', failures: [{}] }) }),
      422,
      'validation',
    );
    assert.deepEqual(invalid.errors, [
      { path: 'latencyMs', code: 'invalid_type', message: 'Wrong type of value.' },
      { path: 'failures.0.mode', code: 'required', message: 'Required.' },
    ]);
  });
});

describe('CORS', () => {
  it('answers a preflight and lets any origin read answers and their headers', async () => {
    const preflight = await api('/v1/agency', { method: 'OPTIONS', headers: { origin: 'https://lampungutarakab.go.id', 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key' } });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const response = await api('/v1/agency', { headers: { origin: 'https://lampungutarakab.go.id' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/);
  });
});

describe('static folders', () => {
  it('serves index.html for a folder and refuses to leave the folder', async () => {
    const index = await api('/');
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await index.text(), /<title>site<\/title>/);
    await expectProblem(await api('/%2e%2e/%2e%2e/package.json'), 404, 'not-found');
  });
});

describe('tester knobs', () => {
  it('injects failures for a number of requests, then recovers', async () => {
    const put = await api('/v1/_mock/config', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ failures: [{ mode: 'status', status: 503, retryAfter: 2, count: 2, path: '/v1/agency' }] }) });
    assert.equal(put.status, 200);
    for (let i = 0; i < 2; i++) {
      const failed = await api('/v1/agency');
      assert.equal(failed.headers.get('retry-after'), '2');
      await expectProblem(failed, 503, 'unavailable');
    }
    assert.equal((await api('/v1/agency')).status, 200);
  });

  it('can drop the connection, or answer a body that breaks the contract', async () => {
    server.store.state.config.failures.push({ mode: 'network' }, { mode: 'malformed' });
    await assert.rejects(api('/v1/agency'));
    const malformed = await api('/v1/agency');
    assert.equal(malformed.status, 200);
    assert.equal(Agency.safeParse(await malformed.json()).success, false);
  });

  it('adds latency', async () => {
    server.store.state.config.latencyMs = 150;
    const started = performance.now();
    await api('/v1/agency');
    assert.ok(performance.now() - started >= 140);
  });

  it('POST /v1/_mock/reset restores the seed and the knobs', async () => {
    server.store.state.agency.name = 'changed';
    server.store.state.config.latencyMs = 10;
    assert.equal((await api('/v1/_mock/reset', { method: 'POST' })).status, 204);
    assert.equal(server.store.state.config.latencyMs, 0);
    assert.equal(Agency.parse(await (await api('/v1/agency')).json()).name, 'Pemerintah Kabupaten Lampung Utara');
  });
});

describe('the contract', () => {
  it('is served at /v1/openapi.json', async () => {
    const response = await api('/v1/openapi.json');
    assert.deepEqual(await response.json(), JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  // The contract's examples, replayed by the conformance suite against this fresh server.
  for (const check of exampleChecks({ reset: true })) {
    it(check.title, () => check.run({ baseUrl: server.url, fetch }));
  }
});

describe('layanan-mock-server (the bin)', () => {
  const bin = fileURLToPath(new URL('../bin/layanan-mock-server.js', import.meta.url));

  it('starts on the given port and serves the API', async () => {
    const child = spawn(process.execPath, [bin, '--port', '0', '--static', `/site=${site}`]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk;
          const match = /on (http:\/\/[\d.:]+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      assert.equal((await fetch(`${url}/v1/agency`)).status, 200);
      assert.equal((await fetch(`${url}/site/`)).status, 200);
    } finally {
      child.kill();
    }
  });

  it('refuses a bad port with a clear message and exit code 2', async () => {
    const child = spawn(process.execPath, [bin, '--port', 'abc']);
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(err, /--port must be a whole number/);
  });
});
