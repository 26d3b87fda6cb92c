import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormDefinition, isFieldVisible, validateAnswers, visibleFields, type Answers, type FormField } from '@layanan/contract';

const t = (id: string) => ({ id, en: id });
const field = (f: Partial<FormField> & Pick<FormField, 'id' | 'type'>): FormField => ({ label: t(f.id), ...f });
const form = (...fields: FormField[]) => FormDefinition.parse({ version: 1, steps: [{ id: 's', title: t('s'), fields }] });
const today = '2026-11-30';
const regions = [{ id: 'kotabumi', name: 'Kotabumi', villages: [{ id: 'sindang-sari', name: 'Sindang Sari' }] }];

/** [code] of the one field `f` with `value`, or [] when valid. */
function codes(f: FormField, value: Answers[string] | undefined, locale: 'id' | 'en' = 'id'): string[] {
  return validateAnswers(form(f), value === undefined ? {} : { [f.id]: value }, { today, regions, locale }).map((e) => e.code);
}

describe('the shared form validator, rule by rule', () => {
  it('required, for every kind of empty', () => {
    const f = field({ id: 'a', type: 'text', required: true });
    for (const empty of [undefined, '', []] as const) assert.deepEqual(codes(f, empty as never), ['required']);
    assert.deepEqual(codes(field({ id: 'a', type: 'text' }), undefined), []);
  });

  it('text: length (trimmed) and pattern over the whole text', () => {
    const f = field({ id: 'a', type: 'text', minLength: 3, maxLength: 5, pattern: '[A-Z]+' });
    assert.deepEqual(codes(f, ' AB '), ['too_short']);
    assert.deepEqual(codes(f, 'ABCDEF'), ['too_long']);
    assert.deepEqual(codes(f, 'ABc'), ['pattern']);
    assert.deepEqual(codes(f, 'XABCX'.slice(0, 4)), []);
    assert.deepEqual(codes(f, 42), ['wrong_type']);
  });

  it('number and money: bounds, numbers typed as text, whole rupiah', () => {
    const n = field({ id: 'n', type: 'number', min: 1, max: 8 });
    assert.deepEqual([codes(n, 0), codes(n, 9), codes(n, '3'), codes(n, 'tiga'), codes(n, 2.5)], [['too_small'], ['too_large'], [], ['not_a_number'], []]);
    const m = field({ id: 'm', type: 'money', min: 1, max: 5_000_000_000 });
    assert.deepEqual([codes(m, 1500.5), codes(m, -5), codes(m, 150000), codes(m, 6_000_000_000)], [['not_whole_rupiah'], ['not_whole_rupiah'], [], ['too_large']]);
  });

  it('date: a real calendar date, min and max with "today"', () => {
    const f = field({ id: 'd', type: 'date', min: 'today', max: '2027-12-31' });
    assert.deepEqual(codes(f, '2026-02-30'), ['invalid_date']);
    assert.deepEqual(codes(f, '30/11/2026'), ['invalid_date']);
    assert.deepEqual(codes(f, '2026-11-29'), ['date_too_early']);
    assert.deepEqual(codes(f, '2028-01-01'), ['date_too_late']);
    assert.deepEqual(codes(f, '2026-11-30'), []);
  });

  it('select and radio: one of the options', () => {
    const options = [{ value: 'ya', label: t('Ya') }];
    assert.deepEqual(codes(field({ id: 's', type: 'select', options }), 'mungkin'), ['invalid_option']);
    assert.deepEqual(codes(field({ id: 'r', type: 'radio', options }), 'ya'), []);
  });

  it('checkbox: a required single box must be ticked; with options, a list of them', () => {
    const consent = field({ id: 'c', type: 'checkbox', required: true });
    assert.deepEqual([codes(consent, false), codes(consent, true), codes(consent, undefined)], [['must_accept'], [], ['must_accept']]);
    const days = field({ id: 'days', type: 'checkbox', required: true, options: [{ value: 'senin', label: t('Senin') }, { value: 'selasa', label: t('Selasa') }] });
    assert.deepEqual([codes(days, []), codes(days, ['senin', 'rabu']), codes(days, ['selasa'])], [['required'], ['invalid_option'], []]);
  });

  it('email, phone, NIK and NPWP, with the identity validators\' reasons', () => {
    assert.deepEqual(codes(field({ id: 'e', type: 'email' }), 'siti@desa'), ['invalid_email']);
    assert.deepEqual(codes(field({ id: 'p', type: 'phone' }), '0812-3456'), ['invalid_phone']);
    assert.deepEqual(codes(field({ id: 'p', type: 'phone' }), '0812-3456-7890'), []);
    const nik = field({ id: 'k', type: 'nik' });
    assert.deepEqual([codes(nik, '1803053002900001'), codes(nik, '9903051203900002'), codes(nik, '18030512'), codes(nik, '1803051203900000')], [
      ['nik_birth_date'], ['nik_region'], ['nik_length'], ['nik_serial'],
    ]);
    const npwp = field({ id: 'w', type: 'npwp' });
    assert.deepEqual([codes(npwp, '01.234.567.5-123.000'), codes(npwp, '01.234.567.4-123.000'), codes(npwp, '123')], [['npwp_check_digit'], [], ['npwp_length']]);
  });

  it('file: accepted type and size', () => {
    const f = field({ id: 'f', type: 'file', accept: ['application/pdf'], maxSizeBytes: 2 * 1024 * 1024 });
    assert.deepEqual(codes(f, { uploadId: 'UPL-1', contentType: 'image/png', size: 10 }), ['file_type']);
    assert.deepEqual(codes(f, { uploadId: 'UPL-1', contentType: 'application/pdf', size: 3 * 1024 * 1024 }), ['file_too_large']);
    assert.equal(validateAnswers(form(f), { f: { uploadId: 'x', contentType: 'application/pdf', size: 3e6 } }, { today })[0]!.message, 'Berkas paling besar 2 MB.');
    assert.deepEqual(codes(f, 'scan.pdf'), ['wrong_type']);
  });

  it('address: a village of the chosen district, and a street', () => {
    const f = field({ id: 'a', type: 'address' });
    assert.deepEqual(codes(f, { districtId: 'kotabumi', villageId: 'sindang-sari', street: 'Jl. Pemuda 3' }), []);
    assert.deepEqual(codes(f, { districtId: 'kotabumi', villageId: 'kelapa-tujuh', street: 'Jl. Pemuda 3' }), ['invalid_address']);
    assert.deepEqual(codes(f, { districtId: 'kotabumi', villageId: 'sindang-sari', street: 'Jl' }), ['invalid_address']);
  });

  it('speaks the asked language, with the rule\'s number', () => {
    const f = field({ id: 'a', type: 'text', minLength: 3 });
    assert.equal(validateAnswers(form(f), { a: 'ab' }, { locale: 'en' })[0]!.message, 'At least 3 characters.');
    assert.equal(validateAnswers(form(f), { a: 'ab' })[0]!.message, 'Paling sedikit 3 karakter.');
  });
});

