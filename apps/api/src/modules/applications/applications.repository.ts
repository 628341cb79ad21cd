import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OPEN_APPLICATION_STATUSES, type ApplicationActor, type ApplicationStatus, type InterviewMode, type RejectionReason } from '#domain';

/** The application with what access checks and notifications need. */
export interface ApplicationRecord {
  id: string;
  status: ApplicationStatus;
  share_assessment: boolean;
  vacancy_id: string;
  seeker_id: string;
  employer_id: string;
  vacancy_title: string;
  employer_name: string;
  /** The counselling office that referred the seeker (a counsellor made the application), else null. */
  referred_by_office: { id: string; name: string } | null;
  created_at: Date;
  updated_at: Date;
}

export interface AccessibleApplication extends ApplicationRecord {
  is_seeker: boolean;
  is_member: boolean;
}

export interface InterviewRow {
  id: string;
  application_id: string;
  starts_at: Date;
  mode: InterviewMode;
  place: string;
}

export interface TransitionRow {
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  actor_role: ApplicationActor;
  reason: RejectionReason | null;
  note: string | null;
  created_at: Date;
}

export interface ApplicantRow {
  user_id: string;
  full_name: string;
  education_level: string | null;
  education_name_id: string | null;
  education_name_en: string | null;
  field_of_study: string | null;
  experience_months: number;
  domicile_regency_code: string | null;
  regency_name: string | null;
  skills: Array<{ skillId: number; name: { id: string; en: string }; level: number; source: string }>;
}

export interface VacancyForHire {
  id: string;
  status: string;
  openings: number;
  filled: number;
}

const OPEN = OPEN_APPLICATION_STATUSES as readonly string[];
const APPLICATION_COLUMNS = `a.id, a.status, a.share_assessment, a.vacancy_id, a.seeker_id, a.employer_id, a.created_at, a.updated_at,
  v.title AS vacancy_title, e.name AS employer_name,
  (SELECT jsonb_build_object('id', o.id, 'name', o.name) FROM counselling_offices o WHERE o.id = a.referred_by_office_id) AS referred_by_office`;
// The profile feature's table (migration 1732200000010); where it is missing, applicants show no work history.
const WORK_HISTORY_TABLE = 'job_seeker_work_history';

