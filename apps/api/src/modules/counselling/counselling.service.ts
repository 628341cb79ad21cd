import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  assertAcceptsApplications,
  effectiveRiskLevel,
  followUpState,
  goalOverdue,
  newApplicantNotification,
  planProgress,
  profileRisk,
  riskRank,
  sessionNotification,
  trainingReferralNotification,
  vacancyReferralNotification,
  wibDate,
  type NotificationInput,
} from '#domain';
import { NotificationWriter, OutboxService, computeRisk, storeRisk } from '#platform';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import type { Page } from '../../common/dto/pagination.dto.js';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { JobSeekersService } from '../job-seekers/job-seekers.service.js';
import { EnrolmentsService } from '../training-centres/enrolments.service.js';
import { CounsellingRepository, type CaseRow, type DashboardRow } from './counselling.repository.js';
import type {
  CaseDashboardQueryDto,
  FollowUpDoneDto,
  FollowUpDto,
  GoalDto,
  GoalReviewDto,
  NoteDto,
  OutcomeDto,
  ReassignDto,
  ReferralDto,
  RiskOverrideDto,
  SessionDto,
} from './dto/counselling.dto.js';

const NO_CASE = 'There is no such case in your office.';
const NOT_COUNSELLOR = 'Your account is not a counsellor of any office; ask an admin to add you to one.';
const RECOMMENDATIONS_SHOWN = 10;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (e.code ?? e.driverError?.code) === '23505' && (e.constraint ?? e.driverError?.constraint) === constraint;
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

function dashboardItem(row: DashboardRow) {
  return {
    caseId: row.id,
    seeker: { id: row.seeker_id, fullName: row.full_name },
    counsellor: row.counsellor_id ? { id: row.counsellor_id, fullName: row.counsellor_name } : null,
    priorityGroups: row.priority_groups,
    risk: { score: row.risk_score, level: row.risk_level, overrideLevel: row.risk_override_level, effectiveLevel: effectiveRiskLevel(row.risk_level, row.risk_override_level) },
    lastContactAt: iso(row.last_contact_at),
    nextFollowUpOn: row.next_follow_up_on,
    planProgress: row.plan_progress,
    openedAt: row.opened_at.toISOString(),
  };
}

function riskView(row: CaseRow) {
  return {
    score: row.risk_score,
    level: row.risk_level,
    computedAt: iso(row.risk_computed_at),
    version: row.risk_version,
    // The breakdown, recomputed from the facts the stored score came from.
    factors: row.risk_inputs ? profileRisk(row.risk_inputs).factors : [],
    facts: row.risk_inputs,
    override: row.risk_override_level
      ? { level: row.risk_override_level, reason: row.risk_override_reason, by: { id: row.risk_override_by, fullName: row.risk_override_by_name }, at: iso(row.risk_override_at) }
      : null,
    effectiveLevel: effectiveRiskLevel(row.risk_level, row.risk_override_level),
  };
}

function caseSummary(row: CaseRow) {
  return {
    id: row.id,
    status: row.status,
    openedAt: row.opened_at.toISOString(),
    closedAt: iso(row.closed_at),
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    office: { id: row.office_id, name: row.office_name, regencyCode: row.regency_code },
    counsellor: row.counsellor_id ? { id: row.counsellor_id, fullName: row.counsellor_name } : null,
    priorityGroups: row.priority_groups,
    lastContactAt: iso(row.last_contact_at),
    nextFollowUpOn: row.next_follow_up_on,
    planProgress: row.plan_progress,
  };
}

/**
 * Counsellors' caseloads: the dashboard, the seeker page, and every write on a case (each in one
 * transaction with its notifications; e-mails are enqueued after the commit). A counsellor reaches
 * only the cases of their office; any other id answers like a missing one.
 */
@Injectable()
export class CounsellingService {
  constructor(
    private readonly repository: CounsellingRepository,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
    private readonly seekers: JobSeekersService,
    private readonly assessments: AssessmentsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  private today(): string {
    return wibDate(new Date());
  }

  private async officeOf(user: AuthUser) {
    const office = await this.repository.officeOf(user.id);
    if (!office) throw new DomainError(ErrorCode.Forbidden, NOT_COUNSELLOR);
    return office;
  }

  /** The case the id names, if the caller may see it: a counsellor of its office, or an admin. */
  private async readable(user: AuthUser, id: string): Promise<CaseRow> {
    const officeId = user.role === 'admin' ? null : (await this.repository.officeOf(user.id))?.id;
    if (officeId === undefined) throw new DomainError(ErrorCode.NotFound, NO_CASE);
    const row = await this.repository.findCase(id, officeId);
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_CASE);
    return row;
  }

