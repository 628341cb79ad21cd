import fc from 'fast-check';
import { MAX_RISK_SCORE, PROFILING_FACTORS, effectiveRiskLevel, overrideProblem, profileRisk, riskLevel, type ProfilingFacts } from './profiling.js';

const strong: ProfilingFacts = {
  monthsWithoutWork: 1,
  educationLevel: 'S1',
  experienceMonths: 36,
  skillCount: 6,
  certifiedSkillCount: 2,
  applicationsLast90Days: 8,
  interviewsLast180Days: 2,
  ak1Lapsed: false,
};
const weak: ProfilingFacts = {
  monthsWithoutWork: 14,
  educationLevel: 'SD',
  experienceMonths: 0,
  skillCount: 0,
  certifiedSkillCount: 0,
  applicationsLast90Days: 0,
  interviewsLast180Days: 0,
  ak1Lapsed: true,
};

const facts = fc.record({
  monthsWithoutWork: fc.nat(240),
  educationLevel: fc.constantFrom(null, 'SD', 'SMP', 'SMA', 'SMK', 'D1', 'D3', 'D4', 'S1', 'S3', 'XX'),
  experienceMonths: fc.nat(600),
  skillCount: fc.nat(40),
  certifiedSkillCount: fc.nat(10),
  applicationsLast90Days: fc.nat(50),
  interviewsLast180Days: fc.nat(10),
  ak1Lapsed: fc.boolean(),
});

describe('profiling', () => {
  it('spans 0 to 100 and the factor maxima sum to 100', () => {
    expect(MAX_RISK_SCORE).toBe(100);
    expect(profileRisk(strong)).toMatchObject({ score: 0, level: 'low' });
    expect(profileRisk(weak)).toMatchObject({ score: 100, level: 'high' });
  });

  it('shows each factor with its points, largest first', () => {
    const profile = profileRisk({ ...strong, monthsWithoutWork: 7, educationLevel: 'SMK', applicationsLast90Days: 0 });
    expect(profile.score).toBe(20 + 9 + 10);
    expect(profile.level).toBe('medium');
    expect(profile.factors.map((f) => f.factor).slice(0, 3)).toEqual(['monthsWithoutWork', 'recentApplications', 'education']);
    expect(profile.factors).toHaveLength(PROFILING_FACTORS.length);
    expect(profile.factors[0]).toMatchObject({ points: 20, maxPoints: 30, value: 7, label: { en: 'Months without work' } });
  });

  it.each([
    [0, 'low'],
    [34, 'low'],
    [35, 'medium'],
    [59, 'medium'],
    [60, 'high'],
    [100, 'high'],
  ])('score %i is %s', (score, level) => expect(riskLevel(score)).toBe(level));

  it('never takes gender, religion, marital status or disability (property: extra fields change nothing)', () => {
    fc.assert(
      fc.property(facts, fc.record({ gender: fc.constantFrom('F', 'M'), religion: fc.string(), maritalStatus: fc.string(), disability: fc.boolean() }), (f, protectedFacts) => {
        expect(profileRisk({ ...f, ...protectedFacts } as ProfilingFacts)).toEqual(profileRisk(f));
      }),
    );
  });

  it('stays within 0..100, points within each maximum, and the sum is the score (property)', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const p = profileRisk(f);
        return p.score >= 0 && p.score <= 100 && p.factors.every((x) => x.points >= 0 && x.points <= x.maxPoints) && p.factors.reduce((s, x) => s + x.points, 0) === p.score;
      }),
    );
  });

  it('more months without work never lowers the score (property)', () => {
    fc.assert(fc.property(facts, fc.nat(60), (f, more) => profileRisk({ ...f, monthsWithoutWork: f.monthsWithoutWork + more }).score >= profileRisk(f).score));
  });

  it('an override needs a level and a reason', () => {
    expect(overrideProblem('high', 'Baru saja di-PHK, tanggungan tiga anak')).toBeNull();
    expect(overrideProblem('urgent', 'a long enough reason')).toMatch(/level must be one of low, medium, high/);
    expect(overrideProblem('low', '  ')).toMatch(/reason must say why/);
    expect(overrideProblem('low', undefined)).toMatch(/reason/);
    expect(effectiveRiskLevel('high', 'low')).toBe('low');
    expect(effectiveRiskLevel('high', null)).toBe('high');
  });
});
