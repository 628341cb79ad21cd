import { DomainError, ErrorCode } from '../common/domain-error.js';
import { hexDistance } from './congruence.js';
import { RIASEC_LETTERS } from './riasec-48.js';
import {
  SCORING_VERSION,
  type AssessmentResult,
  type Differentiation,
  type FlagSeverity,
  type HollandCode,
  type InstrumentDefinition,
  type InstrumentItem,
  type NormScale,
  type NormTable,
  type Protocol,
  type ProtocolMetrics,
  type ProtocolStatus,
  type ScaleScore,
  type ScoreBand,
  type ValidityFlag,
} from './types.js';

/** What scoring needs of an instrument, worked out once per definition object. */
interface InstrumentIndex {
  byId: Map<string, InstrumentItem>;
  inOrder: InstrumentItem[];
  scaleItems: Map<string, InstrumentItem[]>;
}

const indexes = new WeakMap<InstrumentDefinition, InstrumentIndex>();

function indexOf(instrument: InstrumentDefinition): InstrumentIndex {
  let index = indexes.get(instrument);
  if (!index) {
    const scaleItems = new Map<string, InstrumentItem[]>(instrument.scales.map((s) => [s.id, []]));
    for (const item of instrument.items) scaleItems.get(item.scale)?.push(item);
    index = {
      byId: new Map(instrument.items.map((i) => [i.id, i])),
      inOrder: [...instrument.items].sort((a, b) => a.position - b.position),
      scaleItems,
    };
    indexes.set(instrument, index);
  }
  return index;
}

function malformed(message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, message, details);
}

/** The answers by item id, after checking the protocol is well formed; throws a DomainError naming the item otherwise. */
function checkedAnswers(instrument: InstrumentDefinition, index: InstrumentIndex, protocol: Protocol): Map<string, number | null> {
  if (typeof protocol !== 'object' || protocol === null || !Array.isArray(protocol.responses) || !Array.isArray(protocol.pageSeconds)) {
    throw malformed('the protocol must have a responses array and a pageSeconds array');
  }
  const { min, max } = instrument.responseScale;
  const answers = new Map<string, number | null>();
  for (const response of protocol.responses) {
    const itemId = (response as { itemId?: unknown } | null)?.itemId;
    if (typeof itemId !== 'string' || !index.byId.has(itemId)) {
      throw malformed(`item ${JSON.stringify(itemId)} is not an item of ${instrument.id}@${instrument.version}`, { itemId });
    }
    if (answers.has(itemId)) throw malformed(`item ${itemId} is answered twice; send each item once`, { itemId });
    const value = response.value;
    if (value !== null && !(Number.isInteger(value) && value >= min && value <= max)) {
      throw malformed(`item ${itemId} has the answer ${JSON.stringify(value)}; answers are whole numbers from ${min} to ${max}, or null for a skipped item`, { itemId });
    }
    answers.set(itemId, value);
  }
  for (const item of index.inOrder) {
    if (!answers.has(item.id)) throw malformed(`item ${item.id} has no response; send null for a skipped item`, { itemId: item.id });
  }
  if (protocol.pageSeconds.length !== instrument.pages.length) {
    throw malformed(`pageSeconds has ${protocol.pageSeconds.length} entries but ${instrument.id} has ${instrument.pages.length} pages; send one per page (null when unknown)`);
  }
  protocol.pageSeconds.forEach((seconds, page) => {
    if (seconds !== null && !(typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0)) {
      throw malformed(`pageSeconds[${page}] is ${JSON.stringify(seconds)}; it must be a number of seconds, 0 or more, or null when unknown`);
    }
  });
  return answers;
}

function keyed(item: InstrumentItem, value: number, min: number, max: number): number {
  return item.key === 1 ? value : min + max - value;
}

function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (n − 1); null under two values. */
function sampleSd(values: number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (values.length - 1));
}

/** Number of sorted values strictly below x (lower bound) and at most x (upper bound). */
function bounds(sorted: number[], x: number): [below: number, atMost: number] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  const below = lo;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return [below, lo];
}

/** Empirical mid-rank percentile: 100 · (#{norm < x} + ½ · #{norm = x}) / N; null for an empty distribution. */
export function midRankPercentile(sortedDistribution: number[], x: number): number | null {
  if (sortedDistribution.length === 0) return null;
  const [below, atMost] = bounds(sortedDistribution, x);
  return (100 * (below + 0.5 * (atMost - below))) / sortedDistribution.length;
}

