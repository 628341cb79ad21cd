import fc from 'fast-check';
import { EMPLOYMENT_TYPES } from '../common/work-terms.js';
import { MatchContext } from './context.js';
import { explainMatch } from './explain.js';
import { FIXTURE_REFERENCE } from './fixtures.js';
import type { MatchDirection, MatchSeeker, MatchVacancy } from './inputs.js';
import { compileSeeker, compileVacancy, matchScore } from './score.js';
import { MATCH_COMPONENTS, MAX_MATCH_WEIGHT, type MatchWeights } from './weights.js';

const regencyCodes = [...FIXTURE_REFERENCE.regions.map((r) => r.code), 'unknown'];
const education = FIXTURE_REFERENCE.educationLevels.map((l) => l.code);
const occupations = FIXTURE_REFERENCE.occupations.map((o) => o.code);
const fields = ['teknik-mesin', 'akuntansi', 'informatika'];
const skillId = fc.integer({ min: 1, max: 12 });
const wage = fc.option(fc.integer({ min: 0, max: 20_000_000 }), { freq: 4 });

const seekerArb: fc.Arbitrary<MatchSeeker> = fc.record({
  id: fc.constantFrom('s-1', 's-2'),
  active: fc.boolean(),
  searchable: fc.boolean(),
  regencyCode: fc.option(fc.constantFrom(...regencyCodes), { freq: 6 }),
  educationLevel: fc.option(fc.constantFrom(...education), { freq: 6 }),
  fieldOfStudy: fc.option(fc.constantFrom(...fields), { freq: 3 }),
  experienceMonths: fc.integer({ min: 0, max: 480 }),
  wageMin: wage,
  maxCommuteKm: fc.integer({ min: 0, max: 200 }),
  openToRemote: fc.boolean(),
  preferredRegencies: fc.uniqueArray(fc.constantFrom(...regencyCodes), { maxLength: 3 }),
  preferredOccupations: fc.uniqueArray(fc.constantFrom(...occupations, '9999'), { maxLength: 3 }),
  employmentTypes: fc.uniqueArray(fc.constantFrom(...EMPLOYMENT_TYPES), { maxLength: 3 }),
  skills: fc.uniqueArray(
    fc.record({ skillId, level: fc.integer({ min: 1, max: 5 }), source: fc.constantFrom('declared' as const, 'certified' as const, 'assessed' as const) }),
    { maxLength: 8, selector: (s) => s.skillId },
  ),
  interests: fc.option(fc.array(fc.double({ min: 8, max: 40, noNaN: true }), { minLength: 6, maxLength: 6 }), { freq: 2 }),
});

const vacancyArb: fc.Arbitrary<MatchVacancy> = fc.record({
  id: fc.constantFrom('v-1', 'v-2'),
  open: fc.boolean(),
  occupationCode: fc.constantFrom(...occupations),
  regencyCode: fc.option(fc.constantFrom(...regencyCodes.slice(0, -1)), { freq: 6 }),
  isRemote: fc.boolean(),
  educationMin: fc.constantFrom(...education),
  fieldsOfStudy: fc.uniqueArray(fc.constantFrom(...fields), { maxLength: 2 }),
  experienceMinMonths: fc.integer({ min: 0, max: 120 }),
  wageMin: wage,
  wageMax: wage,
  employmentType: fc.constantFrom(...EMPLOYMENT_TYPES),
  skills: fc.uniqueArray(
    fc.record({ skillId, importance: fc.constantFrom('required' as const, 'preferred' as const), weight: fc.double({ min: 0.1, max: 5, noNaN: true }) }),
    { maxLength: 7, selector: (s) => s.skillId },
  ),
}).map((v) => ({ ...v, isRemote: v.isRemote || v.regencyCode === null }));

const weightsArb: fc.Arbitrary<MatchWeights> = fc
  .tuple(...MATCH_COMPONENTS.map(() => fc.double({ min: 0, max: MAX_MATCH_WEIGHT, noNaN: true })))
  .map((values) => Object.fromEntries(MATCH_COMPONENTS.map((c, i) => [c, values[i]!])) as unknown as MatchWeights)
  .filter((w) => MATCH_COMPONENTS.some((c) => c !== 'interest' && w[c] > 0));

const directionArb = fc.constantFrom<MatchDirection>('jobs', 'candidates');
const base = MatchContext.create(FIXTURE_REFERENCE);

function score(seeker: MatchSeeker, vacancy: MatchVacancy, weights: MatchWeights, direction: MatchDirection): number {
  const ctx = base.withWeights(weights, null);
  return matchScore(compileSeeker(seeker, ctx), compileVacancy(vacancy, ctx), ctx, direction);
}

describe('matchScore properties', () => {
  it('stays in [0, 1], or is -1 exactly when the explanation says the pair is excluded', () => {
    fc.assert(
      fc.property(seekerArb, vacancyArb, weightsArb, directionArb, (seeker, vacancy, weights, direction) => {
        const value = score(seeker, vacancy, weights, direction);
        const explanation = explainMatch(seeker, vacancy, base.withWeights(weights, null), direction);
        expect(explanation.score).toBeGreaterThanOrEqual(0);
        expect(explanation.score).toBeLessThanOrEqual(1);
        if (explanation.eligible) {
          expect(value).toBe(explanation.score);
          expect(explanation.components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(value, 9);
        } else {
          expect(value).toBe(-1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never lowers the score when a vacancy adds a required skill the seeker has', () => {
    fc.assert(
      fc.property(seekerArb, vacancyArb, weightsArb, directionArb, fc.double({ min: 0.1, max: 5, noNaN: true }), (seeker, vacancy, weights, direction, weight) => {
        const held = seeker.skills.find((s) => !vacancy.skills.some((v) => v.skillId === s.skillId));
        fc.pre(held !== undefined);
        const before = score(seeker, vacancy, weights, direction);
        const after = score(seeker, { ...vacancy, skills: [...vacancy.skills, { skillId: held!.skillId, importance: 'required', weight }] }, weights, direction);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives identical output for identical inputs, whatever the order of skills and lists', () => {
    fc.assert(
      fc.property(seekerArb, vacancyArb, weightsArb, directionArb, (seeker, vacancy, weights, direction) => {
        const first = score(seeker, vacancy, weights, direction);
        expect(score(structuredClone(seeker), structuredClone(vacancy), weights, direction)).toBe(first);
        const shuffled: MatchSeeker = { ...seeker, skills: [...seeker.skills].reverse(), preferredRegencies: [...seeker.preferredRegencies].reverse() };
        expect(score(shuffled, { ...vacancy, skills: [...vacancy.skills].reverse() }, weights, direction)).toBe(first);
      }),
      { numRuns: 500 },
    );
  });
});