  /** Runs `work` on the locked, open case; a closed case takes no more changes. */
  private async onOpenCase<T>(user: AuthUser, id: string, work: (db: Parameters<Parameters<CounsellingRepository['transaction']>[0]>[0], row: CaseRow) => Promise<T>): Promise<T> {
    const found = await this.readable(user, id);
    return this.repository.transaction(async (db) => {
      const row = await this.repository.lockCase(db, found.id);
      if (row.status !== 'open') {
        throw new DomainError(ErrorCode.CounsellingCaseClosed, `This case was closed on ${row.closed_at!.toISOString().slice(0, 10)} with outcome ${row.outcome}; it takes no more changes.`);
      }
      return work(db, row);
    });
  }

  async dashboard(user: AuthUser, query: CaseDashboardQueryDto): Promise<Page<ReturnType<typeof dashboardItem>> & { office: { id: string; name: string } }> {
    const office = await this.officeOf(user);
    const { rows, total } = await this.repository.dashboard({
      officeId: office.id,
      counsellorId: query.mine ? user.id : undefined,
      priority: query.priority,
      riskRank: query.riskLevel ? riskRank(query.riskLevel) : undefined,
      sort: query.sort,
      limit: query.limit,
      offset: query.offset,
    });
    return { office: { id: office.id, name: office.name }, items: rows.map(dashboardItem), total, page: query.page, limit: query.limit };
  }

  async counsellors(user: AuthUser) {
    const office = await this.officeOf(user);
    const rows = await this.repository.officeCounsellors(office.id);
    return { office: { id: office.id, name: office.name }, items: rows.map((row) => ({ id: row.user_id, fullName: row.full_name, openCases: row.open_cases, load: row.load })) };
  }

  /** Everything about the seeker a counsellor needs on one page. */
  async seekerPage(user: AuthUser, id: string) {
    const row = await this.readable(user, id);
    const seekerId = row.seeker_id;
    const [profile, assignments, sessions, goals, referrals, followUps, applications, recommendations, enrolments, assessments] = await Promise.all([
      this.seekers.profile(seekerId),
      this.repository.assignments(row.id),
      this.repository.sessions([row.id], false),
      this.repository.goals([row.id]),
      this.repository.referrals([row.id]),
      this.repository.followUps([row.id]),
      this.repository.applicationsOf(seekerId),
      this.repository.recommendations(seekerId, RECOMMENDATIONS_SHOWN),
      this.repository.enrolmentsOf(seekerId),
      // The assessments module's counsellor view (results with validity flags); none when it does not reach the seeker.
      user.role === 'counsellor' ? this.assessments.counsellorSeeker(user, seekerId).then((r) => r.items, () => []) : Promise.resolve([]),
    ]);
    const today = this.today();
    return {
      case: { ...caseSummary(row), assignments: assignments.map((a) => ({ from: a.from_counsellor_id ? { id: a.from_counsellor_id, fullName: a.from_name } : null, to: a.to_counsellor_id ? { id: a.to_counsellor_id, fullName: a.to_name } : null, reason: a.reason, at: a.assigned_at.toISOString() })) },
      profile,
      ak1: profile.ak1,
      risk: riskView(row),
      assessments,
      recommendations: {
        items: recommendations.map((r) => ({
          vacancy: { id: r.id, title: r.title, employerName: r.employer_name },
          score: r.score,
          explanationLink: `/api/matching/explanation?vacancyId=${r.id}&seekerId=${seekerId}`,
        })),
        allLink: `/api/matching/jobs?seekerId=${seekerId}`,
      },
      applications: applications.map((a) => ({ id: a.id, status: a.status, referred: a.referred, vacancy: { id: a.vacancy_id, title: a.vacancy_title, employerName: a.employer_name }, createdAt: a.created_at.toISOString(), updatedAt: a.updated_at.toISOString() })),
      enrolments,
      plan: {
        progress: row.plan_progress,
        goals: goals.map((g) => ({ id: g.id, kind: g.kind, title: g.title, dueOn: g.due_on, status: g.status, overdue: goalOverdue({ status: g.status, dueOn: g.due_on }, today), reviews: g.reviews, createdAt: g.created_at.toISOString() })),
      },
      sessions: sessions.map((s) => ({ id: s.id, mode: s.mode, startsAt: s.starts_at.toISOString(), counsellor: s.counsellor_id ? { id: s.counsellor_id, fullName: s.counsellor_name } : null, notes: s.notes })),
      referrals: referrals.map((r) => this.referralView(r)),
      followUps: followUps.map((f) => ({ id: f.id, dueOn: f.due_on, note: f.note, state: followUpState({ dueOn: f.due_on, doneAt: f.done_at }, today), doneAt: iso(f.done_at), doneNote: f.done_note, remindedAt: iso(f.reminded_at) })),
    };
  }

