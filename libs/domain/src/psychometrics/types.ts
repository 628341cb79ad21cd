/**
 * Types of the psychometric instruments, protocols and results (spec `psychometrics.md` §3).
 * Pure data: the API stores these as JSON, the worker scores them, the web app renders them.
 */

/** Version of the scoring rules; a result is immutable per scoring version, so any change to the rules bumps it. */
export const SCORING_VERSION = '2026.1';

export type Locale = 'id' | 'en';

/** A text in both languages of the platform. */
export interface LocalizedText {
  id: string;
  en: string;
}

export type InstrumentKind = 'interest' | 'personality';
export type FlagSeverity = 'warning' | 'invalid';
export type ProtocolStatus = 'valid' | 'questionable' | 'invalid';
export type ScoreBand = 'low' | 'average' | 'high';

/** Thresholds of the response-validity checks (spec §5) for one instrument. Policies, to be recalibrated on local data. */
export interface ValidityPolicy {
  /** Missing items: a warning from `warningAtLeast` skipped items; invalid when the skipped share is above `invalidAboveFraction`. */
  missing: { warningAtLeast: number; invalidAboveFraction: number };
  /** Severity of a scale with more missing items than `scoring.maxMissingPerScale` (no score for it). */
  scaleIncomplete: FlagSeverity;
  /** Longest run of identical consecutive raw answers (a skip breaks the run): flag at or above these lengths. */
  longstring: { warning: number; invalid: number };
  /** Mean |keyed(a) − keyed(b)| over the a-priori pairs with both answers; checked only with at least `minPairs` such pairs. */
  inconsistency: { minPairs: number; warning: number; invalid: number };
  /** Invalid when the mean seconds per answered item is under this (only when every page's time is known). */
  minSecondsPerItem: number;
  /** A page is "fast" when its seconds are under this many seconds per item on it; one fast page is a warning. */
  fastPageSecondsPerItem: number;
  /** Mean raw answer below `low` or above `high` is a warning (interest inventories); null = not checked. */
  elevation: { low: number; high: number } | null;
  /** A flat profile (every scale score equal) is invalid for interest inventories; null = not checked. */
  flatProfile: FlagSeverity | null;
  /** z in `gap >= z · SEdiff` for the Holland code's distinct-from-next test (spec §4.3). */
  distinctZ: number;
}

export interface InstrumentItem {
  id: string;
  /** 1-based administration position. */
  position: number;
  scale: string;
  key: 1 | -1;
  text: LocalizedText;
}

export interface ConsistencyPair {
  a: string;
  b: string;
  type: 'syn' | 'ant';
}

export interface InstrumentDefinition {
  id: string; // 'riasec-48' | 'ipip-bfm-50'
  /** Semver; immutable once published. */
  version: string;
  kind: InstrumentKind;
  title: LocalizedText;
  instructions: LocalizedText;
  license: { type: string; attribution: string; provenance: string };
  translation: { id: { status: 'provisional' | 'validated'; note: string } };
  responseScale: { min: number; max: number; labels: { id: Record<string, string>; en: Record<string, string> } };
  scales: Array<{ id: string; name: LocalizedText }>;
  items: InstrumentItem[];
  /** Positions per page, in order. */
  pages: number[][];
  /** A-priori consistency pairs (item ids, both in one scale). */
  pairs: ConsistencyPair[];
  scoring: { method: 'sum'; maxMissingPerScale: number; prorate: true };
  validityPolicy: ValidityPolicy;
}

/** What a person answered: every item once (null = skipped), and the server-measured seconds per page (null = unknown). */
export interface Protocol {
  responses: Array<{ itemId: string; value: number | null }>;
  pageSeconds: Array<number | null>;
}

/** Norm group statistics per scale, raw-score metric. `distribution` holds the group's raw scores sorted ascending. */
export interface NormScale {
  mean: number;
  sd: number;
  /** Cronbach's alpha in the norm group; null when it could not be computed (then no SEM). */
  alpha: number | null;
  n: number;
  distribution: number[];
}

export interface NormTable {
  version: string;
  scales: Record<string, NormScale>;
}

export type FlagCode =
  | 'MISSING_ITEMS'
  | 'SCALE_INCOMPLETE'
  | 'LONGSTRING'
  | 'ZERO_VARIANCE'
  | 'FLAT_PROFILE'
  | 'INCONSISTENT'
  | 'TOO_FAST'
  | 'FAST_PAGES'
  | 'LOW_ELEVATION'
  | 'HIGH_ELEVATION';

export interface ValidityFlag {
  code: FlagCode;
  severity: FlagSeverity;
  /** The measured value that raised the flag (count, run length, mean difference, seconds per item, mean answer). */
  value: number;
  /** The scale, for SCALE_INCOMPLETE. */
  scale?: string;
}

export interface ProtocolMetrics {
  nMissing: number;
  longstring: number;
  /** Intra-individual response variability: sample SD (n − 1) of the answered raw responses; null under two answers. */
  irv: number | null;
  /** Mean absolute keyed difference over usable pairs; null when fewer than the policy's minimum pairs were usable. */
  inconsistency: number | null;
  pairsUsed: number;
  /** Mean of the answered raw responses; null when nothing was answered. */
  meanItem: number | null;
  /** Total page seconds / answered items; null when any page time is unknown. */
  secondsPerItem: number | null;
  fastPages: number;
}

export interface ScaleScore {
  /** Keyed sum; prorated (mean × n) when a few items are missing; null when too many are missing. */
  raw: number | null;
  nMissing: number;
  meanItem: number | null;
  /** Percent of maximum possible: 100 · (raw − n·min) / (n·(max − min)). */
  pomp: number | null;
  z: number | null;
  T: number | null;
  /** Empirical mid-rank percentile in the norm group, unrounded. */
  percentile: number | null;
  /** Standard error of measurement in raw points: SD · √(1 − α). */
  sem: number | null;
  /** raw ± 1.96 · SEM. */
  ci95: [number, number] | null;
  /** Personality scales with norms only: within ±½ SD of the mean is average. */
  band: ScoreBand | null;
  /** Set on values derived from another scale (IPIP Neuroticism = 60 − Emotional Stability). */
  derivedFrom?: string;
}

export interface HollandCode {
  code: string;
  ranking: string;
  ambiguous: boolean;
  tieWithinCode: boolean;
  tieAtBoundary: boolean;
  flat: boolean;
  gapsToNext: [number, number, number];
  /** gap ≥ z · SEdiff, from the norms' SD and alpha; null without norms. */
  distinctFromNext: [boolean | null, boolean | null, boolean | null];
}

export interface Differentiation {
  hollandRange: number;
  iachanDI: number;
  top1MinusTop2: number;
  top1MinusTop3: number;
  elevationMean: number;
}

export interface AssessmentResult {
  scoringVersion: string;
  instrumentId: string;
  instrumentVersion: string;
  kind: InstrumentKind;
  normVersion: string | null;
  status: ProtocolStatus;
  flags: ValidityFlag[];
  metrics: ProtocolMetrics;
  scales: Record<string, ScaleScore>;
  /** Interest inventories only; null when a scale is incomplete. */
  holland?: HollandCode | null;
  /** Interest inventories only: 3 high (adjacent), 2 medium (alternate), 1 low (opposite); null without a code or for a flat profile. */
  consistency?: 1 | 2 | 3 | null;
  /** Interest inventories only; null without a code. */
  differentiation?: Differentiation | null;
}
