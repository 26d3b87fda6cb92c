import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccessCode, ACCESS_CODE_ALPHABET, Agency, agencyExample, formatRupiah, Money, normalizeAccessCode, generateAccessCode, Problem, zonedParts } from '@layanan/contract';

describe('access codes', () => {
  it('are three groups of five symbols from an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateAccessCode();
      assert.match(code, /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      assert.equal(AccessCode.safeParse(code).success, true);
    }
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) assert.equal(ACCESS_CODE_ALPHABET.includes(lookAlike), false);
  });

  it('carry at least 60 bits of randomness and do not repeat', () => {
    assert.ok(15 * Math.log2(ACCESS_CODE_ALPHABET.length) >= 60);
    const codes = new Set(Array.from({ length: 5000 }, generateAccessCode));
    assert.equal(codes.size, 5000);
  });

  it('use every symbol (no biased or stuck positions)', () => {
    const seen = new Set(Array.from({ length: 400 }, generateAccessCode).join('').replace(/-/g, ''));
    assert.equal(seen.size, ACCESS_CODE_ALPHABET.length);
  });

  it('normalize what a citizen typed, and refuse what cannot be a code', () => {
    assert.equal(normalizeAccessCode(' k7m2x 9pqrt-h4wz8 '), 'K7M2X-9PQRT-H4WZ8');
    assert.equal(normalizeAccessCode('K7M2X9PQRTH4WZ'), null);
    assert.equal(normalizeAccessCode('K7M2X-9PQRT-H4WZO'), null);
  });
});

describe('money', () => {
  it('is whole rupiah only', () => {
    assert.equal(Money.safeParse(150000).success, true);
    assert.equal(Money.safeParse(1500.5).success, false);
    assert.equal(Money.safeParse(-1).success, false);
    assert.equal(Money.safeParse('150000').success, false);
  });

  it('formats as id-ID rupiah without decimals', () => {
    assert.equal(formatRupiah(150000).replace(/\s/g, ' '), 'Rp 150.000');
  });
});

describe('problem', () => {
  it('keeps extension members and rejects a non-error status', () => {
    const parsed = Problem.parse({ type: 'urn:layanan:problem:conflict', title: 'Kuota penuh', status: 409, nextAvailableDate: '2026-11-30' });
    assert.equal(parsed.nextAvailableDate, '2026-11-30');
    assert.equal(Problem.safeParse({ type: 'x', title: 'ok', status: 200 }).success, false);
  });
});

describe('agency', () => {
  it('the seeded example satisfies its own schema', () => {
    assert.deepEqual(Agency.parse(agencyExample), agencyExample);
  });

  it('rejects opening hours on an eighth weekday and a non-E.164 phone', () => {
    assert.equal(Agency.safeParse({ ...agencyExample, openingHours: [{ day: 8, opens: '08:00', closes: '12:00' }] }).success, false);
    assert.equal(Agency.safeParse({ ...agencyExample, contact: { phone: '0724-21004' } }).success, false);
  });
});

describe('zonedParts', () => {
  it('gives the WIB date, time and ISO weekday of an instant', () => {
    // 2026-11-27 is a Friday; 18:30 UTC is 01:30 on Saturday in WIB.
    assert.deepEqual(zonedParts(new Date('2026-11-27T18:30:00Z'), 'Asia/Jakarta'), { date: '2026-11-28', time: '01:30', weekday: 6 });
  });
});
