import {
  MATCH_COMPONENTS,
  type MatchComponent,
  type MatchDirection,
  type MatchExplanation,
  type MatchedSkill,
  type MatchWeights,
  type MissingSkill,
  type RelatedSkillCredit,
} from '#domain';
import type { SkillName } from './match-context.cache.js';

export interface ComponentView {
  component: MatchComponent;
  value: number;
  weight: number;
  contribution: number;
}

export interface SkillsView {
  matched: Array<MatchedSkill & SkillName>;
  related: Array<RelatedSkillCredit & SkillName & { viaNameId: string; viaNameEn: string }>;
  missingRequired: Array<MissingSkill & SkillName>;
  missingPreferred: Array<MissingSkill & SkillName>;
}

export const NO_SKILLS: SkillsView = { matched: [], related: [], missingRequired: [], missingPreferred: [] };

export interface MatchPage<T> {
  /** `pending` while the worker has not matched this seeker or vacancy yet. */
  status: 'ready' | 'pending';
  computedAt: string | null;
  scoringVersion: string | null;
  weightSetId: number | null;
  total: number;
  page: number;
  limit: number;
  items: T[];
}

export interface VacancyCardView {
  id: string;
  title: string;
  employerName: string;
  occupationCode: string;
  regencyCode: string | null;
  isRemote: boolean;
  wageMin: number | null;
  wageMax: number | null;
  employmentType: string;
  deadline: string | null;
}

export interface JobMatchView {
  vacancy: VacancyCardView;
  score: number;
  components: ComponentView[];
  skills: SkillsView;
  distanceKm: number | null;
}

export interface CandidateMatchView {
  seeker: { id: string; name: string; regencyCode: string | null; educationLevel: string | null; experienceMonths: number };
  score: number;
  components: ComponentView[];
  skills: SkillsView;
  distanceKm: number | null;
  applicationId: string | null;
}

/** Stored scores are `real`; six decimals drop the float32 noise without changing any order that matters to a reader. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The components of a stored entry (MATCH_COMPONENTS order, -1 = did not count) with the weights of
 * the set it was computed with and each one's contribution. Interest never appears for candidates.
 */
export function componentViews(values: ArrayLike<number>, weights: MatchWeights, direction: MatchDirection): ComponentView[] {
  const counted = MATCH_COMPONENTS.flatMap((component, index) => {
    const value = Number(values[index]);
    if (!Number.isFinite(value) || value < 0) return [];
    if (component === 'interest' && direction === 'candidates') return [];
    return [{ component, value }];
  });
  const total = counted.reduce((sum, { component }) => sum + weights[component], 0);
  return counted.map(({ component, value }) => ({
    component,
    value: round6(value),
    weight: weights[component],
    contribution: round6(total > 0 ? (weights[component] * value) / total : 0),
  }));
}

/** The skill details of an explanation with each skill's names in Bahasa Indonesia and English. */
export function namedSkills(skills: MatchExplanation['skills'], names: ReadonlyMap<number, SkillName>): SkillsView {
  const name = (skillId: number): SkillName => names.get(skillId) ?? { nameId: `#${skillId}`, nameEn: `#${skillId}` };
  return {
    matched: skills.matched.map((skill) => ({ ...skill, ...name(skill.skillId) })),
    related: skills.related.map((skill) => {
      const via = name(skill.viaSkillId);
      return { ...skill, ...name(skill.skillId), viaNameId: via.nameId, viaNameEn: via.nameEn };
    }),
    missingRequired: skills.missingRequired.map((skill) => ({ ...skill, ...name(skill.skillId) })),
    missingPreferred: skills.missingPreferred.map((skill) => ({ ...skill, ...name(skill.skillId) })),
  };
}

export function distanceView(km: number | null): number | null {
  return km === null ? null : Math.round(km * 10) / 10;
}
