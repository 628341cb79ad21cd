import { addMonths } from '../common/calendar.js';

/** The groups the province serves first (Disnakertrans Jawa Tengah's inclusion priorities). */
export const PRIORITY_GROUPS = ['youth', 'women', 'disability', 'long_term_unemployed'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/** Youth as the ILO and BPS count it: aged 15 to 24 inclusive. */
export const YOUTH_MIN_AGE = 15;
export const YOUTH_MAX_AGE = 24;
/** Long-term unemployment: twelve months or more without work (ILO). */
export const LONG_TERM_UNEMPLOYED_MONTHS = 12;

export interface PriorityFacts {
  /** YYYY-MM-DD, or null when unknown. */
  birthDate: string | null;
  gender: 'F' | 'M' | null;
  /** True only when the person recorded a disability under their consent; never inferred. */
  consentedDisability: boolean;
  /** The day the person registered as a job seeker (YYYY-MM-DD). */
  registeredOn: string;
  /** The end of the last job (YYYY-MM-DD), null when none ended; ignored while `employedNow`. */
  lastJobEndedOn: string | null;
  /** True while a work-history entry has no end. */
  employedNow: boolean;
}

/** Whole years of age on `date`. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day from which the person counts as without work: the end of the last job, else the registration. */
export function unemployedSince(facts: Pick<PriorityFacts, 'registeredOn' | 'lastJobEndedOn' | 'employedNow'>): string | null {
  if (facts.employedNow) return null;
  return facts.lastJobEndedOn ?? facts.registeredOn;
}

/** Whole months between two dates (0 when `to` is before `from`). */
export function monthsBetween(from: string, to: string): number {
  let months = 0;
  while (months < 1200 && addMonths(from, months + 1) <= to) months += 1;
  return months;
}

/** The priority groups a person belongs to on `onDate` (the AK/1 card's date when assigning), in the order of PRIORITY_GROUPS. */
export function priorityGroups(facts: PriorityFacts, onDate: string): PriorityGroup[] {
  const groups: PriorityGroup[] = [];
  if (facts.birthDate) {
    const age = ageOn(facts.birthDate, onDate);
    if (age >= YOUTH_MIN_AGE && age <= YOUTH_MAX_AGE) groups.push('youth');
  }
  if (facts.gender === 'F') groups.push('women');
  if (facts.consentedDisability) groups.push('disability');
  const since = unemployedSince(facts);
  if (since && monthsBetween(since, onDate) >= LONG_TERM_UNEMPLOYED_MONTHS) groups.push('long_term_unemployed');
  return groups;
}

export function isPriorityGroup(value: unknown): value is PriorityGroup {
  return typeof value === 'string' && (PRIORITY_GROUPS as readonly string[]).includes(value);
}
