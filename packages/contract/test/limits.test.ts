import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dirname, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup, type Plugin } from 'rollup';
import ts from 'typescript';
import {
  BILLING_CODE_LENGTH, CommentRequest, COMPLAINT_LIMITS, Email, EMAIL_PATTERN, isEmail, isFinalComplaint, isValidBillingCode, IssueTicketRequest,
  normalizeBillingCode, QUEUE_TICKET_LIMITS, RatingRequest, ReopenRequest, SubmitComplaintRequest, validateAnswers, type Complaint,
} from '@layanan/contract';

const x = (n: number) => 'x'.repeat(n);
const complaint = {
  categoryId: 'jalan-rusak',
  title: 'Jalan berlubang di depan pasar',
  description: 'Lubang besar di jalan depan Pasar Kotabumi, berbahaya bagi pengendara motor.',
  location: { text: 'Jl. Soekarno-Hatta, Kotabumi' },
  privacy: 'public' as const,
  reporter: { name: 'Siti Rahayu', phone: '081234567890' },
  consent: true as const,
};
const ticket = { serviceId: 'ktp-el', visitDate: '2026-12-01', name: 'Budi Santoso', phone: '081234567890' };
const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('limits: the schemas take their numbers from them', () => {
  it('a complaint: title, description and location, at each bound and one past it', () => {
    for (const [field, limit] of [['title', COMPLAINT_LIMITS.title], ['description', COMPLAINT_LIMITS.description]] as const) {
      assert.equal(accepts(SubmitComplaintRequest, { ...complaint, [field]: x(limit.min) }), true, `${field} of ${limit.min}`);
      assert.equal(accepts(SubmitComplaintRequest, { ...complaint, [field]: x(limit.min - 1) }), false, `${field} of ${limit.min - 1}`);
      assert.equal(accepts(SubmitComplaintRequest, { ...complaint, [field]: x(limit.max) }), true, `${field} of ${limit.max}`);
      assert.equal(accepts(SubmitComplaintRequest, { ...complaint, [field]: x(limit.max + 1) }), false, `${field} of ${limit.max + 1}`);
    }
    const { min, max } = COMPLAINT_LIMITS.location;
    assert.deepEqual(
      [min - 1, min, max, max + 1].map((n) => accepts(SubmitComplaintRequest, { ...complaint, location: { text: x(n) } })),
      [false, true, true, false],
    );
  });

  it('a complaint: the reporter, the photos, and what follows it', () => {
    const L = COMPLAINT_LIMITS;
    const reporter = (r: object) => accepts(SubmitComplaintRequest, { ...complaint, reporter: { ...complaint.reporter, ...r } });
    assert.deepEqual([reporter({ name: x(L.name.min - 1) }), reporter({ name: x(L.name.max) }), reporter({ name: x(L.name.max + 1) })], [false, true, false]);
    assert.deepEqual([reporter({ phone: x(L.phone.max) }), reporter({ phone: x(L.phone.max + 1) })], [true, false]);
    assert.deepEqual([reporter({ email: x(L.email.max) }), reporter({ email: x(L.email.max + 1) })], [true, false]);
    const photos = (n: number) => accepts(SubmitComplaintRequest, { ...complaint, photoIds: Array(n).fill('UPL-1') });
    assert.deepEqual([photos(L.photos), photos(L.photos + 1)], [true, false]);
    assert.deepEqual([accepts(CommentRequest, { message: x(L.comment.max) }), accepts(CommentRequest, { message: x(L.comment.max + 1) })], [true, false]);
    assert.equal(accepts(CommentRequest, { message: ' '.repeat(L.comment.min) }), false, 'a blank comment');
    const rating = (n: number) => accepts(RatingRequest, { score: 5, comment: x(n) });
    assert.deepEqual([rating(L.ratingComment.max), rating(L.ratingComment.max + 1)], [true, false]);
    const reopen = (n: number) => accepts(ReopenRequest, { reason: x(n) });
    assert.deepEqual([reopen(L.reopenReason.min - 1), reopen(L.reopenReason.min), reopen(L.reopenReason.max), reopen(L.reopenReason.max + 1)], [false, true, true, false]);
  });

  it("a queue ticket: the holder's name of 2–100 characters, trimmed", () => {
    const { name, phone, nik } = QUEUE_TICKET_LIMITS;
    assert.deepEqual([name.min, name.max], [2, 100]);
    const issue = (r: object) => accepts(IssueTicketRequest, { ...ticket, ...r });
    assert.deepEqual([issue({ name: ` ${x(name.min - 1)} ` }), issue({ name: x(name.min) }), issue({ name: x(name.max) }), issue({ name: x(name.max + 1) })], [false, true, true, false]);
    assert.deepEqual([issue({ phone: x(phone.max) }), issue({ phone: x(phone.max + 1) })], [true, false]);
    assert.deepEqual([issue({ nik: x(nik.max) }), issue({ nik: x(nik.max + 1) })], [true, false]);
  });
});

