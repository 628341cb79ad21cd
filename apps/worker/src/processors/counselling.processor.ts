import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { followUpDueNotification, reminderHorizon, wibDate } from '#domain';
import { NotificationWriter, OutboxService, assignWaitingCases, openCaseOnCardIssue, refreshRisks } from '#platform';
import { JobName, QueueName } from '#queue';
import type { JobHandlerSet } from './handler-set.js';

const BATCH = 500;

/** Counselling upkeep: reminds counsellors of follow-ups that come due, and keeps caseloads assigned. */
@Processor(QueueName.Counselling)
export class CounsellingProcessor extends WorkerHost implements JobHandlerSet {
  readonly queue = QueueName.Counselling;
  readonly handles = [JobName.RemindFollowUps, JobName.AssignCaseloads, JobName.RefreshRiskProfiles];
  private readonly logger = new Logger(CounsellingProcessor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.RemindFollowUps:
        return this.remindFollowUps(new Date());
      case JobName.AssignCaseloads:
        return this.assignCaseloads();
      case JobName.RefreshRiskProfiles:
        return this.refreshRiskProfiles(new Date());
      default:
        throw new Error(`CounsellingProcessor cannot handle ${job.name}`);
    }
  }

  /**
   * Notifies the counsellor of each open case's follow-up that is due within the reminder window or
   * overdue, once: `reminded_at` is set in the notification's transaction (and the notification has
   * a dedupe key per follow-up), so a job that runs twice, or two workers at once, notify once.
   */
  async remindFollowUps(now: Date): Promise<{ notified: number }> {
    const today = wibDate(now);
    const horizon = reminderHorizon(today);
    let notified = 0;
    for (;;) {
      const { count, outboxIds } = await this.db.transaction(async (manager) => {
        const due: Array<{ id: string; due_on: string; counsellor_id: string; seeker_id: string; full_name: string }> = await manager.query(
          `SELECT f.id, to_char(f.due_on, 'YYYY-MM-DD') AS due_on, k.counsellor_id, k.seeker_id, u.full_name
             FROM follow_ups f JOIN cases k ON k.id = f.case_id JOIN users u ON u.id = k.seeker_id
            WHERE f.done_at IS NULL AND f.reminded_at IS NULL AND f.due_on <= $1::date
              AND k.status = 'open' AND k.counsellor_id IS NOT NULL
            ORDER BY f.due_on, f.id
            LIMIT ${BATCH}
            FOR UPDATE OF f SKIP LOCKED`,
          [horizon],
        );
        if (due.length === 0) return { count: 0, outboxIds: [] as string[] };
        await manager.query(`UPDATE follow_ups SET reminded_at = now() WHERE id = ANY($1::uuid[])`, [due.map((row) => row.id)]);
        const outboxIds = await this.notifications.write(
          manager,
          due.map((row) =>
            followUpDueNotification({ counsellorId: row.counsellor_id, followUpId: row.id, seekerId: row.seeker_id, seekerName: row.full_name, dueOn: row.due_on, overdue: row.due_on < today }),
          ),
        );
        return { count: due.length, outboxIds };
      });
      await this.outbox.dispatch(outboxIds);
      notified += count;
      if (count < BATCH) break;
    }
    if (notified > 0) this.logger.log(`Follow-up reminders: ${notified}`);
    return { notified };
  }

  /** Recomputes the risk of every open case in batches (each its own statement; a rerun is harmless). */
  async refreshRiskProfiles(now: Date): Promise<{ changed: number }> {
    const today = wibDate(now);
    let after = '00000000-0000-0000-0000-000000000000';
    let changed = 0;
    for (;;) {
      const batch = await refreshRisks(this.db, today, after, 1000);
      if (!batch.last) break;
      changed += batch.changed;
      after = batch.last;
    }
    if (changed > 0) this.logger.log(`Risk profiles recomputed: ${changed} changed`);
    return { changed };
  }

  /**
   * Opens cases for holders of a valid AK/1 card who never had one (their regency's office opened
   * after the card), then hands every office's waiting cases to its counsellors, priority first.
   */
  async assignCaseloads(): Promise<{ opened: number; assigned: number }> {
    let opened = 0;
    for (;;) {
      const holders: Array<{ seeker_id: string; issued_on: string }> = await this.db.query(
        `SELECT c.seeker_id, to_char(c.issued_on, 'YYYY-MM-DD') AS issued_on
           FROM ak1_cards c
           JOIN job_seekers s ON s.user_id = c.seeker_id AND s.status = 'active'
           JOIN counselling_offices o ON o.regency_code = s.domicile_regency_code
          WHERE c.valid_until >= (now() AT TIME ZONE 'Asia/Jakarta')::date
            AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.seeker_id = c.seeker_id)
          LIMIT ${BATCH}`,
      );
      for (const holder of holders) {
        await this.db.transaction(async (manager) => {
          await manager.query(`SELECT 1 FROM job_seekers WHERE user_id = $1 FOR UPDATE`, [holder.seeker_id]);
          if (await openCaseOnCardIssue(manager, holder.seeker_id, holder.issued_on)) opened += 1;
        });
      }
      if (holders.length < BATCH) break;
    }
    let assigned = 0;
    const offices: Array<{ office_id: string }> = await this.db.query(`SELECT DISTINCT office_id FROM cases WHERE status = 'open' AND counsellor_id IS NULL`);
    for (const office of offices) {
      assigned += (await this.db.transaction((manager) => assignWaitingCases(manager, office.office_id))).length;
    }
    if (opened + assigned > 0) this.logger.log(`Caseloads: ${opened} case(s) opened, ${assigned} assigned`);
    return { opened, assigned };
  }
}
