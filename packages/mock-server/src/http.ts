import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { getResponse, type RequestHandler } from 'msw';
import { createHandlers } from './handlers.js';
import { parseApiBase } from './handlers/base.js';
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

function toFetchRequest(req: IncomingMessage, body: Buffer | undefined, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  return new Request(url, { method: req.method ?? 'GET', headers, signal, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) });
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function writeResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  if (response.type === 'error') {
    // HttpResponse.error(): the client must see a dropped connection, not an answer.
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || method === 'HEAD') {
    res.end();
    return;
  }
  // Chunk by chunk, so Server-Sent Events reach the client as they are produced.
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

async function serveStatic(mounts: StaticMount[], req: IncomingMessage, res: ServerResponse): Promise<boolean> {
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
    res.writeHead(200, {
      ...CORS_HEADERS,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
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
      // Refuse a huge body before reading it into memory (uploads are 5 MB at most).
      if (Number(req.headers['content-length'] ?? 0) > 10 * 1024 * 1024) {
        const request = toFetchRequest(req, undefined, aborter.signal);
        await writeResponse(res, problem(request, 'payload-too-large', { status: 413 }), req.method ?? 'POST');
        req.resume();
        return;
      }
      const request = toFetchRequest(req, await readBody(req), aborter.signal);
      const response = await getResponse(handlers, request);
      if (response) return await writeResponse(res, response, req.method ?? 'GET');
      if (await serveStatic(mounts, req, res)) return;
      await writeResponse(res, problem(request, 'not-found', { status: 404, detail: details.notFound(new URL(request.url).pathname) }), req.method ?? 'GET');
    } catch (error) {
      console.error('layanan-mock-server:', error);
      if (!res.headersSent) {
        res.writeHead(500, { ...CORS_HEADERS, 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'urn:layanan:problem:internal', title: 'Internal server error', status: 500 }));
      } else res.end();
    }
  });

  const host = options.host ?? '127.0.0.1';
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

