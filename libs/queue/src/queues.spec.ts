import { CURRENT_SCORING_VERSION, JOB_QUEUE, JobName, QueueName, jobIdFor, scoreJobId } from './queues.js';

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