/** Every SQL statement of applications and placements. Methods taking `db` run in the caller's transaction. */
@Injectable()
export class ApplicationsRepository {
  private workHistoryTable: Promise<boolean> | undefined;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The application and whether `userId` is its seeker or a member of its company; undefined when missing. */
  async findAccessible(id: string, userId: string): Promise<AccessibleApplication | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT ${APPLICATION_COLUMNS}, a.seeker_id = $2 AS is_seeker,
              EXISTS (SELECT 1 FROM employer_members m WHERE m.employer_id = a.employer_id AND m.user_id = $2) AS is_member
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = a.employer_id
        WHERE a.id = $1`,
      [id, userId],
    );
    return row;
  }

  async lockApplication(db: EntityManager, id: string): Promise<ApplicationRecord> {
    const [row] = await db.query(
      `SELECT ${APPLICATION_COLUMNS}
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = a.employer_id
        WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    return row;
  }

  /** The vacancy, locked against other hires and applications until the transaction ends, with its placements counted. */
  async lockVacancyForHire(db: EntityManager, vacancyId: string): Promise<VacancyForHire> {
    const [row] = await db.query(`SELECT id, status, openings FROM vacancies WHERE id = $1 FOR UPDATE`, [vacancyId]);
    const [{ filled }] = await db.query(`SELECT count(*)::int AS filled FROM placements WHERE vacancy_id = $1`, [vacancyId]);
    return { ...row, filled };
  }

  /** The vacancy for an application, share-locked so that a hire that fills it waits for this application (or it for the hire). */
  async vacancyForApplying(db: EntityManager, vacancyId: string) {
    const [row]: Array<{ id: string; title: string; status: string; deadline: string | null; employer_id: string; employer_name: string; today: string }> = await db.query(
      `SELECT v.id, v.title, v.status, to_char(v.deadline, 'YYYY-MM-DD') AS deadline, v.employer_id, e.name AS employer_name,
              to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS today
         FROM vacancies v JOIN employers e ON e.id = v.employer_id
        WHERE v.id = $1 FOR SHARE OF v`,
      [vacancyId],
    );
    return row;
  }

  async seekerExists(db: EntityManager, userId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM job_seekers WHERE user_id = $1`, [userId]);
    return rows.length > 0;
  }

  async insertApplication(db: EntityManager, input: { vacancyId: string; seekerId: string; employerId: string; shareAssessment: boolean }): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO applications (vacancy_id, seeker_id, employer_id, share_assessment) VALUES ($1, $2, $3, $4) RETURNING id`,
      [input.vacancyId, input.seekerId, input.employerId, input.shareAssessment],
    );
    return row.id;
  }

  async memberIds(db: EntityManager | DataSource, employerId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await db.query(`SELECT user_id FROM employer_members WHERE employer_id = $1 ORDER BY created_at`, [employerId]);
    return rows.map((row) => row.user_id);
  }

  async recordTransition(
    db: EntityManager,
    input: { applicationId: string; from: ApplicationStatus | null; to: ApplicationStatus; actorUserId: string | null; actorRole: ApplicationActor; reason?: string | null; note?: string | null },
  ): Promise<void> {
    await db.query(
      `INSERT INTO application_transitions (application_id, from_status, to_status, actor_user_id, actor_role, reason, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [input.applicationId, input.from, input.to, input.actorUserId, input.actorRole, input.reason ?? null, input.note ?? null],
    );
  }

  /** Sets the status; `activityAt` (the latest interview's time, when later than now) restarts the unanswered clock. */
  async setStatus(db: EntityManager, id: string, status: ApplicationStatus, activityAt?: Date): Promise<void> {
    await db.query(
      `UPDATE applications SET status = $2, updated_at = now(), last_activity_at = greatest(now(), $3::timestamptz) WHERE id = $1`,
      [id, status, activityAt ?? null],
    );
  }

  /**
   * The seeker's latest usable interest result (valid or questionable), for the summary an employer
   * may see when the seeker shares it: the Holland code only, never scale scores.
   */
  async interestResultOf(seekerId: string): Promise<{ result: Record<string, unknown>; scored_at: Date } | null> {
    const [row] = await this.dataSource.query(
      `SELECT r.result, a.scored_at
         FROM assessments a
         JOIN instrument_versions iv ON iv.instrument_id = a.instrument_id AND iv.version = a.instrument_version AND iv.kind = 'interest'
         JOIN LATERAL (SELECT status, result FROM assessment_results WHERE assessment_id = a.id ORDER BY created_at DESC LIMIT 1) r ON true
        WHERE a.user_id = $1 AND a.status = 'scored' AND r.status IN ('valid', 'questionable') AND r.result -> 'holland' ->> 'code' IS NOT NULL
        ORDER BY a.scored_at DESC LIMIT 1`,
      [seekerId],
    );
    return row ?? null;
  }

  async setSharing(id: string, shareAssessment: boolean): Promise<void> {
    await this.dataSource.query(`UPDATE applications SET share_assessment = $2, updated_at = now() WHERE id = $1`, [id, shareAssessment]);
  }

  async insertInterview(db: EntityManager, input: { applicationId: string; startsAt: Date; mode: InterviewMode; place: string; createdBy: string }): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO interviews (application_id, starts_at, mode, place, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [input.applicationId, input.startsAt, input.mode, input.place, input.createdBy],
    );
    return row.id;
  }

  async insertPlacement(db: EntityManager, input: { application: ApplicationRecord; startDate?: string; recordedBy: string }): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `INSERT INTO placements (application_id, vacancy_id, seeker_id, employer_id, start_date, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (application_id) DO NOTHING RETURNING id`,
      [input.application.id, input.application.vacancy_id, input.application.seeker_id, input.application.employer_id, input.startDate ?? null, input.recordedBy],
    );
    return rows.length > 0;
  }

  async markSeekerPlaced(db: EntityManager, seekerId: string): Promise<void> {
    await db.query(`UPDATE job_seekers SET status = 'placed', updated_at = now() WHERE user_id = $1`, [seekerId]);
  }

  /** Closes the seeker's open counselling case with the outcome "placed"; answers the case closed, if there was one. */
  async closeCaseAsPlaced(db: EntityManager, seekerId: string): Promise<{ id: string; counsellor_id: string | null; seeker_name: string } | undefined> {
    const [row] = await db.query(
      // A SELECT around the UPDATE, so that the driver answers the rows (an UPDATE answers [rows, count]).
      `WITH closed AS (
         UPDATE cases SET status = 'closed', closed_at = now(), outcome = 'placed', updated_at = now()
          WHERE seeker_id = $1 AND status = 'open' RETURNING id, counsellor_id, seeker_id)
       SELECT c.id, c.counsellor_id, u.full_name AS seeker_name FROM closed c JOIN users u ON u.id = c.seeker_id`,
      [seekerId],
    );
    return row;
  }

  async markVacancyFilled(db: EntityManager, vacancyId: string): Promise<void> {
    await db.query(`UPDATE vacancies SET status = 'filled', closed_at = now(), updated_at = now() WHERE id = $1`, [vacancyId]);
  }

  /** Rejects every other open application of the vacancy; answers what it closed, with the status each had. */
  async closeOpenApplications(db: EntityManager, vacancyId: string, exceptId: string): Promise<Array<{ id: string; seeker_id: string; status: ApplicationStatus }>> {
    return db.query(
      `WITH closing AS (
         SELECT id, seeker_id, status FROM applications
          WHERE vacancy_id = $1 AND id <> $2 AND status = ANY($3::text[])
          ORDER BY id FOR UPDATE
       ), closed AS (
         UPDATE applications a SET status = 'rejected', updated_at = now(), last_activity_at = now()
           FROM closing c WHERE a.id = c.id RETURNING a.id
       )
       SELECT c.id, c.seeker_id, c.status FROM closing c JOIN closed USING (id)`,
      [vacancyId, exceptId, OPEN],
    );
  }

  async history(applicationId: string): Promise<TransitionRow[]> {
    return this.dataSource.query(
      `SELECT from_status, to_status, actor_role, reason, note, created_at
         FROM application_transitions WHERE application_id = $1 ORDER BY created_at, id`,
      [applicationId],
    );
  }

  /** The latest interview of each application. */
  async latestInterviews(applicationIds: string[]): Promise<Map<string, InterviewRow>> {
    if (applicationIds.length === 0) return new Map();
    const rows: InterviewRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (application_id) id, application_id, starts_at, mode, place
         FROM interviews WHERE application_id = ANY($1::uuid[]) ORDER BY application_id, created_at DESC, id DESC`,
      [applicationIds],
    );
    return new Map(rows.map((row) => [row.application_id, row]));
  }

  async placementOf(applicationId: string): Promise<{ id: string; hired_at: Date; start_date: string | null } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT id, hired_at, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM placements WHERE application_id = $1`,
      [applicationId],
    );
    return row;
  }

  async mine(seekerId: string, limit: number, offset: number): Promise<{ rows: ApplicationRecord[]; total: number }> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${APPLICATION_COLUMNS}
           FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = a.employer_id
          WHERE a.seeker_id = $1 ORDER BY a.created_at DESC, a.id DESC LIMIT $2 OFFSET $3`,
        [seekerId, limit, offset],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM applications WHERE seeker_id = $1`, [seekerId]),
    ]);
    return { rows, total };
  }

  /** Whether `userId` is a member of the company that owns the vacancy. */
  async isVacancyMember(vacancyId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM vacancies v JOIN employer_members m ON m.employer_id = v.employer_id AND m.user_id = $2 WHERE v.id = $1`,
      [vacancyId, userId],
    );
    return rows.length > 0;
  }

  async forVacancy(vacancyId: string, status: ApplicationStatus | undefined, limit: number, offset: number): Promise<{ rows: ApplicationRecord[]; total: number }> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${APPLICATION_COLUMNS}
           FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = a.employer_id
          WHERE a.vacancy_id = $1 AND ($2::text IS NULL OR a.status = $2)
          ORDER BY a.created_at, a.id LIMIT $3 OFFSET $4`,
        [vacancyId, status ?? null, limit, offset],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM applications WHERE vacancy_id = $1 AND ($2::text IS NULL OR status = $2)`, [vacancyId, status ?? null]),
    ]);
    return { rows, total };
  }

  /**
   * What an employer may see of applicants: name, education, experience, domicile regency, skills.
   * Columns are named one by one, so identity numbers and disability data never come along.
   */
  async applicants(seekerIds: string[]): Promise<Map<string, ApplicantRow>> {
    if (seekerIds.length === 0) return new Map();
    const rows: ApplicantRow[] = await this.dataSource.query(
      `SELECT s.user_id, u.full_name, s.education_level, el.name_id AS education_name_id, el.name_en AS education_name_en,
              s.field_of_study, s.experience_months, s.domicile_regency_code, r.name AS regency_name,
              coalesce((SELECT jsonb_agg(jsonb_build_object('skillId', k.id, 'name', jsonb_build_object('id', k.name_id, 'en', k.name_en),
                                                            'level', sk.level, 'source', sk.source) ORDER BY sk.level DESC, k.name_en)
                          FROM job_seeker_skills sk JOIN skills k ON k.id = sk.skill_id WHERE sk.seeker_id = s.user_id), '[]'::jsonb) AS skills
         FROM job_seekers s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN education_levels el ON el.code = s.education_level
         LEFT JOIN regions r ON r.code = s.domicile_regency_code
        WHERE s.user_id = ANY($1::uuid[])`,
      [seekerIds],
    );
    return new Map(rows.map((row) => [row.user_id, row]));
  }

  /** Work history rows as JSON, or none while the profile feature's table is not there. */
  async workHistories(seekerIds: string[]): Promise<Map<string, Array<Record<string, unknown>>>> {
    this.workHistoryTable ??= this.dataSource
      .query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${WORK_HISTORY_TABLE}`])
      .then(([row]: Array<{ present: boolean }>) => row.present);
    if (seekerIds.length === 0 || !(await this.workHistoryTable)) return new Map();
    const rows: Array<{ seeker_id: string; item: Record<string, unknown> }> = await this.dataSource.query(
      `SELECT w.seeker_id, to_jsonb(w) AS item FROM ${WORK_HISTORY_TABLE} w WHERE w.seeker_id = ANY($1::uuid[])`,
      [seekerIds],
    );
    const bySeeker = new Map<string, Array<Record<string, unknown>>>();
    for (const row of rows) bySeeker.set(row.seeker_id, [...(bySeeker.get(row.seeker_id) ?? []), row.item]);
    return bySeeker;
  }

  async placementsOfMember(userId: string, limit: number, offset: number) {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT p.id, p.application_id, p.vacancy_id, v.title AS vacancy_title, p.seeker_id, u.full_name AS seeker_name,
                p.hired_at, to_char(p.start_date, 'YYYY-MM-DD') AS start_date
           FROM placements p
           JOIN employer_members m ON m.employer_id = p.employer_id AND m.user_id = $1
           JOIN vacancies v ON v.id = p.vacancy_id
           JOIN users u ON u.id = p.seeker_id
          ORDER BY p.hired_at DESC, p.id DESC LIMIT $2 OFFSET $3`,
        [userId, limit, offset],
      ) as Promise<Array<{ id: string; application_id: string; vacancy_id: string; vacancy_title: string; seeker_id: string; seeker_name: string; hired_at: Date; start_date: string | null }>>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM placements p JOIN employer_members m ON m.employer_id = p.employer_id AND m.user_id = $1`,
        [userId],
      ) as Promise<Array<{ total: number }>>,
    ]);
    return { rows, total };
  }
}
