import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { getResponse, type RequestHandler } from 'msw';
import { createHandlers } from './handlers.js';
import { parseApiBase } from './handlers/base.js';
import { compress, CompressedFiles, isCompressible, MIN_COMPRESSED_SIZE, negotiateCoding, type Coding } from './internal/compression.js';
import { details } from './internal/i18n.js';
import { problem } from './internal/problem.js';
import { MockStore } from './state.js';

/** A folder served as static files under a URL prefix (`/` for the site root). */
export interface StaticMount {
  prefix: string;
  dir: string;
}

export interface HttpServerOptions {
  /** Default: `4010`; `0` picks a free port. */
  port?: number;
  /** Default: `127.0.0.1`. */
  host?: string;
  /** Folders to serve beside the API, e.g. the examples and the widget bundle. */
  static?: StaticMount[];
  store?: MockStore;
  /** Handlers that take precedence over the reference ones (a test's or a benchmark's overrides). */
  overrides?: RequestHandler[];
  /** The path before `/v1`, as behind a production proxy: `/api` answers `/api/v1/…` only. Default: `/` (the API at `/v1/…`). */
  basePath?: string;
}

export interface RunningHttpServer {
  /** E.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** What a widget's `api-base` is set to: `url` with the base path, e.g. `http://127.0.0.1:4010/api`. */
  readonly apiBase: string;
  readonly store: MockStore;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * How long an idle connection stays open: longer than the slowest poll a widget does, so polling
 * reuses its connection instead of paying a TCP (and TLS) handshake each time — complaint-status
 * polls every 60 s by default, the SDK's complaint watch every 30 s, the SSE fallback every 10 s.
 * Node's default is 5 s. 75 s is also nginx's default `keepalive_timeout`.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 75_000;

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Retry-After, Location, Content-Language, Idempotency-Replayed',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Static files larger than this are sent as they are: compressing them in memory costs more than it saves here. */
const MAX_COMPRESSED_FILE = 8 * 1024 * 1024;

/**
 * A file whose name carries its content hash, `name-<hash>.<ext>`: 8 or more hex or base64url
 * characters after a dash, with a digit or a capital among them so that words (`complaint-form.js`)
 * are not taken for hashes. Such a URL never names other bytes, so browsers and CDNs keep it a year
 * without asking again.
 */
const CONTENT_HASHED = /-(?=[\w-]*[\dA-Z])[\w-]{8,}\.[a-zA-Z\d]+$/;

/** Adds `Accept-Encoding` to a `Vary` header the handler may have set (the API varies by `Accept-Language`). */
function varyByEncoding(vary: string | string[] | undefined): string {
  const current = Array.isArray(vary) ? vary.join(', ') : (vary ?? '');
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current)) return current;
  return current ? `${current}, Accept-Encoding` : 'Accept-Encoding';
}

/** `If-None-Match` (a list, possibly weak tags, or `*`) names this ETag: the weak comparison RFC 9110 asks for here. */
function noneMatch(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function toFetchRequest(req: IncomingMessage, body: Buffer | undefined, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  // HEAD is answered as GET without the body (writeResponse drops it), so both send the same headers.
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  return new Request(url, { method, headers, signal, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) });
}

/** Methods the server answers; fetch's `Request` cannot even hold TRACE, TRACK or CONNECT. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A 405 for a method nobody serves, a 400 for a path with a malformed percent-encoding; else nothing. */
function refuse(req: IncomingMessage): Response | undefined {
  const method = req.method ?? 'GET';
  // The answer's language and `instance` come from the request, read as a GET.
  const probe = () => toFetchRequest({ method: 'GET', headers: req.headers, url: req.url } as IncomingMessage, undefined, new AbortController().signal);
  if (!METHODS.has(method)) {
    const allowed = [...METHODS].join(', ');
    const answer = problem(probe(), 'method-not-allowed', { status: 405, detail: details.methodNotAllowed(method, allowed) });
    answer.headers.set('allow', allowed);
    return answer;
  }
  try {
    decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return problem(probe(), 'bad-request', { status: 400, detail: details.malformedPath });
  }
  return undefined;
}

