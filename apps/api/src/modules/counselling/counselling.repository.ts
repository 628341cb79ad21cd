import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseOutcome, GoalKind, GoalStatus, NoteVisibility, PriorityGroup, ProfilingFacts, RiskLevel, SessionMode } from '#domain';
import type { CaseSort } from './dto/counselling.dto.js';

type Db = DataSource | EntityManager;

export interface CaseRow {
  id: string;
  seeker_id: string;
  office_id: string;
  office_name: string;
  regency_code: string;
  counsellor_id: string | null;
  counsellor_name: string | null;
  status: 'open' | 'closed';
  opened_at: Date;
  closed_at: Date | null;
  outcome: CaseOutcome | null;
  outcome_note: string | null;
  priority_groups: PriorityGroup[];
  risk_score: number | null;
  risk_level: RiskLevel | null;
  risk_inputs: ProfilingFacts | null;
  risk_version: string | null;
  risk_computed_at: Date | null;
  risk_override_level: RiskLevel | null;
  risk_override_reason: string | null;
  risk_override_by: string | null;
  risk_override_by_name: string | null;
  risk_override_at: Date | null;
  last_contact_at: Date | null;
  next_follow_up_on: string | null;
  plan_progress: number | null;
}

export interface DashboardRow {
  id: string;
  seeker_id: string;
  full_name: string;
  counsellor_id: string | null;
  counsellor_name: string | null;
  priority_groups: PriorityGroup[];
  risk_score: number | null;
  risk_level: RiskLevel | null;
  risk_override_level: RiskLevel | null;
  last_contact_at: Date | null;
  next_follow_up_on: string | null;
  plan_progress: number | null;
  opened_at: Date;
}

export interface DashboardFilter {
  officeId: string;
  counsellorId?: string;
  priority?: PriorityGroup | 'any';
  riskRank?: number;
  sort: CaseSort;
  limit: number;
  offset: number;
}

const PRIORITY_BITS: Record<PriorityGroup, number> = { youth: 1, women: 2, disability: 4, long_term_unemployed: 8 };

// Each sort matches one partial index of migration 1732200000070 (office, key…, id).
const ORDER_BY: Record<CaseSort, string> = {
  risk: 'k.risk_rank DESC, k.risk_score DESC, k.id',
  lastContact: 'k.last_contact_at ASC NULLS FIRST, k.id',
  followUpDue: 'k.next_follow_up_on ASC NULLS LAST, k.id',
  planProgress: 'k.plan_progress ASC NULLS FIRST, k.id',
};

const CASE_COLUMNS = `k.id, k.seeker_id, k.office_id, o.name AS office_name, o.regency_code, k.counsellor_id, cu.full_name AS counsellor_name,
  k.status, k.opened_at, k.closed_at, k.outcome, k.outcome_note, k.priority_groups, k.risk_score, k.risk_level, k.risk_inputs, k.risk_version,
  k.risk_computed_at, k.risk_override_level, k.risk_override_reason, k.risk_override_by, ob.full_name AS risk_override_by_name, k.risk_override_at,
  k.last_contact_at, to_char(k.next_follow_up_on, 'YYYY-MM-DD') AS next_follow_up_on, k.plan_progress`;
const CASE_FROM = `cases k JOIN counselling_offices o ON o.id = k.office_id
  LEFT JOIN users cu ON cu.id = k.counsellor_id LEFT JOIN users ob ON ob.id = k.risk_override_by`;

