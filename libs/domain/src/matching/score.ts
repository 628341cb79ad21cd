import { EMPLOYMENT_TYPES, type EmploymentType } from '../common/work-terms.js';
import { standardizedProfile, type MatchContext } from './context.js';
import type { MatchDirection, MatchSeeker, MatchVacancy, SkillSource } from './inputs.js';
import { MATCH_COMPONENT_COUNT } from './weights.js';

/** Required skills count twice a preferred one of the same weight. */
export const REQUIRED_SKILL_FACTOR = 2;
/** The score of a component with nothing to compare (a vacancy that lists no skills, no wage stated). */
export const NEUTRAL = 0.5;

// Component positions in MATCH_COMPONENTS order.
const SKILLS = 0;
const EDUCATION = 1;
const EXPERIENCE = 2;
const LOCATION = 3;
const WAGE = 4;
const EMPLOYMENT_TYPE = 5;
const OCCUPATION = 6;
const INTEREST = 7;

const SOURCES: readonly SkillSource[] = ['declared', 'certified', 'assessed'];

/** A seeker prepared for scoring many pairs: indexes instead of codes, skills sorted for binary search. */
export interface CompiledSeeker {
  readonly id: string;
  readonly active: boolean;
  readonly searchable: boolean;
  /** Region index, -1 when unknown. */
  readonly region: number;
  readonly educationRank: number;
  readonly fieldOfStudy: string | null;
  readonly experienceMonths: number;
  /** -1 when not stated. */
  readonly wageMin: number;
  readonly maxCommuteKm: number;
  readonly openToRemote: boolean;
  /** Region indexes, ascending. */
  readonly preferredRegions: Int32Array;
  /** Occupation codes as numbers (ISCO unit groups), for comparing groups by division. */
  readonly preferredOccupations: Int32Array;
  /** A bit per EMPLOYMENT_TYPES entry; 0 means any. */
  readonly employmentTypeMask: number;
  /** Skill ids ascending, with their levels and sources (index into ['declared','certified','assessed']) aligned. */
  readonly skillIds: Int32Array;
  readonly skillLevels: Uint8Array;
  readonly skillSources: Uint8Array;
  /** Standardized interest profile; null when the seeker has no usable result. */
  readonly interests: Float64Array | null;
}

/** A vacancy prepared for scoring many pairs. */
export interface CompiledVacancy {
  readonly id: string;
  readonly open: boolean;
  /** Region index, -1 when the vacancy is remote without a place. */
  readonly region: number;
  readonly isRemote: boolean;
  readonly educationMinRank: number;
  readonly fieldsOfStudy: readonly string[];
  readonly experienceMinMonths: number;
  /** -1 when not stated. */
  readonly wageMin: number;
  readonly wageMax: number;
  readonly employmentTypeBit: number;
  readonly occupation: number;
  readonly occupationInterests: Float64Array | null;
  /** Skill ids ascending, with flags and effective weights (required counted REQUIRED_SKILL_FACTOR times) aligned. */
  readonly skillIds: Int32Array;
  readonly skillRequired: Uint8Array;
  readonly skillWeights: Float64Array;
  readonly skillWeightTotal: number;
}

export function compileSeeker(seeker: MatchSeeker, ctx: MatchContext): CompiledSeeker {
  const skills = [...new Map(seeker.skills.map((skill) => [skill.skillId, skill])).values()].sort((a, b) => a.skillId - b.skillId);
  return {
    id: seeker.id,
    active: seeker.active,
    searchable: seeker.searchable,
    region: ctx.regionIndex(seeker.regencyCode),
    educationRank: ctx.educationRank(seeker.educationLevel),
    fieldOfStudy: seeker.fieldOfStudy,
    experienceMonths: Math.max(0, seeker.experienceMonths),
    wageMin: seeker.wageMin ?? -1,
    maxCommuteKm: Math.max(0, seeker.maxCommuteKm),
    openToRemote: seeker.openToRemote,
    preferredRegions: Int32Array.from(
      new Set(seeker.preferredRegencies.map((code) => ctx.regionIndex(code)).filter((index) => index >= 0)),
    ).sort(),
    preferredOccupations: Int32Array.from(seeker.preferredOccupations.map(occupationNumber).filter((code) => code >= 0)),
    employmentTypeMask: seeker.employmentTypes.reduce((mask, type) => mask | employmentTypeBit(type), 0),
    skillIds: Int32Array.from(skills, (skill) => skill.skillId),
    skillLevels: Uint8Array.from(skills, (skill) => skill.level),
    skillSources: Uint8Array.from(skills, (skill) => Math.max(0, SOURCES.indexOf(skill.source))),
    interests: standardizedProfile(seeker.interests),
  };
}

