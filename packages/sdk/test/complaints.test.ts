import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { createClient, createIdempotencyKey, isProblemError } from '@layanan/sdk';

const baseUrl = 'http://api.test';
const mock = createNodeMockServer();
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
const report = {
  categoryId: 'sampah',
  title: 'Sampah pasar tidak diangkut',
  description: 'Tumpukan sampah di belakang Pasar Bukit Kemuning sudah lima hari tidak diangkut dan mulai berbau.',
  location: { text: 'Belakang Pasar Bukit Kemuning' },
  privacy: 'anonymous' as const,
  consent: true as const,
};

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

describe('client.complaints', () => {
  it('reads the categories', async () => {
    const categories = await createClient({ baseUrl }).complaints.categories();
    assert.equal(categories.find((c) => c.id === 'sampah')!.parentId, 'lingkungan');
  });

  it('uploads a photo (reporting progress) and submits with it, once per draft key', async () => {
    const client = createClient({ baseUrl, retry: { limit: 2, backoffLimit: 10 } });
    const progress: number[] = [];
    const photo = await client.complaints.uploadPhoto(new Blob([JPEG], { type: 'image/jpeg' }), { onProgress: ({ loaded }) => progress.push(loaded) });
    assert.deepEqual(progress, [JPEG.length]);
    const idempotencyKey = createIdempotencyKey(); // stored with the draft
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/complaints', method: 'POST' });
    const submitted = await client.complaints.submit({ ...report, photoIds: [photo.id] }, { idempotencyKey });
    const again = await client.complaints.submit({ ...report, photoIds: [photo.id] }, { idempotencyKey });
    assert.equal(again.trackingCode, submitted.trackingCode);
    assert.equal(mock.store.state.complaints.complaints.size, 4, 'exactly one new complaint');
    assert.equal(submitted.complaint.photos!.length, 1);
  });

  it('a wrong file type is a typed 415 problem', async () => {
    const error = await createClient({ baseUrl }).complaints.uploadPhoto(new Blob(['hello'], { type: 'text/plain' })).catch((e: unknown) => e);
    assert.ok(isProblemError(error) && error.status === 415);
  });

  it('tracks, comments, rates and reopens', async () => {
    const client = createClient({ baseUrl });
    const seeded = await client.complaints.track('jxn7k abs2q r4wmp');
    assert.equal(seeded.status, 'resolved');
    assert.equal((await client.complaints.comment('PNG3X-KMT8R-Q2HZW', 'Masih terjadi sampai hari ini.')).messages.at(-1)!.author, 'citizen');
    assert.equal((await client.complaints.rate(seeded.trackingCode, { score: 3 })).rating!.score, 3);
    assert.equal((await client.complaints.reopen(seeded.trackingCode, 'Tambalan lepas lagi setelah hujan.')).status, 'in_progress');
  });

  it('watches a complaint through an offline spell, each change once, until it is final', async () => {
    const client = createClient({ baseUrl });
    const { trackingCode } = await client.complaints.submit(report);
    const respond = (body: object) => fetch(`${baseUrl}/v1/_mock/complaints/${trackingCode}/respond`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const seen: string[] = [];
    for await (const complaint of client.complaints.watchComplaint(trackingCode, { pollInterval: 20, maxBackoff: 40 })) {
      seen.push(complaint.status);
      if (seen.length === 1) {
        // The phone goes offline for two checks while the agency rejects the complaint.
        mock.store.state.config.failures.push({ mode: 'network', path: `/v1/complaints/${trackingCode}`, count: 2 });
        await respond({ status: 'rejected', message: 'Bukan wewenang dinas ini.' });
      }
    }
    assert.deepEqual(seen, ['received', 'rejected'], 'each state once, and the watch ends when final');
    assert.deepEqual(mock.store.state.config.failures, [], 'both offline checks happened');
  });

  it('ends a complaint watch with a ProblemError for an unknown code, and quietly on abort', async () => {
    const client = createClient({ baseUrl });
    await assert.rejects(client.complaints.watchComplaint('ZZZZZ-ZZZZZ-ZZZZZ', { pollInterval: 20 }).next(), (error: unknown) => isProblemError(error) && error.status === 404);
    const controller = new AbortController();
    const seen: string[] = [];
    setTimeout(() => controller.abort(), 60);
    for await (const complaint of client.complaints.watchComplaint('PNG3X-KMT8R-Q2HZW', { pollInterval: 20, signal: controller.signal })) seen.push(complaint.status);
    assert.equal(seen.length, 1, 'an open complaint that does not change is yielded once');
  });

  it('walks the public list page by page, with a bounded toArray', async () => {
    const client = createClient({ baseUrl });
    for (let i = 0; i < 3; i++) await client.complaints.submit({ ...report, title: `Sampah menumpuk, laporan ${i + 1}` });
    const seen: string[] = [];
    for await (const complaint of client.complaints.listPublic({ pageSize: 2 })) seen.push(complaint.title ?? '');
    assert.deepEqual(seen.slice(0, 3), ['Sampah menumpuk, laporan 3', 'Sampah menumpuk, laporan 2', 'Sampah menumpuk, laporan 1']);
    assert.equal(seen.length, 5, 'three new, two seeded; the confidential one is not listed');
    assert.equal((await client.complaints.listPublic({ pageSize: 2 }).toArray({ limit: 3 })).length, 3);
  });
});
