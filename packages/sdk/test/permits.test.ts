import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { validateAnswers } from '@layanan/contract';
import { createNodeMockServer } from '@layanan/mock-server/node';
import { createClient, isProblemError } from '@layanan/sdk';

const baseUrl = 'http://api.test';
const mock = createNodeMockServer();
const DRAFT = 'PRM7K-D2AFT-Q9WXZ';

before(() => mock.listen());
afterEach(() => mock.reset());
after(() => mock.close());

/** A fetch that counts PATCH requests. */
function patches() {
  let count = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    if ((init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase() === 'PATCH') count++;
    return globalThis.fetch(input, init);
  };
  return { fetch, count: () => count };
}

describe('client.permits', () => {
  it('reads types, a form and the regions; the form validates with the shared validator', async () => {
    const client = createClient({ baseUrl });
    assert.equal((await client.permits.types()).length, 4);
    const type = await client.permits.type('izin-usaha-mikro');
    const regions = await client.permits.regions();
    const errors = validateAnswers(type.form, (await client.permits.getApplication(DRAFT)).answers, { regions, today: '2026-11-30' });
    assert.ok(errors.some((e) => e.path === 'capital' && e.code === 'required'));
  });

  it('coalesces rapid saves into few requests, in order, and follows the version', async () => {
    const counter = patches();
    const client = createClient({ baseUrl, fetch: counter.fetch });
    const saves = ['B', 'Be', 'Ben', 'Beng', 'Bengkel'].map((name) => client.permits.saveDraft(DRAFT, { businessName: name }, { version: 3 }));
    const results = await Promise.all(saves);
    assert.equal(results.at(-1)!.answers.businessName, 'Bengkel');
    assert.ok(counter.count() <= 2, `${counter.count()} requests for 5 saves`);
    const more = await client.permits.saveDraft(DRAFT, { employees: 2 }, { version: results.at(-1)!.version });
    assert.equal(more.answers.businessName, 'Bengkel');
    assert.equal(more.answers.employees, 2);
  });

  it('refuses to overwrite another device\'s save: a 409 with the current version', async () => {
    const phone = createClient({ baseUrl });
    const laptop = createClient({ baseUrl });
    await phone.permits.saveDraft(DRAFT, { employees: 1 }, { version: 3 });
    const error = await laptop.permits.saveDraft(DRAFT, { employees: 9 }, { version: 3 }).catch((e: unknown) => e);
    assert.ok(isProblemError(error) && error.status === 409);
    assert.equal(error.problem.currentVersion, 4);
    assert.equal((await laptop.permits.getApplication(DRAFT)).answers.employees, 1);
  });

  it('uploads a document, answers the file field with it, and submits; a 422 maps onto answers.<field>', async () => {
    const client = createClient({ baseUrl, locale: 'en' });
    const draft = await client.permits.createDraft('persetujuan-bangunan-gedung', { fullName: 'Budi Santoso' });
    const pdf = await client.permits.upload(new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF')], { type: 'application/pdf' }));
    const error = await client.permits.submit(draft.code).catch((e: unknown) => e);
    assert.ok(isProblemError(error) && error.status === 422);
    assert.equal(error.fieldErrors['answers.nik']?.message, 'Required.');
    const saved = await client.permits.saveDraft(
      draft.code,
      {
        nik: '1803051203900002',
        phone: '081277788899',
        function: 'hunian',
        floors: 2,
        floorArea: 120,
        certificateNumber: '08.03.01.02.1.00456',
        location: { districtId: 'kotabumi', villageId: 'sindang-sari', street: 'Jl. Sindang Sari No. 9' },
        drawings: { uploadId: pdf.id, name: 'rencana.pdf', size: pdf.size, contentType: pdf.contentType },
        declaration: true,
      },
      { version: draft.version },
    );
    const submitted = await client.permits.submit(saved.code);
    assert.equal(submitted.status, 'submitted');
    assert.equal(submitted.decisionDue, '2026-12-18T23:59:59+07:00', 'fourteen working days');
  });
});
