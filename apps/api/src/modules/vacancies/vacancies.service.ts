import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  canEditVacancy,
  deadlineProblem,
  findDiscriminatoryWording,
  transitionProblem,
  unapprovedFindings,
  vacancyFieldProblems,
  wordingMessage,
  type Role,
  type VacancyStatus,
} from '#domain';
import { MatchChanges, NotificationWriter, OutboxService } from '#platform';
import type { Page } from '../../common/dto/pagination.dto.js';
import { EmployersService } from '../employers/employers.service.js';
import { VacancySearchService } from './vacancy-search.service.js';
import type { CreateVacancyDto, MyVacanciesQueryDto, UpdateVacancyDto, VacancySkillDto, WordingExceptionQueryDto } from './dto/vacancy.dto.js';

interface VacancyRow {
  id: string;
  employer_id: string;
  employer_name: string;
  employer_verified: boolean;
  occupation_code: string;
  occupation_title_id: string;
  occupation_title_en: string;
  title: string;
  description: string;
  regency_code: string | null;
  regency_name: string | null;
  is_remote: boolean;
  wage_min: number | null;
  wage_max: number | null;
  employment_type: string;
  openings: number;
  education_min: string;
  fields_of_study: string[];
  experience_min_months: number;
  accommodations: string[];
  status: VacancyStatus;
  deadline: string | null;
  published_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const VACANCY_SELECT = `
  SELECT v.id, v.employer_id, e.name AS employer_name, e.verified_at IS NOT NULL AS employer_verified,
         v.occupation_code, o.title_id AS occupation_title_id, o.title_en AS occupation_title_en,
         v.title, v.description, v.regency_code, r.name AS regency_name, v.is_remote, v.wage_min, v.wage_max,
         v.employment_type, v.openings, v.education_min, v.fields_of_study, v.experience_min_months, v.accommodations,
         v.status, to_char(v.deadline, 'YYYY-MM-DD') AS deadline, v.published_at, v.closed_at, v.created_at, v.updated_at
    FROM vacancies v
    JOIN employers e ON e.id = v.employer_id
    JOIN occupations o ON o.code = v.occupation_code
    LEFT JOIN regions r ON r.code = v.regency_code`;

export interface VacancySkillView {
  skillId: number;
  name: { id: string; en: string };
  importance: 'required' | 'preferred';
  weight: number;
}

function toView(row: VacancyRow, skills: VacancySkillView[]) {
  return {
    id: row.id,
    employer: { id: row.employer_id, name: row.employer_name, verified: row.employer_verified },
    occupationCode: row.occupation_code,
    occupation: { code: row.occupation_code, title: { id: row.occupation_title_id, en: row.occupation_title_en } },
    title: row.title,
    description: row.description,
    regencyCode: row.regency_code,
    regency: row.regency_code ? { code: row.regency_code, name: row.regency_name } : null,
    isRemote: row.is_remote,
    wageMin: row.wage_min,
    wageMax: row.wage_max,
    employmentType: row.employment_type,
    openings: row.openings,
    educationMin: row.education_min,
    fieldsOfStudy: row.fields_of_study,
    experienceMinMonths: row.experience_min_months,
    accommodations: row.accommodations,
    deadline: row.deadline,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    skills,
  };
}

export type VacancyView = ReturnType<typeof toView>;

interface ExceptionRow {
  id: string;
  vacancy_id: string;
  vacancy_title: string;
  employer_id: string;
  employer_name: string;
  reason: string;
  phrases: string[];
  status: 'pending' | 'approved' | 'rejected';
  decided_at: Date | null;
  decision_reason: string | null;
  created_at: Date;
}

function toExceptionView(row: ExceptionRow) {
  return {
    id: row.id,
    vacancy: { id: row.vacancy_id, title: row.vacancy_title, employer: { id: row.employer_id, name: row.employer_name } },
    reason: row.reason,
    phrases: row.phrases,
    status: row.status,
    decision: row.decided_at ? { at: row.decided_at.toISOString(), reason: row.decision_reason } : null,
    createdAt: row.created_at.toISOString(),
  };
}

const EXCEPTION_SELECT = `
  SELECT x.id, x.vacancy_id, v.title AS vacancy_title, v.employer_id, e.name AS employer_name, x.reason, x.phrases, x.status,
         x.decided_at, x.decision_reason, x.created_at
    FROM vacancy_wording_exceptions x JOIN vacancies v ON v.id = x.vacancy_id JOIN employers e ON e.id = v.employer_id`;

const NOT_FOUND = 'There is no such vacancy.';

/** Vacancies of a company: drafts, publication (with the wording check), closing; wording exceptions. */
@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employers: EmployersService,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
    private readonly search: VacancySearchService,
    private readonly matchChanges: MatchChanges,
  ) {}

  /**
   * A transaction that may change what the search shows (this process's search cache forgets after
   * it) and, given `rematch`, what that vacancy is matched to (marked in the same transaction,
   * re-matched after commit).
   */
  private async changing<T>(rematch: string | null, work: (db: EntityManager) => Promise<T>): Promise<T> {
    try {
      const result = await this.db.transaction(async (db) => {
        const value = await work(db);
        if (rematch) await this.matchChanges.mark(db, 'vacancy', [rematch]);
        return value;
      });
      if (rematch) await this.matchChanges.dispatch('vacancy', [rematch]);
      return result;
    } finally {
      this.search.invalidate();
    }
  }

  private async skillsOf(db: DataSource | EntityManager, vacancyId: string): Promise<VacancySkillView[]> {
    const rows: { skill_id: number; name_id: string; name_en: string; importance: 'required' | 'preferred'; weight: number }[] = await db.query(
      `SELECT vs.skill_id, s.name_id, s.name_en, vs.importance, vs.weight FROM vacancy_skills vs JOIN skills s ON s.id = vs.skill_id
        WHERE vs.vacancy_id = $1 ORDER BY vs.importance DESC, vs.weight DESC, vs.skill_id`,
      [vacancyId],
    );
    return rows.map((row) => ({ skillId: row.skill_id, name: { id: row.name_id, en: row.name_en }, importance: row.importance, weight: row.weight }));
  }

  private async load(db: DataSource | EntityManager, id: string, lock = false): Promise<VacancyRow | null> {
    const rows: VacancyRow[] = await db.query(`${VACANCY_SELECT} WHERE v.id = $1${lock ? ' FOR UPDATE OF v' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** The vacancy when the caller is a member of its company; otherwise it answers like a missing one. */
  private async loadOwned(db: DataSource | EntityManager, userId: string, id: string, lock = false): Promise<VacancyRow> {
    const membership = await this.employers.membership(userId, db);
    const row = await this.load(db, id, lock);
    if (!row || !membership || membership.employerId !== row.employer_id) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return row;
  }

  private async view(db: DataSource | EntityManager, id: string): Promise<VacancyView> {
    const row = await this.load(db, id);
    if (!row) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return toView(row, await this.skillsOf(db, id));
  }

  /** Checks that the codes and ids name reference rows, with a message naming the field. */
  private async assertReferences(db: EntityManager, dto: UpdateVacancyDto): Promise<void> {
    const [row]: {
      occupation: boolean;
      regency: boolean;
      education: boolean;
      bad_fields: string[] | null;
      bad_skills: number[] | null;
    }[] = await db.query(
      `SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM occupations WHERE code = $1)) AS occupation,
              ($2::text IS NULL OR EXISTS (SELECT 1 FROM regions WHERE code = $2)) AS regency,
              ($3::text IS NULL OR EXISTS (SELECT 1 FROM education_levels WHERE code = $3)) AS education,
              (SELECT array_agg(f) FROM unnest($4::text[]) f WHERE NOT EXISTS (SELECT 1 FROM fields_of_study WHERE code = f)) AS bad_fields,
              (SELECT array_agg(s) FROM unnest($5::int[]) s WHERE NOT EXISTS (SELECT 1 FROM skills WHERE id = s)) AS bad_skills`,
      [dto.occupationCode ?? null, dto.regencyCode ?? null, dto.educationMin ?? null, dto.fieldsOfStudy ?? [], (dto.skills ?? []).map((s) => s.skillId)],
    );
    const fail = (field: string, message: string) => {
      throw new DomainError(ErrorCode.ValidationFailed, message, { field });
    };
    if (!row.occupation) fail('occupationCode', `occupationCode ${dto.occupationCode} is not an occupation; pick one from GET /api/reference/occupations`);
    if (!row.regency) fail('regencyCode', `regencyCode ${dto.regencyCode} is not a regency; pick one from GET /api/reference/regions`);
    if (!row.education) fail('educationMin', `educationMin ${dto.educationMin} is not an education level; pick one from GET /api/reference/education-levels`);
    if (row.bad_fields?.length) fail('fieldsOfStudy', `fieldsOfStudy has unknown codes: ${row.bad_fields.join(', ')}; pick from GET /api/reference/fields-of-study`);
    if (row.bad_skills?.length) fail('skills', `skills has unknown skill ids: ${row.bad_skills.join(', ')}; pick from GET /api/reference/skills`);
    const ids = (dto.skills ?? []).map((s) => s.skillId);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated !== undefined) fail('skills', `skills lists skill ${repeated} twice; list each skill once`);
  }

  private async replaceSkills(db: EntityManager, vacancyId: string, skills: VacancySkillDto[]): Promise<void> {
    await db.query(`DELETE FROM vacancy_skills WHERE vacancy_id = $1`, [vacancyId]);
    if (skills.length === 0) return;
    await db.query(
      `INSERT INTO vacancy_skills (vacancy_id, skill_id, importance, weight)
       SELECT $1, skill_id, importance, weight FROM unnest($2::int[], $3::text[], $4::real[]) AS t(skill_id, importance, weight)`,
      [vacancyId, skills.map((s) => s.skillId), skills.map((s) => s.importance), skills.map((s) => s.weight ?? 1)],
    );
  }

  async create(userId: string, dto: CreateVacancyDto): Promise<VacancyView> {
    const membership = await this.employers.requireMembership(userId);
    const fields = { regencyCode: dto.regencyCode ?? null, isRemote: dto.isRemote, wageMin: dto.wageMin ?? null, wageMax: dto.wageMax ?? null };
    const problems = vacancyFieldProblems(fields);
    if (problems.length > 0) throw new DomainError(ErrorCode.ValidationFailed, problems.join('; '));
    const created = await this.db.transaction(async (db) => {
      await this.assertReferences(db, dto);
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO vacancies (employer_id, occupation_code, title, description, regency_code, is_remote, wage_min, wage_max, employment_type,
                                openings, education_min, fields_of_study, experience_min_months, accommodations, deadline, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id`,
        [
          membership.employerId,
          dto.occupationCode,
          dto.title,
          dto.description,
          fields.regencyCode,
          dto.isRemote,
          fields.wageMin,
          fields.wageMax,
          dto.employmentType,
          dto.openings,
          dto.educationMin,
          dto.fieldsOfStudy,
          dto.experienceMinMonths,
          dto.accommodations,
          dto.deadline ?? null,
          userId,
        ],
      );
      await this.replaceSkills(db, row.id, dto.skills);
      await this.matchChanges.mark(db, 'vacancy', [row.id]);
      return this.view(db, row.id);
    });
    await this.matchChanges.dispatch('vacancy', [created.id]);
    return created;
  }

  async update(userId: string, id: string, dto: UpdateVacancyDto): Promise<VacancyView> {
    return this.changing(id, async (db) => {
      const current = await this.loadOwned(db, userId, id, true);
      if (!canEditVacancy(current.status)) throw new DomainError(ErrorCode.InvalidTransition, `A ${current.status} vacancy cannot be changed; create a new one.`);
      const has = (key: keyof UpdateVacancyDto) => Object.prototype.hasOwnProperty.call(dto, key) && dto[key] !== undefined;
      const next = {
        regencyCode: has('regencyCode') ? (dto.regencyCode ?? null) : current.regency_code,
        isRemote: dto.isRemote ?? current.is_remote,
        wageMin: has('wageMin') ? (dto.wageMin ?? null) : current.wage_min,
        wageMax: has('wageMax') ? (dto.wageMax ?? null) : current.wage_max,
      };
      const problems = vacancyFieldProblems(next);
      if (problems.length > 0) throw new DomainError(ErrorCode.ValidationFailed, problems.join('; '));
      const title = dto.title ?? current.title;
      const description = dto.description ?? current.description;
      if (current.status === 'published') {
        // A published vacancy stays clean: its new wording passes the same check as at publication.
        await this.assertWording(db, id, title, description);
        const problem = has('deadline') && dto.deadline ? deadlineProblem(dto.deadline, await this.today(db)) : null;
        if (problem) throw new DomainError(ErrorCode.ValidationFailed, problem, { field: 'deadline' });
      }
      await this.assertReferences(db, dto);
      await db.query(
        `UPDATE vacancies SET occupation_code = $2, title = $3, description = $4, regency_code = $5, is_remote = $6, wage_min = $7, wage_max = $8,
                employment_type = $9, openings = $10, education_min = $11, fields_of_study = $12, experience_min_months = $13,
                accommodations = $14, deadline = $15, updated_by = $16, updated_at = now()
          WHERE id = $1`,
        [
          id,
          dto.occupationCode ?? current.occupation_code,
          title,
          description,
          next.regencyCode,
          next.isRemote,
          next.wageMin,
          next.wageMax,
          dto.employmentType ?? current.employment_type,
          dto.openings ?? current.openings,
          dto.educationMin ?? current.education_min,
          dto.fieldsOfStudy ?? current.fields_of_study,
          dto.experienceMinMonths ?? current.experience_min_months,
          dto.accommodations ?? current.accommodations,
          has('deadline') ? (dto.deadline ?? null) : current.deadline,
          userId,
        ],
      );
      if (dto.skills) await this.replaceSkills(db, id, dto.skills);
      return this.view(db, id);
    });
  }

  private async today(db: DataSource | EntityManager): Promise<string> {
    const [row]: { today: string }[] = await db.query(`SELECT to_char((now() AT TIME ZONE 'Asia/Jakarta')::date, 'YYYY-MM-DD') AS today`);
    return row.today;
  }

  private async assertWording(db: EntityManager, vacancyId: string, title: string, description: string): Promise<void> {
    const findings = findDiscriminatoryWording(title, description);
    if (findings.length === 0) return;
    const [approved]: { phrases: string[] | null }[] = await db.query(
      `SELECT array_agg(p) AS phrases FROM vacancy_wording_exceptions x, unnest(x.phrases) p WHERE x.vacancy_id = $1 AND x.status = 'approved'`,
      [vacancyId],
    );
    const left = unapprovedFindings(findings, approved?.phrases ?? []);
    if (left.length > 0) {
      throw new DomainError(ErrorCode.DiscriminatoryRequirement, wordingMessage(left), {
        phrases: left.map((finding) => ({ phrase: finding.phrase, category: finding.category })),
      });
    }
  }

  async publish(userId: string, id: string): Promise<VacancyView> {
    return this.changing(id, async (db) => {
      const current = await this.loadOwned(db, userId, id, true);
      const problem = transitionProblem(current.status, 'publish');
      if (problem) throw new DomainError(ErrorCode.InvalidTransition, problem);
      if (!current.employer_verified) {
        throw new DomainError(
          ErrorCode.EmployerNotVerified,
          'Your company is not verified yet, so its vacancies cannot be published; keep this one as a draft until an admin verifies the company.',
        );
      }
      const deadline = deadlineProblem(current.deadline, await this.today(db));
      if (deadline) throw new DomainError(ErrorCode.ValidationFailed, `${deadline} Change it before publishing.`, { field: 'deadline' });
      await this.assertWording(db, id, current.title, current.description);
      await db.query(`UPDATE vacancies SET status = 'published', published_at = now(), updated_by = $2, updated_at = now() WHERE id = $1`, [id, userId]);
      return this.view(db, id);
    });
  }

  async close(userId: string, id: string, filled: boolean): Promise<VacancyView> {
    return this.changing(id, async (db) => {
      const current = await this.loadOwned(db, userId, id, true);
      const problem = transitionProblem(current.status, 'close');
      if (problem) throw new DomainError(ErrorCode.InvalidTransition, problem);
      await db.query(`UPDATE vacancies SET status = $2, closed_at = now(), updated_by = $3, updated_at = now() WHERE id = $1`, [id, filled ? 'filled' : 'closed', userId]);
      return this.view(db, id);
    });
  }

  async mine(userId: string, query: MyVacanciesQueryDto): Promise<Page<VacancyView>> {
    const membership = await this.employers.requireMembership(userId);
    const [rows, [count]] = await Promise.all([
      this.db.query(`${VACANCY_SELECT} WHERE v.employer_id = $1 AND ($2::text IS NULL OR v.status = $2) ORDER BY v.updated_at DESC, v.id LIMIT $3 OFFSET $4`, [
        membership.employerId,
        query.status ?? null,
        query.limit,
        query.offset,
      ]) as Promise<VacancyRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM vacancies WHERE employer_id = $1 AND ($2::text IS NULL OR status = $2)`, [
        membership.employerId,
        query.status ?? null,
      ]) as Promise<{ total: number }[]>,
    ]);
    const items = await Promise.all(rows.map(async (row) => toView(row, await this.skillsOf(this.db, row.id))));
    return { items, total: count.total, page: query.page, limit: query.limit };
  }

  /** Published vacancies for everyone; others only for members of the company (and admins). */
  async get(caller: { id: string; role: Role } | undefined, id: string): Promise<VacancyView> {
    const row = await this.load(this.db, id);
    if (!row) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    if (row.status !== 'published' && caller?.role !== 'admin') {
      const membership = caller ? await this.employers.membership(caller.id) : null;
      if (membership?.employerId !== row.employer_id) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    }
    return toView(row, await this.skillsOf(this.db, id));
  }

  async requestException(userId: string, id: string, reason: string) {
    return this.changing(null, async (db) => {
      const current = await this.loadOwned(db, userId, id, true);
      if (!canEditVacancy(current.status)) throw new DomainError(ErrorCode.InvalidTransition, `A ${current.status} vacancy needs no wording exception.`);
      const findings = findDiscriminatoryWording(current.title, current.description);
      if (findings.length === 0) throw new DomainError(ErrorCode.ValidationFailed, 'The wording of this vacancy passes the check; it needs no exception.');
      const pending: unknown[] = await db.query(`SELECT 1 FROM vacancy_wording_exceptions WHERE vacancy_id = $1 AND status = 'pending'`, [id]);
      if (pending.length > 0) throw new DomainError(ErrorCode.InvalidTransition, 'A wording exception for this vacancy is waiting for an admin already.');
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO vacancy_wording_exceptions (vacancy_id, requested_by, reason, phrases) VALUES ($1, $2, $3, $4) RETURNING id`,
        [id, userId, reason, findings.map((finding) => finding.normalized)],
      );
      const [view]: ExceptionRow[] = await db.query(`${EXCEPTION_SELECT} WHERE x.id = $1`, [row.id]);
      return toExceptionView(view);
    });
  }

  async listExceptions(query: WordingExceptionQueryDto) {
    const [rows, [count]] = await Promise.all([
      this.db.query(`${EXCEPTION_SELECT} WHERE ($1::text IS NULL OR x.status = $1) ORDER BY x.created_at, x.id LIMIT $2 OFFSET $3`, [
        query.status ?? null,
        query.limit,
        query.offset,
      ]) as Promise<ExceptionRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM vacancy_wording_exceptions WHERE ($1::text IS NULL OR status = $1)`, [query.status ?? null]) as Promise<
        { total: number }[]
      >,
    ]);
    return { items: rows.map(toExceptionView), total: count.total, page: query.page, limit: query.limit };
  }

  async decideException(adminId: string, id: string, approve: boolean, reason: string) {
    const { view, outboxIds } = await this.db.transaction(async (db) => {
      const [current]: ExceptionRow[] = await db.query(`${EXCEPTION_SELECT} WHERE x.id = $1 FOR UPDATE OF x`, [id]);
      if (!current) throw new DomainError(ErrorCode.NotFound, 'There is no such wording exception.');
      if (current.status !== 'pending') throw new DomainError(ErrorCode.InvalidTransition, `This wording exception was ${current.status} already.`);
      await db.query(
        `UPDATE vacancy_wording_exceptions SET status = $2, decided_by = $3, decided_at = now(), decision_reason = $4 WHERE id = $1`,
        [id, approve ? 'approved' : 'rejected', adminId, reason],
      );
      const members: { user_id: string }[] = await db.query(`SELECT user_id FROM employer_members WHERE employer_id = $1`, [current.employer_id]);
      const ids = await this.notifications.write(
        db,
        members.map((member) => ({
          userId: member.user_id,
          kind: 'account' as const,
          link: `/employer/vacancies/${current.vacancy_id}`,
          title: approve
            ? { id: 'Pengecualian kata disetujui', en: 'Wording exception approved' }
            : { id: 'Pengecualian kata ditolak', en: 'Wording exception refused' },
          body: approve
            ? { id: `Lowongan "${current.vacancy_title}" boleh diterbitkan dengan kata yang diajukan. Alasan: ${reason}`, en: `"${current.vacancy_title}" may be published with the wording you asked for. Reason: ${reason}` }
            : { id: `Pengecualian untuk "${current.vacancy_title}" ditolak. Alasan: ${reason}`, en: `The exception for "${current.vacancy_title}" was refused. Reason: ${reason}` },
        })),
      );
      const [updated]: ExceptionRow[] = await db.query(`${EXCEPTION_SELECT} WHERE x.id = $1`, [id]);
      return { view: toExceptionView(updated), outboxIds: ids };
    });
    await this.outbox.dispatch(outboxIds);
    return view;
  }
}
