import fc from 'fast-check';
import { NikCipher } from './nik-cipher.js';
import { maskNik, nikBirthDigits, nikProblems, parseNik } from './nik.js';

const regencies = new Set(['3301', '3374', '3320']);
const isRegency = (code: string) => regencies.has(code);
const dewi = { isRegency, birthDate: '1998-03-05', gender: 'F' as const };
const budi = { isRegency, birthDate: '2001-11-23', gender: 'M' as const };

describe('nikProblems', () => {
  it.each([
    ['a woman: day + 40', '3374014503980001', dewi],
    ['a man: day as is', '3301022311010007', budi],
    ['spaces and dots are ignored', '3374 01 450398 0001', dewi],
  ])('accepts %s', (_, nik, context) => {
    expect(nikProblems(nik, context)).toEqual([]);
  });

  it.each([
    ['too short', '337401450398001', 'format', /exactly 16 digits; this one has 15/],
    ['letters', '33740145039800A1', 'format', /16 digits \(0-9\) only/],
    ['unknown regency', '3399014503980001', 'regency', /digits 1-4 \(3399\) must be the code of a regency/],
    ['province code only', '3300014503980001', 'regency', /digits 1-4/],
    ['district 00', '3374004503980001', 'district', /digits 5-6 .* cannot be 00/],
    ['day 32', '3374013203980001', 'birth_date', /digits 7-12 must be a birth date DDMMYY/],
    ['month 13', '3374014513980001', 'birth_date', /month 01-12/],
    ['another day', '3374014603980001', 'birth_date', /say the birth date is 06-03-98 .* given is 05-03-98/],
    ['another year', '3374014503990001', 'birth_date', /06|05-03-99/],
    ['sequence 0000', '3374014503980000', 'sequence', /digits 13-16 .* cannot be 0000/],
  ])('refuses %s, naming the part', (_, nik, part, message) => {
    const problems = nikProblems(nik, dewi);
    expect(problems.map((p) => p.part)).toEqual([part]);
    expect(problems[0].message).toMatch(message);
    expect(problems[0].message).not.toContain(nik);
  });

  it('refuses a man’s day for a woman and a woman’s day for a man', () => {
    expect(nikProblems('3374010503980001', dewi).map((p) => p.part)).toEqual(['gender']);
    expect(nikProblems('3301026311010007', budi).map((p) => p.part)).toEqual(['gender']);
    expect(nikProblems('3374010503980001', dewi)[0].message).toMatch(/gender given is female/);
  });

  it('accepts every NIK built from a valid profile', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1940-01-01'), max: new Date('2011-12-31'), noInvalidDate: true }),
        fc.constantFrom<'F' | 'M'>('F', 'M'),
        fc.constantFrom(...regencies),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
        (date, gender, regency, district, sequence) => {
          const birthDate = date.toISOString().slice(0, 10);
          const nik = `${regency}${String(district).padStart(2, '0')}${nikBirthDigits(birthDate, gender)}${String(sequence).padStart(4, '0')}`;
          expect(nikProblems(nik, { isRegency, birthDate, gender })).toEqual([]);
          expect(parseNik(nik)?.gender).toBe(gender);
        },
      ),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string(), (input) => void nikProblems(input, dewi)));
  });
});

describe('maskNik', () => {
  it('keeps the regency code and the sequence', () => {
    expect(maskNik('3374014503980001')).toBe('3374••••••••0001');
  });
});

describe('NikCipher', () => {
  const cipher = new NikCipher(Buffer.alloc(32, 7), Buffer.alloc(32, 8));

  it('round-trips, with a fresh IV each time and a key id', () => {
    const a = cipher.encrypt('3374014503980001', 'owner-1');
    const b = cipher.encrypt('3374014503980001', 'owner-1');
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(a.ciphertext.includes(Buffer.from('3374014503980001'))).toBe(false);
    expect(a.keyId).toMatch(/^k1-[0-9a-f]{12}$/);
    expect(cipher.decrypt(a, 'owner-1')).toBe('3374014503980001');
  });

  it('does not decrypt on another owner’s row or with another key', () => {
    const encrypted = cipher.encrypt('3374014503980001', 'owner-1');
    expect(() => cipher.decrypt(encrypted, 'owner-2')).toThrow();
    expect(() => new NikCipher(Buffer.alloc(32, 9), Buffer.alloc(32, 8)).decrypt(encrypted, 'owner-1')).toThrow(/not configured/);
  });

  it('hashes equal NIKs equally, and depends on the key', () => {
    expect(cipher.hash('3374014503980001').equals(cipher.hash('3374014503980001'))).toBe(true);
    expect(cipher.hash('3374014503980001').equals(new NikCipher(Buffer.alloc(32, 7), Buffer.alloc(32, 1)).hash('3374014503980001'))).toBe(false);
  });
});
