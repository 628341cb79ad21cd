import type { ScaleScore } from './types.js';

function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * A scale score rounded for the screen only (spec §4.1): raw sums as integers (prorated ones to 1 decimal),
 * mean item 2 decimals, POMP, SEM and band limits 1 decimal, z 2 decimals, T an integer, and the percentile
 * an integer clipped to 1..99. Stored results keep full precision.
 */
export function scaleScoreForDisplay(score: ScaleScore): ScaleScore {
  return {
    ...score,
    raw: round(score.raw, score.nMissing === 0 ? 0 : 1),
    meanItem: round(score.meanItem, 2),
    pomp: round(score.pomp, 1),
    z: round(score.z, 2),
    T: round(score.T, 0),
    percentile: score.percentile === null ? null : Math.min(99, Math.max(1, Math.round(score.percentile))),
    sem: round(score.sem, 1),
    ci95: score.ci95 === null ? null : [round(score.ci95[0], 1)!, round(score.ci95[1], 1)!],
  };
}