export function compileVacancy(vacancy: MatchVacancy, ctx: MatchContext): CompiledVacancy {
  const skills = [...new Map(vacancy.skills.map((skill) => [skill.skillId, skill])).values()].sort((a, b) => a.skillId - b.skillId);
  const skillWeights = Float64Array.from(skills, (skill) => skill.weight * (skill.importance === 'required' ? REQUIRED_SKILL_FACTOR : 1));
  let skillWeightTotal = 0;
  for (const weight of skillWeights) skillWeightTotal += weight;
  return {
    id: vacancy.id,
    open: vacancy.open,
    region: ctx.regionIndex(vacancy.regencyCode),
    isRemote: vacancy.isRemote,
    educationMinRank: ctx.educationRank(vacancy.educationMin),
    fieldsOfStudy: vacancy.fieldsOfStudy,
    experienceMinMonths: Math.max(0, vacancy.experienceMinMonths),
    wageMin: vacancy.wageMin ?? -1,
    wageMax: vacancy.wageMax ?? -1,
    employmentTypeBit: employmentTypeBit(vacancy.employmentType),
    occupation: occupationNumber(vacancy.occupationCode),
    occupationInterests: ctx.occupationInterests(vacancy.occupationCode),
    skillIds: Int32Array.from(skills, (skill) => skill.skillId),
    skillRequired: Uint8Array.from(skills, (skill) => (skill.importance === 'required' ? 1 : 0)),
    skillWeights,
    skillWeightTotal,
  };
}

function employmentTypeBit(type: EmploymentType): number {
  const index = EMPLOYMENT_TYPES.indexOf(type);
  return index < 0 ? 0 : 1 << index;
}

function occupationNumber(code: string): number {
  return /^[0-9]{4}$/.test(code) ? Number(code) : -1;
}