describe('billing codes', () => {
  it('are 15 digits, typed bare or with spaces, dots and dashes', () => {
    assert.equal(BILLING_CODE_LENGTH, 15);
    assert.equal(normalizeBillingCode('180300012600001'), '180300012600001');
    assert.equal(normalizeBillingCode(' 18030 00126 00001 '), '180300012600001');
    assert.equal(normalizeBillingCode('1803.0001.2600-001'), '180300012600001');
    for (const good of ['180300012600001', '1803 0001 2600 001']) assert.equal(isValidBillingCode(good), true, good);
  });

  it('refuse any other length, letters and nothing', () => {
    for (const bad of ['', '   ', '18030001260000', '1803000126000011', '18030001260000A', '１８０３０００１２６００００１', '180300012600001\n2']) {
      assert.equal(isValidBillingCode(bad), false, JSON.stringify(bad));
      assert.equal(normalizeBillingCode(bad), null, JSON.stringify(bad));
    }
  });
});

describe('email', () => {
  const samples = ['siti@lampungutarakab.go.id', 'a.b+c@d.co', 'siti@', '@d.co', 'siti rahayu@d.co', 'siti@d', 'siti@d.', 'siti@@d.co', ' siti@d.co'];

  it('one pattern: the schema, the predicate and the form validator agree', () => {
    const field = { id: 'email', type: 'email' as const, label: { id: 'Surel', en: 'Email' } };
    const form = { version: 1, steps: [{ id: 's', title: { id: 's', en: 's' }, fields: [field] }] };
    for (const sample of samples) {
      const byForm = validateAnswers(form, { email: sample }, { today: '2026-12-01' }).length === 0;
      assert.equal(Email.safeParse(sample).success, isEmail(sample), sample);
      assert.equal(byForm, isEmail(sample.trim()), sample);
    }
    assert.deepEqual(samples.map(isEmail), [true, true, false, false, false, false, false, false, false]);
    assert.equal(EMAIL_PATTERN.test('siti@lampungutarakab.go.id'), true);
  });
});

describe('isFinalComplaint', () => {
  const open = { status: 'in_progress', canRate: false, canComment: true, reopenUntil: null } satisfies Pick<Complaint, 'status' | 'canRate' | 'canComment' | 'reopenUntil'>;

  it('is final once rejected, or resolved with nothing left to do', () => {
    assert.equal(isFinalComplaint({ ...open, status: 'rejected', canComment: false }), true);
    assert.equal(isFinalComplaint({ ...open, status: 'resolved', canComment: false }), true);
  });

  it('is not final while anything can still happen to it', () => {
    for (const status of ['received', 'verified', 'in_progress'] as const) assert.equal(isFinalComplaint({ ...open, status }), false, status);
    const resolved = { ...open, status: 'resolved' as const, canComment: false };
    assert.equal(isFinalComplaint({ ...resolved, canRate: true }), false, 'still to be rated');
    assert.equal(isFinalComplaint({ ...resolved, reopenUntil: '2026-12-08T09:00:00+07:00' }), false, 'may be reopened');
    assert.equal(isFinalComplaint({ ...resolved, canComment: true }), false, 'may be commented on');
  });
});

// Strips types only (no type check): the bundle is what matters here, and a full check takes 15 s.
const typeScriptSources: Plugin = {
  name: 'ts-sources',
  resolveId: (id, importer) => (importer?.endsWith('.ts') && id.startsWith('.') && id.endsWith('.js') ? resolve(dirname(importer), id.replace(/\.js$/, '.ts')) : null),
  transform: (code, id) => (id.endsWith('.ts') ? ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText : null),
};

describe('the limits module', () => {
  it('costs a widget under 3 KB before minifying, and no zod', async () => {
    const entry = '\0limits-only';
    const code = "export { COMPLAINT_LIMITS, QUEUE_TICKET_LIMITS, isValidBillingCode, isEmail, isFinalComplaint } from '@layanan/contract';";
    const build = await rollup({
      input: entry,
      onwarn() {},
      plugins: [
        { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) },
        nodeResolve({ exportConditions: ['source'] }),
        typeScriptSources,
      ],
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    const bundle = output[0].code;
    assert.doesNotMatch(bundle, /_zod|zod\/mini|\$Zod/, 'zod came along');
    assert.ok(Buffer.byteLength(bundle) < 3000, `${Buffer.byteLength(bundle)} bytes unminified`);
  });
});
