import { DomainError, ErrorCode } from '../common/domain-error.js';
import { IPIP_BFM_50 } from './ipip-bfm-50.js';
import { RIASEC_48 } from './riasec-48.js';
import { keyedScaleRows, longstring, midRankPercentile, scoreProtocol } from './scoring.js';
import type { AssessmentResult, NormTable, Protocol } from './types.js';

const TOL = 4; // toBeCloseTo digits: |a − b| < 5e-5, tighter than the 1e-4 of spec §4.1

/** Item values per RIASEC scale, k = 1..8, for person R48-01 of spec §7 (R11 I17 A21 S38 E32 C29). */
const R48_01: Record<string, number[]> = {
  R: [2, 2, 2, 1, 1, 1, 1, 1],
  I: [3, 2, 2, 2, 2, 2, 2, 2],
  A: [3, 3, 3, 3, 3, 2, 2, 2],
  S: [5, 5, 5, 5, 5, 5, 4, 4],
  E: [4, 4, 4, 4, 4, 4, 4, 4],
  C: [4, 4, 4, 4, 4, 3, 3, 3],
};

function riasecProtocol(
  values: Record<string, Array<number | null>> = R48_01,
  change: (byPosition: Map<number, number | null>) => void = () => {},
  pageSeconds: Array<number | null> = [75, 75, 75, 75],
): Protocol {
  const byPosition = new Map<number, number | null>();
  for (const item of RIASEC_48.items) byPosition.set(item.position, values[item.scale]![Number(item.id.slice(1)) - 1]!);
  change(byPosition);
  return { responses: RIASEC_48.items.map((i) => ({ itemId: i.id, value: byPosition.get(i.position)! })), pageSeconds };
}

const NEGATIVE = new Set([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 29, 30, 32, 34, 36, 38, 39, 44, 46, 49]);

/** IPIP answers by position: keyed maximum (5 on + items, 1 on − items) unless changed. */
function ipipProtocol(change: (byPosition: Map<number, number | null>) => void = () => {}, pageSeconds: Array<number | null> = [60, 60, 60, 60, 60]): Protocol {
  const byPosition = new Map<number, number | null>();
  for (let p = 1; p <= 50; p++) byPosition.set(p, NEGATIVE.has(p) ? 1 : 5);
  change(byPosition);
  return { responses: IPIP_BFM_50.items.map((i) => ({ itemId: i.id, value: byPosition.get(i.position)! })), pageSeconds };
}

