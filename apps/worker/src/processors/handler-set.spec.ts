import { JOB_QUEUE, JobName, QueueName } from '#queue';
import { assertEveryJobHandled } from './handler-set.js';

describe('assertEveryJobHandled', () => {
  // One handler set per queue, as the worker has (email first, maintenance second).
  const complete = Object.values(QueueName).map((queue) => ({ queue, handles: Object.values(JobName).filter((name) => JOB_QUEUE[name] === queue) }));

  it('accepts a complete set', () => {
    expect(() => assertEveryJobHandled(complete)).not.toThrow();
  });

  it('names a job without a handler', () => {
    expect(() => assertEveryJobHandled([complete[0]])).toThrow(/no handler for job "reconcile-outbox"/);
  });

  it('names a handler on the wrong queue', () => {
    expect(() => assertEveryJobHandled([{ queue: QueueName.Maintenance, handles: [JobName.SendEmail] }, complete[1]])).toThrow(
      /belongs to queue "email"/,
    );
  });
});
