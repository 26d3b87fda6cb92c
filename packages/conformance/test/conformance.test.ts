import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runConformance } from '@layanan/conformance';
import { startHttpServer, type RunningHttpServer } from '@layanan/mock-server/http';

let reference: RunningHttpServer;
let broken: Server;
let brokenUrl: string;

before(async () => {
  reference = await startHttpServer({ port: 0 });
  // A backend that answers like many do: an HTML page for what it does not know, 200 for the rest.
  broken = createServer((req, res) => {
    if (req.url === '/v1/agency') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ name: 'Pemkab' }));
      return;
    }
    res.writeHead(req.method === 'GET' ? 404 : 500, { 'content-type': 'text/html' });
    res.end('<html><body>Not Found</body></html>');
  });
  await new Promise<void>((ready) => broken.listen(0, '127.0.0.1', ready));
  const address = broken.address();
  brokenUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(async () => {
  await reference.close();
  broken.closeAllConnections();
  await new Promise((done) => broken.close(done));
});

describe('the conformance suite', () => {
  it('passes against the reference server, examples included', async () => {
    const results = await runConformance({ baseUrl: reference.url, examples: true, reset: true });
    assert.deepEqual(results.filter((r) => !r.passed).map((r) => `${r.title}: ${r.message}`), []);
    assert.ok(results.length > 40, `${results.length} checks`);
  });

  it('fails a backend that breaks the contract, and says how', async () => {
    const results = await runConformance({ baseUrl: brokenUrl });
    const failed = Object.fromEntries(results.filter((r) => !r.passed).map((r) => [r.id, r.message]));
    assert.equal(results.every((r) => !r.passed), true, 'every check fails');
    assert.match(failed['agency']!, /breaks the contract at "id"/);
    assert.match(failed['unknown-route']!, /expected Content-Type application\/problem\+json, got "text\/html"/);
  });

  it('is a command that exits 1 on failure and ends with the count', async () => {
    const bin = fileURLToPath(new URL('../bin/layanan-conformance.js', import.meta.url));
    const child = spawn(process.execPath, [bin, '--base-url', brokenUrl]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 1);
    assert.match(out.trim().split('\n').at(-1)!, /^0 passed, 9 failed$/);
  });
});
