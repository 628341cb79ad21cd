import type { MatchContext } from './context.js';
import type { MatchDirection, MatchExclusion, MatchSeeker, MatchVacancy, SkillSource } from './inputs.js';
import {
  compileSeeker,
  compileVacancy,
  countsInterest,
  indexOfSorted,
  interestCorrelation,
  locationFit,
  REQUIRED_SKILL_FACTOR,
  weightedScore,
  type CompiledSeeker,
  type CompiledVacancy,
} from './score.js';
import { MATCH_COMPONENTS, MATCH_COMPONENT_COUNT, MATCH_SCORING_VERSION, type MatchComponent } from './weights.js';

export interface ComponentExplanation {
  component: MatchComponent;
  /** The component's value in [0, 1]. */
  value: number;
  weight: number;
  /** weight × value / the sum of the weights that count: the points it adds to the score. */
  contribution: number;
}

export interface MatchedSkill {
  skillId: number;
  importance: 'required' | 'preferred';
  weight: number;
  level: number;
  source: SkillSource;
}

export interface RelatedSkillCredit {
  /** The vacancy's skill the seeker lacks. */
  skillId: number;
  importance: 'required' | 'preferred';
  weight: number;
  /** The seeker's skill that earns part of the credit, and how much (0 to 1). */
  viaSkillId: number;
  credit: number;
}

export interface MissingSkill {
  skillId: number;
  weight: number;
}

export interface MatchExplanation {
  scoringVersion: string;
  weightSetId: number | null;
  direction: MatchDirection;
  /** False when a hard filter keeps the pair out of every list; `excludedBecause` says which. */
  eligible: boolean;
  excludedBecause: MatchExclusion[];
  /** The score the pair has (or would have, were it not excluded; an out-of-reach pair counts location as 0). */
  score: number;
  components: ComponentExplanation[];
  skills: {
    matched: MatchedSkill[];
    related: RelatedSkillCredit[];
    missingRequired: MissingSkill[];
    missingPreferred: MissingSkill[];
  };
  /** Centroid distance between the seeker's and the vacancy's regencies; null when either has none. */
  distanceKm: number | null;
  remote: boolean;
  /** The profile correlation r (jobs direction only; null when not available). */
  interestCorrelation: number | null;
}

const SOURCES: readonly SkillSource[] = ['declared', 'certified', 'assessed'];

/** Why a pair scores what it scores, or why it is not listed: the same rules as `matchScore`, spelled out. */
export function explainMatch(seeker: MatchSeeker, vacancy: MatchVacancy, ctx: MatchContext, direction: MatchDirection): MatchExplanation {
  return explainCompiled(compileSeeker(seeker, ctx), compileVacancy(vacancy, ctx), ctx, direction);
}

export function explainCompiled(seeker: CompiledSeeker, vacancy: CompiledVacancy, ctx: MatchContext, direction: MatchDirection): MatchExplanation {
  const excludedBecause: MatchExclusion[] = [];
  if (!vacancy.open) excludedBecause.push('vacancy_not_open');
  if (!seeker.active) excludedBecause.push('seeker_not_active');
  if (direction === 'candidates' && !seeker.searchable) excludedBecause.push('seeker_opted_out');
  const location = locationFit(seeker, vacancy, ctx);
  if (location < 0) excludedBecause.push('too_far');

  const values = new Float64Array(MATCH_COMPONENT_COUNT);
  const score = weightedScore(seeker, vacancy, ctx, direction, Math.max(0, location), values);
  const withInterest = countsInterest(seeker, direction);
  const total = ctx.weightTotal(withInterest);
  const components = MATCH_COMPONENTS.flatMap((component, index): ComponentExplanation[] => {
    if (component === 'interest' && !withInterest) return [];
    const weight = ctx.weights[component];
    const value = values[index]!;
    return [{ component, value, weight, contribution: total > 0 ? (weight * value) / total : 0 }];
  });

  const matched: MatchedSkill[] = [];
  const related: RelatedSkillCredit[] = [];
  const missingRequired: MissingSkill[] = [];
  const missingPreferred: MissingSkill[] = [];
  for (let i = 0; i < vacancy.skillIds.length; i++) {
    const skillId = vacancy.skillIds[i]!;
    const importance = vacancy.skillRequired[i] === 1 ? 'required' : 'preferred';
    const weight = vacancy.skillWeights[i]! / (importance === 'required' ? REQUIRED_SKILL_FACTOR : 1);
    const held = indexOfSorted(seeker.skillIds, skillId);
    if (held >= 0) {
      matched.push({ skillId, importance, weight, level: seeker.skillLevels[held]!, source: SOURCES[seeker.skillSources[held]!]! });
      continue;
    }
    const links = ctx.related(skillId);
    let best = 0;
    let via = -1;
    for (let j = 0; j < links.ids.length; j++) {
      if (links.weights[j]! > best && indexOfSorted(seeker.skillIds, links.ids[j]!) >= 0) {
        best = links.weights[j]!;
        via = links.ids[j]!;
      }
    }
    if (via >= 0) related.push({ skillId, importance, weight, viaSkillId: via, credit: best });
    (importance === 'required' ? missingRequired : missingPreferred).push({ skillId, weight });
  }

  return {
    scoringVersion: MATCH_SCORING_VERSION,
    weightSetId: ctx.weightSetId,
    direction,
    eligible: excludedBecause.length === 0,
    excludedBecause,
    score,
    components,
    skills: { matched, related, missingRequired, missingPreferred },
    distanceKm: seeker.region >= 0 && vacancy.region >= 0 ? ctx.distanceKm(seeker.region, vacancy.region) : null,
    remote: vacancy.isRemote,
    interestCorrelation: direction === 'jobs' ? interestCorrelation(seeker, vacancy) : null,
  };
}