function setPositions(positions: number[], value: number | null): (m: Map<number, number | null>) => void {
  return (m) => positions.forEach((p) => m.set(p, value));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function flagSummary(result: AssessmentResult): string[] {
  return result.flags.map((f) => `${f.code}:${f.severity}:${Number(f.value.toFixed(4))}${f.scale ? `:${f.scale}` : ''}`);
}

describe('scoreProtocol on RIASEC-48', () => {
  it('scores person R48-01 of spec §7 as SEC with the §3.3 numbers', () => {
    const result = scoreProtocol(RIASEC_48, riasecProtocol());
    expect(Object.fromEntries(Object.entries(result.scales).map(([k, s]) => [k, s.raw]))).toEqual({ R: 11, I: 17, A: 21, S: 38, E: 32, C: 29 });
    expect(result.scales.S).toMatchObject({ raw: 38, nMissing: 0, meanItem: 4.75, pomp: 93.75, z: null, T: null, percentile: null, sem: null, ci95: null, band: null });
    expect(result.scales.R!.pomp).toBeCloseTo(9.375, TOL);
    expect(result.holland).toEqual({
      code: 'SEC',
      ranking: 'SECAIR',
      ambiguous: false,
      tieWithinCode: false,
      tieAtBoundary: false,
      flat: false,
      gapsToNext: [6, 3, 8],
      distinctFromNext: [null, null, null],
    });
    expect(result.consistency).toBe(3); // S–E adjacent
    expect(result.differentiation!.hollandRange).toBe(27);
    expect(result.differentiation!.iachanDI).toBe(11.5);
    expect(result.differentiation!.top1MinusTop2).toBe(6);
    expect(result.differentiation!.top1MinusTop3).toBe(9);
    expect(result.differentiation!.elevationMean).toBeCloseTo(24.6667, TOL);
    expect(result.metrics.nMissing).toBe(0);
    expect(result.metrics.longstring).toBe(2);
    expect(result.metrics.irv).toBeCloseTo(1.234837, TOL); // sample SD of the 48 answers
    expect(result.metrics.inconsistency).toBeCloseTo(0.25, TOL); // (C2,C8) and (A2,A8) differ by 1
    expect(result.metrics.pairsUsed).toBe(8);
    expect(result.metrics.meanItem).toBeCloseTo(3.0833, TOL);
    expect(result.metrics.secondsPerItem).toBe(6.25);
    expect(result.metrics.fastPages).toBe(0);
    expect(result.flags).toEqual([]);
    expect(result.status).toBe('valid');
    expect(result).toMatchObject({ scoringVersion: '2026.1', instrumentId: 'riasec-48', instrumentVersion: '1.0.0', kind: 'interest', normVersion: null });
  });

  it('prorates one missing item by the person-mean of the scale', () => {
    const result = scoreProtocol(RIASEC_48, riasecProtocol({ ...R48_01, R: [2, 2, 2, 1, 1, 1, 1, null] }));
    expect(result.scales.R!.raw).toBeCloseTo(80 / 7, 10); // mean 10/7 × 8 items
    expect(result.scales.R!.meanItem).toBeCloseTo(1.428571, TOL);
    expect(result.scales.R!.pomp).toBeCloseTo(10.714286, TOL);
    expect(result.scales.R!.nMissing).toBe(1);
    expect(flagSummary(result)).toEqual(['MISSING_ITEMS:warning:1']);
    expect(result.status).toBe('questionable');
    expect(result.holland!.code).toBe('SEC');
  });

  it('drops a scale with two missing items, which leaves no Holland code and an invalid protocol', () => {
    const result = scoreProtocol(RIASEC_48, riasecProtocol({ ...R48_01, R: [2, 2, 2, 1, 1, 1, null, null] }));
    expect(result.scales.R).toMatchObject({ raw: null, nMissing: 2, meanItem: null, pomp: null });
    expect(flagSummary(result)).toEqual(['MISSING_ITEMS:warning:2', 'SCALE_INCOMPLETE:invalid:2:R']);
    expect(result.status).toBe('invalid');
    expect(result.holland).toBeNull();
    expect(result.consistency).toBeNull();
    expect(result.differentiation).toBeNull();
  });

  it.each([
    [4, 'warning', 'questionable'],
    [5, 'invalid', 'invalid'],
  ])('treats %i of 48 missing (one per scale) as %s: invalid only above 10 %%', (count, severity, status) => {
    const values = Object.fromEntries(Object.entries(R48_01).map(([scale, v], i) => [scale, i < count ? [...v.slice(0, 7), null] : v]));
    const result = scoreProtocol(RIASEC_48, riasecProtocol(values));
    expect(flagSummary(result)).toEqual([`MISSING_ITEMS:${severity}:${count}`]);
    expect(result.status).toBe(status);
  });

  it.each<[string, number[], number[], string[], string]>([
    ['12 identical answers in a row (warning)', range(13, 24), [], ['LONGSTRING:warning:12'], 'questionable'],
    ['11 identical answers in a row (no flag)', range(13, 23), [], [], 'valid'],
    ['24 identical answers in a row (invalid)', range(13, 36), [], ['LONGSTRING:invalid:24'], 'invalid'],
    ['24 identical answers broken by a skip', range(13, 36), [25], ['MISSING_ITEMS:warning:1', 'LONGSTRING:warning:12'], 'questionable'],
  ])('flags straight-lining: %s', (_name, threes, skipped, flags, status) => {
    const result = scoreProtocol(
      RIASEC_48,
      riasecProtocol(R48_01, (m) => {
        setPositions(threes, 3)(m);
        setPositions(skipped, null)(m);
      }),
    );
    expect(flagSummary(result)).toEqual(flags);
    expect(result.status).toBe(status);
  });

  it('marks an all-same protocol flat, zero-variance and too elevated, with no consistency', () => {
    const fives = Object.fromEntries(Object.keys(R48_01).map((scale) => [scale, Array(8).fill(5)]));
    const result = scoreProtocol(RIASEC_48, riasecProtocol(fives));
    expect(flagSummary(result)).toEqual(['LONGSTRING:invalid:48', 'ZERO_VARIANCE:invalid:0', 'FLAT_PROFILE:invalid:40', 'HIGH_ELEVATION:warning:5']);
    expect(result.status).toBe('invalid');
    expect(result.holland).toMatchObject({ code: 'RIA', ranking: 'RIASEC', flat: true, tieWithinCode: true, tieAtBoundary: true, ambiguous: true, gapsToNext: [0, 0, 0] });
    expect(result.consistency).toBeNull();
    expect(result.differentiation).toMatchObject({ hollandRange: 0, iachanDI: 0, elevationMean: 40 });
    expect(result.metrics.irv).toBe(0);
  });

  it('flags a flat profile even when the answers vary', () => {
    // Every scale sums to 24 with answers 2 and 4 alternating within a scale.
    const values = Object.fromEntries(Object.keys(R48_01).map((scale, i) => [scale, Array.from({ length: 8 }, (_, k) => ((k + i) % 2 === 0 ? 2 : 4))]));
    const result = scoreProtocol(RIASEC_48, riasecProtocol(values));
    expect(result.holland!.flat).toBe(true);
    expect(result.flags.map((f) => f.code)).toContain('FLAT_PROFILE');
    expect(result.status).toBe('invalid');
  });

  it.each<[string, Array<number | null>, string[], number | null, number]>([
    ['2.0 s per item exactly', [24, 24, 24, 24], [], 2, 0],
    ['under 2 s per item', [20, 20, 20, 20], ['TOO_FAST:invalid:1.6667', 'FAST_PAGES:warning:4'], 80 / 48, 4],
    ['one page under 2 s per item', [23, 100, 100, 100], ['FAST_PAGES:warning:1'], 323 / 48, 1],
    ['a page of unknown time', [null, 1, 75, 75], ['FAST_PAGES:warning:1'], null, 1],
    ['no timing at all', [null, null, null, null], [], null, 0],
  ])('checks speed: %s', (_name, pageSeconds, flags, secondsPerItem, fastPages) => {
    const result = scoreProtocol(RIASEC_48, riasecProtocol(R48_01, () => {}, pageSeconds));
    expect(flagSummary(result)).toEqual(flags);
    if (secondsPerItem === null) expect(result.metrics.secondsPerItem).toBeNull();
    else expect(result.metrics.secondsPerItem).toBeCloseTo(secondsPerItem, TOL);
    expect(result.metrics.fastPages).toBe(fastPages);
  });

  it('uses answered items only for seconds per item', () => {
    const result = scoreProtocol(RIASEC_48, riasecProtocol({ ...R48_01, R: [2, 2, 2, 1, 1, 1, 1, null] }, () => {}, [47, 47, 47, 47]));
    expect(result.metrics.secondsPerItem).toBe(4); // 188 s / 47 answered
  });

  it('warns on low elevation', () => {
    const values = { R: [1, 1, 1, 1, 2, 2, 2, 2], I: [1, 2, 1, 2, 1, 2, 1, 2], A: [2, 1, 2, 1, 2, 1, 2, 1], S: [3, 3, 2, 2, 2, 2, 2, 2], E: [1, 1, 1, 1, 1, 1, 1, 2], C: [2, 2, 1, 1, 2, 2, 1, 2] };
    const result = scoreProtocol(RIASEC_48, riasecProtocol(values));
    expect(result.metrics.meanItem).toBeCloseTo(76 / 48, TOL);
    expect(result.flags.find((f) => f.code === 'LOW_ELEVATION')).toMatchObject({ severity: 'warning' });
  });

  it.each<[string, Record<string, number[]>, Partial<Record<string, unknown>>]>([
    [
      'ties within the code and at the boundary',
      { R: [20], I: [20], A: [30], S: [30], E: [10], C: [10] },
      { code: 'ASR', ranking: 'ASRIEC', tieWithinCode: true, tieAtBoundary: true, ambiguous: true, gapsToNext: [0, 10, 0] },
    ],
    [
      'a tie only at the boundary',
      { R: [40], I: [30], A: [20], S: [20], E: [10], C: [8] },
      { code: 'RIA', ranking: 'RIASEC', tieWithinCode: false, tieAtBoundary: true, ambiguous: true, gapsToNext: [10, 10, 0] },
    ],
    [
      'the fixed R<I<A<S<E<C tie-break between C and R',
      { R: [30], I: [12], A: [9], S: [9], E: [9], C: [30] },
      { code: 'RCI', ranking: 'RCIASE', tieWithinCode: true, tieAtBoundary: false, ambiguous: true, gapsToNext: [0, 18, 3] },
    ],
  ])('builds the Holland code with %s', (_name, sums, holland) => {
    // Spread each sum over 8 answers (floor, plus one on the first items).
    const values = Object.fromEntries(
      Object.entries(sums).map(([scale, [sum]]) => [scale, Array.from({ length: 8 }, (_, k) => Math.floor(sum! / 8) + (k < sum! % 8 ? 1 : 0))]),
    );
    const result = scoreProtocol(RIASEC_48, riasecProtocol(values));
    expect(result.holland).toMatchObject(holland);
  });

  it.each([
    ['adjacent (S–E)', R48_01, 3],
    ['alternate (S–C)', { ...R48_01, E: [2, 2, 2, 2, 2, 2, 2, 2] }, 2],
    ['opposite (S–R)', { ...R48_01, R: [5, 4, 4, 4, 4, 4, 4, 4], E: [2, 2, 2, 2, 2, 2, 2, 2], C: [1, 1, 1, 1, 1, 1, 1, 1] }, 1],
  ])('rates consistency of the first two letters: %s', (_name, values, consistency) => {
    expect(scoreProtocol(RIASEC_48, riasecProtocol(values)).consistency).toBe(consistency);
  });

  const riasecNorms: NormTable = {
    version: 'norms-test-1',
    scales: Object.fromEntries(['R', 'I', 'A', 'S', 'E', 'C'].map((s) => [s, { mean: 24, sd: 6, alpha: 0.85, n: 6, distribution: [10, 20, 24, 24, 30, 38] }])),
  };

  it('adds z, T, mid-rank percentile, SEM and the 95 % band only with norms', () => {
    const result = scoreProtocol(RIASEC_48, riasecProtocol(), riasecNorms);
    expect(result.normVersion).toBe('norms-test-1');
    const s = result.scales.S!;
    expect(s.z).toBeCloseTo(14 / 6, TOL);
    expect(s.T).toBeCloseTo(73.3333, TOL);
    expect(s.percentile).toBeCloseTo(91.6667, TOL); // (5 below + ½·1 equal) / 6
    expect(s.sem).toBeCloseTo(2.323790, TOL); // 6·√0.15
    expect(s.ci95![0]).toBeCloseTo(38 - 1.96 * 2.32379, TOL);
    expect(s.ci95![1]).toBeCloseTo(38 + 1.96 * 2.32379, TOL);
    expect(s.band).toBeNull(); // bands are for personality scales
    expect(result.scales.E!.percentile).toBeCloseTo(83.3333, TOL); // 32: 5 below
    expect(result.scales.A!.percentile).toBeCloseTo(33.3333, TOL); // 21: 2 below
    expect(result.scales.I!.percentile).toBeCloseTo(16.6667, TOL);
  });

  it('decides distinctFromNext with SEdiff = SD·√(2 − α1 − α2) = 3.2863 (spec §4.3)', () => {
    const result = scoreProtocol(RIASEC_48, riasecProtocol(), riasecNorms);
    expect(result.holland!.distinctFromNext).toEqual([true, false, true]); // gaps 6, 3, 8
    const noAlpha: NormTable = { ...riasecNorms, scales: { ...riasecNorms.scales, E: { ...riasecNorms.scales.E!, alpha: null } } };
    expect(scoreProtocol(RIASEC_48, riasecProtocol(), noAlpha).holland!.distinctFromNext).toEqual([null, null, true]);
  });
});

describe('scoreProtocol on IPIP-BFM-50', () => {
  it('passes the keyed-maximum pattern through every check (faking good is not detectable)', () => {
    const result = scoreProtocol(IPIP_BFM_50, ipipProtocol());
    for (const scale of ['E', 'A', 'C', 'ES', 'O']) expect(result.scales[scale]).toMatchObject({ raw: 50, meanItem: 5, pomp: 100, nMissing: 0 });
    expect(result.scales.N).toMatchObject({ raw: 10, meanItem: 1, pomp: 0, derivedFrom: 'ES' });
    expect(result.flags).toEqual([]);
    expect(result.status).toBe('valid');
    expect(result.metrics).toMatchObject({ nMissing: 0, longstring: 4, inconsistency: 0, pairsUsed: 10, meanItem: 3.08, secondsPerItem: 6, fastPages: 0 });
    expect(result.metrics.irv).toBeCloseTo(2.018688, TOL);
    expect(result.holland).toBeUndefined();
    expect(result.consistency).toBeUndefined();
  });

  it('reverse-keys − items as 6 − x', () => {
    // All 3s but position 1 (E+) = 4 and position 6 (E−) = 4: E = 4 + 2 + 8·3 = 30.
    const result = scoreProtocol(IPIP_BFM_50, ipipProtocol((m) => {
      for (let p = 1; p <= 50; p++) m.set(p, 3);
      m.set(1, 4);
      m.set(6, 4);
      m.set(2, 2); // A−: keyed 4
    }));
    expect(result.scales.E!.raw).toBe(30);
    expect(result.scales.A!.raw).toBe(31);
    expect(result.scales.ES!.raw).toBe(30);
    expect(result.scales.N!.raw).toBe(30);
  });

  it.each([
    [5, 'warning', 'questionable'],
    [6, 'invalid', 'invalid'],
  ])('treats %i of 50 missing as %s (10 %% is still a warning)', (count, severity, status) => {
    // Spread over the scales (E, A, C, ES, O, O) so no scale loses more than two items.
    const skipped = [1, 12, 23, 34, 45, 50].slice(0, count);
    const result = scoreProtocol(IPIP_BFM_50, ipipProtocol(setPositions(skipped, null)));
    expect(flagSummary(result)).toEqual([`MISSING_ITEMS:${severity}:${count}`]);
    expect(result.status).toBe(status);
  });

  it('keeps a scale with two missing items (prorated) and drops it with three, as a warning', () => {
    const two = scoreProtocol(IPIP_BFM_50, ipipProtocol(setPositions([1, 6], null)));
    expect(two.scales.E).toMatchObject({ raw: 50, nMissing: 2 });
    const three = scoreProtocol(IPIP_BFM_50, ipipProtocol(setPositions([1, 6, 11], null)));
    expect(three.scales.E).toMatchObject({ raw: null, pomp: null });
    expect(flagSummary(three)).toEqual(['MISSING_ITEMS:warning:3', 'SCALE_INCOMPLETE:warning:3:E']);
    expect(three.status).toBe('questionable');
  });

  it('drops N with ES', () => {
    const result = scoreProtocol(IPIP_BFM_50, ipipProtocol(setPositions([4, 9, 14], null)));
    expect(result.scales.ES!.raw).toBeNull();
    expect(result.scales.N!.raw).toBeNull();
  });

  it.each<[string, number[], number[], string[], number | null, number]>([
    ['half of the pairs contradicting (warning)', [39, 28, 20, 36], [], ['INCONSISTENT:warning:2'], 2, 10],
    ['every pair contradicting (invalid)', [39, 28, 20, 36, 44, 49, 30, 32, 4], [], ['INCONSISTENT:invalid:4'], 4, 10],
    ['too few usable pairs (no check)', [39, 28, 20, 36, 44, 49, 30, 32, 4], [34, 8, 10, 16, 19], ['MISSING_ITEMS:warning:5'], null, 5],
  ])('checks inconsistency: %s', (_name, flipped, skipped, flags, inconsistency, pairsUsed) => {
    // A flipped − item answered 5 keys to 1, opposite to its keyed-5 partner.
    const result = scoreProtocol(IPIP_BFM_50, ipipProtocol((m) => {
      setPositions(flipped, 5)(m);
      setPositions(skipped, null)(m);
    }));
    expect(flagSummary(result)).toEqual(flags);
    expect(result.metrics.inconsistency).toBe(inconsistency);
    expect(result.metrics.pairsUsed).toBe(pairsUsed);
  });

  it('flags straight-lining at 10 (warning) and 25 (invalid)', () => {
    const ten = scoreProtocol(IPIP_BFM_50, ipipProtocol(setPositions(range(11, 20), 3)));
    expect(ten.metrics.longstring).toBe(10);
    expect(ten.flags.map((f) => `${f.code}:${f.severity}`)).toEqual(['LONGSTRING:warning']);
    const all = scoreProtocol(IPIP_BFM_50, ipipProtocol(setPositions(range(1, 50), 3)));
    expect(flagSummary(all)).toEqual(['LONGSTRING:invalid:50', 'ZERO_VARIANCE:invalid:0']);
    expect(all.scales.E!.raw).toBe(30);
  });

  it('gives low/average/high bands at ±½ SD with norms, and the mirrored N', () => {
    const norms: NormTable = {
      version: 'ipip-test',
      scales: Object.fromEntries(['E', 'A', 'C', 'ES', 'O'].map((s) => [s, { mean: 30, sd: 8, alpha: 0.8, n: 4, distribution: [20, 30, 34, 50] }])),
    };
    const result = scoreProtocol(
      IPIP_BFM_50,
      ipipProtocol((m) => {
        for (let p = 1; p <= 50; p++) m.set(p, 3);
        setPositions([1, 11, 21, 31], 4)(m); // E = 34 → z = 0.5, average
        setPositions([7, 17, 27, 37, 42], 4)(m); // A = 35 → high
        setPositions([3, 13, 23, 33, 43], 2)(m); // C = 25 → low
      }),
      norms,
    );
    expect(result.scales.E).toMatchObject({ raw: 34, band: 'average' });
    expect(result.scales.E!.z).toBeCloseTo(0.5, TOL);
    expect(result.scales.E!.percentile).toBeCloseTo(62.5, TOL); // (2 + ½) / 4
    expect(result.scales.A).toMatchObject({ raw: 35, band: 'high' });
    expect(result.scales.C).toMatchObject({ raw: 25, band: 'low' });
    expect(result.scales.C!.T).toBeCloseTo(43.75, TOL);
    const n = result.scales.N!;
    expect(n.raw).toBe(30);
    expect(n.z).toBeCloseTo(-0, TOL);
    expect(n.percentile).toBeCloseTo(100 - result.scales.ES!.percentile!, TOL);
    expect(n.sem).toBeCloseTo(8 * Math.sqrt(0.2), TOL);
    expect(n.ci95![0]).toBeCloseTo(60 - result.scales.ES!.ci95![1], TOL);
  });
});

describe('scoreProtocol refuses a malformed protocol, naming the item', () => {
  const good = riasecProtocol();
  it.each<[string, Protocol, RegExp]>([
    ['an unknown item', { ...good, responses: [...good.responses.slice(1), { itemId: 'X9', value: 3 }] }, /item "X9" is not an item of riasec-48@1.0.0/],
    ['a duplicate', { ...good, responses: [...good.responses, { itemId: 'R1', value: 3 }] }, /item R1 is answered twice/],
    ['a value outside the scale', { ...good, responses: good.responses.map((r) => (r.itemId === 'C8' ? { ...r, value: 6 } : r)) }, /item C8 has the answer 6/],
    ['a fractional value', { ...good, responses: good.responses.map((r) => (r.itemId === 'S2' ? { ...r, value: 2.5 } : r)) }, /item S2 has the answer 2.5/],
    ['a missing item', { ...good, responses: good.responses.filter((r) => r.itemId !== 'E4') }, /item E4 has no response/],
    ['the wrong number of pages', { ...good, pageSeconds: [75, 75, 75] }, /pageSeconds has 3 entries but riasec-48 has 4 pages/],
    ['negative seconds', { ...good, pageSeconds: [75, -1, 75, 75] }, /pageSeconds\[1\] is -1/],
  ])('%s', (_name, protocol, message) => {
    let error: unknown;
    try {
      scoreProtocol(RIASEC_48, protocol);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.ValidationFailed);
    expect((error as DomainError).message).toMatch(message);
  });

  it('refuses a protocol without arrays', () => {
    expect(() => scoreProtocol(RIASEC_48, {} as Protocol)).toThrow(/responses array/);
  });
});

describe('helpers', () => {
  it.each<[Array<number | null>, number]>([
    [[], 0],
    [[null, null], 0],
    [[1, 1, 2, 2, 2], 3],
    [[3, 3, null, 3, 3], 2],
    [[5, 5, 5, 5], 4],
  ])('longstring(%j) = %i', (values, expected) => {
    expect(longstring(values)).toBe(expected);
  });

  it('computes the mid-rank percentile', () => {
    expect(midRankPercentile([1, 2, 2, 3], 2)).toBe(50);
    expect(midRankPercentile([1, 2, 2, 3], 0)).toBe(0);
    expect(midRankPercentile([1, 2, 2, 3], 9)).toBe(100);
    expect(midRankPercentile([1, 2, 2, 3], 2.5)).toBe(75);
    expect(midRankPercentile([], 2)).toBeNull();
  });

  it('gives keyed rows per complete scale', () => {
    const rows = keyedScaleRows(IPIP_BFM_50, ipipProtocol(setPositions([1], null)));
    expect(rows.E).toBeNull();
    expect(rows.A).toEqual(Array(10).fill(5));
    const riasec = keyedScaleRows(RIASEC_48, riasecProtocol());
    expect(riasec.S).toEqual(R48_01.S);
  });
});

