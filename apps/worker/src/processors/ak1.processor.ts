import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AK1_REMINDER_DAYS, addDays, ak1ReminderNotification, wibDate } from '#domain';
import { NotificationWriter, OutboxService } from '#platform';
import { JobName, QueueName } from '#queue';
import type { JobHandlerSet } from './handler-set.js';

const BATCH = 500;

/** AK/1 upkeep: reminds holders whose re-confirmation is due within the window or overdue. */
@Processor(QueueName.Ak1)
export class Ak1Processor extends WorkerHost implements JobHandlerSet {
  readonly queue = QueueName.Ak1;
  readonly handles = [JobName.RemindAk1Reconfirmation];
  private readonly logger = new Logger(Ak1Processor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.RemindAk1Reconfirmation:
        return this.remindReconfirmations(new Date());
      default:
        throw new Error(`Ak1Processor cannot handle ${job.name}`);
    }
  }

  /**
   * Notifies each holder of a current card (the newest, not expired) whose re-confirmation is due
   * within AK1_REMINDER_DAYS or overdue. Idempotent: the notification's dedupe key is per card,
   * period and phase, and cards already notified are skipped in the query.
   */
  async remindReconfirmations(now: Date): Promise<{ notified: number }> {
    const today = wibDate(now);
    const horizon = addDays(today, AK1_REMINDER_DAYS);
    let after = '00000000-0000-0000-0000-000000000000';
    let notified = 0;
    for (;;) {
      const cards: Array<{ id: string; seeker_id: string; number: string; reconfirm_by: string }> = await this.db.query(
        `SELECT c.id, c.seeker_id, c.number, c.reconfirm_by::text AS reconfirm_by
           FROM ak1_cards c
          WHERE c.valid_until >= $1::date AND c.reconfirm_by <= $2::date AND c.id > $3
            AND NOT EXISTS (SELECT 1 FROM ak1_cards newer WHERE newer.seeker_id = c.seeker_id AND newer.issued_on > c.issued_on)
            AND NOT EXISTS (
              SELECT 1 FROM notifications n
               WHERE n.user_id = c.seeker_id
                 AND n.dedupe_key = 'ak1-reconfirm:' || c.id || ':' || c.reconfirm_by::text || CASE WHEN c.reconfirm_by < $1::date THEN ':overdue' ELSE ':due' END)
          ORDER BY c.id
          LIMIT ${BATCH}`,
        [today, horizon, after],
      );
      if (cards.length === 0) break;
      const outboxIds = await this.db.transaction((manager) =>
        this.notifications.write(
          manager,
          cards.map((card) => ak1ReminderNotification({ id: card.id, seekerId: card.seeker_id, number: card.number, reconfirmBy: card.reconfirm_by }, today)),
        ),
      );
      await this.outbox.dispatch(outboxIds);
      notified += cards.length;
      after = cards[cards.length - 1].id;
      if (cards.length < BATCH) break;
    }
    if (notified > 0) this.logger.log(`AK/1 re-confirmation reminders: ${notified}`);
    return { notified };
  }
}
