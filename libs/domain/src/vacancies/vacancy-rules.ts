/** What a vacancy can be, and the rules of its lifecycle: draft -> published -> closed or filled. */
import type { Accommodation, EmploymentType } from '../common/work-terms.js';
export const VACANCY_STATUSES = ['draft', 'published', 'closed', 'filled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];


export const SKILL_IMPORTANCES = ['required', 'preferred'] as const;
export const VACANCY_SORTS = ['relevance', 'newest', 'wage'] as const;
export type VacancySort = (typeof VACANCY_SORTS)[number];

/** Days before the deadline when the company's members are reminded. */
export const DEADLINE_REMINDER_DAYS = 3;

/** Only drafts and published vacancies change; closed and filled ones are history. */
export function canEditVacancy(status: VacancyStatus): boolean {
  return status === 'draft' || status === 'published';
}

export type VacancyAction = 'publish' | 'close';

/** Why the action is not allowed now, or null when it is. */
export function transitionProblem(status: VacancyStatus, action: VacancyAction): string | null {
  if (action === 'publish') {
    if (status === 'draft') return null;
    if (status === 'published') return 'The vacancy is published already.';
    return `A ${status} vacancy cannot be published again; create a new one.`;
  }
  if (status === 'draft' || status === 'published') return null;
  return `The vacancy is ${status} already.`;
}

/** A deadline must be today or later when a vacancy is published. */
export function deadlineProblem(deadline: string | null, today: string): string | null {
  if (deadline === null) return null;
  if (deadline < today) return `deadline ${deadline} is in the past; choose ${today} or later.`;
  return null;
}

/** Checks of a vacancy's fields that validation of single fields cannot see. */
export function vacancyFieldProblems(fields: { regencyCode: string | null; isRemote: boolean; wageMin: number | null; wageMax: number | null }): string[] {
  const problems: string[] = [];
  if (!fields.regencyCode && !fields.isRemote) problems.push('regencyCode is required unless isRemote is true');
  if (fields.wageMin !== null && fields.wageMax !== null && fields.wageMin > fields.wageMax) problems.push('wageMin must not be more than wageMax');
  return problems;
}

/** The filters of a vacancy search, as a saved search keeps them. */
export interface VacancyFilter {
  q?: string;
  regency?: string;
  withinKm?: number;
  occupation?: string;
  education?: string;
  employmentType?: EmploymentType;
  minWage?: number;
  accommodations?: Accommodation[];
  remote?: boolean;
}
