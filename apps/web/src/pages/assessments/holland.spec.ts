import { codeGroups, formatCode, rankingOf, scaleLabel, textOf, zoneOfEducation } from './holland.js';

const scales = (scores: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(scores).map(([letter, raw]) => [letter, raw === null ? null : { raw, meanItem: null, pomp: null, band: null, z: null, T: null, percentile: null, sem: null, ci95: null }]));

describe('Holland code shown with its ties', () => {
  it('shows three distinct letters plainly', () => {
    const result = { scales: scales({ R: 11, I: 17, A: 21, S: 38, E: 32, C: 29 }) };
    expect(rankingOf(result)).toEqual(['S', 'E', 'C', 'A', 'I', 'R']);
    expect(formatCode(codeGroups(result))).toBe('S E C');
  });

  it('joins letters tied inside the code, in the fixed RIASEC order', () => {
    expect(formatCode(codeGroups({ scales: scales({ R: 30, I: 30, A: 25, S: 10, E: 10, C: 9 }) }))).toBe('R = I A');
  });

  it('adds the letters tied with the third at the boundary', () => {
    expect(formatCode(codeGroups({ scales: scales({ R: 12, I: 20, A: 20, S: 38, E: 32, C: 20 }) }))).toBe('S E I = A = C');
  });

  it('follows the server ranking when there is one', () => {
    const holland = { code: 'SEC', ranking: 'SECAIR', ambiguous: false, tieWithinCode: false, tieAtBoundary: false, flat: false };
    expect(formatCode(codeGroups({ holland, scales: scales({ R: 11, I: 17, A: 21, S: 38, E: 32, C: 29 }) }))).toBe('S E C');
  });

  it('has no code when a scale could not be scored', () => {
    expect(codeGroups({ scales: scales({ R: 11, I: null, A: 21, S: 38, E: 32, C: 29 }) })).toEqual([]);
  });

  it('reads labels and texts given in one language or both', () => {
    expect(scaleLabel({ '1': 'Tidak suka' }, 1, 'en')).toBe('Tidak suka');
    expect(scaleLabel({ id: { '5': 'Suka' }, en: { '5': 'Enjoy' } }, 5, 'en')).toBe('Enjoy');
    expect(textOf({ id: 'Halo', en: 'Hello' }, 'id')).toBe('Halo');
    expect(textOf('Halo', 'en')).toBe('Halo');
  });

  it('starts the job-zone choice from the education (spec 8.2)', () => {
    expect(['SD', 'SMP', 'SMA', 'SMK', 'D1', 'D3', 'D4', 'S1', 'S2', 'S3'].map(zoneOfEducation)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(zoneOfEducation(null)).toBeNull();
  });
});
