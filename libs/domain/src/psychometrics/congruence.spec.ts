import { DomainError } from '../common/domain-error.js';
import { brownGoreC, careerSuggestions, fitBand, hexDistance, iachanM, profileCorrelation, type OccupationProfile } from './congruence.js';
import { RIASEC_48 } from './riasec-48.js';
import { scoreProtocol } from './scoring.js';
import type { AssessmentResult } from './types.js';

describe('hexDistance', () => {
  const table: Record<string, number[]> = {
    R: [0, 1, 2, 3, 2, 1],
    I: [1, 0, 1, 2, 3, 2],
    A: [2, 1, 0, 1, 2, 3],
    S: [3, 2, 1, 0, 1, 2],
    E: [2, 3, 2, 1, 0, 1],
    C: [1, 2, 3, 2, 1, 0],
  };
  it.each(Object.entries(table))('matches the spec §4.4 row %s (A–S is 1)', (from, distances) => {
    expect(['R', 'I', 'A', 'S', 'E', 'C'].map((to) => hexDistance(from, to))).toEqual(distances);
  });

  it('refuses a letter outside RIASEC', () => {
    expect(() => hexDistance('X', 'R')).toThrow(DomainError);
  });
});

describe('Brown & Gore C and Iachan M (spec §7 worked examples)', () => {
  it.each([
    ['SEC', 'ESC', 13, 21],
    ['SEC', 'CES', 10, 13],
    ['RIA', 'SEC', 0, 0],
    ['SAE', 'SEA', 12, 26],
    ['SEC', 'SEC', 18, 28],
  ])('%s vs %s: C = %i, M = %i', (person, occupation, c, m) => {
    expect(brownGoreC(person, occupation)).toBe(c);
    expect(iachanM(person, occupation)).toBe(m);
  });

  it('counts only the positions both codes have for shorter codes', () => {
    expect(brownGoreC('SEC', 'S')).toBe(9);
    expect(iachanM('SEC', 'ES')).toBe(10 + 10);
  });

  it('refuses a code with repeated or unknown letters', () => {
    expect(() => brownGoreC('SSE', 'SEC')).toThrow(/different Holland letters/);
    expect(() => iachanM('SEC', 'SEX')).toThrow(/not a Holland letter/);
  });
});

describe('profileCorrelation', () => {
  it('gives r = 0.6483 for person R48-01 and O*NET 43-4041.00 (spec §7)', () => {
    expect(profileCorrelation([11, 17, 21, 38, 32, 29], [1.0, 1.85, 1.0, 3.39, 4.47, 7.0])).toBeCloseTo(0.6483, 4);
  });

  it('is scale-free and elevation-free', () => {
    const r = profileCorrelation([1, 2, 3, 4, 5, 6], [2, 4, 6, 8, 10, 12]);
    expect(r).toBeCloseTo(1, 10);
    expect(profileCorrelation([1, 2, 3, 4, 5, 6], [16, 15, 14, 13, 12, 11])).toBeCloseTo(-1, 10);
  });

  it('is null for a flat profile or mismatched lengths', () => {
    expect(profileCorrelation([3, 3, 3, 3, 3, 3], [1, 2, 3, 4, 5, 6])).toBeNull();
    expect(profileCorrelation([1, 2, 3], [1, 2])).toBeNull();
  });
});

describe('fitBand', () => {
  it.each([
    [0.729, 'best'],
    [0.7289, 'great'],
    [0.608, 'great'],
    [0.6079, 'good'],
    [0, 'good'],
    [-0.01, 'other'],
  ])('r = %d is %s', (r, band) => {
    expect(fitBand(r)).toBe(band);
  });
});

describe('careerSuggestions', () => {
  const R48_01: Record<string, number[]> = {
    R: [2, 2, 2, 1, 1, 1, 1, 1],
    I: [3, 2, 2, 2, 2, 2, 2, 2],
    A: [3, 3, 3, 3, 3, 2, 2, 2],
    S: [5, 5, 5, 5, 5, 5, 4, 4],
    E: [4, 4, 4, 4, 4, 4, 4, 4],
    C: [4, 4, 4, 4, 4, 3, 3, 3],
  };
  function result(values: Record<string, Array<number | null>> = R48_01): AssessmentResult {
    const responses = RIASEC_48.items.map((i) => ({ itemId: i.id, value: values[i.scale]![Number(i.id.slice(1)) - 1]! }));
    return scoreProtocol(RIASEC_48, { responses, pageSeconds: [75, 75, 75, 75] });
  }
  const occupations: OccupationProfile[] = [
    { code: '43-4041.00', title: { id: 'Petugas kredit', en: 'Credit Authorizers, Checkers, and Clerks' }, riasec: 'CES', interests: [1.0, 1.85, 1.0, 3.39, 4.47, 7.0], jobZone: 2 },
    { code: '21-1093.00', title: { id: 'Pekerja sosial', en: 'Social and Human Service Assistants' }, riasec: 'SCE', interests: [1.2, 2.0, 2.3, 7.0, 4.8, 4.5], jobZone: 3 },
    { code: '47-2021.00', title: { id: 'Tukang batu', en: 'Brickmasons and Blockmasons' }, riasec: 'RC', interests: [7.0, 2.5, 2.0, 1.2, 2.0, 4.0], jobZone: 2 },
    { code: '99-0000.00', title: { id: 'Datar', en: 'Flat' }, riasec: 'S', interests: [4, 4, 4, 4, 4, 4], jobZone: 2 },
    { code: '41-2031.00', title: { id: 'Pramuniaga', en: 'Retail Salespersons' }, riasec: 'ECS', interests: [1.5, 1.4, 1.6, 4.5, 7.0, 4.6], jobZone: 5 },
  ];

  it('ranks by r within the chosen job zones, explained by the C index and shared letters', () => {
    const items = careerSuggestions(result(), occupations, [2, 3], 10);
    expect(Array.isArray(items)).toBe(true);
    const list = items as Exclude<typeof items, { none: string }>;
    expect(list.map((s) => s.code)).toEqual(['21-1093.00', '43-4041.00', '47-2021.00']);
    const clerk = list.find((s) => s.code === '43-4041.00')!;
    expect(clerk.r).toBeCloseTo(0.6483, 4);
    expect(clerk).toMatchObject({ cIndex: 10, sharedLetters: ['S', 'E', 'C'], band: 'great', jobZone: 2 });
    expect(list[2]).toMatchObject({ cIndex: null, sharedLetters: ['C'], band: 'other' }); // a two-letter code has no C index
    expect(list[0]!.r).toBeGreaterThan(clerk.r);
  });

  it('takes every zone when none is chosen, and respects the limit', () => {
    const all = careerSuggestions(result(), occupations, [], 2) as Array<{ code: string }>;
    expect(all.map((s) => s.code)).toEqual(['21-1093.00', '41-2031.00']);
  });

  it('gives no suggestions for a flat, an incomplete or an invalid profile', () => {
    const fives = Object.fromEntries(Object.keys(R48_01).map((s) => [s, Array(8).fill(5)]));
    expect(careerSuggestions(result(fives), occupations, [], 10)).toEqual({ none: 'flat' });
    expect(careerSuggestions(result({ ...R48_01, R: [2, 2, 2, 1, 1, 1, null, null] }), occupations, [], 10)).toEqual({ none: 'incomplete' });
    expect(careerSuggestions({ ...result(), status: 'invalid' }, occupations, [], 10)).toEqual({ none: 'invalid' });
  });
});
