import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { Complaint, ComplaintCategory, Problem, SubmittedComplaint, Upload } from '@layanan/contract';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { addWorkingDays } from '../src/complaints/working-days.js';

const mock = createNodeMockServer();
const base = 'http://api.test/v1';
const json = { 'content-type': 'application/json' };
const PUBLIC = 'JXN7K-ABS2Q-R4WMP';
const ANONYMOUS = 'PNG3X-KMT8R-Q2HZW';
const CONFIDENTIAL = 'DNA4Q-W7TKP-M3XRB';

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const upload = (bytes: Uint8Array, type: string) => fetch(`${base}/uploads`, { method: 'POST', headers: { 'content-type': type }, body: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
const road = {
  categoryId: 'jalan-rusak',
  title: 'Jalan amblas di Bukit Kemuning',
  description: 'Badan jalan amblas sepanjang lima meter setelah hujan deras, hanya bisa dilewati satu kendaraan.',
  location: { text: 'Jl. Raya Bukit Kemuning km 3', lat: -4.8301, lng: 104.5003 },
  privacy: 'public',
  reporter: { name: 'Yusuf Lubis', phone: '0813-7788-9900', email: 'yusuf@example.id' },
  consent: true,
};
const submit = async (body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}/complaints`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
  return { response, body: (await response.json()) as unknown };
};
const read = async (code: string) => Complaint.parse(await (await fetch(`${base}/complaints/${code}`)).json());
const clock = (body: unknown) => fetch(`${base}/_mock/clock`, { method: 'POST', headers: json, body: JSON.stringify(body) });
const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', headers: json, body: JSON.stringify(body) });

describe('working days', () => {
  it('skip the weekend', () => {
    assert.equal(new Date(addWorkingDays(Date.parse('2026-11-27T10:00:00+07:00'), 3)).toISOString(), '2026-12-02T16:59:59.999Z');
  });

  it('skip a national holiday and the weekend after it', () => {
    // Wednesday 23 December: Thursday 24 (1), Christmas Friday, weekend, Monday 28 (2), Tuesday 29 (3).
    assert.equal(new Date(addWorkingDays(Date.parse('2026-12-23T10:00:00+07:00'), 3)).toISOString(), '2026-12-29T16:59:59.999Z');
  });
});

describe('categories and uploads', () => {
  it('lists the category tree as nodes with parents and responsible units', async () => {
    const items = ((await (await fetch(`${base}/complaints/categories`)).json()).items as unknown[]).map((c) => ComplaintCategory.parse(c));
    assert.deepEqual(items.filter((c) => c.parentId === 'infrastruktur').map((c) => c.id), ['jalan-rusak', 'drainase']);
    assert.equal(items.find((c) => c.id === 'pungli')!.unit.name, 'Inspektorat Kabupaten');
  });

  it('stores a photo and serves it back', async () => {
    const response = await upload(JPEG, 'image/jpeg');
    assert.equal(response.status, 201);
    const stored = Upload.parse(await response.json());
    assert.equal(stored.size, JPEG.length);
    const back = await fetch(`${base}/uploads/${stored.id}`);
    assert.equal(back.headers.get('content-type'), 'image/jpeg');
    assert.deepEqual(new Uint8Array(await back.arrayBuffer()), JPEG);
  });

  it('refuses another type (415), bytes that are not what they claim (415), too large (413) and empty (400)', async () => {
    assert.equal((await upload(JPEG, 'image/gif')).status, 415);
    const lying = await upload(PNG, 'image/jpeg');
    assert.equal(lying.status, 415);
    assert.equal(Problem.parse(await lying.json()).detail, 'Unggah foto JPEG, PNG atau WebP, atau dokumen PDF.');
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(JPEG.slice(0, 3));
    const tooLarge = await upload(huge, 'image/jpeg');
    assert.equal(tooLarge.status, 413);
    assert.equal(Problem.parse(await tooLarge.json()).type, 'urn:layanan:problem:payload-too-large');
    assert.equal((await upload(new Uint8Array(), 'image/png')).status, 400);
  });
});

describe('POST /v1/complaints', () => {
  it('gives a tracking code and due dates counted in working days', async () => {
    const photo = Upload.parse(await (await upload(JPEG, 'image/jpeg')).json());
    const { response, body } = await submit({ ...road, photoIds: [photo.id] });
    assert.equal(response.status, 201);
    const { trackingCode, complaint } = SubmittedComplaint.parse(body);
    assert.equal(complaint.status, 'received');
    assert.equal(complaint.unitName, 'Dinas Pekerjaan Umum dan Penataan Ruang');
    assert.equal(complaint.dueDates.verifyBy, '2026-12-03T23:59:59+07:00');
    assert.equal(complaint.photos![0]!.url, `http://api.test/v1/uploads/${photo.id}`);
    assert.equal((await read(trackingCode)).title, road.title);
  });

  it('across a holiday: received on 23 December, verified by 29 December', async () => {
    await clock({ set: '2026-12-23T10:00:00+07:00' });
    const { complaint } = SubmittedComplaint.parse((await submit(road)).body);
    assert.equal(complaint.dueDates.verifyBy, '2026-12-29T23:59:59+07:00');
  });

  it('answers a replay with the same key with the same complaint, and a lost answer is recovered by the retry', async () => {
    const first = SubmittedComplaint.parse((await submit(road, { 'idempotency-key': 'draft-7f3a-submit-1' })).body);
    const again = SubmittedComplaint.parse((await submit(road, { 'idempotency-key': 'draft-7f3a-submit-1' })).body);
    assert.equal(again.trackingCode, first.trackingCode);
    mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/complaints', method: 'POST' });
    await assert.rejects(submit(road, { 'idempotency-key': 'draft-9b1c-submit-1' }));
    const retried = await submit(road, { 'idempotency-key': 'draft-9b1c-submit-1' });
    assert.equal(retried.response.status, 201);
    assert.equal(mock.store.state.complaints.complaints.size, 3 + 2, 'two complaints, not three');
  });

  const invalid: Array<[string, Record<string, unknown>, string[]]> = [
    ['no reporter on a public complaint', { ...road, reporter: undefined }, ['reporter']],
    ['a reporter without a usable contact', { ...road, reporter: { name: 'Yusuf', phone: '12' } }, ['reporter.phone']],
    ['an email the contract does not take as the only contact', { ...road, reporter: { name: 'Yusuf', email: 'yusuf@example' } }, ['reporter.email']],
    ['a description over 4000 characters', { ...road, description: 'x'.repeat(4001) }, ['description']],
    ['six photos', { ...road, photoIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, ['photoIds']],
    ['a photo that was never uploaded', { ...road, photoIds: ['UPL-NOPE'] }, ['photoIds.0']],
    ['an unknown category', { ...road, categoryId: 'ufo' }, ['categoryId']],
    ['no consent', { ...road, consent: false }, ['consent']],
  ];
  it('takes an email as the only contact', async () => {
    const { response } = await submit({ ...road, reporter: { name: 'Yusuf', email: 'yusuf@example.id' } });
    assert.equal(response.status, 201);
  });

  for (const [what, body, paths] of invalid) {
    it(`refuses ${what} (422)`, async () => {
      const { response, body: answer } = await submit(body);
      assert.equal(response.status, 422);
      assert.deepEqual(Problem.parse(answer).errors!.map((e) => e.path), paths);
    });
  }
});