/** Position of `value` in an ascending Int32Array, or -1. */
export function indexOfSorted(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = values[mid]!;
    if (at < value) low = mid + 1;
    else if (at > value) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** Whether interest fit counts for a seeker in a direction: jobs only, and only with a usable result. */
export function countsInterest(seeker: CompiledSeeker, direction: MatchDirection): boolean {
  return direction === 'jobs' && seeker.interests !== null;
}

/**
 * The location component, or -1 when the vacancy is out of the seeker's reach (a hard filter):
 * remote work for a seeker open to it, a regency the seeker chose, or a centroid distance within
 * the seeker's maximum commute (1 at home, falling to 0.5 at the limit); a remote vacancy for a
 * seeker who did not ask for remote work is reachable at 0.5.
 */
export function locationFit(seeker: CompiledSeeker, vacancy: CompiledVacancy, ctx: MatchContext): number {
  if (vacancy.isRemote && seeker.openToRemote) return 1;
  if (vacancy.region >= 0) {
    if (indexOfSorted(seeker.preferredRegions, vacancy.region) >= 0) return 1;
    if (seeker.region >= 0) {
      const km = ctx.distanceKm(seeker.region, vacancy.region);
      if (km <= seeker.maxCommuteKm) return seeker.maxCommuteKm > 0 ? 1 - (0.5 * km) / seeker.maxCommuteKm : 1;
    }
  }
  return vacancy.isRemote ? NEUTRAL : -1;
}

/** The credit for one vacancy skill: 1 when held, else the best related skill's link weight, else 0. */
export function skillCredit(seeker: CompiledSeeker, skillId: number, ctx: MatchContext): number {
  if (indexOfSorted(seeker.skillIds, skillId) >= 0) return 1;
  const related = ctx.related(skillId);
  let best = 0;
  for (let i = 0; i < related.ids.length; i++) {
    const weight = related.weights[i]!;
    if (weight > best && indexOfSorted(seeker.skillIds, related.ids[i]!) >= 0) best = weight;
  }
  return best;
}

export function skillsFit(seeker: CompiledSeeker, vacancy: CompiledVacancy, ctx: MatchContext): number {
  if (vacancy.skillIds.length === 0 || vacancy.skillWeightTotal <= 0) return NEUTRAL;
  let credited = 0;
  for (let i = 0; i < vacancy.skillIds.length; i++) credited += vacancy.skillWeights[i]! * skillCredit(seeker, vacancy.skillIds[i]!, ctx);
  return credited / vacancy.skillWeightTotal;
}

/** Level: 1 at or above the minimum, 0.5 one rank below, 0.2 two below. Field: 1 when listed or none listed, else 0.4. */
export function educationFit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  let level: number;
  if (vacancy.educationMinRank < 0) level = 1;
  else if (seeker.educationRank < 0) level = 0;
  else {
    const gap = vacancy.educationMinRank - seeker.educationRank;
    level = gap <= 0 ? 1 : gap === 1 ? 0.5 : gap === 2 ? 0.2 : 0;
  }
  const field = vacancy.fieldsOfStudy.length === 0 || (seeker.fieldOfStudy !== null && vacancy.fieldsOfStudy.includes(seeker.fieldOfStudy)) ? 1 : 0.4;
  return 0.75 * level + 0.25 * field;
}

/** Months of experience against the requirement, saturating at 1. */
export function experienceFit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  return vacancy.experienceMinMonths <= 0 ? 1 : Math.min(1, seeker.experienceMonths / vacancy.experienceMinMonths);
}

/**
 * The seeker's minimum against the vacancy's range: 1 when the whole range meets it, 0.8 when only
 * the top does, below that falling to 0 at half the minimum; 1 when the seeker states no minimum,
 * 0.5 when the vacancy states no wage.
 */
export function wageFit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (seeker.wageMin < 0) return 1;
  const top = vacancy.wageMax >= 0 ? vacancy.wageMax : vacancy.wageMin;
  if (top < 0) return NEUTRAL;
  const bottom = vacancy.wageMin >= 0 ? vacancy.wageMin : top;
  if (bottom >= seeker.wageMin) return 1;
  if (top >= seeker.wageMin) return 0.8;
  return seeker.wageMin === 0 ? 0.8 : 0.8 * Math.max(0, 1 - (2 * (seeker.wageMin - top)) / seeker.wageMin);
}

export function employmentTypeFit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  return seeker.employmentTypeMask === 0 || (seeker.employmentTypeMask & vacancy.employmentTypeBit) !== 0 ? 1 : 0;
}

/** 1 for a preferred occupation (or no preference), 0.6 in the same ISCO minor group, 0.3 in the same sub-major group. */
export function occupationFit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (seeker.preferredOccupations.length === 0) return 1;
  let best = 0;
  for (const preferred of seeker.preferredOccupations) {
    if (preferred === vacancy.occupation) return 1;
    if (Math.trunc(preferred / 10) === Math.trunc(vacancy.occupation / 10)) best = Math.max(best, 0.6);
    else if (Math.trunc(preferred / 100) === Math.trunc(vacancy.occupation / 100)) best = Math.max(best, 0.3);
  }
  return best;
}

/** The profile correlation r of the seeker's interests with the occupation's; null when either is missing or flat. */
export function interestCorrelation(seeker: CompiledSeeker, vacancy: CompiledVacancy): number | null {
  const person = seeker.interests;
  const occupation = vacancy.occupationInterests;
  if (person === null || occupation === null) return null;
  let r = 0;
  for (let i = 0; i < 6; i++) r += person[i]! * occupation[i]!;
  return Math.max(-1, Math.min(1, r));
}

