import { MatchContext, type MatchReference } from './context.js';
import type { MatchSeeker, MatchVacancy } from './inputs.js';

/** A small province for the matching specs: three regencies, a few education levels, occupations and skills. */
export const FIXTURE_REFERENCE: MatchReference = {
  regions: [
    { code: '3374', lat: -6.99, lon: 110.42 }, // Kota Semarang
    { code: '3322', lat: -7.2, lon: 110.43 }, // Kab. Semarang, about 23 km away
    { code: '3301', lat: -7.5, lon: 108.9 }, // Cilacap, far
  ],
  educationLevels: [
    { code: 'SD', rank: 1 },
    { code: 'SMP', rank: 2 },
    { code: 'SMA', rank: 3 },
    { code: 'SMK', rank: 4 },
    { code: 'D3', rank: 5 },
    { code: 'S1', rank: 6 },
  ],
  occupations: [
    { code: '7212', interests: [6.5, 3, 1.5, 2, 2.5, 3.5] }, // welders: Realistic
    { code: '7213', interests: [6, 3.2, 1.7, 2, 2.4, 3.4] },
    { code: '4110', interests: [1.5, 2, 1.5, 3, 3.5, 6.5] }, // clerks: Conventional
    { code: '2512', interests: [2, 6.5, 3, 2, 3, 4.5] }, // developers: Investigative
  ],
  skillRelations: [
    { fromSkillId: 1, toSkillId: 2, weight: 0.5 },
    { fromSkillId: 3, toSkillId: 4, weight: 0.3 },
  ],
};

export const fixtureContext = (): MatchContext => MatchContext.create(FIXTURE_REFERENCE);

export function seeker(overrides: Partial<MatchSeeker> = {}): MatchSeeker {
  return {
    id: 's-1',
    active: true,
    searchable: true,
    regencyCode: '3374',
    educationLevel: 'SMK',
    fieldOfStudy: 'teknik-mesin',
    experienceMonths: 24,
    wageMin: 2_500_000,
    maxCommuteKm: 25,
    openToRemote: false,
    preferredRegencies: [],
    preferredOccupations: ['7212'],
    employmentTypes: ['full_time'],
    skills: [
      { skillId: 1, level: 4, source: 'declared' },
      { skillId: 3, level: 3, source: 'certified' },
    ],
    interests: null,
    ...overrides,
  };
}

export function vacancy(overrides: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    id: 'v-1',
    open: true,
    occupationCode: '7212',
    regencyCode: '3374',
    isRemote: false,
    educationMin: 'SMK',
    fieldsOfStudy: ['teknik-mesin'],
    experienceMinMonths: 12,
    wageMin: 3_000_000,
    wageMax: 4_000_000,
    employmentType: 'full_time',
    skills: [
      { skillId: 1, importance: 'required', weight: 3 },
      { skillId: 3, importance: 'required', weight: 2 },
      { skillId: 5, importance: 'preferred', weight: 1 },
    ],
    ...overrides,
  };
}
