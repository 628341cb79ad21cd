import { ageOn, monthsBetween, priorityGroups, type PriorityFacts } from './priority.js';

const base: PriorityFacts = { birthDate: '1990-06-15', gender: 'M', consentedDisability: false, registeredOn: '2026-10-01', lastJobEndedOn: null, employedNow: false };

describe('priority groups', () => {
  it('counts whole years of age', () => {
    expect(ageOn('2002-11-23', '2026-11-22')).toBe(23);
    expect(ageOn('2002-11-23', '2026-11-23')).toBe(24);
  });

  it.each([
    ['2011-11-23', ['youth']], // 15 on the day
    ['2011-11-24', []], // 14
    ['2002-11-24', ['youth']], // 24, a day before 25
    ['2001-11-23', []], // 25
  ])('youth is 15 to 24 on the given date (born %s)', (birthDate, groups) => {
    expect(priorityGroups({ ...base, birthDate }, '2026-11-23')).toEqual(groups);
  });

  it('women, disability only from consented data, in the order of the list', () => {
    expect(priorityGroups({ ...base, gender: 'F', consentedDisability: true }, '2026-11-23')).toEqual(['women', 'disability']);
    expect(priorityGroups({ ...base, gender: null, birthDate: null }, '2026-11-23')).toEqual([]);
  });

  it('long-term unemployed after 12 months since the last job, else since registration', () => {
    expect(priorityGroups({ ...base, registeredOn: '2025-11-23' }, '2026-11-23')).toEqual(['long_term_unemployed']);
    expect(priorityGroups({ ...base, registeredOn: '2025-11-24' }, '2026-11-23')).toEqual([]);
    expect(priorityGroups({ ...base, lastJobEndedOn: '2024-01-31' }, '2026-11-23')).toEqual(['long_term_unemployed']);
    expect(priorityGroups({ ...base, registeredOn: '2020-01-01', employedNow: true }, '2026-11-23')).toEqual([]);
  });

  it('counts whole months', () => {
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2026-03-01', '2026-02-01')).toBe(0);
    expect(monthsBetween('2025-01-15', '2026-01-14')).toBe(11);
  });
});
