// What one citizen watching a queue ticket costs on the wire, per minute: Server-Sent Events
// against polling with If-None-Match every 10 s, both over real HTTP on loopback, counting every
// byte of both directions (headers included). The scenario: 30 s of watching A-013 (one ahead)
// with one change in the middle (A-012 is called), doubled to a minute.
import type { Socket } from 'node:net';
import { http, HttpResponse } from 'msw';
import { createClient } from '@layanan/sdk';
import { MockStore } from '@layanan/mock-server';
import { startHttpServer } from '@layanan/mock-server/http';

const SECONDS = 30;
const A013 = '3H4AU-QH768-8GZGS';

async function measure(mode: 'sse' | 'polling'): Promise<{ bytes: number; updates: number }> {
  const store = new MockStore();
  // Polling: a server that offers no event stream (501), so the SDK falls back as it would.
  const extra = mode === 'polling' ? [http.get('*/v1/queue/tickets/:code/events', () => HttpResponse.json({ type: 'about:blank', title: 'Not Implemented', status: 501 }, { status: 501 }))] : [];
  const server = await startHttpServer({ port: 0, store, overrides: extra });
  let bytes = 0;
  const sockets = new Set<Socket>();
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      bytes += socket.bytesRead + socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  const client = createClient({ baseUrl: server.url });
  const controller = new AbortController();
  let updates = 0;
  const watching = (async () => {
    for await (const ticket of client.queue.watchTicket(A013, { signal: controller.signal, pollInterval: 10_000 })) {
      void ticket;
      updates++;
    }
  })();
  setTimeout(() => store.setNow(store.now().getTime() + 6 * 60_000), (SECONDS / 2) * 1000);
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  controller.abort();
  await watching;
  for (const socket of sockets) bytes += socket.bytesRead + socket.bytesWritten;
  await server.close();
  return { bytes, updates };
}

const sse = await measure('sse');
const polling = await measure('polling');
const perMinute = (bytes: number) => `${((bytes * 60) / SECONDS / 1024).toFixed(1)} KB/min`;
console.log(`\nWatching one queue ticket (${SECONDS} s with one change, both directions, headers included)`);
console.log(`Server-Sent Events                ${perMinute(sse.bytes).padStart(12)}   (${sse.updates} updates)`);
console.log(`polling every 10 s (If-None-Match) ${perMinute(polling.bytes).padStart(11)}   (${polling.updates} updates)`);
