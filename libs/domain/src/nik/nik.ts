/**
 * The Nomor Induk Kependudukan (NIK), the 16-digit national identity number:
 * digits 1-4 the regency (kabupaten/kota) of registration, 5-6 the district (kecamatan),
 * 7-12 the birth date DDMMYY with 40 added to the day for women, 13-16 a sequence from 0001.
 */

export type NikPart = 'format' | 'regency' | 'district' | 'birth_date' | 'gender' | 'sequence';

export interface NikProblem {
  part: NikPart;
  /** Which digits the problem is in, 1-based and inclusive, for the message. */
  digits: string;
  message: string;
}

export interface NikFacts {
  regencyCode: string;
  districtCode: string;
  /** Day of birth, with the +40 for women removed. */
  day: number;
  month: number;
  /** Two-digit year of birth. */
  yy: number;
  gender: 'F' | 'M';
  sequence: string;
}

export interface NikContext {
  /** Whether a regency (kabupaten/kota) code exists in the reference data. */
  isRegency(code: string): boolean;
  /** The profile's birth date, `YYYY-MM-DD`. */
  birthDate: string;
  gender: 'F' | 'M';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads the parts of a 16-digit NIK; undefined when it is not 16 digits. */
export function parseNik(nik: string): NikFacts | undefined {
  if (!/^[0-9]{16}$/.test(nik)) return undefined;
  const rawDay = Number(nik.slice(6, 8));
  return {
    regencyCode: nik.slice(0, 4),
    districtCode: nik.slice(4, 6),
    day: rawDay > 40 ? rawDay - 40 : rawDay,
    month: Number(nik.slice(8, 10)),
    yy: Number(nik.slice(10, 12)),
    gender: rawDay > 40 ? 'F' : 'M',
    sequence: nik.slice(12, 16),
  };
}

/** The six birth-date digits a NIK carries for this birth date and gender (DDMMYY, day + 40 for women). */
export function nikBirthDigits(birthDate: string, gender: 'F' | 'M'): string {
  const [year, month, day] = birthDate.split('-').map(Number);
  return `${pad(gender === 'F' ? day + 40 : day)}${pad(month)}${pad(year % 100)}`;
}

function formatDate(day: number, month: number, yy: number): string {
  return `${pad(day)}-${pad(month)}-${pad(yy)}`;
}

/**
 * Everything wrong with a NIK, each problem naming the digits at fault and what they should be.
 * An empty list means the NIK is acceptable for this profile. The NIK itself never appears in a message.
 */
export function nikProblems(input: string, context: NikContext): NikProblem[] {
  const nik = input.replace(/[\s.-]/g, '');
  if (!/^[0-9]{16}$/.test(nik)) {
    const digits = nik.replace(/[^0-9]/g, '').length;
    return [
      {
        part: 'format',
        digits: '1-16',
        message: /[^0-9]/.test(nik)
          ? 'NIK must be 16 digits (0-9) only; remove letters and other characters.'
          : `NIK must be exactly 16 digits; this one has ${digits}.`,
      },
    ];
  }
  const facts = parseNik(nik)!;
  const problems: NikProblem[] = [];
  if (!context.isRegency(facts.regencyCode)) {
    problems.push({
      part: 'regency',
      digits: '1-4',
      message: `NIK digits 1-4 (${facts.regencyCode}) must be the code of a regency or city (kabupaten/kota), such as 3374 for Kota Semarang; ${facts.regencyCode} is not one.`,
    });
  }
  if (facts.districtCode === '00') {
    problems.push({ part: 'district', digits: '5-6', message: 'NIK digits 5-6 are the district (kecamatan) code and cannot be 00.' });
  }
  const rawDay = Number(nik.slice(6, 8));
  const validDay = (rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71);
  const [birthYear, birthMonth, birthDay] = context.birthDate.split('-').map(Number);
  if (!validDay || facts.month < 1 || facts.month > 12) {
    problems.push({
      part: 'birth_date',
      digits: '7-12',
      message: 'NIK digits 7-12 must be a birth date DDMMYY (day 01-31, or 41-71 for women; month 01-12).',
    });
  } else if (facts.day !== birthDay || facts.month !== birthMonth || facts.yy !== birthYear % 100) {
    problems.push({
      part: 'birth_date',
      digits: '7-12',
      message: `NIK digits 7-12 say the birth date is ${formatDate(facts.day, facts.month, facts.yy)} (DD-MM-YY) but the birth date given is ${formatDate(birthDay, birthMonth, birthYear % 100)}; correct whichever is wrong.`,
    });
  }
  if (validDay && facts.gender !== context.gender) {
    problems.push({
      part: 'gender',
      digits: '7-8',
      message:
        context.gender === 'F'
          ? 'NIK digits 7-8 are the day of birth without 40 added, which marks a man, but the gender given is female; for women the day has 40 added (for example 45 for the 5th).'
          : 'NIK digits 7-8 are the day of birth with 40 added, which marks a woman, but the gender given is male; correct the NIK or the gender.',
    });
  }
  if (facts.sequence === '0000') {
    problems.push({ part: 'sequence', digits: '13-16', message: 'NIK digits 13-16 are a sequence number starting at 0001 and cannot be 0000.' });
  }
  return problems;
}

/** The NIK as entered, without spaces, dots or dashes. */
export function normalizeNik(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** The NIK as shown: regency code and sequence only, the rest hidden (`3374••••••••0001`). */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${'•'.repeat(Math.max(0, nik.length - 8))}${nik.slice(-4)}`;
}