  private referralView(r: Awaited<ReturnType<CounsellingRepository['referrals']>>[number]) {
    return {
      id: r.id,
      kind: r.kind,
      vacancy: r.vacancy_id ? { id: r.vacancy_id, title: r.vacancy_title, employerName: r.employer_name } : null,
      application: r.application_id ? { id: r.application_id, status: r.application_status } : null,
      cohort: r.cohort_id ? { id: r.cohort_id, programmeTitle: r.programme_title, startsOn: r.cohort_starts_on } : null,
      enrolment: r.enrolment_id ? { id: r.enrolment_id } : null,
      note: r.note,
      createdAt: r.created_at.toISOString(),
    };
  }

  async reassign(user: AuthUser, id: string, dto: ReassignDto) {
    const caseRow = await this.onOpenCase(user, id, async (db, row) => {
      if (!(await this.repository.isOfficeCounsellor(db, row.office_id, dto.counsellorId))) {
        throw new DomainError(ErrorCode.ValidationFailed, 'counsellorId must be an active counsellor of the same office; see GET /api/counselling/counsellors.');
      }
      if (row.counsellor_id === dto.counsellorId) return row;
      await this.repository.reassign(db, { caseId: row.id, from: row.counsellor_id, to: dto.counsellorId, reason: dto.reason.trim(), by: user.id });
      return row;
    });
    return this.seekerPage(user, caseRow.id);
  }

  /** Computes the profile again from the data as it stands and stores it (an override stays). */
  async refreshRisk(user: AuthUser, id: string) {
    const row = await this.onOpenCase(user, id, async (db, row) => {
      const risk = await computeRisk(db, row.seeker_id, this.today());
      if (risk) await storeRisk(db, row.id, risk);
      return row;
    });
    return riskView((await this.repository.findCase(row.id, null))!);
  }

  async overrideRisk(user: AuthUser, id: string, dto: RiskOverrideDto) {
    const row = await this.onOpenCase(user, id, async (db, row) => {
      await this.repository.setOverride(db, row.id, { level: dto.level, reason: dto.reason.trim(), by: user.id });
      return row;
    });
    return riskView((await this.repository.findCase(row.id, null))!);
  }

  async clearOverride(user: AuthUser, id: string) {
    const row = await this.onOpenCase(user, id, async (db, row) => {
      await this.repository.setOverride(db, row.id, null);
      return row;
    });
    return riskView((await this.repository.findCase(row.id, null))!);
  }

  async addSession(user: AuthUser, id: string, dto: SessionDto) {
    const startsAt = new Date(dto.startsAt);
    const year = startsAt.getUTCFullYear();
    if (Number.isNaN(startsAt.getTime()) || year < 1900 || year > 2199) {
      throw new DomainError(ErrorCode.ValidationFailed, 'startsAt must be a date and time such as 2026-12-01T09:00:00+07:00, between the years 1900 and 2199');
    }
    const { sessionId, outboxIds } = await this.onOpenCase(user, id, async (db, row) => {
      const sessionId = await this.repository.insertSession(db, { caseId: row.id, counsellorId: user.id, mode: dto.mode, startsAt });
      await this.repository.insertNotes(db, sessionId, user.id, (dto.notes ?? []).map((n) => ({ body: n.body.trim(), visibility: n.visibility })));
      await this.repository.refreshContact(db, row.id);
      const counsellorName = await this.repository.userName(db, user.id);
      const outboxIds = await this.notifications.write(db, [sessionNotification({ seekerId: row.seeker_id, sessionId, startsAt, mode: dto.mode, counsellorName })]);
      return { sessionId, outboxIds };
    });
    await this.outbox.dispatch(outboxIds);
    return { id: sessionId, ...(await this.seekerPage(user, id)) };
  }

