import { DomainError, ErrorCode } from '../common/domain-error.js';
import { RIASEC_LETTERS } from './riasec-48.js';
import type { AssessmentResult } from './types.js';

/** Mean per-element SD of linked O*NET profiles above which a mapping is marked for review (policy, spec §8.3). */
export const MAPPING_SD_LIMIT = 1.0;

function checkProfile(interests: number[], what: string): void {
  if (interests.length !== 6 || !interests.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new DomainError(ErrorCode.ValidationFailed, `${what} must be six numbers in R, I, A, S, E, C order`);
  }
}

/** The three-letter code of six ratings in RIASEC order, highest first, ties broken by the fixed R<I<A<S<E<C order. */
export function codeFromProfile(interests: number[]): string {
  checkProfile(interests, 'the interest profile');
  return RIASEC_LETTERS.map((letter, i) => ({ letter, value: interests[i]!, i }))
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .slice(0, 3)
    .map((e) => e.letter)
    .join('');
}

/** The occupation code from O*NET IH high-point values (0 = none, 1 = R … 6 = C), in order, skipping zeros. */
export function highPointCode(values: number[]): string {
  return values
    .filter((v) => v !== 0)
    .map((v) => {
      const letter = RIASEC_LETTERS[v - 1];
      if (!Number.isInteger(v) || !letter) throw new DomainError(ErrorCode.ValidationFailed, `high-point value ${v} must be 0 (none) or 1 to 6 (R to C)`);
      return letter;
    })
    .join('');
}

export interface AggregatedProfile {
  /** Unweighted mean of the linked profiles, per RIASEC element. */
  interests: number[];
  /** Sample SD (n − 1) per element; zeros for a single link. */
  sd: number[];
  nLinks: number;
  /** Code from the averaged ratings (RIASEC tie-break); always derived. */
  riasec: string;
  derived: true;
  /** 'low' when the linked profiles disagree on the first letter or the mean SD is above MAPPING_SD_LIMIT. */
  mappingQuality: 'ok' | 'low';
}

/**
 * One profile for a KBJI/ISCO unit linked to several O*NET occupations (spec §8.3): the unweighted mean of
 * the linked OI profiles, with the spread that tells whether the mapping needs a manual review.
 */
export function aggregateOccupationProfiles(links: Array<{ interests: number[]; riasec?: string }>): AggregatedProfile {
  if (links.length === 0) throw new DomainError(ErrorCode.ValidationFailed, 'an occupation needs at least one linked O*NET profile');
  links.forEach((link, i) => checkProfile(link.interests, `links[${i}].interests`));
  const n = links.length;
  const interests = RIASEC_LETTERS.map((_, j) => links.reduce((sum, link) => sum + link.interests[j]!, 0) / n);
  const sd = RIASEC_LETTERS.map((_, j) =>
    n < 2 ? 0 : Math.sqrt(links.reduce((sum, link) => sum + (link.interests[j]! - interests[j]!) ** 2, 0) / (n - 1)),
  );
  const firstLetters = new Set(links.map((link) => (link.riasec && link.riasec.length > 0 ? link.riasec[0] : codeFromProfile(link.interests)[0])));
  const meanSd = sd.reduce((a, b) => a + b, 0) / sd.length;
  return {
    interests,
    sd,
    nLinks: n,
    riasec: codeFromProfile(interests),
    derived: true,
    mappingQuality: firstLetters.size > 1 || meanSd > MAPPING_SD_LIMIT ? 'low' : 'ok',
  };
}

/**
 * The Holland code as people should read it, with tied letters shown as tied (spec §4.3): "SE=C", and a tie
 * across the boundary of the code in brackets, "SEC (C=A)". Null without a code.
 */
export function hollandLabel(result: Pick<AssessmentResult, 'holland' | 'scales'>): string | null {
  const holland = result.holland;
  if (!holland) return null;
  const ranking = [...holland.ranking];
  const score = (letter: string): number | null => result.scales[letter]?.raw ?? null;
  let label = ranking[0]!;
  for (let k = 1; k < 3; k++) label += (score(ranking[k - 1]!) === score(ranking[k]!) ? '=' : '') + ranking[k]!;
  if (holland.tieAtBoundary) {
    const tied = [ranking[2]!];
    for (let k = 3; k < ranking.length && score(ranking[k]!) === score(ranking[2]!); k++) tied.push(ranking[k]!);
    label += ` (${tied.join('=')})`;
  }
  return label;
}
