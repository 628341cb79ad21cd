import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface AssessmentRow {
  id: string;
  user_id: string;
  instrument_id: string;
  instrument_version: string;
  locale: 'id' | 'en';
  status: 'in_progress' | 'submitted' | 'scored' | 'failed';
  current_page: number;
  started_at: Date;
  submitted_at: Date | null;
  scored_at: Date | null;
}

export interface ResultRow {
  assessment_id: string;
  scoring_version: string;
  norm_version: string | null;
  status: 'valid' | 'questionable' | 'invalid';
  result: Record<string, unknown>;
  created_at: Date;
}

const COLUMNS = `a.id, a.user_id, a.instrument_id, a.instrument_version, a.locale, a.status, a.current_page, a.started_at, a.submitted_at, a.scored_at`;

/** SQL of sessions, answers, pages and results. Ownership is checked by the service on the row it reads. */
@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async find(id: string): Promise<AssessmentRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM assessments a WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async findInProgress(userId: string, instrumentId: string): Promise<AssessmentRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM assessments a WHERE a.user_id = $1 AND a.instrument_id = $2 AND a.status = 'in_progress'`, [
      userId,
      instrumentId,
    ]);
    return row ?? null;
  }

  /** Starts a session, or returns null when one is already in progress (the unique index decides under concurrency). */
  async insert(userId: string, instrumentId: string, version: string, locale: string): Promise<AssessmentRow | null> {
    const [row] = await this.dataSource.query(
      `INSERT INTO assessments AS a (user_id, instrument_id, instrument_version, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, instrument_id) WHERE status = 'in_progress' DO NOTHING RETURNING ${COLUMNS}`,
      [userId, instrumentId, version, locale],
    );
    return row ?? null;
  }

  async mine(userId: string): Promise<Array<AssessmentRow & { result_status: string | null; kind: string }>> {
    return this.dataSource.query(
      `SELECT ${COLUMNS}, iv.kind, r.status AS result_status
         FROM assessments a
         JOIN instrument_versions iv ON iv.instrument_id = a.instrument_id AND iv.version = a.instrument_version
         LEFT JOIN LATERAL (SELECT status FROM assessment_results WHERE assessment_id = a.id ORDER BY created_at DESC LIMIT 1) r ON true
        WHERE a.user_id = $1 ORDER BY a.started_at DESC LIMIT 100`,
      [userId],
    );
  }

  async answeredCount(id: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM assessment_responses WHERE assessment_id = $1`, [id]);
    return row.n;
  }

  async answersOf(id: string, itemIds: string[]): Promise<Map<string, number | null>> {
    const rows: Array<{ item_id: string; value: number | null }> = await this.dataSource.query(
      `SELECT item_id, value FROM assessment_responses WHERE assessment_id = $1 AND item_id = ANY($2::text[])`,
      [id, itemIds],
    );
    return new Map(rows.map((row) => [row.item_id, row.value]));
  }

  /** The server's own time the page was first shown. */
  async markServed(id: string, pageIndex: number): Promise<void> {
    await this.dataSource.query(`INSERT INTO assessment_pages (assessment_id, page_index) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, pageIndex]);
  }

  /** Stores a page's answers with the server's time; the page's first answer time is kept for the speed checks. */
  async saveAnswers(id: string, pageIndex: number, pageCount: number, answers: Array<{ itemId: string; value: number | null }>): Promise<boolean> {
    return this.transaction(async (db) => {
      const [locked] = await db.query(`SELECT status, current_page FROM assessments WHERE id = $1 FOR UPDATE`, [id]);
      if (!locked || locked.status !== 'in_progress' || pageIndex > locked.current_page) return false;
      await db.query(
        `INSERT INTO assessment_responses (assessment_id, item_id, value, answered_at)
         SELECT $1, x.item_id, x.value, now() FROM unnest($2::text[], $3::smallint[]) AS x(item_id, value)
         ON CONFLICT (assessment_id, item_id) DO UPDATE SET value = EXCLUDED.value, answered_at = EXCLUDED.answered_at`,
        [id, answers.map((a) => a.itemId), answers.map((a) => a.value)],
      );
      await db.query(
        `INSERT INTO assessment_pages (assessment_id, page_index, answered_at) VALUES ($1, $2, now())
         ON CONFLICT (assessment_id, page_index) DO UPDATE SET answered_at = COALESCE(assessment_pages.answered_at, EXCLUDED.answered_at)`,
        [id, pageIndex],
      );
      await db.query(`UPDATE assessments SET current_page = LEAST($3::int, GREATEST(current_page, $2::int + 1)) WHERE id = $1`, [id, pageIndex, pageCount]);
      return true;
    });
  }

  async unansweredPages(id: string, pageCount: number): Promise<number[]> {
    const rows: Array<{ page_index: number }> = await this.dataSource.query(
      `SELECT i AS page_index FROM generate_series(0, $2::int - 1) AS i
        WHERE NOT EXISTS (SELECT 1 FROM assessment_pages p WHERE p.assessment_id = $1 AND p.page_index = i AND p.answered_at IS NOT NULL)
        ORDER BY i`,
      [id, pageCount],
    );
    return rows.map((row) => row.page_index);
  }

  /** Moves an in-progress session to submitted; false when it was not in progress. */
  async submit(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`UPDATE assessments SET status = 'submitted', submitted_at = now() WHERE id = $1 AND status = 'in_progress' RETURNING id`, [
      id,
    ]);
    return rows.length > 0;
  }

  async latestResult(id: string): Promise<ResultRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT assessment_id, scoring_version, norm_version, status, result, created_at FROM assessment_results WHERE assessment_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [id],
    );
    return row ?? null;
  }

  async failureOf(id: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT message FROM scoring_failures WHERE assessment_id = $1 ORDER BY failed_at DESC LIMIT 1`, [id]);
    return row?.message ?? null;
  }

  /** True when the counsellor works at the office of the seeker's domicile regency. */
  async isCounsellorOf(counsellorId: string, seekerId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM job_seekers s
         JOIN counselling_offices o ON o.regency_code = s.domicile_regency_code
         JOIN counsellors c ON c.office_id = o.id
        WHERE s.user_id = $1 AND c.user_id = $2`,
      [seekerId, counsellorId],
    );
    return rows.length > 0;
  }

  async seekerName(seekerId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT u.full_name FROM users u JOIN job_seekers s ON s.user_id = u.id WHERE u.id = $1`, [seekerId]);
    return row?.full_name ?? null;
  }

  /** Scored assessments of seekers living in the counsellor's office regency, newest first. */
  async counsellorFeed(counsellorId: string, limit: number, offset: number) {
    const rows: Array<{ assessment_id: string; seeker_id: string; full_name: string; instrument_id: string; status: string; flags: unknown; scored_at: Date; total: number }> =
      await this.dataSource.query(
        `SELECT a.id AS assessment_id, a.user_id AS seeker_id, u.full_name, a.instrument_id, r.status, r.result -> 'flags' AS flags, a.scored_at,
                count(*) OVER ()::int AS total
           FROM counsellors c
           JOIN counselling_offices o ON o.id = c.office_id
           JOIN job_seekers s ON s.domicile_regency_code = o.regency_code
           JOIN assessments a ON a.user_id = s.user_id AND a.status = 'scored'
           JOIN users u ON u.id = s.user_id
           JOIN LATERAL (SELECT status, result FROM assessment_results WHERE assessment_id = a.id ORDER BY created_at DESC LIMIT 1) r ON true
          WHERE c.user_id = $1
          ORDER BY a.scored_at DESC, a.id
          LIMIT $2 OFFSET $3`,
        [counsellorId, limit, offset],
      );
    return rows;
  }

  async scoredOf(seekerId: string): Promise<Array<AssessmentRow & { kind: string }>> {
    return this.dataSource.query(
      `SELECT ${COLUMNS}, iv.kind FROM assessments a JOIN instrument_versions iv ON iv.instrument_id = a.instrument_id AND iv.version = a.instrument_version
        WHERE a.user_id = $1 AND a.status = 'scored' ORDER BY a.scored_at DESC`,
      [seekerId],
    );
  }

  async occupations(): Promise<Array<{ code: string; title_id: string; title_en: string; riasec: string; interests: number[]; job_zone: number }>> {
    return this.dataSource.query(`SELECT code, title_id, title_en, riasec, interests, job_zone FROM occupations`);
  }

  /** Published vacancies of these occupations, newest first, a few per occupation. */
  async vacanciesFor(codes: string[], perOccupation: number) {
    const rows: Array<{ occupation_code: string; id: string; title: string; employer: string }> = await this.dataSource.query(
      `SELECT x.code AS occupation_code, v.id, v.title, e.name AS employer
         FROM unnest($1::text[]) AS x(code)
         JOIN LATERAL (SELECT id, title, employer_id FROM vacancies WHERE occupation_code = x.code AND status = 'published'
                        ORDER BY published_at DESC NULLS LAST LIMIT $2) v ON true
         JOIN employers e ON e.id = v.employer_id`,
      [codes, perOccupation],
    );
    return rows;
  }

  /**
   * Training programmes of these occupations: training_programmes has no occupation column, so a
   * programme belongs to an occupation through the skills they share (most shared skills first).
   */
  async trainingsFor(codes: string[], perOccupation: number) {
    const rows: Array<{ occupation_code: string; id: string; title: string; centre: string }> = await this.dataSource.query(
      `SELECT x.code AS occupation_code, t.id, t.title, t.centre
         FROM unnest($1::text[]) AS x(code)
         JOIN LATERAL (
           SELECT p.id, p.title, c.name AS centre, count(*) AS shared
             FROM occupation_skills os
             JOIN training_programme_skills ps ON ps.skill_id = os.skill_id
             JOIN training_programmes p ON p.id = ps.programme_id
             JOIN training_centres c ON c.id = p.centre_id
            WHERE os.occupation_code = x.code
            GROUP BY p.id, p.title, c.name
            ORDER BY count(*) DESC, p.title
            LIMIT $2) t ON true`,
      [codes, perOccupation],
    );
    return rows;
  }
}
