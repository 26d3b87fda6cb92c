import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { PermitApplication, PermitType, PermitTypeSummary, Problem, type Answers, type FieldType } from '@layanan/contract';
import { createNodeMockServer } from '@layanan/mock-server/node';

const mock = createNodeMockServer();
const base = 'http://api.test/v1';
const json = { 'content-type': 'application/json' };
const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { method, headers: { ...json, ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as unknown };
};
const app = (body: unknown) => PermitApplication.parse(body);

const photo = async () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
  const response = await fetch(`${base}/uploads`, { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: new Blob([jpeg]) });
  const upload = (await response.json()) as { id: string; size: number; contentType: string };
  return { uploadId: upload.id, size: upload.size, contentType: upload.contentType };
};

const microBusiness = async (): Promise<Answers> => ({
  fullName: 'Siti Aminah',
  nik: '1803054512900001',
  phone: '0812-3456-7890',
  businessName: 'Keripik Pisang Bu Siti',
  sector: 'kuliner',
  address: { districtId: 'kotabumi-selatan', villageId: 'kelapa-tujuh', street: 'Jl. Pemuda No. 14' },
  capital: 15_000_000,
  employees: 3,
  startDate: '2024-03-01',
  hasPremises: 'ya',
  premisesStatus: 'sewa',
  premisesPhoto: await photo(),
  activity: 'Produksi dan penjualan keripik pisang dan singkong untuk warung di Kotabumi.',
  declaration: true,
});

describe('permit types', () => {
  it('lists four permits, and their forms use every field type between them', async () => {
    const list = (await send('GET', '/permits/types')).body as { items: unknown[] };
    const summaries = list.items.map((i) => PermitTypeSummary.parse(i));
    assert.equal(summaries.length, 4);
    assert.equal('form' in (list.items[0] as object), false, 'the list carries no forms');
    const used = new Set<FieldType>();
    const rules = new Set<string>();
    for (const { id } of summaries) {
      const type = PermitType.parse((await send('GET', `/permits/types/${id}`)).body);
      for (const field of type.form.steps.flatMap((s) => s.fields)) {
        used.add(field.type);
        for (const rule of ['required', 'min', 'max', 'minLength', 'maxLength', 'pattern', 'options', 'accept', 'maxSizeBytes', 'visibleWhen'] as const) {
          if (field[rule] !== undefined) rules.add(rule);
        }
      }
    }
    assert.equal(used.size, 14);
    assert.equal(rules.size, 10);
  });

  it('serves the region data the address field chooses from', async () => {
    const regions = (await send('GET', '/agency/regions')).body as { items: Array<{ id: string; villages: unknown[] }> };
    assert.ok(regions.items.some((d) => d.id === 'abung-selatan' && d.villages.length > 0));
  });
});

