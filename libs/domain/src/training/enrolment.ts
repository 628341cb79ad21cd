/**
 * Enrolment in a training cohort: states, who may move an enrolment where, eligibility, attendance
 * and the completion rule, the certificate number, and the waiting list's order.
 */

export const ENROLMENT_STATUSES = ['applied', 'waitlisted', 'accepted', 'attending', 'completed', 'rejected', 'dropped', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** States that hold or wait for a place; a seeker has at most one of these per cohort. */
export const LIVE_ENROLMENT_STATUSES = ['applied', 'waitlisted', 'accepted', 'attending'] as const satisfies readonly EnrolmentStatus[];
/** States that take one of the cohort's places. */
export const PLACE_TAKING_STATUSES = ['accepted', 'attending', 'completed'] as const satisfies readonly EnrolmentStatus[];

export type EnrolmentActor = 'seeker' | 'staff' | 'instructor' | 'system';

/**
 * Who may move an enrolment from one state to another. `system` is the service acting on a rule:
 * taking a free place on applying (cohorts without selection), waitlisting when full, moving the
 * first waitlisted up when a place frees, starting attendance when the first session is recorded,
 * and ending every live enrolment of a cancelled cohort (rejected before a place, dropped after).
 */
const TRANSITIONS: Record<EnrolmentActor, Partial<Record<EnrolmentStatus, readonly EnrolmentStatus[]>>> = {
  seeker: {
    applied: ['withdrawn'],
    waitlisted: ['withdrawn'],
    accepted: ['withdrawn'],
    attending: ['withdrawn'],
  },
  staff: {
    applied: ['accepted', 'waitlisted', 'rejected'],
    waitlisted: ['accepted', 'rejected'],
    accepted: ['attending', 'dropped'],
    attending: ['completed', 'dropped'],
  },
  instructor: {
    accepted: ['attending'],
    attending: ['completed'],
  },
  system: {
    applied: ['accepted', 'waitlisted', 'rejected'],
    waitlisted: ['accepted', 'rejected'],
    accepted: ['attending', 'dropped'],
    attending: ['dropped'],
  },
};

export function isLiveEnrolment(status: EnrolmentStatus): boolean {
  return (LIVE_ENROLMENT_STATUSES as readonly string[]).includes(status);
}

export function takesPlace(status: EnrolmentStatus): boolean {
  return (PLACE_TAKING_STATUSES as readonly string[]).includes(status);
}

/** The states `actor` may move an enrolment in `from` to. */
export function allowedEnrolmentTransitions(from: EnrolmentStatus, actor: EnrolmentActor): readonly EnrolmentStatus[] {
  return TRANSITIONS[actor][from] ?? [];
}

/** Why `actor` may not move an enrolment from `from` to `to`, or null when they may. */
export function enrolmentTransitionProblem(from: EnrolmentStatus, to: EnrolmentStatus, actor: EnrolmentActor): string | null {
  if (allowedEnrolmentTransitions(from, actor).includes(to)) return null;
  const allowed = allowedEnrolmentTransitions(from, actor);
  const who = actor === 'seeker' ? 'you' : actor === 'system' ? 'the system' : `the cohort's ${actor}`;
  return allowed.length === 0
    ? `An enrolment that is ${from} cannot be changed by ${who}.`
    : `An enrolment that is ${from} can be moved by ${who} only to ${allowed.join(' or ')}, not to ${to}.`;
}

/** Where a cancelled cohort's live enrolment ends: rejected if it held no place yet, dropped if it did. */
export function cancelledStatus(status: EnrolmentStatus): EnrolmentStatus | null {
  if (status === 'applied' || status === 'waitlisted') return 'rejected';
  if (status === 'accepted' || status === 'attending') return 'dropped';
  return null;
}

/** A place frees when an enrolment that held one ends before completion. */
export function freesPlace(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return takesPlace(from) && !takesPlace(to);
}

// ---- eligibility ---------------------------------------------------------------------------------

export interface EligibilityProgramme {
  /** The rank of the programme's minimum education level. */
  educationMinRank: number;
  educationMinName: string;
  ageMin: number | null;
  ageMax: number | null;
}

export interface EligibilityApplicant {
  educationRank: number | null;
  birthDate: string | null;
}

export type EligibilityProblemCode = 'EDUCATION_BELOW_MINIMUM' | 'AGE_OUTSIDE_LIMITS' | 'OVERLAPPING_ENROLMENT' | 'PROFILE_INCOMPLETE';

export interface EligibilityProblem {
  code: EligibilityProblemCode;
  message: string;
}

/** Whole years between `birthDate` and `on` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Why an applicant may not enrol in a cohort starting on `startsOn`: education below the
 * programme's minimum, age outside its legal limits on the start date, or another live enrolment
 * whose cohort overlaps this one (`overlapping` names it).
 */
export function eligibilityProblems(
  programme: EligibilityProgramme,
  applicant: EligibilityApplicant,
  startsOn: string,
  overlapping: { title: string; startsOn: string; endsOn: string } | null,
): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  if (applicant.educationRank === null || applicant.birthDate === null) {
    problems.push({
      code: 'PROFILE_INCOMPLETE',
      message: 'Your profile needs your birth date and education level before you can apply: fill in the identity and education steps.',
    });
  }
  if (applicant.educationRank !== null && applicant.educationRank < programme.educationMinRank) {
    problems.push({ code: 'EDUCATION_BELOW_MINIMUM', message: `This programme needs at least ${programme.educationMinName} education.` });
  }
  if (applicant.birthDate !== null && (programme.ageMin !== null || programme.ageMax !== null)) {
    const age = ageOn(applicant.birthDate, startsOn);
    if ((programme.ageMin !== null && age < programme.ageMin) || (programme.ageMax !== null && age > programme.ageMax)) {
      const limits =
        programme.ageMin !== null && programme.ageMax !== null
          ? `${programme.ageMin} to ${programme.ageMax}`
          : programme.ageMin !== null
            ? `at least ${programme.ageMin}`
            : `at most ${programme.ageMax}`;
      problems.push({ code: 'AGE_OUTSIDE_LIMITS', message: `On the cohort's start date (${startsOn}) you will be ${age}; the law sets ages ${limits} for this programme.` });
    }
  }
  if (overlapping) {
    problems.push({
      code: 'OVERLAPPING_ENROLMENT',
      message: `You are already enrolled in ${overlapping.title} (${overlapping.startsOn} to ${overlapping.endsOn}), which overlaps this cohort; withdraw from it first.`,
    });
  }
  return problems;
}

