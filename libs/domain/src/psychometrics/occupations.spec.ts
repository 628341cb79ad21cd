import { DomainError } from '../common/domain-error.js';
import { aggregateOccupationProfiles, codeFromProfile, highPointCode, hollandLabel } from './occupations.js';
import type { AssessmentResult, HollandCode, ScaleScore } from './types.js';

describe('occupation codes', () => {
  it('codes O*NET 43-4041.00 from its OI ratings as CES', () => {
    expect(codeFromProfile([1.0, 1.85, 1.0, 3.39, 4.47, 7.0])).toBe('CES');
  });

  it('breaks ties in RIASEC order', () => {
    expect(codeFromProfile([3, 5, 5, 1, 5, 2])).toBe('IAE');
    expect(codeFromProfile([4, 4, 4, 4, 4, 4])).toBe('RIA');
  });

  it('reads IH high points, skipping zeros', () => {
    expect(highPointCode([6, 5, 4])).toBe('CES');
    expect(highPointCode([1, 0, 0])).toBe('R');
    expect(() => highPointCode([7])).toThrow(DomainError);
  });

  it('averages linked profiles and marks a disagreeing mapping as low quality', () => {
    const agreed = aggregateOccupationProfiles([
      { interests: [1, 2, 1, 3, 5, 7] },
      { interests: [1, 2, 1, 4, 5, 6] },
    ]);
    expect(agreed.interests).toEqual([1, 2, 1, 3.5, 5, 6.5]);
    expect(agreed.sd[3]).toBeCloseTo(Math.SQRT1_2, 10);
    expect(agreed).toMatchObject({ nLinks: 2, riasec: 'CES', derived: true, mappingQuality: 'ok' });
    const split = aggregateOccupationProfiles([
      { interests: [7, 2, 1, 3, 5, 4], riasec: 'REC' },
      { interests: [1, 2, 1, 3, 5, 7], riasec: 'CES' },
    ]);
    expect(split.mappingQuality).toBe('low');
    expect(() => aggregateOccupationProfiles([])).toThrow(/at least one/);
    expect(() => aggregateOccupationProfiles([{ interests: [1, 2] }])).toThrow(/six numbers/);
  });
});

describe('hollandLabel', () => {
  function view(scores: Record<string, number>, holland: Partial<HollandCode>): Pick<AssessmentResult, 'holland' | 'scales'> {
    const scales = Object.fromEntries(Object.entries(scores).map(([k, raw]) => [k, { raw } as ScaleScore]));
    return { scales, holland: holland as HollandCode };
  }

  it.each([
    [{ R: 11, I: 17, A: 21, S: 38, E: 32, C: 29 }, { ranking: 'SECAIR', tieAtBoundary: false }, 'SEC'],
    [{ R: 11, I: 17, A: 21, S: 38, E: 29, C: 29 }, { ranking: 'SECAIR', tieAtBoundary: false }, 'SE=C'],
    [{ R: 11, I: 21, A: 21, S: 38, E: 32, C: 21 }, { ranking: 'SEIACR', tieAtBoundary: true }, 'SEI (I=A=C)'],
    [{ R: 30, I: 12, A: 9, S: 9, E: 9, C: 30 }, { ranking: 'RCIASE', tieAtBoundary: false }, 'R=CI'],
  ])('labels %j as %s', (scores, holland, label) => {
    expect(hollandLabel(view(scores, holland))).toBe(label);
  });

  it('is null without a code', () => {
    expect(hollandLabel({ holland: null, scales: {} })).toBeNull();
  });
});
