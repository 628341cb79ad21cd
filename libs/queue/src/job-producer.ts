import type { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUE, jobIdFor, jobOptionsFor, type JobName, type JobPayloads, type QueueName } from './queues.js';

/**
 * Adds jobs to their queue with the platform's defaults. Call it only after the transaction that
 * made the work visible in PostgreSQL has committed; the reconciler covers a failed add.
 */
export class JobProducer {
  constructor(private readonly queues: ReadonlyMap<QueueName, Queue>) {}

  async add<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void> {
    const queue = this.queues.get(JOB_QUEUE[name]);
    if (!queue) throw new Error(`No queue registered for job ${name}`);
    await queue.add(name, data, { ...DEFAULT_JOB_OPTIONS, ...jobOptionsFor(name, data), jobId: jobIdFor(name, data) });
  }

  /**
   * Whether jobs of the queue could run now without a priority (a count, at most one of them
   * delayed): waiting, or delayed (a debounced re-match) with their delay over, which BullMQ promotes
   * only when a worker asks for its next job, so while the only worker is busy they stay delayed.
   * Background work waits prioritized and is not counted.
   */
  async ready(name: QueueName): Promise<number> {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`No queue ${name} registered`);
    // Delayed jobs come earliest-due first.
    const [waiting, [next]] = await Promise.all([queue.getWaitingCount(), queue.getDelayed(0, 0)]);
    return waiting + (next && next.timestamp + next.delay <= Date.now() ? 1 : 0);
  }

  async addBulk<N extends JobName>(name: N, items: JobPayloads[N][]): Promise<void> {
    if (items.length === 0) return;
    const queue = this.queues.get(JOB_QUEUE[name]);
    if (!queue) throw new Error(`No queue registered for job ${name}`);
    await queue.addBulk(items.map((data) => ({ name, data, opts: { ...DEFAULT_JOB_OPTIONS, ...jobOptionsFor(name, data), jobId: jobIdFor(name, data) } })));
  }
}
