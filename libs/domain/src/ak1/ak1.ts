/**
 * The AK/1 card (kartu tanda bukti pendaftaran pencari kerja): who may have one, its number, its
 * validity and its status. Dates are `YYYY-MM-DD` in the province's time (WIB).
 */
import { addDays, addMonths } from '../common/calendar.js';

export type Ak1Status = 'active' | 'needs_reconfirmation' | 'lapsed' | 'expired';

/** The card is valid this many years from issue. */
export const AK1_VALIDITY_YEARS = 2;
/** The holder re-confirms the card this often (Permenaker 39/2016 asks for a report every six months). */
export const AK1_RECONFIRM_MONTHS = 6;
/** A reminder goes out, and the status shows `needs_reconfirmation`, this many days before re-confirmation is due. */
export const AK1_REMINDER_DAYS = 14;
export const AK1_SEQUENCE_MAX = 999_999;

/** What the card needs from the profile, in the order a form asks for it. */
export const AK1_REQUIRED_FIELDS = ['nik', 'birthDate', 'gender', 'domicileRegencyCode', 'educationLevel', 'skills'] as const;
export type Ak1RequiredField = (typeof AK1_REQUIRED_FIELDS)[number];

export interface Ak1ProfileFacts {
  hasNik: boolean;
  birthDate: string | null;
  gender: string | null;
  domicileRegencyCode: string | null;
  educationLevel: string | null;
  skillCount: number;
}

/** The fields the profile still lacks for a card; empty when a card can be issued. */
export function ak1MissingFields(profile: Ak1ProfileFacts): Ak1RequiredField[] {
  const present: Record<Ak1RequiredField, boolean> = {
    nik: profile.hasNik,
    birthDate: profile.birthDate !== null,
    gender: profile.gender !== null,
    domicileRegencyCode: profile.domicileRegencyCode !== null,
    educationLevel: profile.educationLevel !== null,
    skills: profile.skillCount > 0,
  };
  return AK1_REQUIRED_FIELDS.filter((field) => !present[field]);
}

/** The card number: regency code (4), year (4), sequence (6), e.g. `33742026000017`. */
export function ak1Number(regencyCode: string, year: number, sequence: number): string {
  if (!/^[0-9]{4}$/.test(regencyCode)) throw new RangeError(`regency code must be 4 digits, got ${regencyCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > AK1_SEQUENCE_MAX) throw new RangeError(`sequence must be 1 to ${AK1_SEQUENCE_MAX}`);
  return `${regencyCode}${year}${String(sequence).padStart(6, '0')}`;
}

/** The parts of a card number, or undefined when it is not one. */
export function parseAk1Number(number: string): { regencyCode: string; year: number; sequence: number } | undefined {
  const match = /^([0-9]{4})([0-9]{4})([0-9]{6})$/.exec(number);
  if (!match || match[3] === '000000') return undefined;
  return { regencyCode: match[1], year: Number(match[2]), sequence: Number(match[3]) };
}


export interface Ak1Dates {
  issuedOn: string;
  validUntil: string;
  lastConfirmedOn: string;
  reconfirmBy: string;
}

/** The dates of a card issued on `today`. */
export function ak1IssueDates(today: string): Ak1Dates {
  const validUntil = addMonths(today, AK1_VALIDITY_YEARS * 12);
  return { issuedOn: today, validUntil, lastConfirmedOn: today, reconfirmBy: minDate(addMonths(today, AK1_RECONFIRM_MONTHS), validUntil) };
}

/** The dates after the holder re-confirms on `today`; never past the card's validity. */
export function ak1ReconfirmDates(card: Ak1Dates, today: string): Ak1Dates {
  return { ...card, lastConfirmedOn: today, reconfirmBy: minDate(addMonths(today, AK1_RECONFIRM_MONTHS), card.validUntil) };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The status on `today`: expired after its validity; lapsed when re-confirmation is overdue;
 * needs_reconfirmation within the reminder window before it is due; otherwise active.
 */
export function ak1Status(card: Pick<Ak1Dates, 'validUntil' | 'reconfirmBy'>, today: string): Ak1Status {
  if (today > card.validUntil) return 'expired';
  if (today > card.reconfirmBy) return 'lapsed';
  if (today >= addDays(card.reconfirmBy, -AK1_REMINDER_DAYS)) return 'needs_reconfirmation';
  return 'active';
}

/** Whether the card counts as a valid registration: not expired and not lapsed. */
export function ak1IsValid(status: Ak1Status): boolean {
  return status === 'active' || status === 'needs_reconfirmation';
}

/** Initials only, for the public verification page: "Dewi Lestari" → "D. L.". */
export function holderInitials(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word))
    .slice(0, 4)
    .map((word) => `${[...word.replace(/^[^\p{L}]+/u, '')][0]!.toUpperCase()}.`)
    .join(' ');
}