/** The largest request body read (uploads are 5 MB at most); a larger one is refused with 413. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * The body, or `'too-large'`: at once when its `Content-Length` passes MAX_BODY_BYTES (nothing is
 * read into memory, what comes is dropped), and as soon as a chunked body (no `Content-Length`)
 * passes it.
 */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined | 'too-large'> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    return 'too-large';
  }
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const take = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      // Keep nothing more. What still comes is read and dropped (closing a socket with unread data
      // would reset it, and the client would never see the 413), for a few seconds at most.
      chunks.length = 0;
      req.off('data', take).resume();
      req.once('end', () => req.socket.destroy());
      setTimeout(() => req.socket.destroy(), 5000).unref();
      resolve('too-large');
    };
    req.on('data', take);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    // HttpResponse.error(): the client must see a dropped connection, not an answer.
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const type = response.headers.get('content-type');
  const head = req.method === 'HEAD';
  if (response.status === 304) headers['vary'] = varyByEncoding(headers['vary']); // the Vary its 200 would have
  if (response.body && isCompressible(type) && !response.headers.has('content-encoding')) {
    // JSON and problem+json are small and whole: read, compress (fast settings, per request), send.
    const body = new Uint8Array(await response.arrayBuffer());
    const coding = body.byteLength >= MIN_COMPRESSED_SIZE ? negotiateCoding(req.headers['accept-encoding']) : undefined;
    const sent = coding ? await compress(body, coding, 'fast') : body;
    headers['vary'] = varyByEncoding(headers['vary']);
    if (coding) headers['content-encoding'] = coding;
    headers['content-length'] = String(sent.byteLength);
    res.writeHead(response.status, headers);
    res.end(head ? undefined : sent);
    return;
  }
  // nginx buffers proxied answers unless told not to: this header tells it, for the stream only.
  if (type?.startsWith('text/event-stream')) headers['x-accel-buffering'] = 'no';
  res.writeHead(response.status, headers);
  if (!response.body || head) {
    void response.body?.cancel().catch(() => undefined); // HEAD of a stream: stop what would feed it
    res.end();
    return;
  }
  // Chunk by chunk, never compressed, so Server-Sent Events reach the client as they are produced.
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } catch {
    // The client left or the stream failed: nothing more to send.
  }
  res.end();
}

