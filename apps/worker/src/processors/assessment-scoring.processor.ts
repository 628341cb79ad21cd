import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { scoreSubmissions, unscoredSubmissions, type ScoringOutcome } from '#persistence';
import { MatchChanges } from '#platform';
import { JobName, JobProducer, QueueName, scoreJobId, type JobPayloads } from '#queue';
import { AssessmentStatisticsRepository } from './assessment-statistics.repository.js';
import type { JobHandlerSet } from './handler-set.js';

// Jobs taken at once: each waits at most BATCH_WAIT_MS for others, and one read and one write
// transaction score the whole batch. Several batches are in flight at a time, so that the worker
// keeps taking jobs from Redis while PostgreSQL writes the previous batch.
const SCORING_CONCURRENCY = 1_000;
const MAX_BATCH = 250;
const BATCH_WAIT_MS = 4;
// A submission younger than this is normally being enqueued by the request that made it.
const RECONCILE_GRACE_SECONDS = 30;
const RECONCILE_BATCH = 5_000;

interface Waiting {
  id: string;
  resolve: (outcome: ScoringOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Scores submitted assessments (queue `assessment-scoring`). Each job is one submission; jobs that
 * arrive together are scored as one batch. Exactly once in effect: the result insert is an upsert on
 * (assessment, scoring version) and the status moves only from `submitted`. A malformed instrument or
 * answer set is recorded as a scoring failure and its job fails without retries (UnrecoverableError).
 * Also runs the reconciler and the population jobs (reliability, norms).
 */
// Jobs take milliseconds; a short lock lets a crashed worker's jobs be taken up again within seconds.
@Processor(QueueName.AssessmentScoring, { lockDuration: 10_000, stalledInterval: 5_000 })
export class AssessmentScoringProcessor extends WorkerHost implements OnModuleInit, JobHandlerSet {
  readonly queue = QueueName.AssessmentScoring;
  readonly handles = [JobName.ScoreAssessment, JobName.ReconcileAssessments, JobName.ComputeReliability, JobName.ComputeNorms];
  private readonly logger = new Logger(AssessmentScoringProcessor.name);
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobProducer,
    private readonly statistics: AssessmentStatisticsRepository,
    @InjectQueue(QueueName.AssessmentScoring) private readonly scoringQueue: Queue,
    private readonly matchChanges: MatchChanges,
  ) {
    super();
  }

  onModuleInit(): void {
    this.worker.concurrency = SCORING_CONCURRENCY;
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.ScoreAssessment:
        return this.score((job.data as JobPayloads[JobName.ScoreAssessment]).assessmentId);
      case JobName.ReconcileAssessments:
        return this.reconcile(RECONCILE_GRACE_SECONDS);
      case JobName.ComputeReliability:
        return this.statistics.computeReliability();
      case JobName.ComputeNorms:
        return this.statistics.computeNorms();
      default:
        throw new Error(`AssessmentScoringProcessor cannot handle ${job.name}`);
    }
  }

  private async score(assessmentId: string): Promise<string> {
    const outcome = await new Promise<ScoringOutcome>((resolve, reject) => {
      this.waiting.push({ id: assessmentId, resolve, reject });
      if (this.waiting.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), BATCH_WAIT_MS);
    });
    if (outcome.outcome === 'failed') {
      this.logger.warn(`Assessment ${assessmentId} could not be scored and is kept for inspection: ${outcome.message}`);
      throw new UnrecoverableError(outcome.message);
    }
    return outcome.outcome === 'scored' ? `scored ${outcome.status}` : outcome.outcome;
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    const ids = [...new Set(batch.map((entry) => entry.id))];
    scoreSubmissions(this.db, ids)
      .then(async (outcomes) => {
        // A stored interest result changes the seeker's job list: the re-match was marked with the
        // result; queue it now that it is committed.
        const seekers = [...outcomes.values()].flatMap((outcome) => (outcome.outcome === 'scored' && outcome.rematchSeekerId ? [outcome.rematchSeekerId] : []));
        await this.matchChanges.dispatch('seeker', seekers);
        return outcomes;
      })
      .then(
        (outcomes) => batch.forEach((entry) => entry.resolve(outcomes.get(entry.id) ?? { outcome: 'missing' })),
        (error: unknown) => batch.forEach((entry) => entry.reject(error)),
      );
  }

  /**
   * Submitted assessments older than the grace period whose job is gone (Redis lost it) are queued
   * again; a job that ended (completed or failed) while its row is still `submitted` is replaced.
   */
  async reconcile(graceSeconds: number): Promise<{ checked: number; requeued: number }> {
    const ids = await unscoredSubmissions(this.db, graceSeconds, RECONCILE_BATCH);
    if (ids.length === 0) return { checked: 0, requeued: 0 };
    const lost: string[] = [];
    for (let from = 0; from < ids.length; from += 500) {
      const chunk = ids.slice(from, from + 500);
      // Concurrent commands share one connection and travel pipelined.
      const states = await Promise.all(chunk.map((id) => this.scoringQueue.getJobState(scoreJobId(id))));
      for (const [index, id] of chunk.entries()) {
        const state = states[index];
        if (state === 'unknown') lost.push(id);
        else if (state === 'completed' || state === 'failed') {
          await this.scoringQueue.remove(scoreJobId(id)).catch(() => undefined);
          lost.push(id);
        }
      }
    }
    if (lost.length > 0) {
      await this.jobs.addBulk(JobName.ScoreAssessment, lost.map((assessmentId) => ({ assessmentId })));
      this.logger.log(`Re-queued ${lost.length} submitted assessment(s) whose scoring job was lost`);
    }
    return { checked: ids.length, requeued: lost.length };
  }
}
