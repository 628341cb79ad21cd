import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OPEN_APPLICATION_STATUSES, REMIND_UNANSWERED_AFTER_DAYS, type ApplicationStatus } from '#domain';

export interface IdleApplication {
  id: string;
  status: ApplicationStatus;
  seeker_id: string;
  employer_id: string;
  vacancy_title: string;
  employer_name: string;
  last_activity_at: Date;
  reminded_for: Date | null;
  db_now: Date;
}

/** Open applications nobody at the company has touched for a while, straight from their timestamps. */
@Injectable()
export class UnansweredApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * A batch of open applications idle for the reminder period or longer that still need something
   * (a reminder not yet sent for this stall, or closing), oldest first; rows another sweep holds are skipped.
   */
  async lockIdle(db: EntityManager, closeAfterDays: number, limit: number): Promise<IdleApplication[]> {
    return db.query(
      `SELECT a.id, a.status, a.seeker_id, a.employer_id, v.title AS vacancy_title, e.name AS employer_name,
              a.last_activity_at, a.reminded_for, now() AS db_now
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = a.employer_id
        WHERE a.status = ANY($1::text[])
          AND a.last_activity_at <= now() - make_interval(days => $2)
          AND (a.reminded_for IS DISTINCT FROM a.last_activity_at OR a.last_activity_at <= now() - make_interval(days => $3))
        ORDER BY a.last_activity_at, a.id
        LIMIT $4
        FOR UPDATE OF a SKIP LOCKED`,
      [OPEN_APPLICATION_STATUSES, REMIND_UNANSWERED_AFTER_DAYS, closeAfterDays, limit],
    );
  }

  /** Copied from the (locked) row itself, so the microseconds match exactly. */
  async markReminded(db: EntityManager, id: string): Promise<void> {
    await db.query(`UPDATE applications SET reminded_for = last_activity_at WHERE id = $1`, [id]);
  }

  async closeAsNotAnswered(db: EntityManager, application: IdleApplication): Promise<void> {
    await db.query(`UPDATE applications SET status = 'not_answered', updated_at = now() WHERE id = $1`, [application.id]);
    await db.query(
      `INSERT INTO application_transitions (application_id, from_status, to_status, actor_user_id, actor_role) VALUES ($1, $2, 'not_answered', NULL, 'system')`,
      [application.id, application.status],
    );
  }

  async memberIds(db: EntityManager, employerId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await db.query(`SELECT user_id FROM employer_members WHERE employer_id = $1`, [employerId]);
    return rows.map((row) => row.user_id);
  }
}
