import { JOB_QUEUE, JobName, QueueName, jobIdFor } from './queues.js';

describe('queue contracts', () => {
  it('puts every job on a queue', () => {
    for (const name of Object.values(JobName)) expect(Object.values(QueueName)).toContain(JOB_QUEUE[name]);
  });

  it('builds the e-mail job id from the outbox id, so adding it twice holds one job', () => {
    expect(jobIdFor(JobName.SendEmail, { outboxEmailId: 'abc' })).toBe('send-email-abc');
    expect(jobIdFor(JobName.SendEmail, { outboxEmailId: 'abc' })).toBe(jobIdFor(JobName.SendEmail, { outboxEmailId: 'abc' }));
  });
});
