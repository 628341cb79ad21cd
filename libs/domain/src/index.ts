export { maskContact, normalizeEmail, normalizePhone, parseLoginIdentifier, type LoginIdentifier } from './accounts/contact.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems, type PasswordContext } from './accounts/password-policy.js';
export {
  ADMIN_CREATED_ROLES,
  ROLES,
  SELF_REGISTRATION_ROLES,
  type AdminCreatedRole,
  type OutboxStatus,
  type Role,
  type SelfRegistrationRole,
  type UserStatus,
  type UserTokenPurpose,
} from './accounts/roles.js';
export {
  AK1_RECONFIRM_MONTHS,
  AK1_REMINDER_DAYS,
  AK1_REQUIRED_FIELDS,
  AK1_VALIDITY_YEARS,
  ak1IsValid,
  ak1IssueDates,
  ak1MissingFields,
  ak1Number,
  ak1ReconfirmDates,
  ak1Status,
  holderInitials,
  parseAk1Number,
  type Ak1Dates,
  type Ak1RequiredField,
  type Ak1Status,
} from './ak1/ak1.js';
export { ak1ReminderNotification, type Ak1ReminderCard } from './ak1/ak1-reminder.js';
export { addDays, addMonths, wibDate } from './common/calendar.js';
export { DomainError, ErrorCode } from './common/domain-error.js';
export { ACCOMMODATIONS, EMPLOYMENT_TYPES, type Accommodation, type EmploymentType } from './common/work-terms.js';
export { haversineKm } from './geo/distance.js';
export {
  DISABILITY_CONSENT,
  DISABILITY_KINDS,
  LANGUAGE_LEVELS,
  PROFILE_FIELDS,
  experienceMonths,
  periodMonths,
  profileCompleteness,
  workPeriodProblems,
  type DisabilityKind,
  type LanguageLevel,
  type ProfileField,
  type WorkPeriod,
} from './job-seekers/profile.js';
export { passwordChangedEmail, passwordResetEmail, verificationEmail, type EmailMessage } from './mail/account-emails.js';
export { notificationEmail } from './mail/notification-email.js';
export {
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_KINDS,
  isNotificationKind,
  type Bilingual,
  type NotificationInput,
  type NotificationKind,
} from './notifications/notification-kinds.js';
export {
  APPLICATION_STATUSES,
  EMPLOYER_TARGET_STATUSES,
  INTERVIEW_MODES,
  OPEN_APPLICATION_STATUSES,
  REJECTION_REASONS,
  allowedTransitions,
  assertAcceptsApplications,
  assertTransition,
  isOpenStatus,
  type ApplicationActor,
  type ApplicationStatus,
  type EmployerTargetStatus,
  type InterviewMode,
  type InterviewPlan,
  type OpenApplicationStatus,
  type RejectionReason,
  type TransitionRequest,
} from './applications/application-states.js';
export {
  formatWib,
  interviewNotification,
  newApplicantNotification,
  statusChangedNotification,
  unansweredReminderNotification,
  withdrawnNotification,
  type ApplicationContext,
} from './applications/application-notifications.js';
export { CLOSE_UNANSWERED_AFTER_DAYS, REMIND_UNANSWERED_AFTER_DAYS, unansweredAction, type UnansweredAction } from './applications/unanswered.js';
export { NikCipher, type EncryptedNik } from './nik/nik-cipher.js';
export { maskNik, nikBirthDigits, nikProblems, normalizeNik, parseNik, type NikContext, type NikFacts, type NikPart, type NikProblem } from './nik/nik.js';
export { EMPLOYER_SECTORS, EMPLOYER_SIZES, INVITATION_VALID_DAYS, NIB_LENGTH, NIB_MESSAGE, employerStatus, normalizeNib, type EmployerSize, type EmployerStatus } from './employers/nib.js';
export { employerInvitationEmail } from './employers/employer-emails.js';
export {
  findDiscriminatoryWording,
  normalizePhrase,
  normalizeWording,
  unapprovedFindings,
  wordingMessage,
  type WordingCategory,
  type WordingFinding,
} from './vacancies/discriminatory-wording.js';
export {
  DEADLINE_REMINDER_DAYS,
  SKILL_IMPORTANCES,
  VACANCY_SORTS,
  VACANCY_STATUSES,
  canEditVacancy,
  deadlineProblem,
  transitionProblem,
  vacancyFieldProblems,
  type VacancyAction,
  type VacancyFilter,
  type VacancySort,
  type VacancyStatus,
} from './vacancies/vacancy-rules.js';
export { IPIP_BFM_50, IPIP_SCALES, type IpipScale } from './psychometrics/ipip-bfm-50.js';
export { SHIPPED_INSTRUMENTS } from './psychometrics/instruments.js';
export { instrumentProblems, type InstrumentProblem } from './psychometrics/instrument-problems.js';
export { RIASEC_48, RIASEC_LETTERS, riasecPosition, type RiasecLetter } from './psychometrics/riasec-48.js';
export {
  SCORING_VERSION,
  type AssessmentResult,
  type ConsistencyPair,
  type Differentiation,
  type FlagCode,
  type FlagSeverity,
  type HollandCode,
  type InstrumentDefinition,
  type InstrumentItem,
  type InstrumentKind,
  type Locale,
  type LocalizedText,
  type NormScale,
  type NormTable,
  type Protocol,
  type ProtocolMetrics,
  type ProtocolStatus,
  type ScaleScore,
  type ScoreBand,
  type ValidityFlag,
  type ValidityPolicy,
} from './psychometrics/types.js';
export { keyedScaleRows, longstring, midRankPercentile, scoreProtocol, standardError } from './psychometrics/scoring.js';
export {
  FIT_BAND_CUTOFFS,
  brownGoreC,
  careerSuggestions,
  fitBand,
  hexDistance,
  iachanM,
  profileCorrelation,
  type CareerSuggestion,
  type FitBand,
  type NoSuggestions,
  type OccupationProfile,
} from './psychometrics/congruence.js';
export {
  AGE_BANDS,
  ALPHA_ALARM,
  MIN_NORM_GROUP_SIZE,
  ageBand,
  alphaAlarm,
  buildNormTable,
  cronbachAlpha,
  normGroupKey,
  type AgeBand,
  type AlphaReport,
} from './psychometrics/reliability.js';
export { flagMessage, interestSummary, noSuggestionsMessage, scaleExplanation } from './psychometrics/explanations.js';
export {
  MAPPING_SD_LIMIT,
  aggregateOccupationProfiles,
  codeFromProfile,
  highPointCode,
  hollandLabel,
  type AggregatedProfile,
} from './psychometrics/occupations.js';
export { scaleScoreForDisplay } from './psychometrics/display.js';
export {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_COMPONENTS,
  MATCH_COMPONENT_COUNT,
  MATCH_SCORING_VERSION,
  MAX_MATCH_WEIGHT,
  matchWeightProblems,
  type MatchComponent,
  type MatchWeights,
} from './matching/weights.js';
export {
  MATCH_EXCLUSIONS,
  type MatchDirection,
  type MatchExclusion,
  type MatchSeeker,
  type MatchSeekerSkill,
  type MatchVacancy,
  type MatchVacancySkill,
  type SkillSource,
} from './matching/inputs.js';
export { MatchContext, standardizedProfile, type MatchReference, type RelatedSkills } from './matching/context.js';
export {
  NEUTRAL,
  REQUIRED_SKILL_FACTOR,
  compareRanked,
  compileSeeker,
  compileVacancy,
  componentBuffer,
  countsInterest,
  educationFit,
  employmentTypeFit,
  excludedByStatus,
  experienceFit,
  indexOfSorted,
  interestCorrelation,
  interestFit,
  locationFit,
  matchScore,
  occupationFit,
  scoreCeilingWithoutSkillOverlap,
  scoreMatch,
  skillCredit,
  skillsFit,
  wageFit,
  weightedScore,
  type CompiledSeeker,
  type CompiledVacancy,
} from './matching/score.js';
export {
  explainCompiled,
  explainMatch,
  type ComponentExplanation,
  type MatchExplanation,
  type MatchedSkill,
  type MissingSkill,
  type RelatedSkillCredit,
} from './matching/explain.js';
export {
  ATTENDANCE_STATUSES,
  CERTIFICATE_SEQUENCE_MAX,
  COMPLETION_MIN_ATTENDANCE,
  ENROLMENT_STATUSES,
  LIVE_ENROLMENT_STATUSES,
  PLACE_TAKING_STATUSES,
  ageLimitProblems,
  ageOn,
  allowedEnrolmentTransitions,
  attendanceRate,
  cancelledStatus,
  certificateNumber,
  compareWaitlist,
  completionProblem,
  eligibilityProblems,
  enrolmentTransitionProblem,
  freePlaces,
  freesPlace,
  isLiveEnrolment,
  parseCertificateNumber,
  periodsOverlap,
  takesPlace,
  waitlistOrder,
  type AttendanceStatus,
  type EligibilityApplicant,
  type EligibilityProblem,
  type EligibilityProblemCode,
  type EligibilityProgramme,
  type EnrolmentActor,
  type EnrolmentStatus,
  type WaitlistEntry,
} from './training/enrolment.js';
export {
  COHORT_START_REMINDER_DAYS,
  centreReviewNotification,
  certificateNotification,
  cohortRescheduledNotification,
  cohortStartReminderNotification,
  enrolmentNotification,
  trainingCentreInvitationEmail,
  type CohortStartReminder,
} from './training/training-notifications.js';
export {
  LONG_TERM_UNEMPLOYED_MONTHS,
  PRIORITY_GROUPS,
  YOUTH_MAX_AGE,
  YOUTH_MIN_AGE,
  isPriorityGroup,
  monthsBetween,
  priorityGroups,
  unemployedSince,
  type PriorityFacts,
  type PriorityGroup,
} from './counselling/priority.js';
export {
  CASE_WEIGHT,
  PRIORITY_CASE_WEIGHT,
  assignWaiting,
  assignmentOrder,
  caseWeight,
  leastLoaded,
  type CounsellorLoad,
  type WaitingSeeker,
} from './counselling/assignment.js';
export {
  HIGH_RISK_FROM,
  MAX_RISK_SCORE,
  MEDIUM_RISK_FROM,
  OVERRIDE_REASON_MIN_LENGTH,
  PROFILING_FACTORS,
  PROFILING_VERSION,
  RISK_LEVELS,
  effectiveRiskLevel,
  overrideProblem,
  profileRisk,
  riskLevel,
  riskRank,
  type FactorContribution,
  type ProfilingFacts,
  type ProfilingFactor,
  type RiskLevel,
  type RiskProfile,
} from './counselling/profiling.js';
export {
  CASE_OUTCOMES,
  GOAL_KINDS,
  GOAL_STATUSES,
  NOTE_VISIBILITIES,
  SESSION_MODES,
  goalOverdue,
  planProgress,
  type CaseOutcome,
  type GoalKind,
  type GoalStatus,
  type NoteVisibility,
  type SessionMode,
} from './counselling/action-plan.js';
export {
  FOLLOW_UP_INTERVAL_DAYS,
  FOLLOW_UP_REMINDER_DAYS,
  followUpNeedsReminder,
  followUpState,
  nextFollowUpDue,
  reminderHorizon,
  type FollowUpState,
} from './counselling/follow-ups.js';
export {
  followUpDueNotification,
  placedNotification,
  sessionNotification,
  trainingReferralNotification,
  vacancyReferralNotification,
} from './counselling/counselling-notifications.js';