/** (r + 1) / 2, or neutral when the occupation has no usable profile. */
export function interestFit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  const r = interestCorrelation(seeker, vacancy);
  return r === null ? NEUTRAL : (r + 1) / 2;
}

/** Whether a hard filter excludes the pair in a direction (location aside). */
export function excludedByStatus(seeker: CompiledSeeker, vacancy: CompiledVacancy, direction: MatchDirection): boolean {
  return !vacancy.open || !seeker.active || (direction === 'candidates' && !seeker.searchable);
}

/**
 * The match score of a seeker and a vacancy in [0, 1], the weighted mean of the components that
 * count; -1 when a hard filter excludes the pair (vacancy not open, seeker not active, seeker opted
 * out of candidate lists, vacancy out of reach). With `components` (length MATCH_COMPONENT_COUNT)
 * it also writes each component's value there (-1 for interest when it does not count).
 * Deterministic: the same inputs give the same number, bit for bit.
 */
export function matchScore(
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  ctx: MatchContext,
  direction: MatchDirection,
  components?: Float64Array,
): number {
  if (excludedByStatus(seeker, vacancy, direction)) return -1;
  const location = locationFit(seeker, vacancy, ctx);
  if (location < 0) return -1;
  return weightedScore(seeker, vacancy, ctx, direction, location, components);
}

/** The weighted mean with a given location component (explanations use it for out-of-reach pairs too). */
export function weightedScore(
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  ctx: MatchContext,
  direction: MatchDirection,
  location: number,
  components?: Float64Array,
): number {
  const w = ctx.weights;
  const skills = skillsFit(seeker, vacancy, ctx);
  const education = educationFit(seeker, vacancy);
  const experience = experienceFit(seeker, vacancy);
  const wage = wageFit(seeker, vacancy);
  const employmentType = employmentTypeFit(seeker, vacancy);
  const occupation = occupationFit(seeker, vacancy);
  const withInterest = countsInterest(seeker, direction);
  const interest = withInterest ? interestFit(seeker, vacancy) : -1;
  let sum =
    w.skills * skills +
    w.education * education +
    w.experience * experience +
    w.location * location +
    w.wage * wage +
    w.employmentType * employmentType +
    w.occupation * occupation;
  if (withInterest) sum += w.interest * interest;
  const total = ctx.weightTotal(withInterest);
  if (components) {
    components[SKILLS] = skills;
    components[EDUCATION] = education;
    components[EXPERIENCE] = experience;
    components[LOCATION] = location;
    components[WAGE] = wage;
    components[EMPLOYMENT_TYPE] = employmentType;
    components[OCCUPATION] = occupation;
    components[INTEREST] = interest;
  }
  return total > 0 ? Math.min(1, Math.max(0, sum / total)) : 0;
}

/**
 * The highest score a seeker can reach for a vacancy that lists skills when the seeker holds none
 * of them nor a related one (their skills component is then 0). An index that has scored every
 * seeker sharing a skill may stop when its k-th best is above this ceiling.
 */
export function scoreCeilingWithoutSkillOverlap(ctx: MatchContext, withInterest: boolean): number {
  const total = ctx.weightTotal(withInterest);
  return total > 0 ? (total - ctx.weights.skills) / total : 0;
}

/** Ranking order: higher score first, then the id ascending, so that every ranking of the same pairs agrees. */
export function compareRanked(scoreA: number, idA: string, scoreB: number, idB: string): number {
  if (scoreA !== scoreB) return scoreB - scoreA;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** A scratch array for `matchScore`'s components. */
export function componentBuffer(): Float64Array {
  return new Float64Array(MATCH_COMPONENT_COUNT);
}

/** The score of two uncompiled records (compiles both; for one-off use, not for ranking many). */
export function scoreMatch(seeker: MatchSeeker, vacancy: MatchVacancy, ctx: MatchContext, direction: MatchDirection): number {
  return matchScore(compileSeeker(seeker, ctx), compileVacancy(vacancy, ctx), ctx, direction);
}
