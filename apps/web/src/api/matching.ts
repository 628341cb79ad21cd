// Shapes of the matching routes (/work/contract-matching.md, "API routes").
import type { EmploymentType } from './types';

export const MATCH_COMPONENTS = ['skills', 'education', 'experience', 'location', 'wage', 'employmentType', 'occupation', 'interest'] as const;
export type MatchComponent = (typeof MATCH_COMPONENTS)[number];
export const MATCH_EXCLUSIONS = ['vacancy_not_open', 'seeker_not_active', 'seeker_opted_out', 'too_far'] as const;
export type MatchExclusion = (typeof MATCH_EXCLUSIONS)[number];
export type MatchWeights = Record<MatchComponent, number>;

export interface ComponentView {
  component: MatchComponent;
  /** 0 to 1. */
  value: number;
  weight: number;
  /** weight × value / the sum of the weights that count: the part of the score it adds (0 to 1). */
  contribution: number;
}

interface SkillName {
  skillId: number;
  nameId: string;
  nameEn: string;
}
export interface MatchedSkillView extends SkillName {
  importance: 'required' | 'preferred';
  weight: number;
  level: number;
  source: string;
}
export interface RelatedSkillView extends SkillName {
  importance: 'required' | 'preferred';
  weight: number;
  viaSkillId: number;
  viaNameId: string;
  viaNameEn: string;
  credit: number;
}
export interface MissingSkillView extends SkillName {
  weight: number;
}
export interface SkillsView {
  matched: MatchedSkillView[];
  related: RelatedSkillView[];
  missingRequired: MissingSkillView[];
  missingPreferred: MissingSkillView[];
}

export interface MatchPage<T> {
  status: 'ready' | 'pending';
  computedAt: string | null;
  scoringVersion: string | null;
  weightSetId: number | null;
  total: number;
  page: number;
  limit: number;
  items: T[];
}

export interface JobMatch {
  vacancy: {
    id: string;
    title: string;
    employerName: string;
    occupationCode: string;
    regencyCode: string | null;
    isRemote: boolean;
    wageMin: number | null;
    wageMax: number | null;
    employmentType: EmploymentType;
    deadline: string | null;
  };
  score: number;
  components: ComponentView[];
  skills: SkillsView;
  distanceKm: number | null;
}

export interface CandidateMatch {
  seeker: { id: string; name: string; regencyCode: string | null; educationLevel: string | null; experienceMonths: number };
  score: number;
  components: ComponentView[];
  skills: SkillsView;
  distanceKm: number | null;
  applicationId: string | null;
}

export interface MatchExplanationView {
  scoringVersion: string;
  weightSetId: number | null;
  eligible: boolean;
  excludedBecause: MatchExclusion[];
  score: number;
  components: ComponentView[];
  skills: SkillsView;
  distanceKm: number | null;
  remote: boolean;
  vacancy: { id: string; title: string; employerName: string };
  seeker: { id: string; name: string };
}

export interface WeightSetView {
  id: number;
  weights: MatchWeights;
  reason: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  active: boolean;
}

export interface WeightsView {
  scoringVersion: string;
  maxWeight: number;
  defaults: MatchWeights;
  active: WeightSetView | null;
  weights: MatchWeights;
  history: WeightSetView[];
}

export interface MatchingStatus {
  scoringVersion: string;
  activeWeightSet: { id: number; reason: string; createdAt: string } | null;
  rebuild: { id: number; weightSetId: number | null; phase: 'seekers' | 'vacancies' | 'done'; startedAt: string | null; finishedAt: string | null; seekersDone: number; vacanciesDone: number } | null;
  pendingChanges: { seekers: number; vacancies: number; total: number; oldestAt: string | null };
  lists: { seekers: number; vacancies: number; seekersWithOtherWeights: number; vacanciesWithOtherWeights: number; oldestComputedAt: string | null };
  population?: { activeSeekers: number; openVacancies: number };
}
