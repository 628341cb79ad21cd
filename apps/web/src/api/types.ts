// Shapes from /work/contract-exchange.md (the exchange API contract).
export type Role = 'job_seeker' | 'employer' | 'training_centre' | 'counsellor' | 'admin';

export interface User {
  id: string;
  role: Role;
  fullName: string;
  email: string | null;
  phone: string | null;
  emailVerified: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface Bilingual {
  id: string;
  en: string;
}

export interface Region {
  code: string;
  provinceCode: string;
  name: string;
  type: string;
}
export interface EducationLevel {
  code: string;
  rank: number;
  nameId: string;
  nameEn: string;
}
export interface FieldOfStudy {
  code: string;
  nameId: string;
  nameEn: string;
}
export interface Occupation {
  code: string;
  titleId: string;
  titleEn: string;
}
export interface Skill {
  /** An integer in the reference data; sent back as it came. */
  id: number | string;
  code: string;
  group: string;
  nameId: string;
  nameEn: string;
}

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'daily'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const ACCOMMODATIONS = [
  'wheelchair_access',
  'accessible_toilet',
  'screen_reader',
  'sign_language',
  'flexible_hours',
  'remote_work',
  'adapted_workstation',
  'assistance_animal',
  'written_instructions',
  'quiet_space',
] as const;

export interface VacancySummary {
  id: string;
  title: string;
  employer: { id: string; name: string };
  regency: { code: string; name: string } | null;
  isRemote: boolean;
  wageMin: number | null;
  wageMax: number | null;
  employmentType: EmploymentType;
  publishedAt: string;
  deadline: string | null;
  highlight?: { title?: string; description?: string };
}

export interface VacancyBody {
  occupationCode: string;
  title: string;
  description: string;
  regencyCode?: string;
  isRemote: boolean;
  wageMin?: number;
  wageMax?: number;
  employmentType: EmploymentType;
  openings: number;
  educationMin: string;
  fieldsOfStudy: string[];
  experienceMinMonths: number;
  accommodations: string[];
  deadline?: string;
  skills: Array<{ skillId: number | string; importance: 'required' | 'preferred'; weight?: number }>;
}

export interface Vacancy extends Omit<VacancyBody, 'skills'> {
  id: string;
  status: 'draft' | 'published' | 'closed' | 'filled';
  employer: { id: string; name: string; verified: boolean };
  regency?: { code: string; name: string } | null;
  skills: Array<{ skillId: number | string; name: Bilingual; importance: 'required' | 'preferred' }>;
  publishedAt?: string | null;
}

export interface SeekerProfile {
  userId: string;
  fullName: string;
  nikMasked: string | null;
  birthDate: string | null;
  gender: 'F' | 'M' | null;
  domicileRegencyCode: string | null;
  address: string | null;
  educationLevel: string | null;
  fieldOfStudy: string | null;
  experienceMonths: number;
  workHistory: Array<{ id: string; occupationCode: string; title: string; employerName: string; startMonth: string; endMonth: string | null; months: number }>;
  skills: Array<{ skillId: number | string; name: Bilingual; level: number; source: 'declared' | 'certified' | 'assessed' }>;
  languages: Array<{ code: string; level: string }>;
  preferences: { occupations: string[]; regencies: string[]; maxCommuteKm: number; minimumWage: number | null; employmentTypes: string[]; openToRemote: boolean };
  completeness: { complete: boolean; missing: string[] };
  ak1: { number: string; status: string } | null;
}

export interface Ak1Card {
  number: string;
  status: 'active' | 'needs_reconfirmation' | 'lapsed' | 'expired';
  issuedAt: string;
  validUntil: string;
  reconfirmBy: string;
  regency: { code: string; name: string };
}

export interface Ak1Verification {
  number: string;
  valid: boolean;
  status: string;
  regency: { code: string; name: string };
  holderInitials: string;
  validUntil: string;
}

export const APPLICATION_STATUSES = ['submitted', 'screening', 'interview', 'offered', 'hired', 'rejected', 'withdrawn', 'not_answered'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const REJECTION_REASONS = ['qualifications', 'experience', 'position_filled', 'no_show', 'withdrew_interest', 'other'] as const;

export interface Interview {
  startsAt: string;
  mode: 'in_person' | 'phone' | 'video';
  place: string;
}

export interface Application {
  id: string;
  status: ApplicationStatus;
  vacancy: { id: string; title: string; employer: { name: string } };
  createdAt: string;
  updatedAt: string;
  interview: Interview | null;
  shareAssessment?: boolean;
  history?: Array<{ from: string | null; to: string; by: { role: string }; at: string; reason?: string }>;
}

export interface Applicant {
  id: string;
  status: ApplicationStatus;
  createdAt: string;
  interview?: Interview | null;
  /** Set when a counsellor referred the seeker (issue 6): the office the employer sees on the board. */
  referredBy?: { office: { id: string; name: string } } | null;
  applicant: { fullName: string; educationLevel: string | null; experienceMonths: number; domicileRegency: string | { code: string; name: string } | null; skills: unknown[] };
}

export interface Company {
  id: string;
  name: string;
  nib: string;
  sector: string;
  size: 'micro' | 'small' | 'medium' | 'large';
  address: string;
  regency: { code: string; name: string };
  status: 'pending' | 'verified' | 'rejected';
  rejectionReason?: string | null;
  members: Array<{ userId: string; fullName: string; role: string }>;
}

export interface WordingException {
  id: string;
  vacancyId?: string;
  vacancy?: { id: string; title: string; employer?: { id: string; name: string } };
  reason: string;
  status: string;
  phrases?: string[];
  createdAt?: string;
}

export interface NotificationItem {
  id: string;
  kind: string;
  title: Bilingual;
  body: Bilingual;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: { q?: string; regency?: string; withinKm?: number; occupation?: string; education?: string; employmentType?: string; minWage?: number; accommodations?: string[]; remote?: boolean };
  lastDigestAt?: string;
  createdAt: string;
}

// Psychometric assessments: shapes from /work/contract-psychometrics.md (section B).
export type AssessmentKind = 'interest' | 'personality';
export type AssessmentStatus = 'in_progress' | 'submitted' | 'scored' | 'failed';
export type ProtocolStatus = 'valid' | 'questionable' | 'invalid';
/** Either text in the session's language, or both languages. */
export type MaybeBilingual = string | Bilingual;

export interface Instrument {
  id: string;
  version: string;
  kind: AssessmentKind;
  title: Bilingual;
  itemCount: number;
  pageCount: number;
  minutes: number;
  translation?: { id?: { status: 'provisional' | 'validated'; note?: string } } | null;
}

export interface MyAssessment {
  id: string;
  instrumentId: string;
  kind: AssessmentKind;
  status: AssessmentStatus;
  startedAt: string;
  submittedAt: string | null;
  resultStatus: ProtocolStatus | null;
}

export interface AssessmentSession {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  kind: AssessmentKind;
  locale: 'id' | 'en';
  status: AssessmentStatus;
  pageCount: number;
  /** Zero-based index of the first page not yet answered (pageCount when every page is). */
  currentPage: number;
  answered: number;
  itemCount: number;
}

export interface AssessmentPage {
  index: number;
  pageCount: number;
  scale: { min: number; max: number; labels: Record<string, string> | { id: Record<string, string>; en: Record<string, string> } };
  items: Array<{ id: string; position: number; text: MaybeBilingual; value?: number | null }>;
}

export interface ValidityFlag {
  code: string;
  severity: 'warning' | 'invalid';
  value?: number | string | null;
  /** The counsellor's view may explain the flag. */
  message?: Bilingual;
  scale?: string;
}

export interface ScaleScore {
  raw: number | null;
  nMissing?: number;
  meanItem: number | null;
  pomp: number | null;
  band: 'low' | 'average' | 'high' | null;
  z: number | null;
  T: number | null;
  percentile: number | null;
  sem: number | null;
  ci95: [number, number] | null;
}

export interface HollandCode {
  code: string;
  ranking: string;
  ambiguous: boolean;
  tieWithinCode: boolean;
  tieAtBoundary: boolean;
  flat: boolean;
  gapsToNext?: number[];
  distinctFromNext?: boolean[];
}

export interface AssessmentMetrics {
  nMissing: number;
  longstring: number;
  irv: number | null;
  inconsistency: number | null;
  pairsUsed: number;
  meanItem: number | null;
  secondsPerItem: number | null;
  fastPages: number;
}

export interface AssessmentResultView {
  assessmentId: string;
  kind: AssessmentKind;
  instrumentId?: string;
  status: ProtocolStatus;
  flags: ValidityFlag[];
  scales: Record<string, ScaleScore | null>;
  holland?: HollandCode | null;
  consistency?: number | null;
  differentiation?: { hollandRange: number; iachanDI: number; elevationMean: number } | null;
  explanations?: Record<string, Bilingual>;
  normVersion: string | null;
  scoringVersion: string;
  scoredAt?: string;
  /** Only in the counsellor's view. */
  metrics?: AssessmentMetrics;
}

export interface CareerSuggestionItem {
  occupation: { code: string; title: Bilingual };
  jobZone: number;
  r: number;
  band: 'best' | 'great' | 'good' | 'other';
  cIndex: number | null;
  sharedLetters: string[];
  vacancies: Array<{ id: string; title: string; employer: string | { name: string } }>;
  trainings: Array<{ id: string; title: string; centre: string | { name: string } }>;
}

export interface CareerSuggestions {
  items: CareerSuggestionItem[];
  none?: 'invalid' | 'flat' | 'incomplete';
  message?: Bilingual;
}

export interface CounsellorAssessmentRow {
  assessmentId: string;
  seeker: { id: string; fullName: string };
  instrumentId: string;
  status: ProtocolStatus | AssessmentStatus;
  flags: ValidityFlag[];
  scoredAt: string | null;
}

export interface CounsellorSeekerAssessments {
  seeker: { id: string; fullName: string };
  items: AssessmentResultView[];
}
