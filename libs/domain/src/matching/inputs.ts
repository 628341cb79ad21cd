import type { EmploymentType } from '../common/work-terms.js';

/**
 * What the scoring function knows of a job seeker. By design there is no field for gender, age or
 * birth date, religion, marital status, disability or accommodations: they cannot raise or lower a
 * score because the function never receives them (a spec checks the field list).
 */
export interface MatchSeeker {
  id: string;
  /** `status = 'active'`: placed or inactive seekers are neither recommended jobs nor shown to employers. */
  active: boolean;
  /** The seeker lets employers find them; when false they are absent from every candidate list. */
  searchable: boolean;
  regencyCode: string | null;
  educationLevel: string | null;
  fieldOfStudy: string | null;
  experienceMonths: number;
  /** The lowest monthly wage the seeker accepts, in rupiah; null when not stated. */
  wageMin: number | null;
  maxCommuteKm: number;
  openToRemote: boolean;
  /** Regencies the seeker chose to work in: each is reachable whatever the distance. */
  preferredRegencies: readonly string[];
  preferredOccupations: readonly string[];
  /** Empty means any employment type suits. */
  employmentTypes: readonly EmploymentType[];
  skills: readonly MatchSeekerSkill[];
  /**
   * The six RIASEC scale scores (R, I, A, S, E, C) of the seeker's latest valid or questionable
   * interest result; null when there is none. Used only to rank jobs for the seeker.
   */
  interests: readonly number[] | null;
}

export type SkillSource = 'declared' | 'certified' | 'assessed';

export interface MatchSeekerSkill {
  skillId: number;
  /** 1 to 5 as the seeker (or the certificate) states it; shown in explanations. */
  level: number;
  source: SkillSource;
}

/** What the scoring function knows of a vacancy. Nothing in it can describe a person's gender, age or faith. */
export interface MatchVacancy {
  id: string;
  /** Published and its deadline not passed. */
  open: boolean;
  occupationCode: string;
  regencyCode: string | null;
  isRemote: boolean;
  educationMin: string;
  fieldsOfStudy: readonly string[];
  experienceMinMonths: number;
  wageMin: number | null;
  wageMax: number | null;
  employmentType: EmploymentType;
  skills: readonly MatchVacancySkill[];
}

export interface MatchVacancySkill {
  skillId: number;
  importance: 'required' | 'preferred';
  /** 0 < weight <= 5, as the employer set it. */
  weight: number;
}

/** A pair is not ranked at all when one of these holds; explanations list them as "why not". */
export const MATCH_EXCLUSIONS = ['vacancy_not_open', 'seeker_not_active', 'seeker_opted_out', 'too_far'] as const;
export type MatchExclusion = (typeof MATCH_EXCLUSIONS)[number];

/**
 * `jobs`: vacancies ranked for a seeker (interest fit counts). `candidates`: seekers ranked for a
 * vacancy's employer (interest fit never counts; opted-out seekers are excluded).
 */
export type MatchDirection = 'jobs' | 'candidates';
