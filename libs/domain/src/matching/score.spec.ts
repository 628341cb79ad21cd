import { explainMatch } from './explain.js';
import { fixtureContext, seeker, vacancy } from './fixtures.js';
import type { MatchSeeker } from './inputs.js';
import { compileSeeker, compileVacancy, matchScore, scoreCeilingWithoutSkillOverlap, scoreMatch } from './score.js';
import { DEFAULT_MATCH_WEIGHTS, MATCH_COMPONENTS, matchWeightProblems } from './weights.js';

const ctx = fixtureContext();

// Checked by the type checker: were any of these a field of the seeker input, this line would not compile.
type ForbiddenInput = Extract<keyof MatchSeeker, 'gender' | 'birthDate' | 'age' | 'religion' | 'maritalStatus' | 'disability' | 'disabilities' | 'accommodations'>;
const noForbiddenInput: [ForbiddenInput] extends [never] ? true : false = true;

describe('the match score', () => {
  it('is the weighted mean of its components, spelled out by the explanation', () => {
    const explanation = explainMatch(seeker(), vacancy(), ctx, 'jobs');
    expect(explanation.eligible).toBe(true);
    const values = Object.fromEntries(explanation.components.map((c) => [c.component, c.value]));
    // Skills: 1 and 3 held (required, weight 3 and 2, counted twice), 5 missing (preferred, 1): 10 / 11.
    expect(values.skills).toBeCloseTo(10 / 11, 12);
    expect(values.education).toBe(1);
    expect(values.experience).toBe(1);
    expect(values.location).toBe(1);
    expect(values.wage).toBe(1);
    expect(values.employmentType).toBe(1);
    expect(values.occupation).toBe(1);
    expect(values.interest).toBeUndefined(); // no interest result: the component does not count
    const total = MATCH_COMPONENTS.filter((c) => c !== 'interest').reduce((sum, c) => sum + DEFAULT_MATCH_WEIGHTS[c], 0);
    expect(explanation.score).toBeCloseTo((total - DEFAULT_MATCH_WEIGHTS.skills * (1 / 11)) / total, 12);
    expect(explanation.components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(explanation.score, 12);
    expect(scoreMatch(seeker(), vacancy(), ctx, 'jobs')).toBe(explanation.score);
    expect(explanation.skills.matched.map((s) => [s.skillId, s.level, s.source])).toEqual([
      [1, 4, 'declared'],
      [3, 3, 'certified'],
    ]);
    expect(explanation.skills.missingPreferred).toEqual([{ skillId: 5, weight: 1 }]);
  });

  it('gives a related skill part of the credit, both ways of the link, and names it', () => {
    const withRelated = seeker({ skills: [{ skillId: 2, level: 3, source: 'declared' }] });
    const explanation = explainMatch(withRelated, vacancy({ skills: [{ skillId: 1, importance: 'required', weight: 1 }] }), ctx, 'jobs');
    expect(explanation.components.find((c) => c.component === 'skills')!.value).toBe(0.5);
    expect(explanation.skills.related).toEqual([{ skillId: 1, importance: 'required', weight: 1, viaSkillId: 2, credit: 0.5 }]);
    expect(explanation.skills.missingRequired).toEqual([{ skillId: 1, weight: 1 }]);
  });

  it('scores education by rank below the minimum and by field', () => {
    const value = (s: MatchSeeker) => explainMatch(s, vacancy(), ctx, 'jobs').components.find((c) => c.component === 'education')!.value;
    expect(value(seeker({ educationLevel: 'SMA' }))).toBeCloseTo(0.75 * 0.5 + 0.25, 12);
    expect(value(seeker({ educationLevel: 'SMP' }))).toBeCloseTo(0.75 * 0.2 + 0.25, 12);
    expect(value(seeker({ educationLevel: 'SD' }))).toBeCloseTo(0.25, 12);
    expect(value(seeker({ fieldOfStudy: 'akuntansi' }))).toBeCloseTo(0.75 + 0.25 * 0.4, 12);
  });

  it('saturates experience at the requirement and compares wages with the range', () => {
    const part = (s: MatchSeeker, component: string) => explainMatch(s, vacancy(), ctx, 'jobs').components.find((c) => c.component === component)!.value;
    expect(part(seeker({ experienceMonths: 6 }), 'experience')).toBe(0.5);
    expect(part(seeker({ experienceMonths: 120 }), 'experience')).toBe(1);
    expect(part(seeker({ wageMin: 3_500_000 }), 'wage')).toBe(0.8);
    expect(part(seeker({ wageMin: 5_000_000 }), 'wage')).toBeCloseTo(0.8 * (1 - (2 * 1_000_000) / 5_000_000), 12);
    expect(part(seeker({ wageMin: null }), 'wage')).toBe(1);
    expect(explainMatch(seeker(), vacancy({ wageMin: null, wageMax: null }), ctx, 'jobs').components.find((c) => c.component === 'wage')!.value).toBe(0.5);
  });

  it('reaches a vacancy by commute distance, a chosen regency or remote work, and excludes it otherwise', () => {
    const near = explainMatch(seeker(), vacancy({ regencyCode: '3322' }), ctx, 'jobs');
    expect(near.eligible).toBe(true);
    expect(near.distanceKm).toBeGreaterThan(20);
    expect(near.components.find((c) => c.component === 'location')!.value).toBeCloseTo(1 - (0.5 * near.distanceKm!) / 25, 12);

    const far = explainMatch(seeker(), vacancy({ regencyCode: '3301' }), ctx, 'jobs');
    expect(far.eligible).toBe(false);
    expect(far.excludedBecause).toEqual(['too_far']);
    expect(matchScore(compileSeeker(seeker(), ctx), compileVacancy(vacancy({ regencyCode: '3301' }), ctx), ctx, 'jobs')).toBe(-1);

    expect(explainMatch(seeker({ preferredRegencies: ['3301'] }), vacancy({ regencyCode: '3301' }), ctx, 'jobs').eligible).toBe(true);
    const remote = explainMatch(seeker({ openToRemote: true }), vacancy({ regencyCode: null, isRemote: true }), ctx, 'jobs');
    expect(remote.components.find((c) => c.component === 'location')!.value).toBe(1);
    const remoteUnasked = explainMatch(seeker(), vacancy({ regencyCode: null, isRemote: true }), ctx, 'jobs');
    expect(remoteUnasked.eligible).toBe(true);
    expect(remoteUnasked.components.find((c) => c.component === 'location')!.value).toBe(0.5);
  });

  it('applies the hard filters per direction: opted-out seekers still see jobs but are no one’s candidate', () => {
    const optedOut = seeker({ searchable: false });
    expect(explainMatch(optedOut, vacancy(), ctx, 'jobs').eligible).toBe(true);
    expect(explainMatch(optedOut, vacancy(), ctx, 'candidates').excludedBecause).toEqual(['seeker_opted_out']);
    expect(explainMatch(seeker({ active: false }), vacancy({ open: false }), ctx, 'jobs').excludedBecause).toEqual(['vacancy_not_open', 'seeker_not_active']);
  });

  it('counts interest fit only when ranking jobs for a seeker with a result', () => {
    const realistic = seeker({ interests: [38, 20, 12, 15, 18, 25] });
    const jobs = explainMatch(realistic, vacancy(), ctx, 'jobs');
    const interest = jobs.components.find((c) => c.component === 'interest')!;
    expect(jobs.interestCorrelation).toBeGreaterThan(0.8);
    expect(interest.value).toBeCloseTo((jobs.interestCorrelation! + 1) / 2, 12);
    const candidates = explainMatch(realistic, vacancy(), ctx, 'candidates');
    expect(candidates.components.map((c) => c.component)).not.toContain('interest');
    expect(candidates.interestCorrelation).toBeNull();
    // For an employer, a seeker's interests can neither raise nor lower the score.
    expect(scoreMatch(realistic, vacancy(), ctx, 'candidates')).toBe(scoreMatch(seeker({ interests: [12, 20, 38, 25, 18, 15] }), vacancy(), ctx, 'candidates'));
    // A clerical profile ranks the welding job lower than a realistic one does.
    expect(scoreMatch(seeker({ interests: [10, 14, 12, 20, 25, 38] }), vacancy(), ctx, 'jobs')).toBeLessThan(jobs.score);
  });

  it('bounds what a seeker without any of the skills can reach', () => {
    const none = seeker({ skills: [{ skillId: 9, level: 5, source: 'certified' }], wageMin: null, preferredOccupations: [] });
    const ceiling = scoreCeilingWithoutSkillOverlap(ctx, false);
    expect(scoreMatch(none, vacancy({ wageMin: 9_000_000, wageMax: 9_000_000, experienceMinMonths: 0 }), ctx, 'jobs')).toBeCloseTo(ceiling, 12);
  });

  it('takes no gender, age, religion, marital status or disability: the input has no such field', () => {
    expect(noForbiddenInput).toBe(true);
    const fields = Object.keys(seeker()).sort();
    expect(fields).toEqual(
      [
        'active', 'educationLevel', 'employmentTypes', 'experienceMonths', 'fieldOfStudy', 'id', 'interests', 'maxCommuteKm',
        'openToRemote', 'preferredOccupations', 'preferredRegencies', 'regencyCode', 'searchable', 'skills', 'wageMin',
      ].sort(),
    );
    for (const forbidden of ['gender', 'birthDate', 'age', 'religion', 'maritalStatus', 'disability', 'disabilities', 'accommodations']) {
      expect(fields).not.toContain(forbidden);
    }
    // Extra properties smuggled in at run time change nothing.
    const smuggled = { ...seeker(), gender: 'F', birthDate: '1990-01-01', religion: 'x', disabilities: ['visual'] } as MatchSeeker;
    expect(scoreMatch(smuggled, vacancy(), ctx, 'candidates')).toBe(scoreMatch(seeker(), vacancy(), ctx, 'candidates'));
  });
});

describe('weight sets', () => {
  it('accepts the defaults and names every problem of a bad set', () => {
    expect(matchWeightProblems(DEFAULT_MATCH_WEIGHTS)).toEqual([]);
    expect(matchWeightProblems({ ...DEFAULT_MATCH_WEIGHTS, skills: -1, colour: 2 }).map((p) => p.path)).toEqual(['weights.colour', 'weights.skills']);
    expect(matchWeightProblems(Object.fromEntries(MATCH_COMPONENTS.map((c) => [c, c === 'interest' ? 1 : 0])))[0]!.message).toMatch(/other than interest/);
    expect(matchWeightProblems(null)[0]!.path).toBe('weights');
  });
});