  async addNote(user: AuthUser, id: string, sessionId: string, dto: NoteDto) {
    await this.onOpenCase(user, id, async (db, row) => {
      if (!(await this.repository.sessionOfCase(db, row.id, sessionId))) throw new DomainError(ErrorCode.NotFound, 'There is no such session in this case.');
      await this.repository.insertNotes(db, sessionId, user.id, [{ body: dto.body.trim(), visibility: dto.visibility }]);
    });
    return this.seekerPage(user, id);
  }

  async addGoal(user: AuthUser, id: string, dto: GoalDto) {
    await this.onOpenCase(user, id, async (db, row) => {
      await this.repository.insertGoal(db, { caseId: row.id, kind: dto.kind, title: dto.title.trim(), dueOn: dto.dueOn ?? null, by: user.id });
      await this.repository.setPlanProgress(db, row.id, planProgress(await this.repository.goalStatuses(db, row.id)));
    });
    return this.seekerPage(user, id);
  }

  async reviewGoal(user: AuthUser, id: string, goalId: string, dto: GoalReviewDto) {
    await this.onOpenCase(user, id, async (db, row) => {
      const goal = await this.repository.lockGoal(db, row.id, goalId);
      if (!goal) throw new DomainError(ErrorCode.NotFound, 'There is no such goal in this plan.');
      await this.repository.reviewGoal(db, { goalId, status: dto.status, note: dto.note.trim(), by: user.id });
      await this.repository.setPlanProgress(db, row.id, planProgress(await this.repository.goalStatuses(db, row.id)));
    });
    return this.seekerPage(user, id);
  }