describe('applications', () => {
  it('creates a draft with a resume code, saves answers without overwriting another device\'s work', async () => {
    const draft = app((await send('POST', '/permits/applications', { typeId: 'izin-usaha-mikro', answers: { fullName: 'Siti' } })).body);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.version, 1);
    const saved = app((await send('PATCH', `/permits/applications/${draft.code}`, { version: 1, answers: { fullName: 'Siti Aminah', phone: '0812' } })).body);
    assert.equal(saved.version, 2);
    assert.deepEqual(saved.answers, { fullName: 'Siti Aminah', phone: '0812' });
    // A second device still on version 1:
    const stale = await send('PATCH', `/permits/applications/${draft.code}`, { version: 1, answers: { fullName: 'S. Aminah' } });
    assert.equal(stale.status, 409);
    const problem = Problem.parse(stale.body);
    assert.equal(problem.type, 'urn:layanan:problem:application-version-conflict');
    assert.equal(problem.currentVersion, 2);
    const cleared = app((await send('PATCH', `/permits/applications/${draft.code}`, { version: 2, answers: { phone: null } })).body);
    assert.deepEqual(cleared.answers, { fullName: 'Siti Aminah' });
  });

  it('submit is checked by the shared validator: 422 with errors at answers.<field>', async () => {
    const draft = app((await send('POST', '/permits/applications', { typeId: 'izin-usaha-mikro', answers: { ...(await microBusiness()), nik: '1803053002900001', capital: 1.5, premisesPhoto: undefined } })).body);
    const refused = await send('POST', `/permits/applications/${draft.code}/submit`, undefined, { 'accept-language': 'en' });
    assert.equal(refused.status, 422);
    assert.deepEqual(Problem.parse(refused.body).errors!.map((e) => [e.path, e.code]), [
      ['answers.nik', 'nik_birth_date'],
      ['answers.capital', 'not_whole_rupiah'],
      ['answers.premisesPhoto', 'required'],
    ]);
    assert.equal(Problem.parse(refused.body).errors![0]!.message, 'The birth date in this NIK is impossible.');
  });

  it('a hidden field does not block a submission', async () => {
    const answers = await microBusiness();
    const draft = app((await send('POST', '/permits/applications', { typeId: 'izin-usaha-mikro', answers: { ...answers, hasPremises: 'tidak', premisesStatus: 'ngawur', premisesPhoto: undefined } })).body);
    assert.equal((await send('POST', `/permits/applications/${draft.code}/submit`)).status, 200);
  });

  it('moves from submitted to verification, takes a revision request, is edited and resubmitted, and approved', async () => {
    const draft = app((await send('POST', '/permits/applications', { typeId: 'izin-usaha-mikro', answers: await microBusiness() })).body);
    const submitted = app((await send('POST', `/permits/applications/${draft.code}/submit`)).body);
    assert.equal(submitted.status, 'submitted');
    assert.equal(submitted.decisionDue, '2026-12-03T23:59:59+07:00', 'three working days');
    assert.equal((await send('PATCH', `/permits/applications/${draft.code}`, { version: submitted.version, answers: { employees: 4 } })).status, 409, 'not editable now');
    await send('POST', '/_mock/clock', { advanceMinutes: 61 });
    assert.equal(app((await send('GET', `/permits/applications/${draft.code}`)).body).status, 'verification');

    const revision = app((await send('POST', `/_mock/permits/applications/${draft.code}/decide`, { decision: 'request_revision', note: 'Foto tempat usaha buram; unggah ulang.' })).body);
    assert.equal(revision.status, 'revision_requested');
    assert.equal(revision.officerNote, 'Foto tempat usaha buram; unggah ulang.');
    assert.equal(revision.canEdit, true);
    const edited = app((await send('PATCH', `/permits/applications/${draft.code}`, { version: revision.version, answers: { premisesPhoto: await photo() } })).body);
    const again = app((await send('POST', `/permits/applications/${draft.code}/submit`)).body);
    assert.equal(again.status, 'submitted');
    assert.ok(again.version > edited.version);
    const approved = app((await send('POST', `/_mock/permits/applications/${draft.code}/decide`, { decision: 'approve', note: 'Izin terbit.' })).body);
    assert.deepEqual(approved.timeline.map((t) => t.status), ['draft', 'submitted', 'verification', 'revision_requested', 'submitted', 'approved']);
  });

  it('is approved on its own when the service level is reached', async () => {
    const draft = app((await send('POST', '/permits/applications', { typeId: 'izin-usaha-mikro', answers: await microBusiness() })).body);
    await send('POST', `/permits/applications/${draft.code}/submit`);
    await send('POST', '/_mock/clock', { set: '2026-12-04T08:00:00+07:00' });
    assert.equal(app((await send('GET', `/permits/applications/${draft.code}`)).body).status, 'approved');
  });

  it('takes PDF documents as uploads', async () => {
    const response = await fetch(`${base}/uploads`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: new Blob([PDF]) });
    assert.equal(response.status, 201);
  });

  it('is never stored by a browser or a proxy (it holds a NIK, NPWP and phone), and still answers 304', async () => {
    const response = await fetch(`${base}/permits/applications/PRM7K-D2AFT-Q9WXZ`);
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const again = await fetch(`${base}/permits/applications/PRM7K-D2AFT-Q9WXZ`, { headers: { 'if-none-match': response.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('answers 404 for an unknown code or type', async () => {
    assert.equal((await send('GET', '/permits/applications/ZZZZZ-ZZZZZ-ZZZZZ')).status, 404);
    assert.equal((await send('GET', '/permits/types/izin-naga')).status, 404);
    assert.equal((await send('POST', '/permits/applications', { typeId: 'izin-naga' })).status, 422);
  });
});
