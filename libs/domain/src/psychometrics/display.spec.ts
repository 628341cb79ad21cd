import { scaleScoreForDisplay } from './display.js';
import type { ScaleScore } from './types.js';

const base: ScaleScore = { raw: 38, nMissing: 0, meanItem: 4.75, pomp: 93.75, z: null, T: null, percentile: null, sem: null, ci95: null, band: null };

describe('scaleScoreForDisplay', () => {
  it('rounds for the screen as spec §4.1 says', () => {
    const shown = scaleScoreForDisplay({ ...base, raw: 80 / 7, nMissing: 1, meanItem: 10 / 7, pomp: 10.714286, z: 2.33333, T: 73.3333, percentile: 99.6, sem: 2.32379, ci95: [33.44537, 42.55463] });
    expect(shown).toMatchObject({ raw: 11.4, meanItem: 1.43, pomp: 10.7, z: 2.33, T: 73, percentile: 99, sem: 2.3, ci95: [33.4, 42.6] });
    expect(scaleScoreForDisplay({ ...base, percentile: 0.2 }).percentile).toBe(1);
    expect(scaleScoreForDisplay(base)).toMatchObject({ raw: 38, pomp: 93.8, percentile: null, ci95: null });
  });
});