describe('conditional fields', () => {
  const definition = form(
    field({ id: 'hasPremises', type: 'radio', required: true, options: [{ value: 'ya', label: t('Ya') }, { value: 'tidak', label: t('Tidak') }] }),
    field({ id: 'premisesStatus', type: 'select', required: true, options: [{ value: 'sewa', label: t('Sewa') }], visibleWhen: { field: 'hasPremises', in: ['ya'] } }),
    field({ id: 'landlord', type: 'text', required: true, visibleWhen: { field: 'premisesStatus', in: ['sewa'] } }),
    field({ id: 'note', type: 'text', required: true, visibleWhen: { field: 'hasPremises', filled: true } }),
  );

  it('a hidden field is neither shown nor checked, and its answer is kept', () => {
    const answers: Answers = { hasPremises: 'tidak', premisesStatus: 'sewa', note: 'x' };
    assert.deepEqual(visibleFields(definition, answers).map((f) => f.id), ['hasPremises', 'note']);
    assert.deepEqual(validateAnswers(definition, answers), []);
    assert.equal(answers.premisesStatus, 'sewa');
  });

  it('appears when its condition holds, and a field behind a hidden one stays hidden', () => {
    assert.deepEqual(validateAnswers(definition, { hasPremises: 'ya', note: 'x' }).map((e) => e.path), ['premisesStatus']);
    assert.deepEqual(validateAnswers(definition, { hasPremises: 'ya', premisesStatus: 'sewa', note: 'x' }).map((e) => e.path), ['landlord']);
    const landlord = definition.steps[0]!.fields[2]!;
    assert.equal(isFieldVisible(definition, landlord, { hasPremises: 'tidak', premisesStatus: 'sewa' }), false);
  });

  it('`filled` shows a field once the other has any answer', () => {
    assert.deepEqual(validateAnswers(definition, {}).map((e) => e.path), ['hasPremises']);
  });

  it('checks only the fields asked for (as the citizen leaves a field)', () => {
    assert.deepEqual(validateAnswers(definition, { hasPremises: 'ya' }, { only: ['note'] }).map((e) => e.path), ['note']);
  });
});
