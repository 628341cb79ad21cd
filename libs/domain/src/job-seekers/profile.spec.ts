import { experienceMonths, periodMonths, profileCompleteness, workPeriodProblems } from './profile.js';

describe('job-seeker profile rules', () => {
  it('counts months of experience, overlapping jobs once', () => {
    expect(periodMonths({ startMonth: '2024-01', endMonth: '2024-03' }, '2026-11')).toBe(3);
    expect(periodMonths({ startMonth: '2026-01', endMonth: null }, '2026-11')).toBe(11);
    expect(
      experienceMonths(
        [
          { startMonth: '2024-01', endMonth: '2024-06' },
          { startMonth: '2024-04', endMonth: '2024-09' },
        ],
        '2026-11',
      ),
    ).toBe(9);
    expect(experienceMonths([], '2026-11')).toBe(0);
  });

  it('names what is wrong with a period', () => {
    expect(workPeriodProblems({ startMonth: '2024-05', endMonth: '2024-01' }, 2, '2026-11')).toEqual(['items.2.endMonth must not be before startMonth']);
    expect(workPeriodProblems({ startMonth: '2027-01', endMonth: null }, 0, '2026-11')).toEqual(['items.0.startMonth must not be in the future']);
    expect(workPeriodProblems({ startMonth: '2024-01', endMonth: null }, 0, '2026-11')).toEqual([]);
  });

  it('says what is missing and how far the profile is', () => {
    const empty = {
      hasNik: false,
      birthDate: null,
      gender: null,
      domicileRegencyCode: null,
      address: null,
      educationLevel: null,
      skillCount: 0,
      languageCount: 0,
      preferredOccupationCount: 0,
    };
    expect(profileCompleteness(empty)).toEqual({
      complete: false,
      percent: 0,
      missing: ['nik', 'birthDate', 'gender', 'domicileRegencyCode', 'address', 'educationLevel', 'skills', 'languages', 'preferences'],
    });
    const full = { ...empty, hasNik: true, birthDate: '1998-03-05', gender: 'F', domicileRegencyCode: '3374', address: 'Jl. Pemuda 1', educationLevel: 'SMK', skillCount: 3, languageCount: 1, preferredOccupationCount: 1 };
    expect(profileCompleteness(full)).toEqual({ complete: true, missing: [], percent: 100 });
    expect(profileCompleteness({ ...full, address: '  ' }).missing).toEqual(['address']);
  });
});
