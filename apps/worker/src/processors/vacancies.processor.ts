import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DEADLINE_REMINDER_DAYS, type VacancyFilter } from '#domain';
import { vacancyFilterSql } from '#persistence';
import { MatchChanges, NotificationWriter, OutboxService } from '#platform';
import { JobName, QueueName } from '#queue';
import type { JobHandlerSet } from './handler-set.js';

// Deadlines are calendar days in Central Java (WIB), whatever the database server's time zone.
const TODAY = `(now() AT TIME ZONE 'Asia/Jakarta')::date`;

const DIGEST_BATCH = 200;
const DIGEST_TITLES = 5;

/**
 * Scheduled vacancy upkeep: closes published vacancies past their deadline, reminds the company
 * before the deadline, and sends the daily digest of each saved search. Every job is idempotent:
 * what is still to do is read from PostgreSQL, and notifications carry a dedupe key.
 */
@Processor(QueueName.Vacancies)
export class VacanciesProcessor extends WorkerHost implements JobHandlerSet {
  readonly queue = QueueName.Vacancies;
  readonly handles = [JobName.CloseExpiredVacancies, JobName.RemindVacancyDeadlines, JobName.SendSavedSearchDigests];
  private readonly logger = new Logger(VacanciesProcessor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
    private readonly matchChanges: MatchChanges,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.CloseExpiredVacancies:
        return this.closeExpired();
      case JobName.RemindVacancyDeadlines:
        return this.remindDeadlines();
      case JobName.SendSavedSearchDigests:
        return this.sendDigests();
      default:
        throw new Error(`VacanciesProcessor cannot handle ${job.name}`);
    }
  }

  /** Published vacancies whose deadline has passed become closed, and leave every recommendation. */
  async closeExpired(): Promise<{ closed: number }> {
    const ids = await this.db.transaction(async (db) => {
      const [rows]: [{ id: string }[], number] = await db.query(
        `UPDATE vacancies SET status = 'closed', closed_at = now(), updated_at = now() WHERE status = 'published' AND deadline < ${TODAY} RETURNING id`,
      );
      const closed = rows.map((row) => row.id);
      await this.matchChanges.mark(db, 'vacancy', closed);
      return closed;
    });
    await this.matchChanges.dispatch('vacancy', ids);
    if (ids.length > 0) this.logger.log(`Closed ${ids.length} vacancies past their deadline`);
    return { closed: ids.length };
  }

  /** Each member of the company hears once per vacancy and deadline, when it is 3 days away or less. */
  async remindDeadlines(): Promise<{ notified: number }> {
    const due: { vacancy_id: string; title: string; deadline: string; user_id: string; days_left: number }[] = await this.db.query(
      `SELECT v.id AS vacancy_id, v.title, to_char(v.deadline, 'YYYY-MM-DD') AS deadline, m.user_id, (v.deadline - ${TODAY}) AS days_left
         FROM vacancies v JOIN employer_members m ON m.employer_id = v.employer_id
        WHERE v.status = 'published' AND v.deadline BETWEEN ${TODAY} AND ${TODAY} + $1::int
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = m.user_id
                          AND n.dedupe_key = 'vacancy-deadline:' || v.id || ':' || to_char(v.deadline, 'YYYY-MM-DD'))
        LIMIT 5000`,
      [DEADLINE_REMINDER_DAYS],
    );
    if (due.length === 0) return { notified: 0 };
    const outboxIds = await this.db.transaction((db) =>
      this.notifications.write(
        db,
        due.map((row) => ({
          userId: row.user_id,
          kind: 'vacancy_deadline' as const,
          link: `/employer/vacancies/${row.vacancy_id}`,
          dedupeKey: `vacancy-deadline:${row.vacancy_id}:${row.deadline}`,
          title: { id: `Lowongan "${row.title}" segera ditutup`, en: `"${row.title}" closes soon` },
          body: {
            id: `Lowongan "${row.title}" ditutup pada ${row.deadline} (${row.days_left} hari lagi). Perpanjang batas waktunya jika Anda masih mencari pelamar.`,
            en: `"${row.title}" closes on ${row.deadline} (in ${row.days_left} days). Extend the deadline if you are still looking for applicants.`,
          },
        })),
      ),
    );
    await this.outbox.dispatch(outboxIds);
    return { notified: due.length };
  }

  /** One digest per saved search and day, of the vacancies published since the previous one. */
  async sendDigests(): Promise<{ searches: number; notified: number }> {
    let searches = 0;
    let notified = 0;
    for (;;) {
      const result = await this.db.transaction(async (db) => {
        const batch: { id: string; user_id: string; name: string; query: VacancyFilter; last_digest_at: Date; today: string }[] = await db.query(
          `SELECT id, user_id, name, query, last_digest_at, to_char(${TODAY}, 'YYYY-MM-DD') AS today FROM saved_searches
            WHERE last_digest_on IS NULL OR last_digest_on < ${TODAY}
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [DIGEST_BATCH],
        );
        const outboxIds: string[] = [];
        let sent = 0;
        for (const search of batch) {
          let matches: { title: string; total: number }[] = [];
          try {
            const filter = await vacancyFilterSql(db, search.query, [search.last_digest_at]);
            matches = await db.query(
              `SELECT v.title, count(*) OVER ()::int AS total FROM vacancies v
                WHERE ${filter.conditions.join(' AND ')} AND v.published_at > $1
                ORDER BY v.published_at DESC LIMIT ${DIGEST_TITLES}`,
              filter.params,
            );
          } catch (error) {
            // A filter that no longer resolves (a region removed from the reference data) sends nothing.
            this.logger.warn(`Saved search ${search.id} skipped: ${(error as Error).message}`);
          }
          if (matches.length > 0) {
            const total = matches[0].total;
            const titles = matches.map((match) => `- ${match.title}`).join('\n');
            const more = total > matches.length ? total - matches.length : 0;
            outboxIds.push(
              ...(await this.notifications.write(db, {
                userId: search.user_id,
                kind: 'saved_search_alert',
                link: `/vacancies?savedSearch=${search.id}`,
                dedupeKey: `saved-search:${search.id}:${search.today}`,
                title: { id: `${total} lowongan baru: ${search.name}`, en: `${total} new ${total === 1 ? 'vacancy' : 'vacancies'}: ${search.name}` },
                body: {
                  id: `Lowongan baru untuk pencarian "${search.name}":\n${titles}${more ? `\n…dan ${more} lainnya` : ''}`,
                  en: `New vacancies for your search "${search.name}":\n${titles}${more ? `\n…and ${more} more` : ''}`,
                },
              })),
            );
            sent += 1;
          }
          await db.query(`UPDATE saved_searches SET last_digest_at = now(), last_digest_on = ${TODAY} WHERE id = $1`, [search.id]);
        }
        return { count: batch.length, sent, outboxIds };
      });
      await this.outbox.dispatch(result.outboxIds);
      searches += result.count;
      notified += result.sent;
      if (result.count < DIGEST_BATCH) break;
    }
    return { searches, notified };
  }
}