/**
 * One static file: brotli or gzip as the client accepts (compressed once at the highest setting,
 * then sent from memory; see CompressedFiles), a strong ETag per coding, `Last-Modified`, 304 for a copy the client still has.
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, info: Stats, compressed: CompressedFiles): Promise<void> {
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const varies = isCompressible(type) && info.size >= MIN_COMPRESSED_SIZE && info.size <= MAX_COMPRESSED_FILE;
  const coding: Coding | undefined = varies ? negotiateCoding(req.headers['accept-encoding']) : undefined;
  // The ETag is the file's size and modification time (to the microsecond), as nginx makes it, not
  // a hash of its bytes: a revalidation — every repeat visit — is then answered from a stat alone,
  // without reading or hashing the file. A build that changes the bytes changes the mtime. Strong
  // means bytes-identical, and the brotli, gzip and identity bytes differ: one ETag per coding.
  const version = `${Math.trunc(info.mtimeMs * 1000).toString(16)}-${info.size.toString(16)}`;
  const etag = `"${version}${coding === 'br' ? '-br' : coding === 'gzip' ? '-gz' : ''}"`;
  const headers: Record<string, string | number> = {
    ...CORS_HEADERS,
    'cache-control': CONTENT_HASHED.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
    'last-modified': info.mtime.toUTCString(),
    ...(varies ? { vary: 'Accept-Encoding' } : {}),
  };
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = Date.parse(req.headers['if-modified-since'] ?? '');
  // The quickly compressed copy the first visitors got (see below) is the same file version: it stays valid.
  const fast = coding && `"${version}-${coding === 'br' ? 'br' : 'gz'}-fast"`;
  if (fast && ifNoneMatch !== undefined && noneMatch(ifNoneMatch, fast)) headers['etag'] = fast;
  const fresh = ifNoneMatch !== undefined ? noneMatch(ifNoneMatch, String(headers['etag'])) : Math.floor(info.mtimeMs / 1000) <= Math.floor(ifModifiedSince / 1000);
  if (fresh) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-type'] = type;
  if (!coding) {
    headers['content-length'] = info.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return;
  }
  const { bytes, best } = await compressed.get(`${file}\0${version}\0${coding}`, coding, () => readFile(file));
  headers['etag'] = best ? etag : fast!; // other bytes, another strong ETag
  headers['content-encoding'] = coding;
  headers['content-length'] = bytes.byteLength;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

async function serveStatic(mounts: StaticMount[], req: IncomingMessage, res: ServerResponse, compressed: CompressedFiles): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  for (const mount of mounts) {
    const prefix = mount.prefix.endsWith('/') ? mount.prefix : `${mount.prefix}/`;
    if (!`${pathname}/`.startsWith(prefix) && pathname !== mount.prefix) continue;
    const root = resolve(mount.dir);
    const relative = normalize(pathname.slice(prefix.length - 1)).replace(/^([/\\])+/, '');
    let file = join(root, relative);
    if (file !== root && !file.startsWith(root + sep)) continue; // no way out of the folder
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) continue;
    await sendFile(req, res, file, info, compressed);
    return true;
  }
  return false;
}

/**
 * The reference server over real HTTP: the msw handlers through `getResponse`, CORS for widgets on
 * other origins, and optional static folders. What `npx layanan-mock-server` and `npm start` run.
 */
export async function startHttpServer(options: HttpServerOptions = {}): Promise<RunningHttpServer> {
  const store = options.store ?? new MockStore();
  const basePath = parseApiBase(options.basePath).path;
  const handlers = createHandlers(store, [], { baseUrl: basePath || '/', overrides: options.overrides });
  const mounts = options.static ?? [];
  const compressed = new CompressedFiles();

  const server = createServer(async (req, res) => {
    const aborter = new AbortController();
    res.on('close', () => aborter.abort());
    try {
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        res.writeHead(204, {
          ...CORS_HEADERS,
          'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
          'access-control-allow-headers': 'Content-Type, Accept, Accept-Language, Idempotency-Key, If-None-Match, If-Match, Authorization, Last-Event-ID',
          'access-control-max-age': '600',
        });
        res.end();
        return;
      }
      // What fetch's Request refuses (TRACE, CONNECT …) and a path that cannot be decoded are the
      // client's mistakes: a problem in its language, never a 500.
      const refusal = refuse(req);
      if (refusal) {
        await writeResponse(req, res, refusal);
        req.resume();
        return;
      }
      // A huge body is refused before it is read into memory (uploads are 5 MB at most).
      const body = await readBody(req);
      if (body === 'too-large') {
        await writeResponse(req, res, problem(toFetchRequest(req, undefined, aborter.signal), 'payload-too-large', { status: 413 }));
        return;
      }
      const request = toFetchRequest(req, body, aborter.signal);
      const response = await getResponse(handlers, request);
      if (response) return await writeResponse(req, res, response);
      if (await serveStatic(mounts, req, res, compressed)) return;
      await writeResponse(req, res, problem(request, 'not-found', { status: 404, detail: details.notFound(new URL(request.url).pathname) }));
    } catch (error) {
      console.error('layanan-mock-server:', error);
      if (!res.headersSent) {
        res.writeHead(500, { ...CORS_HEADERS, 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'urn:layanan:problem:internal', title: 'Internal server error', status: 500 }));
      } else res.end();
    }
  });

  const host = options.host ?? '127.0.0.1';
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000; // above it, so the headers timer never ends a reused connection before the keep-alive one would

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 4010, host, () => ready());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    apiBase: `${url}${basePath}`,
    store,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

