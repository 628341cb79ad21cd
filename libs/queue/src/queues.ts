/** Every BullMQ queue of the platform. Names are kebab-case and shared by api and worker. */
export enum QueueName {
  Email = 'email',
  Maintenance = 'maintenance',
  Applications = 'applications',
  Ak1 = 'ak1',
  Vacancies = 'vacancies',
  AssessmentScoring = 'assessment-scoring',
  Matching = 'matching',
  Training = 'training',
  Counselling = 'counselling',
}

/** Every job name; a handler exists for each, checked when the worker starts. */
export enum JobName {
  SendEmail = 'send-email',
  ReconcileOutbox = 'reconcile-outbox',
  PurgeExpiredTokens = 'purge-expired-tokens',
  SweepUnansweredApplications = 'sweep-unanswered-applications',
  RemindAk1Reconfirmation = 'remind-ak1-reconfirmation',
  CloseExpiredVacancies = 'close-expired-vacancies',
  RemindVacancyDeadlines = 'remind-vacancy-deadlines',
  SendSavedSearchDigests = 'send-saved-search-digests',
  ScoreAssessment = 'score-assessment',
  ReconcileAssessments = 'reconcile-assessments',
  ComputeReliability = 'compute-reliability',
  ComputeNorms = 'compute-norms',
  MatchSeeker = 'match-seeker',
  MatchVacancy = 'match-vacancy',
  RebuildMatches = 'rebuild-matches',
  ReconcileMatches = 'reconcile-matches',
  RemindCohortStarts = 'remind-cohort-starts',
  RemindFollowUps = 'remind-follow-ups',
  AssignCaseloads = 'assign-caseloads',
  RefreshRiskProfiles = 'refresh-risk-profiles',
}

/**
 * Payloads carry ids only: Redis keeps job data in clear text, so no personal data goes there.
 */
export interface JobPayloads {
  [JobName.SendEmail]: { outboxEmailId: string };
  [JobName.ReconcileOutbox]: Record<string, never>;
  [JobName.PurgeExpiredTokens]: Record<string, never>;
  [JobName.SweepUnansweredApplications]: Record<string, never>;
  [JobName.RemindAk1Reconfirmation]: Record<string, never>;
  [JobName.CloseExpiredVacancies]: Record<string, never>;
  [JobName.RemindVacancyDeadlines]: Record<string, never>;
  [JobName.SendSavedSearchDigests]: Record<string, never>;
  [JobName.ScoreAssessment]: { assessmentId: string };
  [JobName.ReconcileAssessments]: Record<string, never>;
  [JobName.ComputeReliability]: Record<string, never>;
  [JobName.ComputeNorms]: Record<string, never>;
  [JobName.MatchSeeker]: { seekerId: string };
  [JobName.MatchVacancy]: { vacancyId: string };
  /** `{}`: make sure a full rebuild runs (start one unless one is running). `resume`: only continue a running one. */
  [JobName.RebuildMatches]: { resume?: boolean };
  [JobName.ReconcileMatches]: Record<string, never>;
  [JobName.RemindCohortStarts]: Record<string, never>;
  [JobName.RemindFollowUps]: Record<string, never>;
  [JobName.AssignCaseloads]: Record<string, never>;
  [JobName.RefreshRiskProfiles]: Record<string, never>;
}

/** Which queue carries which job. */
export const JOB_QUEUE = {
  [JobName.SendEmail]: QueueName.Email,
  [JobName.ReconcileOutbox]: QueueName.Maintenance,
  [JobName.PurgeExpiredTokens]: QueueName.Maintenance,
  [JobName.SweepUnansweredApplications]: QueueName.Applications,
  [JobName.RemindAk1Reconfirmation]: QueueName.Ak1,
  [JobName.CloseExpiredVacancies]: QueueName.Vacancies,
  [JobName.RemindVacancyDeadlines]: QueueName.Vacancies,
  [JobName.SendSavedSearchDigests]: QueueName.Vacancies,
  [JobName.ScoreAssessment]: QueueName.AssessmentScoring,
  [JobName.ReconcileAssessments]: QueueName.AssessmentScoring,
  [JobName.ComputeReliability]: QueueName.AssessmentScoring,
  [JobName.ComputeNorms]: QueueName.AssessmentScoring,
  [JobName.MatchSeeker]: QueueName.Matching,
  [JobName.MatchVacancy]: QueueName.Matching,
  [JobName.RebuildMatches]: QueueName.Matching,
  [JobName.ReconcileMatches]: QueueName.Matching,
  [JobName.RemindCohortStarts]: QueueName.Training,
  [JobName.RemindFollowUps]: QueueName.Counselling,
  [JobName.AssignCaseloads]: QueueName.Counselling,
  [JobName.RefreshRiskProfiles]: QueueName.Counselling,
} as const satisfies Record<JobName, QueueName>;

export type JobOf<N extends JobName = JobName> = { [K in N]: { name: K; data: JobPayloads[K] } }[N];

/** A job id built from its data, so that the same work added twice is held once while it waits. */
export function jobIdFor<N extends JobName>(name: N, data: JobPayloads[N]): string | undefined {
  switch (name) {
    case JobName.SendEmail:
      return `${name}-${(data as JobPayloads[JobName.SendEmail]).outboxEmailId}`;
    case JobName.ScoreAssessment:
      return scoreJobId((data as JobPayloads[JobName.ScoreAssessment]).assessmentId);
    default:
      return undefined;
  }
}

/**
 * The scoring job of one submission under one scoring version: the same submission queued twice
 * (the API and the reconciler) is held once. BullMQ accepts a custom id with exactly two colons.
 */
