import { DomainError, ErrorCode } from '../common/domain-error.js';
import { RIASEC_LETTERS } from './riasec-48.js';
import type { AssessmentResult, LocalizedText } from './types.js';

function letterIndex(letter: string): number {
  const index = RIASEC_LETTERS.indexOf(letter as (typeof RIASEC_LETTERS)[number]);
  if (index < 0) throw new DomainError(ErrorCode.ValidationFailed, `"${letter}" is not a Holland letter; use one of R, I, A, S, E, C`);
  return index;
}

function codeLetters(code: string, what: string): string[] {
  const letters = [...code];
  if (letters.length < 1 || letters.length > 3 || new Set(letters).size !== letters.length) {
    throw new DomainError(ErrorCode.ValidationFailed, `${what} code "${code}" must be one to three different Holland letters, such as "SEC"`);
  }
  letters.forEach(letterIndex);
  return letters;
}

/** Distance of two types on Holland's hexagon R–I–A–S–E–C–(R): 0 same, 1 adjacent, 2 alternate, 3 opposite. */
export function hexDistance(a: string, b: string): number {
  const d = Math.abs(letterIndex(a) - letterIndex(b));
  return Math.min(d, 6 - d);
}

/**
 * Brown & Gore (1994) C index, 0–18: 3·(3 − d(p1,e1)) + 2·(3 − d(p2,e2)) + 1·(3 − d(p3,e3)).
 * Defined for three-letter codes; shorter codes count only the positions both have.
 */
export function brownGoreC(person: string, occupation: string): number {
  const p = codeLetters(person, 'person');
  const e = codeLetters(occupation, 'occupation');
  let c = 0;
  for (let i = 0; i < Math.min(p.length, e.length); i++) c += (3 - i) * (3 - hexDistance(p[i]!, e[i]!));
  return c;
}

const IACHAN_WEIGHTS = [
  [22, 10, 4],
  [10, 5, 2],
  [4, 2, 1],
];

/** Iachan (1984) M index, 0–28: Σ w[i][j] over person letter i equal to occupation letter j. */
export function iachanM(person: string, occupation: string): number {
  const p = codeLetters(person, 'person');
  const e = codeLetters(occupation, 'occupation');
  let m = 0;
  p.forEach((letter, i) => {
    const j = e.indexOf(letter);
    if (j >= 0) m += IACHAN_WEIGHTS[i]![j]!;
  });
  return m;
}

/** Pearson correlation of two profiles (shape match); null when lengths differ or either profile is flat. */
export function profileCorrelation(person: number[], occupation: number[]): number | null {
  const n = person.length;
  if (n < 2 || occupation.length !== n) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += person[i]!;
    my += occupation[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = person[i]! - mx;
    const dy = occupation[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** An occupation's interest profile: O*NET OI ratings (1–7) in RIASEC order, its high-point code and Job Zone. */
export interface OccupationProfile {
  code: string;
  title: LocalizedText;
  /** High-point code, one to three letters (O*NET IH, or derived from the ratings). */
  riasec: string;
  /** Six ratings in R, I, A, S, E, C order. */
  interests: number[];
  jobZone: number;
}

export type FitBand = 'best' | 'great' | 'good' | 'other';

export interface CareerSuggestion {
  code: string;
  title: LocalizedText;
  jobZone: number;
  /** Profile correlation between the person's six scores and the occupation's ratings (the ranking key). */
  r: number;
  /** Brown & Gore C of the two three-letter codes; null when the occupation code is shorter. */
  cIndex: number | null;
  /** The person's code letters that also appear in the occupation's code, in the person's order. */
  sharedLetters: string[];
  band: FitBand;
}

export type NoSuggestions = { none: 'invalid' | 'flat' | 'incomplete' };

/**
 * Fit bands by r, as reported for the O*NET Interest Profiler (Gregory & Lewis 2016, secondary source):
 * best ≥ .729, great ≥ .608, good ≥ 0. Provisional until verified in the primary text or replaced by local quantiles.
 */
export const FIT_BAND_CUTOFFS = { best: 0.729, great: 0.608, good: 0 } as const;

export function fitBand(r: number): FitBand {
  if (r >= FIT_BAND_CUTOFFS.best) return 'best';
  if (r >= FIT_BAND_CUTOFFS.great) return 'great';
  if (r >= FIT_BAND_CUTOFFS.good) return 'good';
  return 'other';
}

/**
 * Occupations ranked by profile correlation with the person's six RIASEC scores (spec §7), limited to the given
 * Job Zones (all zones when the list is empty), each explained by the C index and the shared letters.
 * Incomplete, flat or invalid interest results get no suggestions, only the reason.
 */
export function careerSuggestions(
  result: AssessmentResult,
  occupations: OccupationProfile[],
  jobZones: number[],
  limit: number,
): CareerSuggestion[] | NoSuggestions {
  if (result.kind !== 'interest' || !result.holland) return { none: 'incomplete' };
  if (result.holland.flat) return { none: 'flat' };
  if (result.status === 'invalid') return { none: 'invalid' };
  const person = RIASEC_LETTERS.map((letter) => result.scales[letter]!.raw!);
  const personCode = result.holland.code;
  const zones = new Set(jobZones);
  const suggestions: CareerSuggestion[] = [];
  for (const occupation of occupations) {
    if (zones.size > 0 && !zones.has(occupation.jobZone)) continue;
    const r = profileCorrelation(person, occupation.interests);
    if (r === null) continue;
    const occupationCode = validCode(occupation.riasec);
    suggestions.push({
      code: occupation.code,
      title: occupation.title,
      jobZone: occupation.jobZone,
      r,
      cIndex: occupationCode && occupationCode.length === 3 ? brownGoreC(personCode, occupationCode) : null,
      sharedLetters: occupationCode ? [...personCode].filter((letter) => occupationCode.includes(letter)) : [],
      band: fitBand(r),
    });
  }
  suggestions.sort((a, b) => b.r - a.r || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return suggestions.slice(0, Math.max(0, limit));
}

function validCode(code: string): string | null {
  try {
    return codeLetters(code, 'occupation').join('');
  } catch {
    return null;
  }
}