describe('privacy', () => {
  it('public: the reporter\'s name is shown, never their contact', async () => {
    const { trackingCode } = SubmittedComplaint.parse((await submit(road)).body);
    const text = JSON.stringify(await read(trackingCode));
    assert.match(text, /Yusuf Lubis/);
    assert.doesNotMatch(text, /7788|yusuf@example/);
  });

  it('anonymous: no reporter at all, and the identity is not even kept', async () => {
    const { trackingCode } = SubmittedComplaint.parse((await submit({ ...road, privacy: 'anonymous' })).body);
    const complaint = await read(trackingCode);
    assert.equal('reporter' in complaint, false);
    assert.equal(complaint.title, road.title);
    assert.doesNotMatch(JSON.stringify(complaint), /Yusuf|7788|yusuf@/);
    assert.equal(mock.store.state.complaints.complaints.get(trackingCode)!.reporter, undefined);
  });

  it('confidential: neither reporter nor content is readable, and it is never listed', async () => {
    const seeded = await read(CONFIDENTIAL);
    for (const hidden of ['title', 'description', 'location', 'photos', 'reporter']) assert.equal(hidden in seeded, false, hidden);
    assert.doesNotMatch(JSON.stringify(seeded), /dana desa|balai|Hendra|6600777/i);
    assert.equal(seeded.status, 'verified');
    const list = await (await fetch(`${base}/complaints?limit=100`)).json();
    const codes = (list.items as Array<{ trackingCode: string }>).map((c) => c.trackingCode);
    assert.ok(codes.includes(PUBLIC) && codes.includes(ANONYMOUS));
    assert.equal(codes.includes(CONFIDENTIAL), false);
    assert.doesNotMatch(JSON.stringify(list), /Rina Sari|rina\.sari/);
  });

  it('the public list is paginated with a cursor', async () => {
    const first = await (await fetch(`${base}/complaints?limit=1`)).json();
    assert.equal(first.items.length, 1);
    assert.equal(first.items[0].trackingCode, ANONYMOUS, 'newest first');
    const second = await (await fetch(`${base}/complaints?limit=1&cursor=${first.nextCursor}`)).json();
    assert.equal(second.items[0].trackingCode, PUBLIC);
    assert.equal(second.nextCursor, null);
  });
});

