import { Injectable, Logger } from '@nestjs/common';
import { markMatchChanges, type MatchChangeKind, type SqlRunner } from '#persistence';
import { JobName, JobProducer } from '#queue';

/**
 * Keeps recommendations fresh: `mark` records, inside the transaction that changed a seeker or a
 * vacancy, that it must be matched again; `dispatch` queues the debounced re-match after commit.
 * If Redis is down at that moment the row stays and the matching reconciler queues it later.
 */
@Injectable()
export class MatchChanges {
  private readonly logger = new Logger(MatchChanges.name);

  constructor(private readonly jobs: JobProducer) {}

  /** In the caller's transaction. */
  mark(db: SqlRunner, kind: MatchChangeKind, ids: readonly string[]): Promise<void> {
    return markMatchChanges(db, kind, ids);
  }

  /** After commit: one debounced job per id (a burst of edits of one profile is one job). */
  async dispatch(kind: MatchChangeKind, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    try {
      if (kind === 'seeker') await this.jobs.addBulk(JobName.MatchSeeker, unique.map((seekerId) => ({ seekerId })));
      else await this.jobs.addBulk(JobName.MatchVacancy, unique.map((vacancyId) => ({ vacancyId })));
    } catch (error) {
      this.logger.warn(`Could not queue the re-match of ${unique.length} ${kind}(s); the reconciler will: ${(error as Error).message}`);
    }
  }
}
