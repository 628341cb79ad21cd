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
  skillId: number;
  nameId: string;
  nameEn: string;
}

export interface CentreMember {
  userId: string;
  fullName: string;
  role: MemberRole;
}

export interface TrainingCentre {
  id: string;
  name: string;
  regencyCode: string;
  regency?: { code: string; name: string } | null;
  address: string;
  status: CentreStatus;
  rejectionReason?: string | null;
  members?: CentreMember[];
  /** The caller's role in the centre. */
  myRole?: MemberRole;
}

export interface CohortSession {
  id?: string;
  /** ISO date-time. */
  startsAt: string;
  endsAt: string;
}

export interface CohortSummary {
  id: string;
  programmeId: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  selection: boolean;
  status: CohortStatus;
  instructorUserId: string | null;
  instructor?: { userId: string; fullName: string } | null;
  /** accepted + attending + completed. */
  placesTaken?: number;
  waitlisted?: number;
  distanceKm?: number | null;
}

export interface Cohort extends CohortSummary {
  sessions: CohortSession[];
  programme?: { id: string; title: string; hours?: number; centre?: { id: string; name: string } };
}

export interface Programme {
  id: string;
  centreId?: string;
  centre?: { id: string; name: string; regencyCode?: string; verified?: boolean } | null;
  vocationalField: string;
  title: string;
  description: string;
  skills: SkillRef[];
  hours: number;
  cost: number;
  educationMin: string;
  ageMin: number | null;
  ageMax: number | null;
  ageLegalBasis: string | null;
  regencyCode: string;
  regency?: { code: string; name: string } | null;
  address: string;
  cohorts?: CohortSummary[];
}

export interface ProgrammeBody {
  vocationalField: string;
  title: string;
  description: string;
  skills: number[];
  hours: number;
  cost: number;
  educationMin: string;
  ageMin?: number;
  ageMax?: number;
  ageLegalBasis?: string;
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

export interface Attendance {
  held: number;
  present: number;
  excused?: number;
  /** 0 to 1 of the sessions held. */
  rate: number;
  meetsRule: boolean;
}

export interface Enrolment {
  id: string;
  cohortId: string;
  status: EnrolmentStatus;
  reason?: string | null;
  waitlistPosition?: number | null;
  appliedAt?: string;
  seeker?: { id: string; fullName: string };
  attendance?: Attendance | null;
  certificateNumber?: string | null;
}

/** A seeker's own enrolment, with what it is for. */
export interface MyEnrolment extends Enrolment {
  programme: { id: string; title: string };
  centre?: { id: string; name: string } | null;
  cohort: { id: string; startsOn: string; endsOn: string };
}

export interface AttendanceRow {
  enrolmentId: string;
  seeker: { id: string; fullName: string };
  mark: AttendanceMark | null;
}

export interface CompletionResult {
  completed: Array<{ enrolmentId: string; certificateNumber: string }>;
  notMet: Array<{ enrolmentId: string; fullName?: string; reason: string; attendance?: Attendance }>;
}

export interface Certificate {
  number: string;
  programme: { id?: string; title: string; hours: number };
  centre: { name: string };
  issuedAt: string;
  skills?: SkillRef[];
}

export interface CertificateVerification {
  number: string;
  valid: boolean;
  holderInitials: string;
  programme: string | { title: string };
  centre: string | { name: string };
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
    centre?: { id: string; name: string } | null;
    cohorts: Array<{ id: string; startsOn: string; endsOn: string; distanceKm?: number | null; regencyCode?: string; placesLeft?: number }>;
  }>;
}

export interface SkillGaps {
  /** 'matches' (the seeker's stored top list) or 'occupation'. */
  basis?: string;
  considered?: number;
  items: SkillGap[];
}

export const trainingPaths = {
  centreMine: '/training-centres/mine',
  centres: '/training-centres',
  invitations: '/training-centres/mine/invitations',
  acceptInvitation: '/training-centre-invitations/accept',
  myProgrammes: '/training-centres/mine/programmes',
  myCohorts: '/training-centres/mine/cohorts',
  programmes: '/training-programmes',
  programme: (id: string) => `/training-programmes/${id}`,
  programmeCohorts: (id: string) => `/training-programmes/${id}/cohorts`,
  cohort: (id: string) => `/training-cohorts/${id}`,
  cohortEnrolments: (id: string) => `/training-cohorts/${id}/enrolments`,
  cohortComplete: (id: string) => `/training-cohorts/${id}/complete`,
  attendance: (cohortId: string, sessionId: string) => `/training-cohorts/${cohortId}/sessions/${sessionId}/attendance`,
  enrolmentAction: (id: string, action: 'accept' | 'reject' | 'drop' | 'complete' | 'withdraw') => `/training-enrolments/${id}/${action}`,
  search: (params: { q?: string; regencyCode?: string; skillId?: string; page?: number }) => `/trainings${queryString({ ...params, limit: 20 })}`,
  apply: (cohortId: string) => `/training-cohorts/${cohortId}/apply`,
  myEnrolments: '/job-seekers/me/enrolments',
  myCertificates: '/job-seekers/me/certificates',
  certificatePdf: (number: string) => `/job-seekers/me/certificates/${encodeURIComponent(number)}/certificate.pdf`,
  verifyCertificate: (number: string) => `/certificates/${encodeURIComponent(number)}/verify`,
  skillGaps: (occupation?: string, seekerId?: string) => `/job-seekers/me/skill-gaps${queryString({ occupation, seekerId })}`,
  adminCentres: (status: string) => `/admin/training-centres${queryString({ status, limit: 100 })}`,
  adminVerify: (id: string) => `/admin/training-centres/${id}/verify`,
  adminReject: (id: string) => `/admin/training-centres/${id}/reject`,
};

/** A skill's name in the current language. */
export function skillName(skill: { nameId: string; nameEn: string }, language: string): string {
  return language === 'en' ? skill.nameEn : skill.nameId;
}

/** The name of a value that may come as text or as an object with a name or title. */
export function nameOf(value: string | { name?: string; title?: string } | null | undefined): string {
  if (!value) return '';
  return typeof value === 'string' ? value : (value.name ?? value.title ?? '');
}
