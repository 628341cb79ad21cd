import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MATCH_COMPONENT_COUNT } from '#domain';
import { VACANCY_OPEN_SQL } from '#persistence';

type Db = DataSource | EntityManager;

/** The head of a stored list: when and how it was computed. */
export interface StoredListHead {
  computed_at: Date;
  scoring_version: string;
  weight_set_id: number | null;
}

export interface VacancyCard {
  vacancy_id: string;
  title: string;
  employer_name: string;
  occupation_code: string;
  regency_code: string | null;
  is_remote: boolean;
  wage_min: number | null;
  wage_max: number | null;
  employment_type: string;
  deadline: string | null;
}

export interface StoredJobEntry extends VacancyCard, StoredListHead {
  position: number;
  score: number;
  components: number[];
  total: string;
}

export interface StoredCandidateEntry extends StoredListHead {
  position: number;
  seeker_id: string;
  score: number;
  components: number[];
  full_name: string;
  regency_code: string | null;
  education_level: string | null;
  experience_months: number;
  application_id: string | null;
  total: string;
}

export interface WeightSetRow {
  id: number;
  weights: unknown;
  reason: string;
  created_at: Date;
  created_by: string | null;
  created_by_name: string | null;
  active: boolean;
}

const N = MATCH_COMPONENT_COUNT;

const VACANCY_CARD_COLUMNS = `v.title, em.name AS employer_name, v.occupation_code, v.regency_code, v.is_remote, v.wage_min, v.wage_max,
  v.employment_type, to_char(v.deadline, 'YYYY-MM-DD') AS deadline`;

