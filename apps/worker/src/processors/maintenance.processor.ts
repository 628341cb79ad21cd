import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobName, JobProducer, QueueName, jobIdFor } from '#queue';
import type { JobHandlerSet } from './handler-set.js';
import { OutboxRepository } from './outbox.repository.js';

// A row younger than this is normally being enqueued by the request that wrote it.
const RECONCILE_GRACE_SECONDS = 30;
const RECONCILE_BATCH = 1_000;

/** Scheduled upkeep: re-queues work PostgreSQL says is pending but Redis lost; purges expired data. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements JobHandlerSet {
  readonly queue = QueueName.Maintenance;
  readonly handles = [JobName.ReconcileOutbox, JobName.PurgeExpiredTokens];
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly jobs: JobProducer,
    @InjectQueue(QueueName.Email) private readonly emailQueue: Queue,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.ReconcileOutbox:
        return this.reconcileOutbox(RECONCILE_GRACE_SECONDS);
      case JobName.PurgeExpiredTokens:
        return this.outbox.purgeExpired();
      default:
        throw new Error(`MaintenanceProcessor cannot handle ${job.name}`);
    }
  }

  /** For each pending e-mail: its job waits or runs (leave it), is gone (add it again), or ended without updating the row (settle it). */
  async reconcileOutbox(graceSeconds: number): Promise<{ checked: number; requeued: number; settled: number }> {
    const ids = await this.outbox.pendingOlderThan(graceSeconds, RECONCILE_BATCH);
    const lost: string[] = [];
    let settled = 0;
    for (const id of ids) {
      const jobId = jobIdFor(JobName.SendEmail, { outboxEmailId: id })!;
      const existing = await this.emailQueue.getJob(jobId);
      if (!existing) {
        lost.push(id);
        continue;
      }
      const state = await existing.getState();
      if (state === 'failed') {
        await this.outbox.markFailed(id, existing.failedReason ?? 'failed');
        settled += 1;
      } else if (state === 'completed' || state === 'unknown') {
        // Finished without marking the row (a crash in between): run it again; the handler is idempotent.
        await existing.remove().catch(() => undefined);
        lost.push(id);
      }
    }
    if (lost.length > 0) {
      await this.jobs.addBulk(JobName.SendEmail, lost.map((outboxEmailId) => ({ outboxEmailId })));
      await this.outbox.markEnqueued(lost);
      this.logger.log(`Re-queued ${lost.length} e-mail(s) whose job was lost`);
    }
    return { checked: ids.length, requeued: lost.length, settled };
  }
}
