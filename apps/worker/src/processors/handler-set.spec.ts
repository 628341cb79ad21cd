import { JobName, QueueName } from '#queue';
import { assertEveryJobHandled } from './handler-set.js';

describe('assertEveryJobHandled', () => {
  const complete = [
    { queue: QueueName.Email, handles: [JobName.SendEmail] },
    { queue: QueueName.Maintenance, handles: [JobName.ReconcileOutbox, JobName.PurgeExpiredTokens] },
    { queue: QueueName.Applications, handles: [JobName.SweepUnansweredApplications] },
    { queue: QueueName.Ak1, handles: [JobName.RemindAk1Reconfirmation] },
  ];

  it('accepts a complete set', () => {
    expect(() => assertEveryJobHandled(complete)).not.toThrow();
  });

  it('names a job without a handler', () => {
    expect(() => assertEveryJobHandled([complete[0], complete[2]])).toThrow(/no handler for job "reconcile-outbox"/);
  });

  it('names a handler on the wrong queue', () => {
    expect(() => assertEveryJobHandled([{ queue: QueueName.Maintenance, handles: [JobName.SendEmail] }, complete[1], complete[2]])).toThrow(
      /belongs to queue "email"/,
    );
  });
});
