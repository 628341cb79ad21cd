import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode, ageLimitProblems, wibDate } from '#domain';
import type { Page } from '../../common/dto/pagination.dto.js';
import type { CohortDto, PatchCohortDto, PatchProgrammeDto, ProgrammeDto, ProgrammeListQueryDto, SessionDto, TrainingSearchQueryDto } from './dto/training.dto.js';
import { EnrolmentsService } from './enrolments.service.js';
import { NO_COHORT, NO_PROGRAMME, TrainingAccess } from './training-access.js';

type Db = DataSource | EntityManager;

export interface SkillView {
  id: number;
  code: string;
  name: { id: string; en: string };
}

export interface ProgrammeView {
  id: string;
  title: string;
  vocationalField: string;
  description: string;
  skills: SkillView[];
  hours: number;
  cost: number;
  educationMin: { code: string; name: { id: string; en: string } };
  ageMin: number | null;
  ageMax: number | null;
  ageLegalBasis: string | null;
  regency: { code: string; name: string };
  address: string;
  status: 'draft' | 'published' | 'archived';
  centre: { id: string; name: string; verified: boolean };
  createdAt: string;
}

export interface SessionView {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface CohortView {
  id: string;
  programmeId: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  placesTaken: number;
  placesLeft: number;
  waitlisted: number;
  selection: boolean;
  status: string;
  instructor: { userId: string; fullName: string } | null;
  sessions: SessionView[];
}

interface ProgrammeRow {
  id: string;
  title: string;
  vocational_field: string;
  description: string;
  hours: number;
  cost: number;
  education_min: string;
  education_name_id: string;
  education_name_en: string;
  age_min: number | null;
  age_max: number | null;
  age_legal_basis: string | null;
  regency_code: string;
  regency_name: string;
  address: string;
  status: 'draft' | 'published' | 'archived';
  centre_id: string;
  centre_name: string;
  centre_verified: boolean;
  created_at: Date;
  skills: SkillView[] | null;
}

const PROGRAMME_SELECT = `
  SELECT p.id, p.title, p.vocational_field, p.description, p.hours, p.cost, p.education_min,
         e.name_id AS education_name_id, e.name_en AS education_name_en, p.age_min, p.age_max, p.age_legal_basis,
         coalesce(p.regency_code, c.regency_code) AS regency_code, r.name AS regency_name, coalesce(p.address, c.address) AS address,
         p.status, c.id AS centre_id, c.name AS centre_name, c.verified_at IS NOT NULL AS centre_verified, p.created_at,
         (SELECT json_agg(json_build_object('id', s.id, 'code', s.code, 'name', json_build_object('id', s.name_id, 'en', s.name_en)) ORDER BY s.id)
            FROM training_programme_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.programme_id = p.id) AS skills
    FROM training_programmes p
    JOIN training_centres c ON c.id = p.centre_id
    JOIN education_levels e ON e.code = p.education_min
    JOIN regions r ON r.code = coalesce(p.regency_code, c.regency_code)`;

function programmeView(row: ProgrammeRow): ProgrammeView {
  return {
    id: row.id,
    title: row.title,
    vocationalField: row.vocational_field,
    description: row.description,
    skills: row.skills ?? [],
    hours: row.hours,
    cost: row.cost,
    educationMin: { code: row.education_min, name: { id: row.education_name_id, en: row.education_name_en } },
    ageMin: row.age_min,
    ageMax: row.age_max,
    ageLegalBasis: row.age_legal_basis,
    regency: { code: row.regency_code, name: row.regency_name },
    address: row.address,
    status: row.status,
    centre: { id: row.centre_id, name: row.centre_name, verified: row.centre_verified },
    createdAt: row.created_at.toISOString(),
  };
}

interface CohortRow {
  id: string;
  programme_id: string;
  starts_on: string;
  ends_on: string;
  capacity: number;
  places_taken: number;
  waitlisted: number;
  selection: boolean;
  status: string;
  instructor_user_id: string | null;
  instructor_name: string | null;
  sessions: SessionView[] | null;
}

const COHORT_SELECT = `
  SELECT c.id, c.programme_id, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on, c.capacity, c.selection, c.status,
         c.instructor_user_id, u.full_name AS instructor_name,
         (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.status IN ('accepted', 'attending', 'completed')) AS places_taken,
         (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.status = 'waitlisted') AS waitlisted,
         (SELECT json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at) ORDER BY s.starts_at)
            FROM training_sessions s WHERE s.cohort_id = c.id) AS sessions
    FROM training_cohorts c LEFT JOIN users u ON u.id = c.instructor_user_id`;

function cohortView(row: CohortRow, withSessions = true): CohortView {
  return {
    id: row.id,
    programmeId: row.programme_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    capacity: row.capacity,
    placesTaken: row.places_taken,
    placesLeft: Math.max(0, row.capacity - row.places_taken),
    waitlisted: row.waitlisted,
    selection: row.selection,
    status: row.status,
    instructor: row.instructor_user_id ? { userId: row.instructor_user_id, fullName: row.instructor_name ?? '' } : null,
    sessions: withSessions ? (row.sessions ?? []).map((s) => ({ id: s.id, startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString() })) : [],
  };
}

function invalid(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, message, { field });
}

