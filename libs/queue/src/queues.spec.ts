import { CURRENT_SCORING_VERSION, JOB_QUEUE, JobName, MATCH_DEBOUNCE_MS, QueueName, SCHEDULES, jobIdFor, jobOptionsFor, scoreJobId } from './queues.js';

describe('queue contracts', () => {
  it('puts every job on a queue', () => {
    for (const name of Object.values(JobName)) expect(Object.values(QueueName)).toContain(JOB_QUEUE[name]);
  });

  it('builds the e-mail job id from the outbox id, so adding it twice holds one job', () => {
    expect(jobIdFor(JobName.SendEmail, { outboxEmailId: 'abc' })).toBe('send-email-abc');
    expect(jobIdFor(JobName.SendEmail, { outboxEmailId: 'abc' })).toBe(jobIdFor(JobName.SendEmail, { outboxEmailId: 'abc' }));
  });
});

describe('assessment scoring jobs', () => {
  it('builds the job id from the submission and the scoring version, in a form BullMQ accepts', async () => {
    expect(scoreJobId('a1b2')).toBe(`score:a1b2:${CURRENT_SCORING_VERSION}`);
    expect(scoreJobId('a1b2', '2027.1')).toBe('score:a1b2:2027.1');
    expect(jobIdFor(JobName.ScoreAssessment, { assessmentId: 'a1b2' })).toBe(scoreJobId('a1b2'));
    expect(scoreJobId('a1b2').split(':')).toHaveLength(3);
  });

  it('uses the scoring version of the psychometrics library', async () => {
    const { psychometrics } = await import('#persistence');
    expect(CURRENT_SCORING_VERSION).toBe(psychometrics.SCORING_VERSION);
  });
});

describe('matching jobs', () => {
  it('debounces a re-match per seeker and per vacancy: a later add within the window replaces the waiting job and restarts its delay', () => {
    const seeker = jobOptionsFor(JobName.MatchSeeker, { seekerId: 's1' });
    expect(seeker).toEqual({ delay: MATCH_DEBOUNCE_MS, deduplication: { id: 'match-seeker:s1', ttl: MATCH_DEBOUNCE_MS, extend: true, replace: true } });
    expect(jobOptionsFor(JobName.MatchVacancy, { vacancyId: 'v1' }).deduplication?.id).toBe('match-vacancy:v1');
    expect(jobOptionsFor(JobName.MatchSeeker, { seekerId: 's2' }).deduplication?.id).not.toBe(seeker.deduplication?.id);
  });

  it('holds one rebuild step waiting, and one asked for while a step runs follows it', () => {
    expect(jobOptionsFor(JobName.RebuildMatches, {})).toEqual({ deduplication: { id: 'rebuild-matches', keepLastIfActive: true } });
    expect(jobOptionsFor(JobName.ReconcileMatches, {})).toEqual({});
  });

  it('schedules the matching reconciler with the other reconcilers and the rebuild at night in WIB', () => {
    const schedules = SCHEDULES as readonly Record<string, unknown>[];
    expect(schedules.find((schedule) => schedule.id === 'reconcile-matches')).toMatchObject({ queue: QueueName.Matching, everySetting: 'reconcile' });
    expect(schedules.find((schedule) => schedule.id === 'rebuild-matches')).toMatchObject({ queue: QueueName.Matching, pattern: '0 2 * * *', tz: 'Asia/Jakarta' });
  });
});

describe('counselling jobs', () => {
  it('schedules follow-up reminders hourly and caseload assignment every 15 minutes on the counselling queue', () => {
    const schedules = SCHEDULES as readonly Record<string, unknown>[];
    expect(schedules.find((schedule) => schedule.id === 'remind-follow-ups')).toMatchObject({ name: JobName.RemindFollowUps, queue: QueueName.Counselling, everyMs: 3600 * 1000 });
    expect(schedules.find((schedule) => schedule.id === 'assign-caseloads')).toMatchObject({ name: JobName.AssignCaseloads, queue: QueueName.Counselling, everyMs: 15 * 60 * 1000 });
    expect(JOB_QUEUE[JobName.RemindFollowUps]).toBe(QueueName.Counselling);
  });
});
