import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startHttpServer } from '@layanan/mock-server/http';
import { createClient } from '@layanan/sdk';

// Over a real socket (no msw interception in this file): what a phone on a weak connection sees.
const A013 = '3H4AU-QH768-8GZGS';

describe('client.queue.watchTicket over real HTTP', () => {
  it('resumes after the connection drops mid-stream', async () => {
    const server = await startHttpServer({ port: 0 });
    try {
      const client = createClient({ baseUrl: server.url });
      const statuses: string[] = [];
      for await (const ticket of client.queue.watchTicket(A013, { pollInterval: 50, maxBackoff: 100 })) {
        statuses.push(`${ticket.status}:${ticket.peopleAhead ?? '-'}`);
        if (statuses.length === 1) {
          server.server.closeAllConnections(); // the phone loses its connection mid-stream
          server.store.setNow(server.store.now().getTime() + 6 * 60_000); // meanwhile A-012 is called
        }
        if (statuses.length === 2) await fetch(`${server.url}/v1/queue/tickets/${A013}/cancel`, { method: 'POST' });
      }
      assert.deepEqual(statuses, ['waiting:1', 'waiting:0', 'cancelled:-']);
    } finally {
      await server.close();
    }
  });

  it('streams events as they happen, not when the response ends', async () => {
    const server = await startHttpServer({ port: 0 });
    try {
      const response = await fetch(`${server.url}/v1/queue/tickets/${A013}/events`);
      const reader = response.body!.getReader();
      const { value } = await reader.read(); // arrives while the stream stays open
      assert.match(new TextDecoder().decode(value), /retry: 3000|event: ticket/);
      await reader.cancel();
    } finally {
      await server.close();
    }
  });
});