/** Standard error of measurement SD · √(1 − α); null without alpha. */
export function standardError(norm: Pick<NormScale, 'sd' | 'alpha'>): number | null {
  if (norm.alpha === null || !Number.isFinite(norm.alpha) || norm.alpha > 1) return null;
  return norm.sd * Math.sqrt(1 - norm.alpha);
}

function bandOf(z: number): ScoreBand {
  if (z < -0.5) return 'low';
  if (z > 0.5) return 'high';
  return 'average';
}

function emptyNormScores(): Pick<ScaleScore, 'z' | 'T' | 'percentile' | 'sem' | 'ci95' | 'band'> {
  return { z: null, T: null, percentile: null, sem: null, ci95: null, band: null };
}

function normScores(raw: number, norm: NormScale | undefined, withBand: boolean): Pick<ScaleScore, 'z' | 'T' | 'percentile' | 'sem' | 'ci95' | 'band'> {
  if (!norm) return emptyNormScores();
  const z = norm.sd > 0 ? (raw - norm.mean) / norm.sd : null;
  const sem = standardError(norm);
  return {
    z,
    T: z === null ? null : 50 + 10 * z,
    percentile: midRankPercentile(norm.distribution, raw),
    sem,
    ci95: sem === null ? null : [raw - 1.96 * sem, raw + 1.96 * sem],
    band: withBand && z !== null ? bandOf(z) : null,
  };
}

/** The same scale scored in the opposite direction (IPIP Neuroticism = 60 − Emotional Stability). */
function reversedScale(score: ScaleScore, items: number, min: number, max: number, from: string): ScaleScore {
  const flip = (v: number | null, around: number): number | null => (v === null ? null : around - v);
  const swap: Record<ScoreBand, ScoreBand> = { low: 'high', average: 'average', high: 'low' };
  const total = items * (min + max);
  return {
    raw: flip(score.raw, total),
    nMissing: score.nMissing,
    meanItem: flip(score.meanItem, min + max),
    pomp: flip(score.pomp, 100),
    z: score.z === null ? null : -score.z,
    T: flip(score.T, 100),
    percentile: flip(score.percentile, 100),
    sem: score.sem,
    ci95: score.ci95 === null ? null : [total - score.ci95[1], total - score.ci95[0]],
    band: score.band === null ? null : swap[score.band],
    derivedFrom: from,
  };
}

function severityAt(value: number, thresholds: { warning: number; invalid: number }): FlagSeverity | null {
  if (value >= thresholds.invalid) return 'invalid';
  if (value >= thresholds.warning) return 'warning';
  return null;
}

/** Longest run of identical consecutive answers in administration order; a skipped item breaks the run. */
export function longstring(valuesInOrder: Array<number | null>): number {
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const value of valuesInOrder) {
    if (value === null) {
      run = 0;
    } else if (value === previous) {
      run += 1;
    } else {
      run = 1;
    }
    previous = value;
    longest = Math.max(longest, run);
  }
  return longest;
}

function hollandOf(scores: Record<string, number>, norms: NormTable | null | undefined, z: number): HollandCode {
  const ranked = [...RIASEC_LETTERS].sort((a, b) => scores[b]! - scores[a]! || RIASEC_LETTERS.indexOf(a) - RIASEC_LETTERS.indexOf(b));
  const s = ranked.map((letter) => scores[letter]!);
  const gaps: [number, number, number] = [s[0]! - s[1]!, s[1]! - s[2]!, s[2]! - s[3]!];
  const distinct = gaps.map((gap, k) => {
    const a = norms?.scales[ranked[k]!];
    const b = norms?.scales[ranked[k + 1]!];
    const semA = a ? standardError(a) : null;
    const semB = b ? standardError(b) : null;
    if (semA === null || semB === null) return null;
    return gap >= z * Math.sqrt(semA * semA + semB * semB);
  }) as [boolean | null, boolean | null, boolean | null];
  const tieWithinCode = s[0] === s[1] || s[1] === s[2];
  const tieAtBoundary = s[2] === s[3];
  return {
    code: ranked.slice(0, 3).join(''),
    ranking: ranked.join(''),
    ambiguous: tieWithinCode || tieAtBoundary,
    tieWithinCode,
    tieAtBoundary,
    flat: s[0] === s[5],
    gapsToNext: gaps,
    distinctFromNext: distinct,
  };
}