export function scoreJobId(assessmentId: string, scoringVersion: string = CURRENT_SCORING_VERSION): string {
  return `score:${assessmentId}:${scoringVersion}`;
}

/**
 * How long a re-match waits for more edits of the same seeker or vacancy: every add within the
 * window replaces the waiting job and restarts the window (BullMQ's debounce mode), so a burst of
 * edits costs one job, which runs this long after the last edit.
 */
export const MATCH_DEBOUNCE_MS = 250;

/**
 * Options beyond the defaults that a job's name and data call for: re-matches are debounced per
 * seeker or vacancy, and a rebuild step is held once (a request while one waits joins it).
 */
export function jobOptionsFor<N extends JobName>(name: N, data: JobPayloads[N]): { delay?: number; deduplication?: { id: string; ttl?: number; extend?: boolean; replace?: boolean; keepLastIfActive?: boolean } } {
  switch (name) {
    case JobName.MatchSeeker:
      return debounced(`${name}:${(data as JobPayloads[JobName.MatchSeeker]).seekerId}`);
    case JobName.MatchVacancy:
      return debounced(`${name}:${(data as JobPayloads[JobName.MatchVacancy]).vacancyId}`);
    case JobName.RebuildMatches:
      // One waits at a time; one asked for while a step runs (its own continuation) follows it.
      return { deduplication: { id: name, keepLastIfActive: true } };
    default:
      return {};
  }
}

function debounced(id: string) {
  return { delay: MATCH_DEBOUNCE_MS, deduplication: { id, ttl: MATCH_DEBOUNCE_MS, extend: true, replace: true } };
}

/** Kept equal to SCORING_VERSION of the psychometrics library (a unit spec checks it). */
export const CURRENT_SCORING_VERSION = '2026.1';

/** Defaults for every job: retries with exponential backoff; failures kept for inspection, capped by age and count. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 50_000 },
} as const;

/** Repeating jobs the worker schedules at start (BullMQ job schedulers, idempotent by id). */
export const SCHEDULES = [
  { id: 'reconcile-outbox', name: JobName.ReconcileOutbox, queue: QueueName.Maintenance, everySetting: 'reconcile' as const },
  { id: 'purge-expired-tokens', name: JobName.PurgeExpiredTokens, queue: QueueName.Maintenance, everyMs: 6 * 3600 * 1000 },
  // Reminds companies of applications untouched for 10 days and closes those untouched for 60.
  { id: 'sweep-unanswered-applications', name: JobName.SweepUnansweredApplications, queue: QueueName.Applications, everyMs: 3600 * 1000 },
  // Reminders are de-duplicated per card and period, so running more often than daily only narrows the delay.
  { id: 'remind-ak1-reconfirmation', name: JobName.RemindAk1Reconfirmation, queue: QueueName.Ak1, everyMs: 6 * 3600 * 1000 },
  // Hourly, so that a missed run catches up soon; the jobs are idempotent and keep their state in PostgreSQL.
  { id: 'close-expired-vacancies', name: JobName.CloseExpiredVacancies, queue: QueueName.Vacancies, everyMs: 3600 * 1000 },
  { id: 'remind-vacancy-deadlines', name: JobName.RemindVacancyDeadlines, queue: QueueName.Vacancies, everyMs: 3600 * 1000 },
  { id: 'send-saved-search-digests', name: JobName.SendSavedSearchDigests, queue: QueueName.Vacancies, everyMs: 3600 * 1000 },
  // Submitted assessments whose scoring job was lost are queued again (state in PostgreSQL).
  { id: 'reconcile-assessments', name: JobName.ReconcileAssessments, queue: QueueName.AssessmentScoring, everySetting: 'reconcile' as const },
  // Population statistics over valid protocols: nightly is enough, hourly catches up after a restart.
  { id: 'compute-reliability', name: JobName.ComputeReliability, queue: QueueName.AssessmentScoring, everyMs: 6 * 3600 * 1000 },
  { id: 'compute-norms', name: JobName.ComputeNorms, queue: QueueName.AssessmentScoring, everyMs: 24 * 3600 * 1000 },
  // Changes whose re-match was lost, and lists older than their entity or computed under other weights.
  { id: 'reconcile-matches', name: JobName.ReconcileMatches, queue: QueueName.Matching, everySetting: 'reconcile' as const },
  // Nightly at 02:00 WIB, when the province's users sleep: every list recomputed, in resumable chunks.
  { id: 'rebuild-matches', name: JobName.RebuildMatches, queue: QueueName.Matching, pattern: '0 2 * * *', tz: 'Asia/Jakarta' },
  // Reminders are de-duplicated per enrolment and start date, so running every few hours only narrows the delay.
  { id: 'remind-cohort-starts', name: JobName.RemindCohortStarts, queue: QueueName.Training, everyMs: 3 * 3600 * 1000 },
  // Follow-up reminders are de-duplicated per follow-up (state in follow_ups.reminded_at), so hourly only narrows the delay.
  { id: 'remind-follow-ups', name: JobName.RemindFollowUps, queue: QueueName.Counselling, everyMs: 3600 * 1000 },
  // Card holders without a case (an office opened later) and cases waiting for a counsellor, priority first.
  { id: 'assign-caseloads', name: JobName.AssignCaseloads, queue: QueueName.Counselling, everyMs: 15 * 60 * 1000 },
  // Risk scores move with time (months without work, lapsed cards): recomputed nightly at 03:00 WIB, after the re-match.
  { id: 'refresh-risk-profiles', name: JobName.RefreshRiskProfiles, queue: QueueName.Counselling, pattern: '0 3 * * *', tz: 'Asia/Jakarta' },
] as const;
