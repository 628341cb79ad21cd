// Shapes and paths of the training routes (/work/contract-blk-counselling.md, "Training centres").
// Every path the pages call is named here, so a route that moves changes one line.
import { queryString } from './client';

export type CentreStatus = 'pending' | 'verified' | 'rejected';
export type MemberRole = 'staff' | 'instructor';
export const ENROLMENT_STATUSES = ['applied', 'accepted', 'attending', 'completed', 'waitlisted', 'rejected', 'dropped', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ATTENDANCE_MARKS = ['present', 'absent', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];
export const COHORT_STATUSES = ['open', 'running', 'completed', 'cancelled'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export interface SkillRef {
  id: number;
  code?: string;
  name: { id: string; en: string };
}

export interface CentreMember {
  userId: string;
  fullName: string;
  role: MemberRole;
}

export interface TrainingCentre {
  id: string;
  name: string;
  regency: { code: string; name: string };
  address: string;
  status: CentreStatus;
  rejectionReason?: string | null;
  members?: CentreMember[];
  /** The caller's role in the centre. */
  myRole?: MemberRole;
}

export interface CohortSession {
  id: string;
  /** ISO date-time. */
  startsAt: string;
  endsAt: string;
}

export interface Cohort {
  id: string;
  programmeId: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  /** accepted + attending + completed. */
  placesTaken: number;
  placesLeft: number;
  waitlisted: number;
  selection: boolean;
  status: CohortStatus;
  instructor: { userId: string; fullName: string } | null;
  sessions?: CohortSession[];
  /** On GET /cohorts/:id. */
  programme?: Programme;
}

export type ProgrammeStatus = 'draft' | 'published' | 'archived';

export interface Programme {
  id: string;
  title: string;
  vocationalField: string;
  description: string;
  skills: SkillRef[];
  hours: number;
  cost: number;
  educationMin: { code: string; name: { id: string; en: string } };
  ageMin: number | null;
  ageMax: number | null;
  ageLegalBasis: string | null;
  regency: { code: string; name: string };
  address: string;
  status: ProgrammeStatus;
  centre: { id: string; name: string; verified: boolean };
  /** On a centre's own programme (GET /training-programmes/:id). */
  cohorts?: Cohort[];
  /** On the public search. */
  upcomingCohorts?: Cohort[];
}

export interface ProgrammeBody {
  vocationalField: string;
  title: string;
  description: string;
  skills: number[];
  hours: number;
  cost: number;
  educationMin: string;
  ageMin?: number | null;
  ageMax?: number | null;
  ageLegalBasis?: string | null;
  regencyCode: string;
  address: string;
}

export interface CohortBody {
  startsOn: string;
  endsOn: string;
  capacity: number;
  instructorUserId?: string;
  selection: boolean;
  sessions: Array<{ startsAt: string; endsAt: string }>;
}

export interface Enrolment {
  id: string;
  status: EnrolmentStatus;
  reason: string | null;
  waitlistPosition: number | null;
  /** Staff see what they choose by: education and home regency. */
  seeker: { userId: string; fullName: string; educationLevel?: string | null; regency?: { code: string; name: string } | null };
  cohort: { id: string; startsOn: string; endsOn: string; selection: boolean };
  programme: { id: string; title: string; hours: number };
  centre: { id: string; name: string };
  certificate: { id: string; number: string } | null;
  /** The counsellor who referred the seeker, when a counsellor made the request. */
  referredBy?: { userId: string; fullName: string } | null;
  createdAt: string;
}

/** GET /cohorts/:id/attendance: the sessions, and each trainee's marks and rate. */
export interface AttendanceSheet {
  cohortId: string;
  sessions: Array<{ id: string; startsAt: string; endsAt: string; held: boolean }>;
  trainees: Array<{
    enrolmentId: string;
    seeker: { userId: string; fullName: string };
    status: EnrolmentStatus;
    /** Session id → mark. */
    attendance: Record<string, AttendanceMark>;
    present: number;
    sessionsHeld: number;
    rate: number;
    /** Why they cannot complete yet (attending trainees only), or null. */
    completionProblem: string | null;
  }>;
}

export interface CohortCompletion {
  completed: Array<{ enrolmentId: string; certificateNumber: string }>;
  notCompleted: Array<{ enrolmentId: string; reason: string }>;
}

export interface Certificate {
  id: string;
  number: string;
  issuedOn: string;
  programme: { id: string; title: string; vocationalField: string; hours: number };
  centre: { name: string; regency: { code: string; name: string } };
  cohort: { startsOn: string; endsOn: string };
  skills: SkillRef[];
}

export interface CertificateVerification {
  number: string;
  valid: boolean;
  holderInitials: string;
  programme: string;
  centre: string;
  hours: number;
  issuedOn: string;
}

export interface SkillGap {
  skill: SkillRef;
  /** How many of the vacancies considered ask for it. */
  vacancies: number;
  programmes: Array<{
    id: string;
    title: string;
    centre: { id: string; name: string };
    regency: { code: string; name: string };
    distanceKm: number | null;
    cost: number;
    hours: number;
    cohorts: Array<{ id: string; startsOn: string; endsOn: string; placesLeft: number }>;
  }>;
}

export interface SkillGaps {
  basis: 'matches' | 'occupation';
  occupation: { code: string; title: { id: string; en: string } } | null;
  vacanciesConsidered: number;
  gaps: SkillGap[];
}

export const trainingPaths = {
  centreMine: '/training-centres/mine',
  centres: '/training-centres',
  invitations: '/training-centres/mine/invitations',
  acceptInvitation: '/training-centre-invitations/accept',
  programmes: '/training-programmes',
  myProgrammes: '/training-programmes?limit=100',
  programme: (id: string) => `/training-programmes/${id}`,
  programmeStatus: (id: string, action: 'publish' | 'unpublish') => `/training-programmes/${id}/${action}`,
  programmeCohorts: (id: string) => `/training-programmes/${id}/cohorts`,
  cohort: (id: string) => `/cohorts/${id}`,
  cohortSessions: (id: string) => `/cohorts/${id}/sessions`,
  cohortEnrolments: (id: string) => `/cohorts/${id}/enrolments?limit=100`,
  cohortAttendance: (id: string) => `/cohorts/${id}/attendance`,
  cohortComplete: (id: string) => `/cohorts/${id}/complete`,
  attendance: (cohortId: string, sessionId: string) => `/cohorts/${cohortId}/sessions/${sessionId}/attendance`,
  enrolmentAction: (id: string, action: 'accept' | 'waitlist' | 'reject' | 'drop' | 'complete' | 'withdraw') => `/enrolments/${id}/${action}`,
  search: (params: { q?: string; regency?: string; skill?: string; page?: number }) => `/trainings${queryString({ ...params, limit: 20 })}`,
  publicProgramme: (id: string) => `/trainings/${id}`,
  apply: (cohortId: string) => `/cohorts/${cohortId}/enrolments`,
  myEnrolments: '/enrolments/mine',
  myCertificates: '/certificates/mine',
  certificatePdf: (id: string) => `/certificates/${id}/certificate.pdf`,
  verifyCertificate: (number: string) => `/certificates/${encodeURIComponent(number)}/verify`,
  skillGaps: (occupation?: string, seekerId?: string) => `/job-seekers/${seekerId ?? 'me'}/skill-gaps${queryString({ occupation })}`,
  adminCentres: (status: string) => `/admin/training-centres${queryString({ status, limit: 100 })}`,
  adminVerify: (id: string) => `/admin/training-centres/${id}/verify`,
  adminReject: (id: string) => `/admin/training-centres/${id}/reject`,
};

/** A skill's name in the current language. */
export function skillName(skill: { name: { id: string; en: string } }, language: string): string {
  return language === 'en' ? skill.name.en : skill.name.id;
}