/** Programmes and cohorts: written by a centre's staff, listed publicly once published by a verified centre. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly access: TrainingAccess,
    private readonly enrolments: EnrolmentsService,
  ) {}

  private get db() {
    return this.access.db;
  }

  private today(): string {
    return wibDate(new Date());
  }

  private async checkReferences(db: Db, dto: Partial<ProgrammeDto>): Promise<void> {
    if (dto.educationMin !== undefined) {
      const rows: unknown[] = await db.query(`SELECT 1 FROM education_levels WHERE code = $1`, [dto.educationMin]);
      if (rows.length === 0) throw invalid('educationMin', `educationMin ${dto.educationMin} is not an education level; pick one from GET /api/reference/education-levels`);
    }
    if (dto.regencyCode) {
      const rows: unknown[] = await db.query(`SELECT 1 FROM regions WHERE code = $1`, [dto.regencyCode]);
      if (rows.length === 0) throw invalid('regencyCode', `regencyCode ${dto.regencyCode} is not a regency; pick one from GET /api/reference/regions`);
    }
    if (dto.skills !== undefined) {
      const found: { id: number }[] = await db.query(`SELECT id FROM skills WHERE id = ANY($1::int[])`, [dto.skills]);
      const missing = dto.skills.filter((id) => !found.some((row) => row.id === id));
      if (missing.length > 0) throw invalid('skills', `skills ${missing.join(', ')} are not in the taxonomy; pick skills from GET /api/reference/skills`);
    }
  }

  async programme(id: string, db: Db = this.db): Promise<ProgrammeView> {
    const [row]: ProgrammeRow[] = await db.query(`${PROGRAMME_SELECT} WHERE p.id = $1`, [id]);
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_PROGRAMME);
    return programmeView(row);
  }

  async create(userId: string, dto: ProgrammeDto): Promise<ProgrammeView> {
    const membership = await this.access.requireStaff(userId);
    const problems = ageLimitProblems({ ageMin: dto.ageMin ?? null, ageMax: dto.ageMax ?? null, ageLegalBasis: dto.ageLegalBasis ?? null });
    if (problems.length > 0) throw invalid('ageLegalBasis', problems.join('; '));
    const id = await this.db.transaction(async (db) => {
      await this.checkReferences(db, dto);
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO training_programmes (centre_id, title, vocational_field, description, hours, cost, education_min, age_min, age_max, age_legal_basis, regency_code, address, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'draft') RETURNING id`,
        [membership.centreId, dto.title, dto.vocationalField, dto.description, dto.hours, dto.cost, dto.educationMin, dto.ageMin ?? null, dto.ageMax ?? null, dto.ageLegalBasis ?? null, dto.regencyCode ?? null, dto.address ?? null],
      );
      await db.query(`INSERT INTO training_programme_skills (programme_id, skill_id) SELECT $1, unnest($2::int[])`, [row.id, dto.skills]);
      return row.id;
    });
    return this.programme(id);
  }

  async update(userId: string, id: string, dto: PatchProgrammeDto): Promise<ProgrammeView> {
    const membership = await this.access.requireStaff(userId);
    await this.db.transaction(async (db) => {
      const [current]: { age_min: number | null; age_max: number | null; age_legal_basis: string | null }[] = await db.query(
        `SELECT age_min, age_max, age_legal_basis FROM training_programmes WHERE id = $1 AND centre_id = $2 FOR UPDATE`,
        [id, membership.centreId],
      );
      if (!current) throw new DomainError(ErrorCode.NotFound, NO_PROGRAMME);
      const limits = {
        ageMin: dto.ageMin !== undefined ? dto.ageMin : current.age_min,
        ageMax: dto.ageMax !== undefined ? dto.ageMax : current.age_max,
        ageLegalBasis: dto.ageLegalBasis !== undefined ? dto.ageLegalBasis : current.age_legal_basis,
      };
      const problems = ageLimitProblems(limits);
      if (problems.length > 0) throw invalid('ageLegalBasis', problems.join('; '));
      await this.checkReferences(db, dto);
      await db.query(
        `UPDATE training_programmes SET title = coalesce($2, title), vocational_field = coalesce($3, vocational_field), description = coalesce($4, description),
                hours = coalesce($5, hours), cost = coalesce($6, cost), education_min = coalesce($7, education_min),
                age_min = $8, age_max = $9, age_legal_basis = $10,
                regency_code = CASE WHEN $11::boolean THEN $12 ELSE regency_code END, address = CASE WHEN $13::boolean THEN $14 ELSE address END, updated_at = now()
          WHERE id = $1`,
        [
          id,
          dto.title ?? null,
          dto.vocationalField ?? null,
          dto.description ?? null,
          dto.hours ?? null,
          dto.cost ?? null,
          dto.educationMin ?? null,
          limits.ageMin ?? null,
          limits.ageMax ?? null,
          limits.ageLegalBasis ?? null,
          dto.regencyCode !== undefined,
          dto.regencyCode ?? null,
          dto.address !== undefined,
          dto.address ?? null,
        ],
      );
      if (dto.skills !== undefined) {
        await db.query(`DELETE FROM training_programme_skills WHERE programme_id = $1`, [id]);
        await db.query(`INSERT INTO training_programme_skills (programme_id, skill_id) SELECT $1, unnest($2::int[])`, [id, dto.skills]);
      }
    });
    return this.programme(id);
  }

  async setStatus(userId: string, id: string, status: 'published' | 'draft' | 'archived'): Promise<ProgrammeView> {
    const membership = await this.access.requireStaff(userId);
    await this.access.programmeOfCentre(id, membership.centreId);
    if (status === 'published' && !membership.verified) {
      throw new DomainError(ErrorCode.TrainingCentreNotVerified, 'Your training centre is not verified yet: programmes can be drafted, but published only after an admin verifies the centre.');
    }
    await this.db.query(`UPDATE training_programmes SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
    return this.programme(id);
  }

  async mineList(userId: string, query: ProgrammeListQueryDto): Promise<Page<ProgrammeView>> {
    const membership = await this.access.requireMembership(userId);
    const [rows, [count]] = await Promise.all([
      this.db.query(`${PROGRAMME_SELECT} WHERE p.centre_id = $1 ORDER BY p.created_at DESC, p.id LIMIT $2 OFFSET $3`, [membership.centreId, query.limit, query.offset]) as Promise<ProgrammeRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM training_programmes WHERE centre_id = $1`, [membership.centreId]) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(programmeView), total: count.total, page: query.page, limit: query.limit };
  }

  async mineOne(userId: string, id: string): Promise<ProgrammeView & { cohorts: CohortView[] }> {
    const membership = await this.access.requireMembership(userId);
    await this.access.programmeOfCentre(id, membership.centreId);
    const cohorts: CohortRow[] = await this.db.query(`${COHORT_SELECT} WHERE c.programme_id = $1 ORDER BY c.starts_on, c.id`, [id]);
    return { ...(await this.programme(id)), cohorts: cohorts.map((row) => cohortView(row, false)) };
  }

  // ---- cohorts ------------------------------------------------------------------------------------

  async cohort(id: string, db: Db = this.db): Promise<CohortView> {
    const [row]: CohortRow[] = await db.query(`${COHORT_SELECT} WHERE c.id = $1`, [id]);
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_COHORT);
    return cohortView(row);
  }

  private async checkInstructor(db: Db, centreId: string, userId: string): Promise<void> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM training_centre_members WHERE centre_id = $1 AND user_id = $2 AND role = 'instructor'`, [centreId, userId]);
    if (rows.length === 0) throw invalid('instructorUserId', 'instructorUserId must be a member of your centre with role instructor; invite them with POST /api/training-centres/mine/invitations');
  }

  private sessionRows(sessions: SessionDto[], startsOn: string, endsOn: string): Array<[string, string]> {
    return sessions.map((session, index) => {
      const starts = new Date(session.startsAt);
      const ends = new Date(session.endsAt);
      if (Number.isNaN(starts.getTime()) || Number.isNaN(ends.getTime())) throw invalid(`sessions.${index}`, `sessions.${index} must have real dates and times`);
      if (ends <= starts) throw invalid(`sessions.${index}.endsAt`, `sessions.${index}.endsAt must be after its startsAt`);
      if (ends.getTime() - starts.getTime() > 24 * 3600 * 1000) throw invalid(`sessions.${index}.endsAt`, `sessions.${index} must last at most a day`);
      const day = wibDate(starts);
      if (day < startsOn || day > endsOn) throw invalid(`sessions.${index}.startsAt`, `sessions.${index} is on ${day}, outside the cohort's dates ${startsOn} to ${endsOn}`);
      return [starts.toISOString(), ends.toISOString()];
    });
  }

  private async insertSessions(db: Db, cohortId: string, rows: Array<[string, string]>): Promise<void> {
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO training_sessions (cohort_id, starts_at, ends_at) SELECT $1, s, e FROM unnest($2::timestamptz[], $3::timestamptz[]) AS t(s, e)
       ON CONFLICT (cohort_id, starts_at) DO NOTHING`,
      [cohortId, rows.map((row) => row[0]), rows.map((row) => row[1])],
    );
  }

  private checkRealDate(field: 'startsOn' | 'endsOn', value: string): void {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) throw invalid(field, `${field} ${value} is not a real date`);
  }

  private checkDates(startsOn: string, endsOn: string): void {
    this.checkRealDate('startsOn', startsOn);
    this.checkRealDate('endsOn', endsOn);
    if (startsOn < this.today()) throw invalid('startsOn', `startsOn must be today (${this.today()}) or later`);
    if (endsOn < startsOn) throw invalid('endsOn', 'endsOn must not be before startsOn');
  }

  /**
   * New dates for an open cohort: the start only before the cohort starts, the end not in the past,
   * and every session already planned still within them. Answers whether anything changed.
   */
  private async moveDates(db: Db, cohortId: string, current: { starts_on: string; ends_on: string; status: string }, dto: PatchCohortDto): Promise<boolean> {
    const startsOn = dto.startsOn ?? current.starts_on;
    const endsOn = dto.endsOn ?? current.ends_on;
    if (startsOn === current.starts_on && endsOn === current.ends_on) return false;
    if (current.status !== 'open') throw new DomainError(ErrorCode.CohortClosed, `The cohort is ${current.status}; only an open cohort's dates can change.`);
    const today = this.today();
    if (dto.startsOn !== undefined) this.checkRealDate('startsOn', dto.startsOn);
    if (dto.endsOn !== undefined) this.checkRealDate('endsOn', dto.endsOn);
    if (startsOn !== current.starts_on) {
      if (current.starts_on <= today) throw invalid('startsOn', `The cohort started on ${current.starts_on}; its start date no longer changes (the end date still may)`);
      if (startsOn < today) throw invalid('startsOn', `startsOn must be today (${today}) or later`);
    }
    if (endsOn < startsOn) throw invalid('endsOn', 'endsOn must not be before startsOn');
    if (endsOn < today) throw invalid('endsOn', `endsOn must be today (${today}) or later`);
    const [outside]: { day: string }[] = await db.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS day FROM training_sessions
        WHERE cohort_id = $1 AND ((starts_at AT TIME ZONE 'Asia/Jakarta')::date < $2::date OR (starts_at AT TIME ZONE 'Asia/Jakarta')::date > $3::date)
        ORDER BY starts_at LIMIT 1`,
      [cohortId, startsOn, endsOn],
    );
    if (outside) throw invalid(dto.startsOn !== undefined && outside.day < startsOn ? 'startsOn' : 'endsOn', `A session is planned on ${outside.day}, outside ${startsOn} to ${endsOn}; choose dates that include every session`);
    await db.query(`UPDATE training_cohorts SET starts_on = $2, ends_on = $3, updated_at = now() WHERE id = $1`, [cohortId, startsOn, endsOn]);
    return true;
  }

  async createCohort(userId: string, programmeId: string, dto: CohortDto): Promise<CohortView> {
    const membership = await this.access.requireStaff(userId);
    this.checkDates(dto.startsOn, dto.endsOn);
    const sessions = this.sessionRows(dto.sessions ?? [], dto.startsOn, dto.endsOn);
    const id = await this.db.transaction(async (db) => {
      await this.access.programmeOfCentre(programmeId, membership.centreId, db);
      if (dto.instructorUserId) await this.checkInstructor(db, membership.centreId, dto.instructorUserId);
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO training_cohorts (programme_id, starts_on, ends_on, capacity, instructor_user_id, selection) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [programmeId, dto.startsOn, dto.endsOn, dto.capacity, dto.instructorUserId ?? null, dto.selection ?? false],
      );
      await this.insertSessions(db, row.id, sessions);
      return row.id;
    });
    return this.cohort(id);
  }

  async cohortsOfProgramme(userId: string, programmeId: string): Promise<CohortView[]> {
    const membership = await this.access.requireMembership(userId);
    await this.access.programmeOfCentre(programmeId, membership.centreId);
    const rows: CohortRow[] = await this.db.query(`${COHORT_SELECT} WHERE c.programme_id = $1 ORDER BY c.starts_on, c.id`, [programmeId]);
    return rows.map((row) => cohortView(row));
  }

  async mineCohort(userId: string, cohortId: string): Promise<CohortView & { programme: ProgrammeView }> {
    const membership = await this.access.requireMembership(userId);
    await this.access.cohortOfCentre(cohortId, membership.centreId);
    const cohort = await this.cohort(cohortId);
    return { ...cohort, programme: await this.programme(cohort.programmeId) };
  }

  async updateCohort(userId: string, cohortId: string, dto: PatchCohortDto): Promise<CohortView> {
    const membership = await this.access.requireStaff(userId);
    const outcome = await this.db.transaction(async (db) => {
      await this.access.cohortOfCentre(cohortId, membership.centreId, db);
      const [cohort]: { capacity: number; status: string; starts_on: string; ends_on: string; title: string }[] = await db.query(
        `SELECT k.capacity, k.status, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on, p.title
           FROM training_cohorts k JOIN training_programmes p ON p.id = k.programme_id WHERE k.id = $1 FOR NO KEY UPDATE OF k`,
        [cohortId],
      );
      const moved = await this.moveDates(db, cohortId, cohort, dto);
      if (dto.instructorUserId) await this.checkInstructor(db, membership.centreId, dto.instructorUserId);
      if (dto.capacity !== undefined) {
        const [{ taken }]: { taken: number }[] = await db.query(
          `SELECT count(*)::int AS taken FROM enrolments WHERE cohort_id = $1 AND status IN ('accepted', 'attending', 'completed')`,
          [cohortId],
        );
        if (dto.capacity < taken) throw invalid('capacity', `capacity must be at least ${taken}, the places already taken; drop enrolments first to lower it further`);
      }
      if (dto.status && cohort.status !== 'open' && cohort.status !== dto.status) {
        throw new DomainError(ErrorCode.CohortClosed, `The cohort is ${cohort.status}; only an open cohort can be changed to ${dto.status}.`);
      }
      await db.query(
        `UPDATE training_cohorts SET capacity = coalesce($2, capacity), instructor_user_id = coalesce($3, instructor_user_id), selection = coalesce($4, selection),
                status = coalesce($5, status), updated_at = now() WHERE id = $1`,
        [cohortId, dto.capacity ?? null, dto.instructorUserId ?? null, dto.selection ?? null, dto.status ?? null],
      );
      if (dto.status === 'cancelled' && cohort.status !== 'cancelled') return this.enrolments.endForCancellation(db, cohortId);
      const rescheduled = moved
        ? await this.enrolments.noticeReschedule(db, cohortId, cohort.title, dto.startsOn ?? cohort.starts_on, dto.endsOn ?? cohort.ends_on)
        : { outboxIds: [], rematch: [] };
      // More places: the waiting list moves up at once.
      const filled = await this.enrolments.fillFreePlaces(db, cohortId);
      return { outboxIds: [...rescheduled.outboxIds, ...filled.outboxIds], rematch: [...rescheduled.rematch, ...filled.rematch] };
    });
    await this.enrolments.afterCommit(outcome);
    return this.cohort(cohortId);
  }

  async addSessions(userId: string, cohortId: string, sessions: SessionDto[]): Promise<CohortView> {
    const membership = await this.access.requireStaff(userId);
    await this.db.transaction(async (db) => {
      await this.access.cohortOfCentre(cohortId, membership.centreId, db);
      const [cohort]: { starts_on: string; ends_on: string }[] = await db.query(
        `SELECT starts_on::text AS starts_on, ends_on::text AS ends_on FROM training_cohorts WHERE id = $1 FOR NO KEY UPDATE`,
        [cohortId],
      );
      await this.insertSessions(db, cohortId, this.sessionRows(sessions, cohort.starts_on, cohort.ends_on));
    });
    return this.cohort(cohortId);
  }

  // ---- public -------------------------------------------------------------------------------------

  /** Published programmes of verified centres with their upcoming open cohorts. */
  async search(query: TrainingSearchQueryDto): Promise<Page<ProgrammeView & { upcomingCohorts: CohortView[] }>> {
    const params: unknown[] = [this.today()];
    const where = [
      `p.status = 'published'`,
      `c.verified_at IS NOT NULL`,
      `EXISTS (SELECT 1 FROM training_cohorts k WHERE k.programme_id = p.id AND k.status = 'open' AND k.starts_on >= $1)`,
    ];
    if (query.q) {
      params.push(query.q);
      where.push(`p.search @@ websearch_to_tsquery('simple', $${params.length})`);
    }
    if (query.regency) {
      params.push(query.regency);
      where.push(`coalesce(p.regency_code, c.regency_code) = $${params.length}`);
    }
    if (query.skill) {
      params.push(query.skill);
      where.push(`EXISTS (SELECT 1 FROM training_programme_skills ps WHERE ps.programme_id = p.id AND ps.skill_id = $${params.length})`);
    }
    const condition = where.join(' AND ');
    const [rows, [count]] = await Promise.all([
      this.db.query(
        `${PROGRAMME_SELECT} WHERE ${condition}
          ORDER BY (SELECT min(k.starts_on) FROM training_cohorts k WHERE k.programme_id = p.id AND k.status = 'open' AND k.starts_on >= $1), p.id
          LIMIT ${query.limit} OFFSET ${query.offset}`,
        params,
      ) as Promise<ProgrammeRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM training_programmes p JOIN training_centres c ON c.id = p.centre_id WHERE ${condition}`, params) as Promise<{ total: number }[]>,
    ]);
    const cohorts = await this.upcomingCohorts(rows.map((row) => row.id));
    return {
      items: rows.map((row) => ({ ...programmeView(row), upcomingCohorts: cohorts.get(row.id) ?? [] })),
      total: count.total,
      page: query.page,
      limit: query.limit,
    };
  }

  async upcomingCohorts(programmeIds: string[]): Promise<Map<string, CohortView[]>> {
    const map = new Map<string, CohortView[]>();
    if (programmeIds.length === 0) return map;
    const rows: CohortRow[] = await this.db.query(
      `${COHORT_SELECT} WHERE c.programme_id = ANY($1::uuid[]) AND c.status = 'open' AND c.starts_on >= $2 ORDER BY c.starts_on, c.id`,
      [programmeIds, this.today()],
    );
    for (const row of rows) {
      const list = map.get(row.programme_id) ?? [];
      list.push(cohortView(row));
      map.set(row.programme_id, list);
    }
    return map;
  }

  async publicProgramme(id: string): Promise<ProgrammeView & { upcomingCohorts: CohortView[] }> {
    const [row]: ProgrammeRow[] = await this.db.query(`${PROGRAMME_SELECT} WHERE p.id = $1 AND p.status = 'published' AND c.verified_at IS NOT NULL`, [id]);
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_PROGRAMME);
    const cohorts = await this.upcomingCohorts([id]);
    return { ...programmeView(row), upcomingCohorts: cohorts.get(id) ?? [] };
  }
}
