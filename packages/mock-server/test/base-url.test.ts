import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Agency, Problem } from '@layanan/contract';
import { startHttpServer, type RunningHttpServer } from '@layanan/mock-server/http';
import { createNodeMockServer } from '@layanan/mock-server/node';

const site = fileURLToPath(new URL('./fixtures/site', import.meta.url));

/** The 404 a wrong `api-base` gets: problem+json, in the asked language, naming where the API is. */
async function expectOutsideBase(response: Response, language: 'id' | 'en' = 'id') {
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.equal(response.headers.get('content-language'), language);
  return Problem.parse(await response.json());
}

describe('the HTTP server answers only under its base', () => {
  let server: RunningHttpServer;
  before(async () => (server = await startHttpServer({ port: 0, static: [{ prefix: '/', dir: site }] })));
  after(() => server.close());

  it('answers /v1/agency, and /anything/v1/agency is a 404 problem', async () => {
    assert.equal(server.apiBase, server.url);
    assert.equal((await fetch(`${server.url}/v1/agency`)).status, 200);
    const body = await expectOutsideBase(await fetch(`${server.url}/anything/v1/agency`));
    assert.equal(body.type, 'urn:layanan:problem:not-found');
    assert.equal(body.title, 'Tidak ditemukan');
    assert.equal(body.detail, 'Tidak ada apa pun di /anything/v1/agency: API ini ada di /v1/. Periksa api-base.');
    assert.equal(body.instance, '/anything/v1/agency');
  });

  it('says it in English when asked, and leaves no fault rule used up', async () => {
    server.store.state.config.failures.push({ mode: 'status', status: 503, count: 1 });
    const body = await expectOutsideBase(await fetch(`${server.url}/wrong/v1/queue/services`, { headers: { 'accept-language': 'en' } }), 'en');
    assert.equal(body.detail, 'Nothing exists at /wrong/v1/queue/services: this API lives at /v1/. Check the api-base.');
    assert.equal((await fetch(`${server.url}/v1/queue/services`)).status, 503); // the rule was still there for the real API
    server.store.reset();
  });

  it('still serves its static files', async () => {
    const page = await fetch(`${server.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
  });
});

describe('the HTTP server with --base-path /api', () => {
  let server: RunningHttpServer;
  before(async () => (server = await startHttpServer({ port: 0, basePath: '/api/', static: [{ prefix: '/', dir: site }] })));
  after(() => server.close());

  it('answers /api/v1/agency with links under /api, and /v1/agency is a 404 problem', async () => {
    assert.equal(server.apiBase, `${server.url}/api`);
    const response = await fetch(`${server.url}/api/v1/agency`);
    assert.equal(response.status, 200);
    assert.equal(Agency.parse(await response.json()).logoUrl, `${server.url}/api/v1/agency/logo.svg`);
    const body = await expectOutsideBase(await fetch(`${server.url}/v1/agency`));
    assert.equal(body.detail, 'Tidak ada apa pun di /v1/agency: API ini ada di /api/v1/. Periksa api-base.');
  });

  it('points the Location of what it creates under /api', async () => {
    const response = await fetch(`${server.url}/api/v1/queue/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 'ktp-el', visitDate: '2026-11-30', name: 'Siti Aminah', phone: '0812-3456-7890', nik: '1803054512900001' }),
    });
    assert.equal(response.status, 201);
    assert.match(response.headers.get('location') ?? '', /^\/api\/v1\/queue\/tickets\/[0-9A-Z-]+$/);
    assert.equal((await fetch(`${server.url}${response.headers.get('location')}`)).status, 200);
  });

  it('still serves its static files at /', async () => {
    assert.equal((await fetch(`${server.url}/`)).status, 200);
  });
});

describe('Node setupServer and its base', () => {
  it('answers any host\'s /v1 by default, and /anything/v1/agency is a 404 problem', async () => {
    const mock = createNodeMockServer();
    mock.listen();
    try {
      assert.equal((await fetch('http://api.test/v1/agency')).status, 200);
      await expectOutsideBase(await fetch('http://api.test/anything/v1/agency'));
    } finally {
      mock.close();
    }
  });

  it('with a baseUrl, answers only there and leaves other hosts to the network', async () => {
    const mock = createNodeMockServer(undefined, [], { baseUrl: 'http://api.test/api' });
    mock.listen();
    try {
      assert.equal((await fetch('http://api.test/api/v1/agency')).status, 200);
      const body = await expectOutsideBase(await fetch('http://api.test/v1/agency'));
      assert.equal(body.detail, 'Tidak ada apa pun di /v1/agency: API ini ada di http://api.test/api/v1/. Periksa api-base.');
      await assert.rejects(fetch('http://elsewhere.invalid/v1/agency')); // not the mock's: a real (failing) lookup
    } finally {
      mock.close();
    }
  });
});