/** Whether two date ranges (inclusive) share a day. */
export function periodsOverlap(a: { startsOn: string; endsOn: string }, b: { startsOn: string; endsOn: string }): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/** Problems with a programme's age limits: they are allowed only with the law that sets them. */
export function ageLimitProblems(limits: { ageMin: number | null; ageMax: number | null; ageLegalBasis: string | null }): string[] {
  const problems: string[] = [];
  const hasLimit = limits.ageMin !== null || limits.ageMax !== null;
  if (hasLimit && !limits.ageLegalBasis?.trim()) {
    problems.push('ageMin and ageMax are allowed only with ageLegalBasis naming the law that sets them (for example Permenaker 8/2014 for apprenticeships); remove them otherwise');
  }
  if (limits.ageMin !== null && limits.ageMax !== null && limits.ageMin > limits.ageMax) problems.push('ageMin must not be more than ageMax');
  if (!hasLimit && limits.ageLegalBasis) problems.push('ageLegalBasis is only for a programme with ageMin or ageMax');
  return problems;
}

// ---- attendance and completion -------------------------------------------------------------------

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * Completion needs presence at three quarters of the sessions held. 75 % is the usual attendance
 * floor for competency-based training certificates in Indonesia's BLKs (and Kemnaker's Pelatihan
 * Berbasis Kompetensi guidance); an excused absence counts as absent, since the hours were missed.
 */
export const COMPLETION_MIN_ATTENDANCE = 0.75;

/** Share of the sessions held at which the trainee was present (0 when none was held). */
export function attendanceRate(sessionsHeld: number, present: number): number {
  if (sessionsHeld <= 0) return 0;
  return Math.min(1, Math.max(0, present) / sessionsHeld);
}

/** Why a trainee cannot complete, or null when they may. */
export function completionProblem(sessionsHeld: number, present: number): string | null {
  if (sessionsHeld <= 0) return 'No session of this cohort has attendance recorded yet; record attendance before completing.';
  const rate = attendanceRate(sessionsHeld, present);
  if (rate + 1e-9 < COMPLETION_MIN_ATTENDANCE) {
    const needed = Math.ceil(COMPLETION_MIN_ATTENDANCE * sessionsHeld - 1e-9);
    return `Completion needs presence at ${COMPLETION_MIN_ATTENDANCE * 100} % of the sessions held: ${present} of ${sessionsHeld} (${Math.round(rate * 100)} %), at least ${needed} needed.`;
  }
  return null;
}

// ---- certificates --------------------------------------------------------------------------------

export const CERTIFICATE_SEQUENCE_MAX = 999_999;

/** `BLK-<regency>-<year>-<6-digit sequence>`, the sequence gap-free per regency and year. */
export function certificateNumber(regencyCode: string, year: number, sequence: number): string {
  if (!/^[0-9]{4}$/.test(regencyCode)) throw new RangeError(`regency code must be 4 digits, got ${regencyCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must have 4 digits, got ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > CERTIFICATE_SEQUENCE_MAX) throw new RangeError(`sequence must be 1 to ${CERTIFICATE_SEQUENCE_MAX}`);
  return `BLK-${regencyCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The parts of a certificate number, or undefined when it is not one. */
export function parseCertificateNumber(number: string): { regencyCode: string; year: number; sequence: number } | undefined {
  const match = /^BLK-([0-9]{4})-([0-9]{4})-([0-9]{6})$/.exec(number);
  if (!match || match[3] === '000000') return undefined;
  return { regencyCode: match[1], year: Number(match[2]), sequence: Number(match[3]) };
}

// ---- waiting list --------------------------------------------------------------------------------

export interface WaitlistEntry {
  id: string;
  /** When the enrolment joined the waiting list (ISO timestamp). */
  waitlistedAt: string;
}

/** First come, first served: by the time of joining the list, then by id so the order is total. */
export function compareWaitlist(a: WaitlistEntry, b: WaitlistEntry): number {
  if (a.waitlistedAt !== b.waitlistedAt) return a.waitlistedAt < b.waitlistedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The waiting list in the order places are offered. */
export function waitlistOrder<T extends WaitlistEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareWaitlist);
}

/** Free places of a cohort. */
export function freePlaces(capacity: number, placesTaken: number): number {
  return Math.max(0, capacity - placesTaken);
}
