import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { COHORT_START_REMINDER_DAYS, addDays, cohortStartReminderNotification, wibDate } from '#domain';
import { NotificationWriter, OutboxService } from '#platform';
import { JobName, QueueName } from '#queue';
import type { JobHandlerSet } from './handler-set.js';

const BATCH = 500;

/** Training upkeep: reminds accepted trainees that their cohort starts soon. */
@Processor(QueueName.Training)
export class TrainingProcessor extends WorkerHost implements JobHandlerSet {
  readonly queue = QueueName.Training;
  readonly handles = [JobName.RemindCohortStarts];
  private readonly logger = new Logger(TrainingProcessor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.RemindCohortStarts:
        return this.remindCohortStarts(new Date());
      default:
        throw new Error(`TrainingProcessor cannot handle ${job.name}`);
    }
  }

  /**
   * Notifies each accepted trainee of an open cohort starting within COHORT_START_REMINDER_DAYS.
   * Idempotent: the dedupe key is per enrolment and start date, and those notified are skipped.
   */
  async remindCohortStarts(now: Date): Promise<{ notified: number }> {
    const today = wibDate(now);
    const horizon = addDays(today, COHORT_START_REMINDER_DAYS);
    let after = '00000000-0000-0000-0000-000000000000';
    let notified = 0;
    for (;;) {
      const rows: Array<{ id: string; seeker_id: string; title: string; starts_on: string; address: string }> = await this.db.query(
        `SELECT e.id, e.seeker_id, p.title, k.starts_on::text AS starts_on, coalesce(p.address, c.address) AS address
           FROM enrolments e
           JOIN training_cohorts k ON k.id = e.cohort_id
           JOIN training_programmes p ON p.id = k.programme_id
           JOIN training_centres c ON c.id = p.centre_id
          WHERE e.status = 'accepted' AND k.status = 'open' AND k.starts_on BETWEEN $1::date AND $2::date AND e.id > $3
            AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = e.seeker_id AND n.dedupe_key = 'cohort-start:' || e.id || ':' || k.starts_on::text)
          ORDER BY e.id
          LIMIT ${BATCH}`,
        [today, horizon, after],
      );
      if (rows.length === 0) break;
      const outboxIds = await this.db.transaction((manager) =>
        this.notifications.write(
          manager,
          rows.map((row) => cohortStartReminderNotification({ enrolmentId: row.id, seekerId: row.seeker_id, programmeTitle: row.title, startsOn: row.starts_on, address: row.address })),
        ),
      );
      await this.outbox.dispatch(outboxIds);
      notified += rows.length;
      after = rows[rows.length - 1].id;
      if (rows.length < BATCH) break;
    }
    if (notified > 0) this.logger.log(`Cohort start reminders: ${notified}`);
    return { notified };
  }
}