function differentiationOf(scores: Record<string, number>): Differentiation {
  const s = RIASEC_LETTERS.map((letter) => scores[letter]!).sort((a, b) => b - a);
  return {
    hollandRange: s[0]! - s[5]!,
    iachanDI: s[0]! - (s[1]! + s[3]!) / 2,
    top1MinusTop2: s[0]! - s[1]!,
    top1MinusTop3: s[0]! - s[2]!,
    elevationMean: mean(s),
  };
}

/**
 * Scores one protocol (spec §4.1, §4.3, §4.4, §5, §6.1): keyed sums with proration, POMP, validity flags and
 * the protocol status, the Holland code with consistency and differentiation for interest inventories, and
 * norm-referenced scores only when a norm table is given. Throws DomainError(ValidationFailed) naming the
 * item for a malformed protocol.
 */
export function scoreProtocol(instrument: InstrumentDefinition, protocol: Protocol, norms?: NormTable | null): AssessmentResult {
  const index = indexOf(instrument);
  const answers = checkedAnswers(instrument, index, protocol);
  const { min, max } = instrument.responseScale;
  const policy = instrument.validityPolicy;
  const flags: ValidityFlag[] = [];
  const isInterest = instrument.kind === 'interest';

  // Scale scores (§4.1).
  const scales: Record<string, ScaleScore> = {};
  const incomplete: ValidityFlag[] = [];
  for (const { id: scaleId } of instrument.scales) {
    const items = index.scaleItems.get(scaleId) ?? [];
    const values: number[] = [];
    for (const item of items) {
      const value = answers.get(item.id);
      if (value !== null && value !== undefined) values.push(keyed(item, value, min, max));
    }
    const n = items.length;
    const nMissing = n - values.length;
    if (nMissing > instrument.scoring.maxMissingPerScale || values.length === 0) {
      incomplete.push({ code: 'SCALE_INCOMPLETE', severity: policy.scaleIncomplete, value: nMissing, scale: scaleId });
      scales[scaleId] = { raw: null, nMissing, meanItem: null, pomp: null, ...emptyNormScores() };
      continue;
    }
    const meanItem = mean(values);
    const raw = nMissing === 0 ? values.reduce((a, b) => a + b, 0) : meanItem * n;
    scales[scaleId] = {
      raw,
      nMissing,
      meanItem,
      pomp: (100 * (raw - n * min)) / (n * (max - min)),
      ...normScores(raw, norms?.scales[scaleId], !isInterest),
    };
  }

  // Response-validity metrics (§5), on raw answers in administration order.
  const inOrder = index.inOrder.map((item) => answers.get(item.id) ?? null);
  const answered = inOrder.filter((v): v is number => v !== null);
  const nMissing = inOrder.length - answered.length;

  if (nMissing >= policy.missing.warningAtLeast) {
    flags.push({ code: 'MISSING_ITEMS', severity: nMissing / inOrder.length > policy.missing.invalidAboveFraction ? 'invalid' : 'warning', value: nMissing });
  }
  flags.push(...incomplete);

  const run = longstring(inOrder);
  const runSeverity = severityAt(run, policy.longstring);
  if (runSeverity) flags.push({ code: 'LONGSTRING', severity: runSeverity, value: run });

  const irv = sampleSd(answered);
  if (irv === 0) flags.push({ code: 'ZERO_VARIANCE', severity: 'invalid', value: 0 });

  const riasecScores: Record<string, number> | null =
    isInterest && RIASEC_LETTERS.every((letter) => scales[letter]?.raw !== null && scales[letter]?.raw !== undefined)
      ? Object.fromEntries(RIASEC_LETTERS.map((letter) => [letter, scales[letter]!.raw!]))
      : null;
  const holland = riasecScores ? hollandOf(riasecScores, norms, policy.distinctZ) : null;
  if (holland?.flat && policy.flatProfile) {
    flags.push({ code: 'FLAT_PROFILE', severity: policy.flatProfile, value: riasecScores!.R! });
  }

  let pairsUsed = 0;
  let differenceSum = 0;
  for (const pair of instrument.pairs) {
    const a = index.byId.get(pair.a);
    const b = index.byId.get(pair.b);
    const va = answers.get(pair.a);
    const vb = answers.get(pair.b);
    if (!a || !b || va === null || va === undefined || vb === null || vb === undefined) continue;
    pairsUsed += 1;
    differenceSum += Math.abs(keyed(a, va, min, max) - keyed(b, vb, min, max));
  }
  const inconsistency = pairsUsed > 0 && pairsUsed >= policy.inconsistency.minPairs ? differenceSum / pairsUsed : null;
  if (inconsistency !== null) {
    const severity = severityAt(inconsistency, policy.inconsistency);
    if (severity) flags.push({ code: 'INCONSISTENT', severity, value: inconsistency });
  }

  // Speed (server page times); skipped without timing.
  const seconds = protocol.pageSeconds;
  const secondsPerItem = seconds.every((s) => s !== null) && answered.length > 0 ? (seconds as number[]).reduce((a, b) => a + b, 0) / answered.length : null;
  if (secondsPerItem !== null && secondsPerItem < policy.minSecondsPerItem) {
    flags.push({ code: 'TOO_FAST', severity: 'invalid', value: secondsPerItem });
  }
  let fastPages = 0;
  instrument.pages.forEach((page, i) => {
    const s = seconds[i];
    if (s !== null && s !== undefined && s < policy.fastPageSecondsPerItem * page.length) fastPages += 1;
  });
  if (fastPages >= 1) flags.push({ code: 'FAST_PAGES', severity: 'warning', value: fastPages });

  const meanItem = answered.length > 0 ? mean(answered) : null;
  if (policy.elevation && meanItem !== null) {
    if (meanItem < policy.elevation.low) flags.push({ code: 'LOW_ELEVATION', severity: 'warning', value: meanItem });
    if (meanItem > policy.elevation.high) flags.push({ code: 'HIGH_ELEVATION', severity: 'warning', value: meanItem });
  }

  const status: ProtocolStatus = flags.some((f) => f.severity === 'invalid') ? 'invalid' : flags.length > 0 ? 'questionable' : 'valid';
  const metrics: ProtocolMetrics = { nMissing, longstring: run, irv, inconsistency, pairsUsed, meanItem, secondsPerItem, fastPages };

  if (instrument.kind === 'personality' && scales.ES && !scales.N) {
    const esItems = index.scaleItems.get('ES')?.length ?? 0;
    scales.N = reversedScale(scales.ES, esItems, min, max, 'ES');
  }

  const result: AssessmentResult = {
    scoringVersion: SCORING_VERSION,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    kind: instrument.kind,
    normVersion: norms ? norms.version : null,
    status,
    flags,
    metrics,
    scales,
  };
  if (isInterest) {
    result.holland = holland;
    result.consistency = holland && !holland.flat ? consistencyOf(hexDistance(holland.code[0]!, holland.code[1]!)) : null;
    result.differentiation = riasecScores ? differentiationOf(riasecScores) : null;
  }
  return result;
}

function consistencyOf(distance: number): 1 | 2 | 3 {
  return distance <= 1 ? 3 : distance === 2 ? 2 : 1;
}

/**
 * The keyed item scores of each complete scale of a protocol, in administration order (rows for Cronbach's
 * alpha and norm building); null for a scale with a skipped item. Assumes a protocol scoreProtocol accepted.
 */
export function keyedScaleRows(instrument: InstrumentDefinition, protocol: Protocol): Record<string, number[] | null> {
  const index = indexOf(instrument);
  const answers = new Map(protocol.responses.map((r) => [r.itemId, r.value]));
  const { min, max } = instrument.responseScale;
  const rows: Record<string, number[] | null> = {};
  for (const { id: scaleId } of instrument.scales) {
    const items = [...(index.scaleItems.get(scaleId) ?? [])].sort((a, b) => a.position - b.position);
    const row: number[] = [];
    for (const item of items) {
      const value = answers.get(item.id);
      if (value === null || value === undefined) break;
      row.push(keyed(item, value, min, max));
    }
    rows[scaleId] = row.length === items.length ? row : null;
  }
  return rows;
}