describe('following a complaint to the end', () => {
  it('moves along the clock, takes follow-ups, is rated once, and reopened once within 7 days', async () => {
    const { trackingCode } = SubmittedComplaint.parse((await submit(road)).body);
    assert.equal((await post(`/complaints/${trackingCode}/rating`, { score: 5 })).status, 409, 'not resolved yet');
    await clock({ advanceMinutes: 3 * 60 });
    assert.equal((await read(trackingCode)).status, 'verified');
    assert.equal((await post(`/complaints/${trackingCode}/comments`, { message: 'Lubangnya makin besar sejak kemarin.' })).status, 201);
    await clock({ advanceMinutes: 4 * 24 * 60 });
    const resolved = await read(trackingCode);
    assert.deepEqual(resolved.timeline.map((t) => t.status), ['received', 'verified', 'in_progress', 'resolved']);
    assert.deepEqual(resolved.messages.map((m) => m.author), ['agency', 'citizen', 'agency', 'agency']);
    assert.equal(resolved.canRate, true);
    assert.ok(resolved.reopenUntil);

    const rated = Complaint.parse(await (await post(`/complaints/${trackingCode}/rating`, { score: 4, comment: 'Cepat, terima kasih.' })).json());
    assert.equal(rated.rating!.score, 4);
    assert.equal((await post(`/complaints/${trackingCode}/rating`, { score: 1 })).status, 409, 'rated once');
    assert.equal((await post(`/complaints/${trackingCode}/rating`, { score: 6 })).status, 422);

    const reopened = Complaint.parse(await (await post(`/complaints/${trackingCode}/reopen`, { reason: 'Tambalan sudah lepas lagi setelah hujan.' })).json());
    assert.equal(reopened.status, 'in_progress');
    assert.equal((await post(`/complaints/${trackingCode}/reopen`, { reason: 'Masih belum beres juga.' })).status, 409);
  });

  it('cannot reopen after 7 days, nor take follow-ups then', async () => {
    await clock({ set: '2026-12-05T09:00:00+07:00' }); // the seeded public complaint was resolved on 27 November
    const closed = await read(PUBLIC);
    assert.equal(closed.reopenUntil, null);
    assert.equal(closed.canComment, false);
    assert.equal((await post(`/complaints/${PUBLIC}/reopen`, { reason: 'Masih berlubang di sisi kiri.' })).status, 409);
    assert.equal((await post(`/complaints/${PUBLIC}/comments`, { message: 'Halo?' })).status, 409);
  });

  it('the agency can answer by hand (a knob)', async () => {
    const answered = Complaint.parse(await (await post(`/_mock/complaints/${ANONYMOUS}/respond`, { status: 'rejected', message: 'Tidak ditemukan bukti.' })).json());
    assert.equal(answered.status, 'rejected');
    assert.equal(answered.canComment, false);
    assert.equal(answered.messages.at(-1)!.message, 'Tidak ditemukan bukti.');
  });

  it('answers 404 for an unknown tracking code', async () => {
    assert.equal((await fetch(`${base}/complaints/ZZZZZ-ZZZZZ-ZZZZZ`)).status, 404);
  });
});
