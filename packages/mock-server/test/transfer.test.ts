import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { KEEP_ALIVE_TIMEOUT_MS, startHttpServer, type RunningHttpServer } from '@layanan/mock-server/http';
import { CompressedFiles, negotiateCoding } from '../src/internal/compression.js';

// node:http, not fetch: fetch decompresses by itself and hides what went over the wire.
interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: RunningHttpServer;
let site: string;
const A012 = 'P587X-UQ47X-F3824';
// A bundle-like file: text that compresses, as layanan.js does (not one repeated line, which any coder squeezes to nothing).
const bundle = Buffer.from(Array.from({ length: 3000 }, (_, i) => `export const w${i} = (x) => x * ${(i * 7919) % 1000} + "${i.toString(36)}";\n`).join(''));
const logo = Buffer.alloc(4096, 7); // stands for a PNG: already compressed, sent as it is

function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(response: Raw): Buffer {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(response.body);
  if (coding === 'gzip') return gunzipSync(response.body);
  assert.equal(coding, undefined);
  return response.body;
}

/** The first answers carry interim bytes (`…-fast` ETag) while the best are made: wait for those. */
async function best(path: string, coding: string): Promise<Raw> {
  for (let i = 0; i < 200; i++) {
    const response = await raw(path, { 'accept-encoding': coding });
    if (!String(response.headers.etag).endsWith('-fast"')) return response;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${path} (${coding}): still no best bytes`);
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'layanan-transfer-'));
  mkdirSync(join(site, 'chunks'));
  writeFileSync(join(site, 'app.js'), bundle);
  writeFileSync(join(site, 'chunks', 'core-1a2b3c4d.js'), bundle);
  writeFileSync(join(site, 'chunks', 'queue-DfA3kL9x.js'), bundle);
  writeFileSync(join(site, 'complaint-form.js'), bundle);
  writeFileSync(join(site, 'logo.png'), logo);
  writeFileSync(join(site, 'tiny.css'), 'body { margin: 0 }\n');
  utimesSync(join(site, 'app.js'), new Date('2026-11-30T02:00:00Z'), new Date('2026-11-30T02:00:00Z'));
  server = await startHttpServer({ port: 0, static: [{ prefix: '/', dir: site }] });
});
after(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

describe('Accept-Encoding', () => {
  it('prefers brotli, falls back to gzip, and honours q-values and q=0', () => {
    assert.equal(negotiateCoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(negotiateCoding('gzip;q=1.0, br;q=1.0'), 'br');
    assert.equal(negotiateCoding('br;q=0.5, gzip'), 'gzip');
    assert.equal(negotiateCoding('gzip, deflate'), 'gzip');
    assert.equal(negotiateCoding('br;q=0, *'), 'gzip');
    assert.equal(negotiateCoding('*'), 'br');
    assert.equal(negotiateCoding('gzip;q=0, br;q=0'), undefined);
    assert.equal(negotiateCoding('br;q=0'), undefined);
    assert.equal(negotiateCoding('identity'), undefined);
    assert.equal(negotiateCoding(''), undefined);
    assert.equal(negotiateCoding(undefined), undefined);
  });
});

describe('static files', () => {
  it('are sent brotli, gzip or as they are, by Accept-Encoding, and decompress to the file', async () => {
    for (const [accept, coding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0.1, gzip;q=0.9', 'gzip'], ['', undefined], ['br;q=0, gzip;q=0', undefined]] as const) {
      const response = await raw('/app.js', accept ? { 'accept-encoding': accept } : {});
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], coding, accept);
      assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8');
      assert.equal(response.headers.vary, 'Accept-Encoding');
      assert.equal(Number(response.headers['content-length']), response.body.length, 'the length of the bytes sent, not of the file');
      assert.deepEqual(decoded(response), bundle);
      if (coding) assert.ok(response.body.length < bundle.length / 3, `${coding}: ${response.body.length} of ${bundle.length} bytes`);
    }
  });

  it('are compressed once at the best setting and then sent from memory', async () => {
    const first = await best('/app.js', 'br');
    const again = await raw('/app.js', { 'accept-encoding': 'br' });
    assert.equal(again.headers.etag, first.headers.etag);
    assert.deepEqual(again.body, first.body);
    assert.deepEqual(decoded(first), bundle);
  });

  it('have a strong ETag per coding and Last-Modified', async () => {
    const [br, gzip, identity] = [await best('/app.js', 'br'), await best('/app.js', 'gzip'), await raw('/app.js')];
    assert.match(identity.headers.etag!, /^"[0-9a-f]+-[0-9a-f]+"$/);
    assert.equal(br.headers.etag, identity.headers.etag!.replace(/"$/, '-br"'));
    assert.equal(gzip.headers.etag, identity.headers.etag!.replace(/"$/, '-gz"'));
    for (const response of [br, gzip, identity]) assert.equal(response.headers['last-modified'], 'Mon, 30 Nov 2026 02:00:00 GMT');
  });

  it('answer 304 to If-None-Match with the ETag of the same coding, CORS headers still on', async () => {
    const gzip = await best('/app.js', 'gzip');
    const fresh = await raw('/app.js', { 'accept-encoding': 'gzip', 'if-none-match': gzip.headers.etag! });
    assert.equal(fresh.status, 304);
    assert.equal(fresh.body.length, 0);
    assert.equal(fresh.headers.etag, gzip.headers.etag);
    assert.equal(fresh.headers.vary, 'Accept-Encoding');
    assert.equal(fresh.headers['access-control-allow-origin'], '*');
    assert.match(String(fresh.headers['access-control-expose-headers']), /ETag/);
    assert.equal((await raw('/app.js', { 'accept-encoding': 'gzip', 'if-none-match': `"other", W/${gzip.headers.etag}` })).status, 304);
    // The gzip copy is not the brotli one, nor the file itself.
    assert.equal((await raw('/app.js', { 'accept-encoding': 'br', 'if-none-match': gzip.headers.etag! })).status, 200);
    assert.equal((await raw('/app.js', { 'if-none-match': gzip.headers.etag! })).status, 200);
  });

  it('answer 304 to a first visitor who got the quickly compressed copy: same file, still valid', async () => {
    writeFileSync(join(site, 'fresh.js'), bundle);
    const first = await raw('/fresh.js', { 'accept-encoding': 'br' });
    assert.match(String(first.headers.etag), /-br-fast"$/, 'the very first answer does not wait for the best compression');
    const best = await (async () => {
      for (let i = 0; i < 200; i++) {
        const response = await raw('/fresh.js', { 'accept-encoding': 'br' });
        if (!String(response.headers.etag).endsWith('-fast"')) return response;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('no best bytes');
    })();
    // The repeat visit of that first visitor downloads nothing again.
    const again = await raw('/fresh.js', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! });
    assert.equal(again.status, 304);
    assert.equal(again.headers.etag, first.headers.etag);
    assert.equal((await raw('/fresh.js', { 'accept-encoding': 'br', 'if-none-match': best.headers.etag! })).status, 304);
    // Another coding's copy is still other bytes.
    assert.equal((await raw('/fresh.js', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! })).status, 200);
  });

  it('answer 304 to If-Modified-Since when there is no If-None-Match', async () => {
    assert.equal((await raw('/app.js', { 'if-modified-since': 'Mon, 30 Nov 2026 02:00:00 GMT' })).status, 304);
    assert.equal((await raw('/app.js', { 'if-modified-since': 'Mon, 30 Nov 2026 01:59:59 GMT' })).status, 200);
    assert.equal((await raw('/app.js', { 'if-modified-since': 'Mon, 30 Nov 2026 02:00:00 GMT', 'if-none-match': '"old"' })).status, 200);
  });

  it('answer HEAD with the headers of GET', async () => {
    const get = await best('/app.js', 'br');
    const head = await raw('/app.js', { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.body.length, 0);
    for (const name of ['content-type', 'content-encoding', 'content-length', 'etag', 'last-modified', 'vary', 'cache-control']) assert.equal(head.headers[name], get.headers[name], name);
  });

  it('are kept a year when their name carries a content hash, revalidated otherwise', async () => {
    for (const path of ['/chunks/core-1a2b3c4d.js', '/chunks/queue-DfA3kL9x.js']) assert.equal((await raw(path)).headers['cache-control'], 'public, max-age=31536000, immutable', path);
    for (const path of ['/app.js', '/complaint-form.js', '/tiny.css', '/logo.png']) assert.equal((await raw(path)).headers['cache-control'], 'no-cache', path);
  });

  it('are not compressed when they are images or smaller than 1 KiB', async () => {
    const png = await raw('/logo.png', { 'accept-encoding': 'br, gzip' });
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.headers.vary, undefined);
    assert.deepEqual(png.body, logo);
    const tiny = await raw('/tiny.css', { 'accept-encoding': 'br, gzip' });
    assert.equal(tiny.headers['content-encoding'], undefined);
    assert.equal(tiny.body.toString(), 'body { margin: 0 }\n');
  });
});

describe('CompressedFiles', () => {
  it('reads and compresses a file once for all the requests that arrive meanwhile, then keeps the best bytes', async () => {
    const files = new CompressedFiles();
    let reads = 0;
    const read = async () => (reads++, bundle);
    const answers = await Promise.all(Array.from({ length: 50 }, () => files.get('app.js', 'br', read)));
    assert.equal(reads, 1);
    assert.ok(answers.every((answer) => answer.bytes === answers[0]!.bytes));
    for (let i = 0; i < 200 && files.stats.entries === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    const kept = await files.get('app.js', 'br', read);
    assert.equal(kept.best, true);
    assert.equal(reads, 1);
    assert.deepEqual(brotliDecompressSync(kept.bytes), bundle);
    assert.ok(kept.bytes.length <= answers[0]!.bytes.length);
  });

  it('stays within its bytes, the least recently used out first', async () => {
    const files = new CompressedFiles(1);
    const read = async () => bundle;
    await files.get('a', 'gzip', read);
    for (let i = 0; i < 200 && files.stats.bytes === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(files.stats, { entries: 0, bytes: 0 }, 'a file larger than the limit is not kept');
    const roomy = new CompressedFiles(Infinity);
    await Promise.all(['a', 'b'].map((key) => roomy.get(key, 'gzip', read)));
    for (let i = 0; i < 200 && roomy.stats.entries < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(roomy.stats.entries, 2);
  });
});

describe('API answers', () => {
  it('JSON is compressed by Accept-Encoding, with Vary on both language and encoding', async () => {
    const identity = await raw('/v1/queue/services');
    assert.ok(identity.body.length > 1024, `${identity.body.length} bytes`);
    assert.equal(identity.headers['content-encoding'], undefined);
    for (const coding of ['br', 'gzip']) {
      const response = await raw('/v1/queue/services', { 'accept-encoding': coding });
      assert.equal(response.headers['content-encoding'], coding);
      assert.equal(response.headers['content-type'], 'application/json');
      assert.equal(response.headers.vary, 'Accept-Language, Accept-Encoding');
      assert.equal(Number(response.headers['content-length']), response.body.length);
      assert.deepEqual(JSON.parse(decoded(response).toString()), JSON.parse(identity.body.toString()));
      const head = await raw('/v1/queue/services', { 'accept-encoding': coding }, 'HEAD');
      assert.equal(head.status, 200);
      for (const name of ['content-type', 'content-encoding', 'content-length', 'etag', 'vary']) assert.equal(head.headers[name], response.headers[name], name);
    }
    assert.equal((await raw('/v1/queue/services', { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding'], undefined);
  });

  it('a small answer is sent as it is, a 304 still names Accept-Encoding in Vary', async () => {
    const agencyless = await raw('/v1/_mock/config', { 'accept-encoding': 'br' });
    assert.ok(agencyless.body.length < 1024);
    assert.equal(agencyless.headers['content-encoding'], undefined);
    const catalog = await raw('/v1/queue/services', { 'accept-encoding': 'br' });
    const fresh = await raw('/v1/queue/services', { 'accept-encoding': 'br', 'if-none-match': catalog.headers.etag! });
    assert.equal(fresh.status, 304);
    assert.equal(fresh.headers.vary, 'Accept-Language, Accept-Encoding');
  });

  it('a problem+json is compressed like JSON when it is large enough', async () => {
    const path = `/v1/no-such-thing/${'x'.repeat(1200)}`;
    const response = await raw(path, { 'accept-encoding': 'gzip' });
    assert.equal(response.status, 404);
    assert.equal(response.headers['content-type'], 'application/problem+json');
    assert.equal(response.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(decoded(response).toString()).status, 404);
  });

  it('Server-Sent Events are never compressed and arrive as they are produced', async () => {
    const events = await new Promise<{ headers: IncomingHttpHeaders; chunks: string[] }>((resolve, reject) => {
      const req = request(`${server.url}/v1/queue/tickets/${A012}/events`, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        const chunks: string[] = [];
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk.toString());
          if (!/^data:/m.test(chunks.join(''))) return;
          resolve({ headers: res.headers, chunks });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(events.headers['content-type'], 'text/event-stream');
    assert.equal(events.headers['content-encoding'], undefined);
    assert.equal(events.headers['content-length'], undefined);
    assert.equal(events.headers['x-accel-buffering'], 'no', 'what tells nginx not to buffer it');
    assert.equal(events.chunks[0], 'retry: 3000\n\n', 'the first line left before the first event: nothing buffers the stream');
    assert.match(events.chunks.join(''), /^data: .*P587X-UQ47X-F3824/m);
  });
});

describe('HEAD of the event stream', () => {
  it('answers the headers of GET and ends at once', async () => {
    const head = await raw(`/v1/queue/tickets/${A012}/events`, { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-type'], 'text/event-stream');
    assert.equal(head.headers['content-encoding'], undefined);
    assert.equal(head.body.length, 0);
  });
});

describe('keep-alive', () => {
  it('keeps idle connections longer than the slowest poll (complaint-status: 60 s), headersTimeout above it', async () => {
    assert.equal(KEEP_ALIVE_TIMEOUT_MS, 75_000);
    assert.equal(server.server.keepAliveTimeout, KEEP_ALIVE_TIMEOUT_MS);
    assert.ok(server.server.headersTimeout > server.server.keepAliveTimeout);
    assert.equal((await raw('/v1/agency')).headers['keep-alive'], 'timeout=75');
  });
});