/** Every SQL statement of matching reads and of the admin's weight sets. */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async jobListHead(seekerId: string): Promise<StoredListHead | undefined> {
    const rows: StoredListHead[] = await this.dataSource.query(
      `SELECT computed_at, scoring_version, weight_set_id FROM seeker_job_matches WHERE seeker_id = $1`,
      [seekerId],
    );
    return rows[0];
  }

  /**
   * One page of a seeker's stored jobs, in stored order, without the entries that no longer hold:
   * vacancies closed, filled or past their deadline since the list was computed, or every entry
   * while the seeker is not active. `total` counts the entries that hold.
   */
  async jobPage(seekerId: string, limit: number, offset: number): Promise<{ entries: StoredJobEntry[]; total: number }> {
    const from = `
        FROM seeker_job_matches m
        CROSS JOIN LATERAL unnest(m.vacancy_ids, m.scores) WITH ORDINALITY AS e(vacancy_id, score, ord)
        JOIN job_seekers s ON s.user_id = m.seeker_id AND s.status = 'active'
        JOIN vacancies v ON v.id = e.vacancy_id AND ${VACANCY_OPEN_SQL}
        JOIN employers em ON em.id = v.employer_id
       WHERE m.seeker_id = $1`;
    const entries: StoredJobEntry[] = await this.dataSource.query(
      `SELECT e.ord::int AS position, e.vacancy_id, e.score, m.components[(e.ord - 1) * ${N} + 1 : e.ord * ${N}] AS components,
              ${VACANCY_CARD_COLUMNS}, m.computed_at, m.scoring_version, m.weight_set_id, count(*) OVER () AS total
       ${from}
       ORDER BY e.ord LIMIT $2 OFFSET $3`,
      [seekerId, limit, offset],
    );
    if (entries.length > 0 || offset === 0) return { entries, total: entries.length > 0 ? Number(entries[0]!.total) : 0 };
    const [count]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total ${from}`, [seekerId]);
    return { entries, total: Number(count?.total ?? 0) };
  }

  async candidateListHead(vacancyId: string): Promise<StoredListHead | undefined> {
    const rows: StoredListHead[] = await this.dataSource.query(
      `SELECT computed_at, scoring_version, weight_set_id FROM vacancy_candidate_matches WHERE vacancy_id = $1`,
      [vacancyId],
    );
    return rows[0];
  }

  /**
   * One page of a vacancy's stored candidates without those who are no longer active, chose not to
   * be found or whose account was disabled since, and without any while the vacancy is not open.
   */
  async candidatePage(vacancyId: string, limit: number, offset: number): Promise<{ entries: StoredCandidateEntry[]; total: number }> {
    const from = `
        FROM vacancy_candidate_matches m
        CROSS JOIN LATERAL unnest(m.seeker_ids, m.scores) WITH ORDINALITY AS e(seeker_id, score, ord)
        JOIN vacancies v ON v.id = m.vacancy_id AND ${VACANCY_OPEN_SQL}
        JOIN job_seekers s ON s.user_id = e.seeker_id AND s.status = 'active' AND s.searchable
        JOIN users u ON u.id = s.user_id AND u.status = 'active'
       WHERE m.vacancy_id = $1`;
    const entries: StoredCandidateEntry[] = await this.dataSource.query(
      `SELECT page.*,
              (SELECT a.id FROM applications a WHERE a.vacancy_id = $1 AND a.seeker_id = page.seeker_id ORDER BY a.created_at DESC LIMIT 1) AS application_id
         FROM (SELECT e.ord::int AS position, e.seeker_id, e.score, m.components[(e.ord - 1) * ${N} + 1 : e.ord * ${N}] AS components,
                      u.full_name, s.domicile_regency_code AS regency_code, s.education_level, s.experience_months,
                      m.computed_at, m.scoring_version, m.weight_set_id, count(*) OVER () AS total
               ${from}
               ORDER BY e.ord LIMIT $2 OFFSET $3) page
        ORDER BY page.position`,
      [vacancyId, limit, offset],
    );
    if (entries.length > 0 || offset === 0) return { entries, total: entries.length > 0 ? Number(entries[0]!.total) : 0 };
    const [count]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total ${from}`, [vacancyId]);
    return { entries, total: Number(count?.total ?? 0) };
  }

  /** The vacancy when `userId` is a member of its company, and whether it is open (only open vacancies are matched). */
  async ownedVacancy(userId: string, vacancyId: string): Promise<{ id: string; title: string; open: boolean } | undefined> {
    const rows: { id: string; title: string; open: boolean }[] = await this.dataSource.query(
      `SELECT v.id, v.title, ${VACANCY_OPEN_SQL} AS open
         FROM vacancies v JOIN employer_members m ON m.employer_id = v.employer_id AND m.user_id = $2 WHERE v.id = $1`,
      [vacancyId, userId],
    );
    return rows[0];
  }

  /** A vacancy that was ever published (drafts are their company's own business). */
  async publicVacancy(vacancyId: string): Promise<{ id: string; title: string; employer_name: string } | undefined> {
    const rows: { id: string; title: string; employer_name: string }[] = await this.dataSource.query(
      `SELECT v.id, v.title, em.name AS employer_name FROM vacancies v JOIN employers em ON em.id = v.employer_id
        WHERE v.id = $1 AND v.status <> 'draft'`,
      [vacancyId],
    );
    return rows[0];
  }

  async vacancyCards(ids: string[]): Promise<VacancyCard[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT v.id AS vacancy_id, ${VACANCY_CARD_COLUMNS} FROM vacancies v JOIN employers em ON em.id = v.employer_id WHERE v.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The seeker's status (active, inactive, placed); undefined without a profile. */
  async seekerStatus(seekerId: string): Promise<string | undefined> {
    const rows: { status: string }[] = await this.dataSource.query(`SELECT status FROM job_seekers WHERE user_id = $1`, [seekerId]);
    return rows[0]?.status;
  }

  /** The seeker's profile row with their name; undefined when they have none. */
  async seeker(seekerId: string): Promise<{ id: string; full_name: string } | undefined> {
    const rows: { id: string; full_name: string }[] = await this.dataSource.query(
      `SELECT s.user_id AS id, u.full_name FROM job_seekers s JOIN users u ON u.id = s.user_id WHERE s.user_id = $1`,
      [seekerId],
    );
    return rows[0];
  }

  /** The accommodations the seeker recorded with consent (null when they recorded nothing). */
  async accommodations(db: Db, seekerId: string): Promise<string[] | null> {
    const rows: { accommodations: string[] }[] = await db.query(`SELECT accommodations FROM job_seeker_disabilities WHERE seeker_id = $1`, [seekerId]);
    return rows[0]?.accommodations ?? null;
  }

  /** Ids of the open vacancies that offer every one of these accommodations, remote or in one of these regencies. */
  async openVacanciesOffering(accommodations: string[], regencies: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT v.id FROM vacancies v
        WHERE ${VACANCY_OPEN_SQL} AND v.accommodations @> $1::text[] AND (v.is_remote OR v.regency_code = ANY($2::text[]))
        ORDER BY v.id`,
      [accommodations, regencies],
    );
    return rows.map((row) => row.id);
  }

  async skillNames(): Promise<Array<{ id: number; name_id: string; name_en: string }>> {
    return this.dataSource.query(`SELECT id, name_id, name_en FROM skills`);
  }

  async weightSet(id: number): Promise<WeightSetRow | undefined> {
    const rows: WeightSetRow[] = await this.dataSource.query(`${WEIGHT_SET_SELECT} WHERE w.id = $1`, [id]);
    return rows[0];
  }

  async weightSets(limit: number): Promise<WeightSetRow[]> {
    return this.dataSource.query(`${WEIGHT_SET_SELECT} ORDER BY w.id DESC LIMIT $1`, [limit]);
  }

  /** Stores a weight set as the only active one. */
  async activateWeightSet(weights: unknown, reason: string, createdBy: string): Promise<number> {
    return this.dataSource.transaction(async (db) => {
      // One writer at a time, so two admins saving at once never trip the one-active index.
      await db.query(`LOCK TABLE match_weight_sets IN SHARE ROW EXCLUSIVE MODE`);
      await db.query(`UPDATE match_weight_sets SET active = false WHERE active`);
      const [row]: { id: number }[] = await db.query(
        `INSERT INTO match_weight_sets (weights, reason, created_by, active) VALUES ($1::jsonb, $2, $3, true) RETURNING id`,
        [JSON.stringify(weights), reason, createdBy],
      );
      return row!.id;
    });
  }

  async status(): Promise<{
    rebuild: Record<string, unknown> | null;
    changes: { seekers: number; vacancies: number; oldest_at: Date | null };
    lists: { seeker_lists: number; vacancy_lists: number; seeker_lists_other_weights: number; vacancy_lists_other_weights: number; oldest_computed_at: Date | null };
    population: { active_seekers: number; open_vacancies: number };
  }> {
    const [rebuilds, changes, lists, population] = await Promise.all([
      this.dataSource.query(
        `SELECT id, weight_set_id, phase, started_at, finished_at, seekers_done, vacancies_done FROM match_rebuilds ORDER BY id DESC LIMIT 1`,
      ) as Promise<Record<string, unknown>[]>,
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE kind = 'seeker')::int AS seekers, count(*) FILTER (WHERE kind = 'vacancy')::int AS vacancies, min(changed_at) AS oldest_at
           FROM match_changes`,
      ) as Promise<Array<{ seekers: number; vacancies: number; oldest_at: Date | null }>>,
      this.dataSource.query(
        `WITH active AS (SELECT id FROM match_weight_sets WHERE active)
         SELECT (SELECT count(*) FROM seeker_job_matches)::int AS seeker_lists,
                (SELECT count(*) FROM vacancy_candidate_matches)::int AS vacancy_lists,
                (SELECT count(*) FROM seeker_job_matches WHERE weight_set_id IS DISTINCT FROM (SELECT id FROM active))::int AS seeker_lists_other_weights,
                (SELECT count(*) FROM vacancy_candidate_matches WHERE weight_set_id IS DISTINCT FROM (SELECT id FROM active))::int AS vacancy_lists_other_weights,
                (SELECT min(computed_at) FROM (SELECT computed_at FROM seeker_job_matches UNION ALL SELECT computed_at FROM vacancy_candidate_matches) c) AS oldest_computed_at`,
      ) as Promise<Array<{ seeker_lists: number; vacancy_lists: number; seeker_lists_other_weights: number; vacancy_lists_other_weights: number; oldest_computed_at: Date | null }>>,
      this.dataSource.query(
        `SELECT (SELECT count(*) FROM job_seekers WHERE status = 'active')::int AS active_seekers,
                (SELECT count(*) FROM vacancies v WHERE ${VACANCY_OPEN_SQL})::int AS open_vacancies`,
      ) as Promise<Array<{ active_seekers: number; open_vacancies: number }>>,
    ]);
    return { rebuild: rebuilds[0] ?? null, changes: changes[0]!, lists: lists[0]!, population: population[0]! };
  }
}

const WEIGHT_SET_SELECT = `SELECT w.id, w.weights, w.reason, w.created_at, w.created_by, u.full_name AS created_by_name, w.active
  FROM match_weight_sets w LEFT JOIN users u ON u.id = w.created_by`;
