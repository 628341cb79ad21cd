// Shapes of the counselling routes (/work/contract-blk-counselling.md, "Counselling"; apps/api/src/modules/counselling).
import type { AssessmentResultView, Bilingual, SeekerProfile } from './types';

export const CASE_SORTS = ['risk', 'lastContact', 'followUpDue', 'planProgress'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const PRIORITY_GROUPS = ['youth', 'women', 'disability', 'long_term_unemployed'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const GOAL_KINDS = ['apply_jobs', 'attend_training', 'take_assessment', 'get_document', 'other'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
export const GOAL_STATUSES = ['open', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const SESSION_MODES = ['in_person', 'phone', 'video'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const NOTE_VISIBILITIES = ['internal', 'shared'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];
export const CASE_OUTCOMES = ['placed', 'in_training', 'inactive'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
/** The override's reason must be at least this long (the API's OVERRIDE_REASON_MIN_LENGTH). */
export const OVERRIDE_REASON_MIN_LENGTH = 10;

interface Person {
  id: string;
  fullName: string | null;
}

export interface CaseRow {
  caseId: string;
  seeker: { id: string; fullName: string };
  counsellor: Person | null;
  priorityGroups: PriorityGroup[];
  risk: { score: number | null; level: RiskLevel | null; overrideLevel: RiskLevel | null; effectiveLevel: RiskLevel | null };
  lastContactAt: string | null;
  nextFollowUpOn: string | null;
  planProgress: number | null;
  openedAt: string;
}

export interface CaseloadPage {
  office: { id: string; name: string };
  items: CaseRow[];
  total: number;
  page: number;
  limit: number;
}

export interface RiskFactor {
  factor: string;
  points: number;
  maxPoints: number;
  value: number | string | boolean | null;
  label: Bilingual;
}

export interface RiskView {
  score: number | null;
  level: RiskLevel | null;
  computedAt: string | null;
  version: string | null;
  factors: RiskFactor[];
  override: { level: RiskLevel; reason: string; by: Person; at: string } | null;
  effectiveLevel: RiskLevel | null;
}

export interface Note {
  id: string;
  visibility: NoteVisibility;
  body: string;
  createdAt: string;
}

export interface SessionView {
  id: string;
  mode: SessionMode;
  startsAt: string;
  counsellor: { id?: string; fullName: string | null } | null;
  notes: Note[];
}

export interface GoalView {
  id: string;
  kind: GoalKind;
  title: string;
  dueOn: string | null;
  status: GoalStatus;
  overdue: boolean;
  reviews?: Array<{ status: GoalStatus; note: string; at: string }>;
}

export interface ReferralView {
  id: string;
  kind: 'vacancy' | 'training';
  vacancy: { id: string; title: string; employerName: string } | null;
  application: { id: string; status: string } | null;
  cohort: { id: string; programmeTitle: string; startsOn: string } | null;
  enrolment: { id: string } | null;
  note?: string | null;
  createdAt: string;
}

export interface FollowUpView {
  id: string;
  dueOn: string;
  note: string | null;
  state: 'done' | 'overdue' | 'due' | 'upcoming';
  doneAt: string | null;
  doneNote: string | null;
}

export interface CaseSummary {
  id: string;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  outcome: CaseOutcome | null;
  outcomeNote: string | null;
  office: { id: string; name: string; regencyCode: string };
  counsellor: Person | null;
  priorityGroups: PriorityGroup[];
  lastContactAt: string | null;
  nextFollowUpOn: string | null;
  planProgress: number | null;
  assignments: Array<{ from: Person | null; to: Person | null; reason: string | null; at: string }>;
}

export interface CaseDetail {
  case: CaseSummary;
  profile: SeekerProfile;
  ak1: { number: string; status: string } | null;
  risk: RiskView;
  assessments: AssessmentResultView[];
  recommendations: { items: Array<{ vacancy: { id: string; title: string; employerName: string }; score: number }> };
  applications: Array<{ id: string; status: string; referred: boolean; vacancy: { id: string; title: string; employerName: string }; createdAt: string }>;
  enrolments: Array<{ id: string; status: string; cohortId: string; programmeTitle: string; startsOn: string; endsOn: string; referred: boolean }>;
  plan: { progress: number | null; goals: GoalView[] };
  sessions: SessionView[];
  referrals: ReferralView[];
  followUps: FollowUpView[];
}

export interface MyCounselling {
  case: { id: string; status: 'open' | 'closed'; openedAt: string; closedAt: string | null; outcome: CaseOutcome | null } | null;
  counsellor: { id: string; fullName: string | null } | null;
  office: { id: string; name: string; regencyCode: string } | null;
  upcomingSessions: SessionView[];
  sessions: SessionView[];
  plan: { progress: number | null; goals: GoalView[] };
  referrals: ReferralView[];
}

export const caseKey = (seekerId: string) => ['counselling-case', seekerId] as const;