  /**
   * A referral to a vacancy makes an application for the seeker, marked as referred by the office
   * (the employer sees it on the board). One to a training cohort is an enrolment request made
   * through the training feature's service (its eligibility rules, the cohort's lock and waiting
   * list), naming the counsellor; the referral row records either.
   */
  async refer(user: AuthUser, id: string, dto: ReferralDto) {
    let enrolment: { id: string; programmeTitle: string; startsOn: string } | undefined;
    if (dto.kind === 'training') {
      const found = await this.readable(user, id);
      if (found.status !== 'open') throw new DomainError(ErrorCode.CounsellingCaseClosed, 'This case is closed; it takes no more changes.');
      const view = await this.enrolments.apply(found.seeker_id, dto.cohortId!, user.id);
      enrolment = { id: view.id, programmeTitle: view.programme.title, startsOn: view.cohort.startsOn };
    }
    let outboxIds: string[];
    let referralId: string;
    try {
      ({ outboxIds, referralId } = await this.onOpenCase(user, id, async (db, row) => {
        const notifications: NotificationInput[] = [];
        let referralId: string;
        if (dto.kind === 'vacancy') {
          const [vacancy]: Array<{ id: string; title: string; status: string; deadline: string | null; employer_id: string; employer_name: string; today: string }> = await db.query(
            `SELECT v.id, v.title, v.status, to_char(v.deadline, 'YYYY-MM-DD') AS deadline, v.employer_id, e.name AS employer_name,
                    to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS today
               FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = $1 FOR SHARE OF v`,
            [dto.vacancyId],
          );
          if (!vacancy || vacancy.status === 'draft') throw new DomainError(ErrorCode.NotFound, 'There is no such vacancy.');
          assertAcceptsApplications(vacancy, vacancy.today);
          const applicationId = await this.repository.insertReferredApplication(db, { vacancyId: vacancy.id, seekerId: row.seeker_id, employerId: vacancy.employer_id, officeId: row.office_id, by: user.id });
          referralId = await this.repository.insertReferral(db, { caseId: row.id, kind: 'vacancy', vacancyId: vacancy.id, applicationId, note: dto.note?.trim(), by: user.id });
          notifications.push(vacancyReferralNotification({ seekerId: row.seeker_id, referralId, applicationId, vacancyTitle: vacancy.title, employerName: vacancy.employer_name, officeName: row.office_name }));
          const members: Array<{ user_id: string }> = await db.query(`SELECT user_id FROM employer_members WHERE employer_id = $1`, [vacancy.employer_id]);
          for (const member of members) notifications.push(newApplicantNotification(member.user_id, { applicationId, vacancyTitle: vacancy.title, employerName: vacancy.employer_name }));
        } else {
          referralId = await this.repository.insertReferral(db, { caseId: row.id, kind: 'training', cohortId: dto.cohortId, enrolmentId: enrolment!.id, note: dto.note?.trim(), by: user.id });
          notifications.push(trainingReferralNotification({ seekerId: row.seeker_id, referralId, programmeTitle: enrolment!.programmeTitle, startsOn: enrolment!.startsOn, officeName: row.office_name }));
        }
        return { referralId, outboxIds: await this.notifications.write(db, notifications) };
      }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_applications_open')) {
        throw new DomainError(ErrorCode.ApplicationExists, 'The seeker already has an open application to this vacancy; follow it on their page instead.');
      }
      throw error;
    }
    await this.outbox.dispatch(outboxIds);
    return { id: referralId, ...(await this.seekerPage(user, id)) };
  }

  async addFollowUp(user: AuthUser, id: string, dto: FollowUpDto) {
    await this.onOpenCase(user, id, async (db, row) => {
      await this.repository.insertFollowUp(db, { caseId: row.id, dueOn: dto.dueOn, note: dto.note?.trim(), by: user.id });
      await this.repository.refreshFollowUp(db, row.id);
    });
    return this.seekerPage(user, id);
  }

  async completeFollowUp(user: AuthUser, id: string, followUpId: string, dto: FollowUpDoneDto) {
    await this.onOpenCase(user, id, async (db, row) => {
      const result = await this.repository.completeFollowUp(db, row.id, followUpId, dto.note?.trim());
      if (result === 'missing') throw new DomainError(ErrorCode.NotFound, 'There is no such follow-up in this case.');
      await this.repository.refreshFollowUp(db, row.id);
    });
    return this.seekerPage(user, id);
  }

  async recordOutcome(user: AuthUser, id: string, dto: OutcomeDto) {
    await this.onOpenCase(user, id, async (db, row) => {
      await this.repository.close(db, row.id, dto.outcome, dto.note?.trim());
    });
    return this.seekerPage(user, id);
  }

  /** The seeker's own view: counsellor and office, upcoming sessions, shared notes only, plan, referrals. */
  async mine(user: AuthUser) {
    const cases = await this.repository.casesOfSeeker(user.id);
    const current = cases[0];
    if (!current) return { case: null, counsellor: null, office: null, upcomingSessions: [], sessions: [], plan: { progress: null, goals: [] }, referrals: [] };
    const [sessions, goals, referrals] = await Promise.all([
      this.repository.sessions([current.id], true),
      this.repository.goals([current.id]),
      this.repository.referrals([current.id]),
    ]);
    const now = Date.now();
    const sessionViews = sessions.map((s) => ({ id: s.id, mode: s.mode, startsAt: s.starts_at.toISOString(), counsellor: s.counsellor_name ? { fullName: s.counsellor_name } : null, notes: s.notes }));
    const today = this.today();
    return {
      case: { id: current.id, status: current.status, openedAt: current.opened_at.toISOString(), closedAt: iso(current.closed_at), outcome: current.outcome },
      counsellor: current.counsellor_id ? { id: current.counsellor_id, fullName: current.counsellor_name } : null,
      office: { id: current.office_id, name: current.office_name, regencyCode: current.regency_code },
      upcomingSessions: sessionViews.filter((s) => new Date(s.startsAt).getTime() >= now).reverse(),
      sessions: sessionViews,
      plan: {
        progress: current.plan_progress,
        goals: goals.map((g) => ({ id: g.id, kind: g.kind, title: g.title, dueOn: g.due_on, status: g.status, overdue: goalOverdue({ status: g.status, dueOn: g.due_on }, today) })),
      },
      // A referral's note is the counsellor's own remark.
      referrals: referrals.map((r) => {
        const { note: _note, ...view } = this.referralView(r);
        return view;
      }),
    };
  }
}
