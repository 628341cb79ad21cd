/** Rules of the job-seeker profile that need no database: experience from work history, completeness. */

export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];


/** Kinds of disability as Law 8/2016 groups them (physical, intellectual, mental, sensory). */
export const DISABILITY_KINDS = ['physical', 'intellectual', 'mental', 'visual', 'hearing', 'speech'] as const;
export type DisabilityKind = (typeof DISABILITY_KINDS)[number];

/** The consent text the person agrees to; its version is stored with the consent. */
export const DISABILITY_CONSENT = {
  version: '2026-11-v1',
  text: {
    id: 'Saya setuju Kerjaku menyimpan informasi disabilitas dan akomodasi yang saya butuhkan, hanya untuk mencarikan pekerjaan dan pelatihan yang sesuai. Informasi ini tidak pernah menurunkan nilai kecocokan saya, hanya dibaca oleh saya, konselor dinas kabupaten/kota saya dan petugas provinsi, dan setiap pembacaan dicatat. Saya dapat menarik persetujuan ini kapan saja dan datanya akan dihapus.',
    en: 'I agree that Kerjaku keeps information about my disability and the accommodations I need, only to find suitable jobs and trainings. It never lowers my match scores, is read only by me, the counsellors of my regency office and provincial officers, and every read is recorded. I can withdraw this consent at any time and the data will be erased.',
  },
} as const;

export interface WorkPeriod {
  /** `YYYY-MM` */
  startMonth: string;
  /** `YYYY-MM`, or null while the job goes on */
  endMonth: string | null;
}

function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return year * 12 + (m - 1);
}

/** Months in a period, both ends included (`2024-01` to `2024-03` is 3); an open period runs to `currentMonth`. */
export function periodMonths(period: WorkPeriod, currentMonth: string): number {
  const end = monthIndex(period.endMonth ?? currentMonth);
  return Math.max(0, end - monthIndex(period.startMonth) + 1);
}

/** Total months of experience; overlapping jobs count once. */
export function experienceMonths(periods: readonly WorkPeriod[], currentMonth: string): number {
  const months = new Set<number>();
  for (const period of periods) {
    const end = monthIndex(period.endMonth ?? currentMonth);
    for (let m = monthIndex(period.startMonth); m <= end; m++) months.add(m);
  }
  return months.size;
}

/** Problems with one work-history period, named by its position in the list; empty when it is fine. */
export function workPeriodProblems(period: WorkPeriod, index: number, currentMonth: string): string[] {
  const problems: string[] = [];
  if (period.startMonth > currentMonth) problems.push(`items.${index}.startMonth must not be in the future`);
  if (period.endMonth !== null && period.endMonth < period.startMonth) problems.push(`items.${index}.endMonth must not be before startMonth`);
  if (period.endMonth !== null && period.endMonth > currentMonth) problems.push(`items.${index}.endMonth must not be in the future; leave it out while the job goes on`);
  return problems;
}

/** What a complete profile has, in the order of the profile's steps. */
export const PROFILE_FIELDS = [
  'nik',
  'birthDate',
  'gender',
  'domicileRegencyCode',
  'address',
  'educationLevel',
  'skills',
  'languages',
  'preferences',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileFacts {
  hasNik: boolean;
  birthDate: string | null;
  gender: string | null;
  domicileRegencyCode: string | null;
  address: string | null;
  educationLevel: string | null;
  skillCount: number;
  languageCount: number;
  preferredOccupationCount: number;
}

/** Which fields the profile still lacks, and a percentage for a progress bar. Work history is optional (school leavers have none). */
export function profileCompleteness(profile: ProfileFacts): { complete: boolean; missing: ProfileField[]; percent: number } {
  const present: Record<ProfileField, boolean> = {
    nik: profile.hasNik,
    birthDate: profile.birthDate !== null,
    gender: profile.gender !== null,
    domicileRegencyCode: profile.domicileRegencyCode !== null,
    address: profile.address !== null && profile.address.trim() !== '',
    educationLevel: profile.educationLevel !== null,
    skills: profile.skillCount > 0,
    languages: profile.languageCount > 0,
    preferences: profile.preferredOccupationCount > 0,
  };
  const missing = PROFILE_FIELDS.filter((field) => !present[field]);
  return { complete: missing.length === 0, missing, percent: Math.round((100 * (PROFILE_FIELDS.length - missing.length)) / PROFILE_FIELDS.length) };
}
