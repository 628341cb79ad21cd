import { DEFAULT_MATCH_WEIGHTS, matchWeightProblems } from '#domain';
import { SEEDED_WEIGHTS } from '../migrations/1732200000050-matching.js';

describe('the matching migration', () => {
  it('seeds the default weights of the scoring function as the active weight set', () => {
    expect(SEEDED_WEIGHTS).toEqual(DEFAULT_MATCH_WEIGHTS);
    expect(matchWeightProblems(SEEDED_WEIGHTS)).toEqual([]);
  });
});
