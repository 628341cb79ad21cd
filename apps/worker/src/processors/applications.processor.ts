import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import {
  CLOSE_UNANSWERED_AFTER_DAYS,
  statusChangedNotification,
  unansweredAction,
  unansweredReminderNotification,
  type NotificationInput,
} from '#domain';
import { NotificationWriter, OutboxService } from '#platform';
import { JobName, QueueName } from '#queue';
import type { JobHandlerSet } from './handler-set.js';
import { UnansweredApplicationsRepository, type IdleApplication } from './unanswered-applications.repository.js';

const SWEEP_BATCH = 200;

/**
 * Keeps applications from waiting forever: reminds the company's members of one untouched for
 * 10 days, and closes it as not answered (telling the seeker) at 60. Everything it decides comes
 * from timestamps in PostgreSQL, and notifications carry dedupe keys, so running it twice is harmless.
 */
@Processor(QueueName.Applications)
export class ApplicationsProcessor extends WorkerHost implements JobHandlerSet {
  readonly queue = QueueName.Applications;
  readonly handles = [JobName.SweepUnansweredApplications];
  private readonly logger = new Logger(ApplicationsProcessor.name);

  constructor(
    private readonly repository: UnansweredApplicationsRepository,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== JobName.SweepUnansweredApplications) throw new Error(`ApplicationsProcessor cannot handle ${job.name}`);
    return this.sweepUnanswered();
  }

  async sweepUnanswered(): Promise<{ reminded: number; closed: number }> {
    let reminded = 0;
    let closed = 0;
    for (;;) {
      const { batch, outboxIds, counts } = await this.repository.transaction(async (db) => {
        const rows = await this.repository.lockIdle(db, CLOSE_UNANSWERED_AFTER_DAYS, SWEEP_BATCH);
        const notifications: NotificationInput[] = [];
        const tally = { reminded: 0, closed: 0 };
        for (const row of rows) {
          const action = unansweredAction(row.last_activity_at, row.reminded_for, row.db_now);
          const context = contextOf(row);
          if (action === 'close') {
            await this.repository.closeAsNotAnswered(db, row);
            notifications.push({ ...statusChangedNotification(row.seeker_id, context, 'not_answered'), dedupeKey: `application-not-answered:${row.id}` });
            tally.closed += 1;
          } else if (action === 'remind') {
            const stall = String(row.last_activity_at.getTime());
            for (const memberId of await this.repository.memberIds(db, row.employer_id)) {
              notifications.push(unansweredReminderNotification(memberId, context, stall));
            }
            await this.repository.markReminded(db, row.id);
            tally.reminded += 1;
          }
        }
        return { batch: rows.length, outboxIds: await this.notifications.write(db, notifications), counts: tally };
      });
      await this.outbox.dispatch(outboxIds);
      reminded += counts.reminded;
      closed += counts.closed;
      if (batch < SWEEP_BATCH || counts.reminded + counts.closed === 0) break;
    }
    if (reminded + closed > 0) this.logger.log(`Unanswered applications: ${reminded} reminded, ${closed} closed as not answered`);
    return { reminded, closed };
  }
}

function contextOf(row: IdleApplication) {
  return { applicationId: row.id, vacancyTitle: row.vacancy_title, employerName: row.employer_name };
}