/** Every SQL statement of counselling. Methods taking `db` run in the caller's transaction. */
@Injectable()
export class CounsellingRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async officeOf(counsellorId: string): Promise<{ id: string; name: string; regency_code: string } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT o.id, o.name, o.regency_code FROM counsellors c JOIN counselling_offices o ON o.id = c.office_id WHERE c.user_id = $1`,
      [counsellorId],
    );
    return row;
  }

  /**
   * The case a route's id names: the seeker's open case (else their latest), or the case with that id.
   * `officeId` limits it to one office (a counsellor's); null for an admin.
   */
  async findCase(id: string, officeId: string | null, db: Db = this.dataSource): Promise<CaseRow | undefined> {
    const [row] = await db.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM}
        WHERE (k.seeker_id = $1 OR k.id = $1) AND ($2::uuid IS NULL OR k.office_id = $2)
        ORDER BY (k.status = 'open') DESC, k.opened_at DESC LIMIT 1`,
      [id, officeId],
    );
    return row;
  }

  async lockCase(db: EntityManager, caseId: string): Promise<CaseRow> {
    await db.query(`SELECT 1 FROM cases WHERE id = $1 FOR UPDATE`, [caseId]);
    return (await this.findCase(caseId, null, db))!;
  }

  /**
   * One page of an office's open cases and how many match. The page's ids and the count read only
   * the sort's index (it includes the filter columns); the 20 rows are then fetched by id.
   */
  async dashboard(filter: DashboardFilter): Promise<{ rows: DashboardRow[]; total: number }> {
    const where = [`k.office_id = $1`, `k.status = 'open'`];
    const params: unknown[] = [filter.officeId];
    if (filter.counsellorId) {
      params.push(filter.counsellorId);
      where.push(`k.counsellor_id = $${params.length}`);
    }
    if (filter.priority === 'any') where.push(`k.priority_mask <> 0`);
    else if (filter.priority) {
      params.push(PRIORITY_BITS[filter.priority]);
      where.push(`k.priority_mask & $${params.length}::smallint <> 0`);
    }
    if (filter.riskRank !== undefined) {
      params.push(filter.riskRank);
      where.push(`k.risk_rank = $${params.length}`);
    }
    const condition = where.join(' AND ');
    const order = ORDER_BY[filter.sort];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `WITH page AS (SELECT k.id FROM cases k WHERE ${condition} ORDER BY ${order} LIMIT ${Number(filter.limit)} OFFSET ${Number(filter.offset)})
         SELECT k.id, k.seeker_id, u.full_name, k.counsellor_id, cu.full_name AS counsellor_name, k.priority_groups, k.risk_score, k.risk_level,
                k.risk_override_level, k.last_contact_at, to_char(k.next_follow_up_on, 'YYYY-MM-DD') AS next_follow_up_on, k.plan_progress, k.opened_at
           FROM page p JOIN cases k ON k.id = p.id JOIN users u ON u.id = k.seeker_id LEFT JOIN users cu ON cu.id = k.counsellor_id
          ORDER BY ${order}`,
        params,
      ) as Promise<DashboardRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM cases k WHERE ${condition}`, params) as Promise<Array<{ total: number }>>,
    ]);
    return { rows, total };
  }

  async officeCounsellors(officeId: string): Promise<Array<{ user_id: string; full_name: string; open_cases: number; load: number }>> {
    return this.dataSource.query(
      `SELECT c.user_id, u.full_name, count(k.id)::int AS open_cases, coalesce(sum(k.load_weight), 0)::float8 AS load
         FROM counsellors c JOIN users u ON u.id = c.user_id
         LEFT JOIN cases k ON k.counsellor_id = c.user_id AND k.status = 'open'
        WHERE c.office_id = $1 AND u.role = 'counsellor' AND u.status = 'active'
        GROUP BY c.user_id, u.full_name ORDER BY u.full_name, c.user_id`,
      [officeId],
    );
  }

  async isOfficeCounsellor(db: Db, officeId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM counsellors c JOIN users u ON u.id = c.user_id WHERE c.office_id = $1 AND c.user_id = $2 AND u.role = 'counsellor' AND u.status = 'active'`,
      [officeId, userId],
    );
    return rows.length > 0;
  }

  async reassign(db: EntityManager, input: { caseId: string; from: string | null; to: string; reason: string; by: string }): Promise<void> {
    await db.query(`UPDATE cases SET counsellor_id = $2, updated_at = now() WHERE id = $1`, [input.caseId, input.to]);
    await db.query(`INSERT INTO case_assignments (case_id, from_counsellor_id, to_counsellor_id, reason, assigned_by) VALUES ($1, $2, $3, $4, $5)`, [
      input.caseId,
      input.from,
      input.to,
      input.reason,
      input.by,
    ]);
  }

  async assignments(caseId: string) {
    return this.dataSource.query(
      `SELECT a.id, a.from_counsellor_id, f.full_name AS from_name, a.to_counsellor_id, t.full_name AS to_name, a.reason, a.assigned_by, a.assigned_at
         FROM case_assignments a LEFT JOIN users f ON f.id = a.from_counsellor_id LEFT JOIN users t ON t.id = a.to_counsellor_id
        WHERE a.case_id = $1 ORDER BY a.assigned_at, a.id`,
      [caseId],
    ) as Promise<Array<{ id: string; from_counsellor_id: string | null; from_name: string | null; to_counsellor_id: string | null; to_name: string | null; reason: string | null; assigned_at: Date }>>;
  }

  async setOverride(db: EntityManager, caseId: string, override: { level: RiskLevel; reason: string; by: string } | null): Promise<void> {
    await db.query(
      `UPDATE cases SET risk_override_level = $2, risk_override_reason = $3, risk_override_by = $4, risk_override_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, updated_at = now()
        WHERE id = $1`,
      [caseId, override?.level ?? null, override?.reason ?? null, override?.by ?? null],
    );
  }

  // ---- sessions and notes ----

  async insertSession(db: EntityManager, input: { caseId: string; counsellorId: string; mode: SessionMode; startsAt: Date }): Promise<string> {
    const [row] = await db.query(`INSERT INTO counselling_sessions (case_id, counsellor_id, mode, starts_at) VALUES ($1, $2, $3, $4) RETURNING id`, [
      input.caseId,
      input.counsellorId,
      input.mode,
      input.startsAt,
    ]);
    return row.id;
  }

  async insertNotes(db: EntityManager, sessionId: string, authorId: string, notes: Array<{ body: string; visibility: NoteVisibility }>): Promise<void> {
    if (notes.length === 0) return;
    await db.query(
      `INSERT INTO counselling_notes (session_id, visibility, body, author_id)
       SELECT $1, v, b, $4 FROM unnest($2::text[], $3::text[]) AS n(v, b)`,
      [sessionId, notes.map((n) => n.visibility), notes.map((n) => n.body), authorId],
    );
  }

  async sessionOfCase(db: Db, caseId: string, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM counselling_sessions WHERE id = $1 AND case_id = $2`, [sessionId, caseId]);
    return rows.length > 0;
  }

  /** Sessions with their notes; `sharedOnly` leaves internal notes out (for the seeker). */
  async sessions(caseIds: string[], sharedOnly: boolean) {
    return this.dataSource.query(
      `SELECT s.id, s.case_id, s.mode, s.starts_at, s.counsellor_id, u.full_name AS counsellor_name,
              coalesce((SELECT jsonb_agg(jsonb_build_object('id', n.id, 'visibility', n.visibility, 'body', n.body, 'createdAt', n.created_at) ORDER BY n.created_at, n.id)
                          FROM counselling_notes n WHERE n.session_id = s.id AND (NOT $2 OR n.visibility = 'shared')), '[]'::jsonb) AS notes
         FROM counselling_sessions s LEFT JOIN users u ON u.id = s.counsellor_id
        WHERE s.case_id = ANY($1::uuid[]) ORDER BY s.starts_at DESC, s.id`,
      [caseIds, sharedOnly],
    ) as Promise<Array<{ id: string; case_id: string; mode: SessionMode; starts_at: Date; counsellor_id: string | null; counsellor_name: string | null; notes: unknown[] }>>;
  }

  /** The latest contact: the latest session that has started. */
  async refreshContact(db: EntityManager, caseId: string): Promise<void> {
    await db.query(
      `UPDATE cases SET last_contact_at = (SELECT max(starts_at) FROM counselling_sessions WHERE case_id = $1 AND starts_at <= now()), updated_at = now() WHERE id = $1`,
      [caseId],
    );
  }

  // ---- plan ----

  async insertGoal(db: EntityManager, input: { caseId: string; kind: GoalKind; title: string; dueOn: string | null; by: string }): Promise<string> {
    const [row] = await db.query(`INSERT INTO action_plan_goals (case_id, kind, title, due_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      input.caseId,
      input.kind,
      input.title,
      input.dueOn,
      input.by,
    ]);
    return row.id;
  }

  async lockGoal(db: EntityManager, caseId: string, goalId: string): Promise<{ id: string; status: GoalStatus } | undefined> {
    const [row] = await db.query(`SELECT id, status FROM action_plan_goals WHERE id = $1 AND case_id = $2 FOR UPDATE`, [goalId, caseId]);
    return row;
  }

  async reviewGoal(db: EntityManager, input: { goalId: string; status: GoalStatus; note: string; by: string }): Promise<void> {
    await db.query(`UPDATE action_plan_goals SET status = $2, updated_at = now() WHERE id = $1`, [input.goalId, input.status]);
    await db.query(`INSERT INTO action_plan_reviews (goal_id, status, note, reviewed_by) VALUES ($1, $2, $3, $4)`, [input.goalId, input.status, input.note, input.by]);
  }

  async goalStatuses(db: EntityManager, caseId: string): Promise<Array<{ status: GoalStatus }>> {
    return db.query(`SELECT status FROM action_plan_goals WHERE case_id = $1`, [caseId]);
  }

  async setPlanProgress(db: EntityManager, caseId: string, progress: number | null): Promise<void> {
    await db.query(`UPDATE cases SET plan_progress = $2, updated_at = now() WHERE id = $1`, [caseId, progress]);
  }

  async goals(caseIds: string[]) {
    return this.dataSource.query(
      `SELECT g.id, g.case_id, g.kind, g.title, to_char(g.due_on, 'YYYY-MM-DD') AS due_on, g.status, g.created_at,
              coalesce((SELECT jsonb_agg(jsonb_build_object('status', r.status, 'note', r.note, 'at', r.reviewed_at) ORDER BY r.reviewed_at, r.id)
                          FROM action_plan_reviews r WHERE r.goal_id = g.id), '[]'::jsonb) AS reviews
         FROM action_plan_goals g WHERE g.case_id = ANY($1::uuid[]) ORDER BY g.created_at, g.id`,
      [caseIds],
    ) as Promise<Array<{ id: string; case_id: string; kind: GoalKind; title: string; due_on: string | null; status: GoalStatus; created_at: Date; reviews: unknown[] }>>;
  }

  // ---- referrals ----

  async insertReferral(
    db: EntityManager,
    input: { caseId: string; kind: 'vacancy' | 'training'; vacancyId?: string; applicationId?: string; cohortId?: string; enrolmentId?: string; note?: string; by: string },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO referrals (case_id, kind, vacancy_id, application_id, cohort_id, enrolment_id, note, referred_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [input.caseId, input.kind, input.vacancyId ?? null, input.applicationId ?? null, input.cohortId ?? null, input.enrolmentId ?? null, input.note ?? null, input.by],
    );
    return row.id;
  }

  async insertReferredApplication(db: EntityManager, input: { vacancyId: string; seekerId: string; employerId: string; officeId: string; by: string }): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO applications (vacancy_id, seeker_id, employer_id, share_assessment, referred_by_office_id, referred_by_user_id)
       VALUES ($1, $2, $3, false, $4, $5) RETURNING id`,
      [input.vacancyId, input.seekerId, input.employerId, input.officeId, input.by],
    );
    await db.query(
      `INSERT INTO application_transitions (application_id, from_status, to_status, actor_user_id, actor_role, note) VALUES ($1, NULL, 'submitted', $2, 'counsellor', 'referred')`,
      [row.id, input.by],
    );
    return row.id;
  }

  async referrals(caseIds: string[]) {
    return this.dataSource.query(
      `SELECT r.id, r.case_id, r.kind, r.vacancy_id, v.title AS vacancy_title, e.name AS employer_name, r.application_id, a.status AS application_status,
              r.cohort_id, p.title AS programme_title, to_char(k.starts_on, 'YYYY-MM-DD') AS cohort_starts_on, r.enrolment_id, r.note, r.created_at
         FROM referrals r
         LEFT JOIN vacancies v ON v.id = r.vacancy_id LEFT JOIN employers e ON e.id = v.employer_id
         LEFT JOIN applications a ON a.id = r.application_id
         LEFT JOIN training_cohorts k ON k.id = r.cohort_id LEFT JOIN training_programmes p ON p.id = k.programme_id
        WHERE r.case_id = ANY($1::uuid[]) ORDER BY r.created_at DESC, r.id`,
      [caseIds],
    ) as Promise<
      Array<{
        id: string;
        kind: 'vacancy' | 'training';
        vacancy_id: string | null;
        vacancy_title: string | null;
        employer_name: string | null;
        application_id: string | null;
        application_status: string | null;
        cohort_id: string | null;
        programme_title: string | null;
        cohort_starts_on: string | null;
        enrolment_id: string | null;
        note: string | null;
        created_at: Date;
      }>
    >;
  }

  // ---- follow-ups and outcome ----

  async insertFollowUp(db: EntityManager, input: { caseId: string; dueOn: string; note?: string; by: string }): Promise<string> {
    const [row] = await db.query(`INSERT INTO follow_ups (case_id, due_on, note, created_by) VALUES ($1, $2, $3, $4) RETURNING id`, [
      input.caseId,
      input.dueOn,
      input.note ?? null,
      input.by,
    ]);
    return row.id;
  }

  async completeFollowUp(db: EntityManager, caseId: string, followUpId: string, note: string | undefined): Promise<'done' | 'already' | 'missing'> {
    const [row] = await db.query(`SELECT done_at FROM follow_ups WHERE id = $1 AND case_id = $2 FOR UPDATE`, [followUpId, caseId]);
    if (!row) return 'missing';
    if (row.done_at) return 'already';
    await db.query(`UPDATE follow_ups SET done_at = now(), done_note = $2 WHERE id = $1`, [followUpId, note ?? null]);
    return 'done';
  }

  async refreshFollowUp(db: EntityManager, caseId: string): Promise<void> {
    await db.query(`UPDATE cases SET next_follow_up_on = (SELECT min(due_on) FROM follow_ups WHERE case_id = $1 AND done_at IS NULL), updated_at = now() WHERE id = $1`, [
      caseId,
    ]);
  }

  async followUps(caseIds: string[]) {
    return this.dataSource.query(
      `SELECT id, case_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, note, done_at, done_note, reminded_at, created_at
         FROM follow_ups WHERE case_id = ANY($1::uuid[]) ORDER BY due_on, id`,
      [caseIds],
    ) as Promise<Array<{ id: string; due_on: string; note: string | null; done_at: Date | null; done_note: string | null; reminded_at: Date | null; created_at: Date }>>;
  }

  async close(db: EntityManager, caseId: string, outcome: CaseOutcome, note: string | undefined): Promise<void> {
    await db.query(`UPDATE cases SET status = 'closed', closed_at = now(), outcome = $2, outcome_note = $3, updated_at = now() WHERE id = $1`, [caseId, outcome, note ?? null]);
  }

  // ---- what the seeker page gathers ----

  async applicationsOf(seekerId: string) {
    return this.dataSource.query(
      `SELECT a.id, a.status, a.vacancy_id, v.title AS vacancy_title, e.name AS employer_name, a.referred_by_office_id IS NOT NULL AS referred, a.created_at, a.updated_at
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = a.employer_id
        WHERE a.seeker_id = $1 ORDER BY a.created_at DESC, a.id LIMIT 100`,
      [seekerId],
    ) as Promise<Array<{ id: string; status: string; vacancy_id: string; vacancy_title: string; employer_name: string; referred: boolean; created_at: Date; updated_at: Date }>>;
  }

  /** The seeker's stored top recommendations (the matching worker's list), at most `limit`. */
  async recommendations(seekerId: string, limit: number) {
    return this.dataSource.query(
      `SELECT v.id, v.title, e.name AS employer_name, m.score
         FROM seeker_job_matches sm
         CROSS JOIN LATERAL unnest(sm.vacancy_ids[1:$2::int], sm.scores[1:$2::int]) WITH ORDINALITY AS m(vacancy_id, score, rank)
         JOIN vacancies v ON v.id = m.vacancy_id JOIN employers e ON e.id = v.employer_id
        WHERE sm.seeker_id = $1 ORDER BY m.rank`,
      [seekerId, limit],
    ) as Promise<Array<{ id: string; title: string; employer_name: string; score: number }>>;
  }

  /** The seeker's enrolments (the training feature's table), newest cohort first. */
  async enrolmentsOf(seekerId: string): Promise<Array<Record<string, unknown>>> {
    return this.dataSource.query(
      `SELECT n.id, n.status, n.cohort_id AS "cohortId", p.title AS "programmeTitle", to_char(k.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(k.ends_on, 'YYYY-MM-DD') AS "endsOn",
              n.referred_by IS NOT NULL AS referred
         FROM enrolments n JOIN training_cohorts k ON k.id = n.cohort_id JOIN training_programmes p ON p.id = k.programme_id
        WHERE n.seeker_id = $1 ORDER BY k.starts_on DESC`,
      [seekerId],
    );
  }

  async seekerName(db: Db, seekerId: string): Promise<string> {
    const [row] = await db.query(`SELECT full_name FROM users WHERE id = $1`, [seekerId]);
    return row?.full_name ?? '';
  }

  async userName(db: Db, userId: string): Promise<string> {
    return this.seekerName(db, userId);
  }

  /** The seeker's cases (open first) for their own page. */
  async casesOfSeeker(seekerId: string): Promise<CaseRow[]> {
    return this.dataSource.query(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE k.seeker_id = $1 ORDER BY (k.status = 'open') DESC, k.opened_at DESC`, [seekerId]);
  }
}
