import { DomainError, ErrorCode } from '../common/domain-error.js';

/** Every state an application can be in. */
export const APPLICATION_STATUSES = ['submitted', 'screening', 'interview', 'offered', 'hired', 'rejected', 'withdrawn', 'not_answered'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** States in which the application is still open: the seeker waits for the employer. One per seeker and vacancy. */
export const OPEN_APPLICATION_STATUSES = ['submitted', 'screening', 'interview', 'offered'] as const satisfies readonly ApplicationStatus[];
export type OpenApplicationStatus = (typeof OPEN_APPLICATION_STATUSES)[number];

/** The states an employer may move an application to. */
export const EMPLOYER_TARGET_STATUSES = ['screening', 'interview', 'offered', 'hired', 'rejected'] as const satisfies readonly ApplicationStatus[];
export type EmployerTargetStatus = (typeof EMPLOYER_TARGET_STATUSES)[number];

/** Why an application was rejected; structured so that statistics can count them. */
export const REJECTION_REASONS = ['qualifications', 'experience', 'position_filled', 'no_show', 'withdrew_interest', 'other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** An interview further ahead than this is a typo more often than a plan. */
export const MAX_INTERVIEW_AHEAD_DAYS = 365;

export const INTERVIEW_MODES = ['in_person', 'phone', 'video'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

/** Who moved an application: the seeker, a member of the company, or the platform's own jobs. */
export type ApplicationActor = 'job_seeker' | 'employer' | 'system';

/**
 * The pipeline an employer drives. `interview → interview` schedules another interview (a second
 * round or a new time); rejection is possible from every open state.
 */
const EMPLOYER_MOVES: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['screening', 'rejected'],
  screening: ['interview', 'rejected'],
  interview: ['interview', 'offered', 'rejected'],
  offered: ['hired', 'rejected'],
  hired: [],
  rejected: [],
  withdrawn: [],
  not_answered: [],
};

export function isOpenStatus(status: ApplicationStatus): status is OpenApplicationStatus {
  return (OPEN_APPLICATION_STATUSES as readonly ApplicationStatus[]).includes(status);
}

/** The states `actor` may move an application from `from` to. */
export function allowedTransitions(from: ApplicationStatus, actor: ApplicationActor): ApplicationStatus[] {
  if (!isOpenStatus(from)) return [];
  switch (actor) {
    case 'employer':
      return [...EMPLOYER_MOVES[from]];
    case 'job_seeker':
      return ['withdrawn'];
    case 'system':
      // Closing unanswered applications, and the rest of a vacancy whose openings are filled.
      return ['not_answered', 'rejected'];
  }
}

export interface InterviewPlan {
  startsAt: Date;
  mode: InterviewMode;
  place: string;
}

export interface TransitionRequest {
  from: ApplicationStatus;
  to: ApplicationStatus;
  actor: ApplicationActor;
  reason?: RejectionReason;
  interview?: InterviewPlan;
  startDate?: string;
  now: Date;
}

function describe(statuses: readonly string[]): string {
  return statuses.length === 0 ? 'none' : statuses.join(', ');
}

/**
 * Checks one move of the pipeline and throws a DomainError whose message says what is allowed
 * instead. A rejection needs a reason; an interview needs a time in the future, a mode and a place.
 */
export function assertTransition(request: TransitionRequest): void {
  const allowed = allowedTransitions(request.from, request.actor);
  if (!allowed.includes(request.to)) {
    const message = isOpenStatus(request.from)
      ? `An application that is ${request.from} cannot move to ${request.to}; allowed next: ${describe(allowed)}.`
      : `This application is ${request.from} and closed; it cannot move to ${request.to}.`;
    throw new DomainError(ErrorCode.TransitionNotAllowed, message, { from: request.from, to: request.to, allowed });
  }
  if (request.to === 'rejected' && !request.reason) {
    throw new DomainError(ErrorCode.ValidationFailed, `reason is required to reject: one of ${REJECTION_REASONS.join(', ')}.`);
  }
  if (request.to !== 'rejected' && request.reason) {
    throw new DomainError(ErrorCode.ValidationFailed, 'reason is only for to=rejected; leave it out, or use note for a remark.');
  }
  if (request.to === 'interview') {
    if (!request.interview) throw new DomainError(ErrorCode.ValidationFailed, 'interview is required for to=interview: { startsAt, mode, place }.');
    if (request.interview.startsAt.getTime() <= request.now.getTime()) {
      throw new DomainError(ErrorCode.ValidationFailed, 'interview.startsAt must be in the future.');
    }
    if (request.interview.startsAt.getTime() > request.now.getTime() + MAX_INTERVIEW_AHEAD_DAYS * 24 * 3600 * 1000) {
      throw new DomainError(ErrorCode.ValidationFailed, `interview.startsAt must be within ${MAX_INTERVIEW_AHEAD_DAYS} days from now.`);
    }
  } else if (request.interview) {
    throw new DomainError(ErrorCode.ValidationFailed, 'interview is only for to=interview; leave it out.');
  }
  if (request.startDate !== undefined && request.to !== 'hired') {
    throw new DomainError(ErrorCode.ValidationFailed, 'startDate is only for to=hired; leave it out.');
  }
}

/** What a vacancy must be for a seeker to apply: published, and its deadline (a date, inclusive) not past. */
export function assertAcceptsApplications(vacancy: { status: string; deadline: string | null }, today: string): void {
  if (vacancy.status !== 'published') {
    throw new DomainError(ErrorCode.ApplicationNotAllowed, `This vacancy is ${vacancy.status} and does not take applications.`);
  }
  if (vacancy.deadline !== null && vacancy.deadline < today) {
    throw new DomainError(ErrorCode.ApplicationNotAllowed, `The deadline of this vacancy (${vacancy.deadline}) has passed.`);
  }
}
