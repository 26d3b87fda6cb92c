import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatNik, formatNop, formatNpwp, formatPhone, maskNik, parseNik, parseNop, parseNpwp, parsePhone,
} from '@layanan/contract';

const today = new Date('2026-11-27T00:00:00Z');

describe('NIK', () => {
  it('decodes a man born in Lampung Utara', () => {
    const result = parseNik('1803051203900002', { today });
    assert.deepEqual(result, {
      ok: true,
      value: {
        value: '1803051203900002',
        provinceCode: '18',
        regencyCode: '1803',
        districtCode: '180305',
        province: 'Lampung',
        regency: 'Kabupaten Lampung Utara',
        birthDate: '1990-03-12',
        sex: 'male',
        serial: '0002',
      },
    });
  });

  it('reads day + 40 as a woman, and a two-digit year as this century when not in the future', () => {
    const woman = parseNik('1803 0545 1205 0001', { today });
    assert.equal(woman.ok && woman.value.sex, 'female');
    assert.equal(woman.ok && woman.value.birthDate, '2005-12-05');
    const older = parseNik('3171015708450003', { today });
    assert.equal(older.ok && older.value.birthDate, '1945-08-17');
    assert.equal(older.ok && older.value.province, 'DKI Jakarta');
    assert.equal(older.ok && 'regency' in older.value, false);
  });

  it('accepts 29 February only in leap years', () => {
    assert.equal(parseNik('1803052902000001', { today }).ok, true);
    assert.deepEqual(parseNik('1803052902010001', { today }), { ok: false, reason: 'birth_date' });
  });

  const invalid: Array<[string, string, string]> = [
    ['', 'empty', 'nothing typed'],
    ['18030512039000', 'length', '14 digits'],
    ['18030512039000021', 'length', '17 digits'],
    ['18030512O3900002', 'digits', 'a letter O for a zero'],
    ['9903051203900002', 'province', 'province 99 does not exist'],
    ['1800051203900002', 'region', 'regency 00'],
    ['1803003003900002', 'region', 'district 00'],
    ['1803053002900002', 'birth_date', '30 February'],
    ['1803057203900002', 'birth_date', 'day 72 (32 + 40)'],
    ['1803050013900002', 'birth_date', 'month 13'],
    ['1803050000900002', 'birth_date', 'day 0 of month 0'],
    ['1803051203900000', 'serial', 'serial 0000'],
  ];
  for (const [input, reason, why] of invalid) {
    it(`rejects ${why}`, () => assert.deepEqual(parseNik(input, { today }), { ok: false, reason }));
  }

  it('rejects a birth date after today', () => {
    assert.deepEqual(parseNik('1803052812260001', { today }), { ok: false, reason: 'birth_date' });
    assert.equal(parseNik('1803052711260001', { today }).ok, true);
  });

  it('formats and masks for display', () => {
    assert.equal(formatNik('1803051203900002'), '1803 0512 0390 0002');
    assert.equal(maskNik('1803051203900002'), '180305******0002');
  });
});

describe('NOP', () => {
  it('parses the printed form and formats it back', () => {
    const result = parseNop('18.03.010.001.001-0001.0');
    assert.ok(result.ok);
    assert.equal(result.value.value, '180301000100100010');
    assert.equal(result.value.districtCode, '1803010');
    assert.equal(result.value.villageCode, '1803010001');
    assert.equal(result.value.block, '001');
    assert.equal(result.value.serial, '0001');
    assert.equal(result.value.type, '0');
    assert.equal(result.value.regency, 'Kabupaten Lampung Utara');
    assert.equal(formatNop('180301000100100010'), '18.03.010.001.001-0001.0');
  });

  it('rejects wrong lengths, letters, unknown provinces and empty segments', () => {
    assert.deepEqual(parseNop('18.03.010.001.001-0001'), { ok: false, reason: 'length' });
    assert.deepEqual(parseNop('1803010001001000100'), { ok: false, reason: 'length' });
    assert.deepEqual(parseNop('18030100010010001A'), { ok: false, reason: 'digits' });
    assert.deepEqual(parseNop('990301000100100010'), { ok: false, reason: 'province' });
    assert.deepEqual(parseNop('180300000100100010'), { ok: false, reason: 'region' });
    assert.deepEqual(parseNop(''), { ok: false, reason: 'empty' });
  });
});

describe('NPWP', () => {
  it('accepts an old 15-digit number whose ninth digit is the Luhn check digit', () => {
    // 0,1,2,3,4,5,6,7 → Luhn check digit 4 (worked by hand: 5+6+1+4+6+2+2+0 = 26 → 4).
    const result = parseNpwp('01.234.567.4-123.000');
    assert.deepEqual(result, { ok: true, value: { value: '012345674123000', value16: '0012345674123000', value15: '012345674123000', kind: 'legacy' } });
    assert.equal(formatNpwp('012345674123000'), '01.234.567.4-123.000');
  });

  it('rejects a wrong check digit, in both the 15- and the 0-prefixed 16-digit form', () => {
    assert.deepEqual(parseNpwp('01.234.567.5-123.000'), { ok: false, reason: 'check_digit' });
    assert.deepEqual(parseNpwp('0012345675123000'), { ok: false, reason: 'check_digit' });
  });

  it('accepts the 16-digit forms: 0 + old number, or a valid NIK', () => {
    assert.equal(parseNpwp('0012345674123000').ok, true);
    const nik = parseNpwp('1803051203900002', { today });
    assert.deepEqual(nik, { ok: true, value: { value: '1803051203900002', value16: '1803051203900002', kind: 'nik' } });
  });

  it('rejects a 16-digit number that is not a valid NIK, and other lengths', () => {
    assert.deepEqual(parseNpwp('1803053002900002', { today }), { ok: false, reason: 'nik' });
    assert.deepEqual(parseNpwp('01234567412300'), { ok: false, reason: 'length' });
    assert.deepEqual(parseNpwp('01.234.567.4-123.00X'), { ok: false, reason: 'digits' });
  });
});

describe('phone', () => {
  const same = '+6281234567890';
  for (const input of ['081234567890', '0812-3456-7890', '62 812 3456 7890', '+62 812-3456-7890', '+62 (812) 3456.7890']) {
    it(`normalizes ${input} to E.164`, () => {
      assert.deepEqual(parsePhone(input), { ok: true, value: { e164: same, kind: 'mobile' } });
    });
  }

  it('accepts a Kotabumi fixed line', () => {
    assert.deepEqual(parsePhone('(0724) 21004'), { ok: true, value: { e164: '+6272421004', kind: 'landline' } });
    assert.equal(formatPhone('+6272421004'), '+62 724 21004');
  });

  it('formats a mobile number for display', () => {
    assert.equal(formatPhone(same), '+62 812-3456-7890');
  });

  const invalid: Array<[string, string]> = [
    ['', 'empty'],
    ['0812 3456 abcd', 'characters'],
    ['812345678', 'prefix'],
    ['+60123456789', 'prefix'],
    ['00812345678', 'prefix'],
    ['0812345', 'length'],
    ['08123456789012', 'length'],
  ];
  for (const [input, reason] of invalid) {
    it(`rejects "${input}" (${reason})`, () => assert.deepEqual(parsePhone(input), { ok: false, reason }));
  }
});
