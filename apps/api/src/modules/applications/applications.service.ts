import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  assertAcceptsApplications,
  assertTransition,
  interviewNotification,
  newApplicantNotification,
  placedNotification,
  statusChangedNotification,
  withdrawnNotification,
  interestSummary,
  type AssessmentResult,
  type ApplicationContext,
  type ApplicationStatus,
  type NotificationInput,
} from '#domain';
import { MatchChanges, NotificationWriter, OutboxService } from '#platform';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import type { Page, PageQueryDto } from '../../common/dto/pagination.dto.js';
import { ApplicationsRepository, type ApplicantRow, type ApplicationRecord, type InterviewRow, type TransitionRow } from './applications.repository.js';
import type { ApplyDto, TransitionDto, VacancyApplicationsQueryDto } from './dto/applications.dto.js';

const NOT_FOUND = 'There is no such application.';
const NO_VACANCY = 'There is no such vacancy.';

export interface InterviewView {
  id: string;
  startsAt: string;
  mode: string;
  place: string;
}

export interface WorkHistoryView {
  occupationCode: string | null;
  title: string | null;
  employerName: string | null;
  startMonth: string | null;
  endMonth: string | null;
}

export interface ApplicantView {
  fullName: string;
  educationLevel: string | null;
  education: { code: string; name: { id: string; en: string }; fieldOfStudy: string | null } | null;
  experienceMonths: number;
  domicileRegency: { code: string; name: string | null } | null;
  skills: ApplicantRow['skills'];
  workHistory: WorkHistoryView[];
}

export interface ApplicationSummaryView {
  id: string;
  status: ApplicationStatus;
  shareAssessment: boolean;
  vacancy: { id: string; title: string; employer: { id: string; name: string } };
  createdAt: string;
  updatedAt: string;
  interview: InterviewView | null;
  /** Set when a counsellor referred the seeker: the office, which the employer sees on the board. */
  referredBy: { office: { id: string; name: string } } | null;
  applicant?: ApplicantView;
}

export interface ApplicationDetailView extends ApplicationSummaryView {
  history: Array<{ from: ApplicationStatus | null; to: ApplicationStatus; by: { role: string }; at: string; reason?: string; note?: string }>;
  placement: { id: string; hiredAt: string; startDate: string | null } | null;
  /** Company side only: the seeker's interest summary when they shared it for this application, else null. Never scale scores. */
  assessmentSummary?: { interestCode: string; themes: { id: string; en: string }; takenAt: string } | null;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (e.code ?? e.driverError?.code) === '23505' && (e.constraint ?? e.driverError?.constraint) === constraint;
}

function contextOf(application: Pick<ApplicationRecord, 'id' | 'vacancy_title' | 'employer_name'>): ApplicationContext {
  return { applicationId: application.id, vacancyTitle: application.vacancy_title, employerName: application.employer_name };
}

function interviewView(row: InterviewRow | undefined): InterviewView | null {
  return row ? { id: row.id, startsAt: row.starts_at.toISOString(), mode: row.mode, place: row.place } : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const month = (value: unknown): string | null => (typeof value === 'string' ? value.slice(0, 7) : null);

function applicantView(row: ApplicantRow, workHistory: Array<Record<string, unknown>>): ApplicantView {
  return {
    fullName: row.full_name,
    educationLevel: row.education_level,
    education: row.education_level
      ? { code: row.education_level, name: { id: row.education_name_id ?? '', en: row.education_name_en ?? '' }, fieldOfStudy: row.field_of_study }
      : null,
    experienceMonths: row.experience_months,
    domicileRegency: row.domicile_regency_code ? { code: row.domicile_regency_code, name: row.regency_name } : null,
    skills: row.skills,
    // Named fields only, whatever else the table holds; in the seeker's order.
    workHistory: [...workHistory]
      .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
      .map((item) => ({
        occupationCode: text(item.occupation_code),
        title: text(item.title),
        employerName: text(item.employer_name),
        startMonth: month(item.start_month),
        endMonth: month(item.end_month),
      })),
  };
}

/**
 * Applications from the seeker's apply to the employer's hire. Each change runs in one transaction
 * with its history row and notifications; e-mails are enqueued after the commit.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
    private readonly matchChanges: MatchChanges,
  ) {}

  async apply(user: AuthUser, dto: ApplyDto): Promise<ApplicationDetailView> {
    let created: { id: string; outboxIds: string[] };
    try {
      created = await this.repository.transaction(async (db) => {
        const vacancy = await this.repository.vacancyForApplying(db, dto.vacancyId);
        if (!vacancy || vacancy.status === 'draft') throw new DomainError(ErrorCode.NotFound, NO_VACANCY);
        assertAcceptsApplications(vacancy, vacancy.today);
        if (!(await this.repository.seekerExists(db, user.id))) {
          throw new DomainError(ErrorCode.ApplicationNotAllowed, 'Fill in your job-seeker profile (identity and education) before you apply.');
        }
        const id = await this.repository.insertApplication(db, { vacancyId: vacancy.id, seekerId: user.id, employerId: vacancy.employer_id, shareAssessment: dto.shareAssessment });
        await this.repository.recordTransition(db, { applicationId: id, from: null, to: 'submitted', actorUserId: user.id, actorRole: 'job_seeker' });
        const context = { applicationId: id, vacancyTitle: vacancy.title, employerName: vacancy.employer_name };
        const members = await this.repository.memberIds(db, vacancy.employer_id);
        const outboxIds = await this.notifications.write(db, members.map((memberId) => newApplicantNotification(memberId, context)));
        return { id, outboxIds };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_applications_open')) {
        throw new DomainError(ErrorCode.ApplicationExists, 'You have already applied to this vacancy and the application is still open; see GET /api/applications/mine.');
      }
      throw error;
    }
    await this.outbox.dispatch(created.outboxIds);
    return this.get(user, created.id);
  }

  async mine(user: AuthUser, query: PageQueryDto): Promise<Page<ApplicationSummaryView>> {
    const { rows, total } = await this.repository.mine(user.id, query.limit, query.offset);
    return { items: await this.summaries(rows, false), total, page: query.page, limit: query.limit };
  }

  /** The seeker's own application, or one of the caller's company; anyone else gets the answer for a missing one. */
  async get(user: AuthUser, id: string): Promise<ApplicationDetailView> {
    const application = await this.repository.findAccessible(id, user.id);
    if (!application || (!application.is_seeker && !application.is_member)) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return this.detail(application, application.is_member);
  }

  async withdraw(user: AuthUser, id: string): Promise<ApplicationDetailView> {
    const access = await this.repository.findAccessible(id, user.id);
    if (!access || (!access.is_seeker && !access.is_member)) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    if (!access.is_seeker) throw new DomainError(ErrorCode.Forbidden, 'Only the applicant can withdraw an application; reject it with POST /api/applications/:id/transitions instead.');
    const outboxIds = await this.repository.transaction(async (db) => {
      const application = await this.repository.lockApplication(db, id);
      assertTransition({ from: application.status, to: 'withdrawn', actor: 'job_seeker', now: new Date() });
      await this.repository.setStatus(db, id, 'withdrawn');
      await this.repository.recordTransition(db, { applicationId: id, from: application.status, to: 'withdrawn', actorUserId: user.id, actorRole: 'job_seeker' });
      const members = await this.repository.memberIds(db, application.employer_id);
      return this.notifications.write(db, members.map((memberId) => withdrawnNotification(memberId, contextOf(application))));
    });
    await this.outbox.dispatch(outboxIds);
    return this.get(user, id);
  }

  async setSharing(user: AuthUser, id: string, shareAssessment: boolean): Promise<ApplicationDetailView> {
    const access = await this.repository.findAccessible(id, user.id);
    if (!access || (!access.is_seeker && !access.is_member)) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    if (!access.is_seeker) throw new DomainError(ErrorCode.Forbidden, 'Only the applicant decides whether their assessment summary is shared.');
    await this.repository.setSharing(id, shareAssessment);
    return this.get(user, id);
  }

  /**
   * An employer's move. A hire locks the vacancy first (then the application), counts its placements
   * against the openings, records the placement, and when the openings are filled closes the
   * vacancy and rejects its other open applications with reason position_filled.
   */
  async transition(user: AuthUser, id: string, dto: TransitionDto): Promise<ApplicationDetailView> {
    const access = await this.repository.findAccessible(id, user.id);
    if (!access || (!access.is_seeker && !access.is_member)) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    if (!access.is_member) throw new DomainError(ErrorCode.Forbidden, 'Only members of the company move an application; you may withdraw yours with POST /api/applications/:id/withdraw.');
    const now = new Date();
    const interview = dto.interview ? { startsAt: new Date(dto.interview.startsAt), mode: dto.interview.mode, place: dto.interview.place.trim() } : undefined;
    if (interview && Number.isNaN(interview.startsAt.getTime())) {
      throw new DomainError(ErrorCode.ValidationFailed, 'interview.startsAt must be a date and time such as 2026-12-01T09:00:00+07:00');
    }
    // A hire that places the seeker or fills the vacancy changes what both are matched to.
    const rematch = { seekers: [] as string[], vacancies: [] as string[] };
    const outboxIds = await this.repository.transaction(async (db) => {
      const vacancy = dto.to === 'hired' ? await this.repository.lockVacancyForHire(db, access.vacancy_id) : undefined;
      const application = await this.repository.lockApplication(db, id);
      assertTransition({ from: application.status, to: dto.to, actor: 'employer', reason: dto.reason, interview, startDate: dto.startDate, now });
      const context = contextOf(application);
      const notifications: NotificationInput[] = [];

      if (vacancy) {
        if (vacancy.status === 'filled' || vacancy.filled >= vacancy.openings) {
          throw new DomainError(ErrorCode.OpeningsFilled, `All ${vacancy.openings} opening(s) of this vacancy are filled; reject this application with reason position_filled.`, {
            openings: vacancy.openings,
          });
        }
        // A placed seeker shows as such to counsellors and matching until they look for work again.
        if (await this.repository.insertPlacement(db, { application, startDate: dto.startDate, recordedBy: user.id })) {
          await this.repository.markSeekerPlaced(db, application.seeker_id);
          // The seeker's open counselling case ends with the outcome "placed", and their counsellor hears of it.
          const closed = await this.repository.closeCaseAsPlaced(db, application.seeker_id);
          if (closed?.counsellor_id) {
            notifications.push(
              placedNotification({ counsellorId: closed.counsellor_id, caseId: closed.id, seekerId: application.seeker_id, seekerName: closed.seeker_name, ...context }),
            );
          }
          await this.matchChanges.mark(db, 'seeker', [application.seeker_id]);
          rematch.seekers.push(application.seeker_id);
        }
        if (vacancy.filled + 1 >= vacancy.openings) {
          await this.repository.markVacancyFilled(db, vacancy.id);
          await this.matchChanges.mark(db, 'vacancy', [vacancy.id]);
          rematch.vacancies.push(vacancy.id);
          const closed = await this.repository.closeOpenApplications(db, vacancy.id, application.id);
          for (const other of closed) {
            await this.repository.recordTransition(db, { applicationId: other.id, from: other.status, to: 'rejected', actorUserId: null, actorRole: 'system', reason: 'position_filled' });
            notifications.push(statusChangedNotification(other.seeker_id, { ...context, applicationId: other.id }, 'rejected', 'position_filled'));
          }
        }
      }

      await this.repository.setStatus(db, id, dto.to, interview?.startsAt);
      await this.repository.recordTransition(db, {
        applicationId: id,
        from: application.status,
        to: dto.to,
        actorUserId: user.id,
        actorRole: 'employer',
        reason: dto.reason,
        note: dto.note,
      });
      if (interview) {
        const interviewId = await this.repository.insertInterview(db, { applicationId: id, ...interview, createdBy: user.id });
        notifications.push(interviewNotification(application.seeker_id, context, interview, interviewId));
      } else {
        notifications.push(statusChangedNotification(application.seeker_id, context, dto.to, dto.reason));
      }
      return this.notifications.write(db, notifications);
    });
    await this.outbox.dispatch(outboxIds);
    await this.matchChanges.dispatch('seeker', rematch.seekers);
    await this.matchChanges.dispatch('vacancy', rematch.vacancies);
    return this.get(user, id);
  }

  async forVacancy(user: AuthUser, vacancyId: string, query: VacancyApplicationsQueryDto): Promise<Page<ApplicationSummaryView>> {
    if (!(await this.repository.isVacancyMember(vacancyId, user.id))) throw new DomainError(ErrorCode.NotFound, NO_VACANCY);
    const { rows, total } = await this.repository.forVacancy(vacancyId, query.status, query.limit, query.offset);
    return { items: await this.summaries(rows, true), total, page: query.page, limit: query.limit };
  }

  async placements(user: AuthUser, query: PageQueryDto) {
    const { rows, total } = await this.repository.placementsOfMember(user.id, query.limit, query.offset);
    return {
      items: rows.map((row) => ({
        id: row.id,
        applicationId: row.application_id,
        vacancy: { id: row.vacancy_id, title: row.vacancy_title },
        seeker: { id: row.seeker_id, fullName: row.seeker_name },
        hiredAt: row.hired_at.toISOString(),
        startDate: row.start_date,
      })),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  private async summaries(rows: ApplicationRecord[], forEmployer: boolean): Promise<ApplicationSummaryView[]> {
    const seekerIds = [...new Set(rows.map((row) => row.seeker_id))];
    const [interviews, applicants, histories] = await Promise.all([
      this.repository.latestInterviews(rows.map((row) => row.id)),
      forEmployer ? this.repository.applicants(seekerIds) : Promise.resolve(new Map<string, ApplicantRow>()),
      forEmployer ? this.repository.workHistories(seekerIds) : Promise.resolve(new Map<string, Array<Record<string, unknown>>>()),
    ]);
    return rows.map((row) => {
      const view: ApplicationSummaryView = {
        id: row.id,
        status: row.status,
        shareAssessment: row.share_assessment,
        vacancy: { id: row.vacancy_id, title: row.vacancy_title, employer: { id: row.employer_id, name: row.employer_name } },
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
        interview: interviewView(interviews.get(row.id)),
        referredBy: row.referred_by_office ? { office: row.referred_by_office } : null,
      };
      const applicant = applicants.get(row.seeker_id);
      if (forEmployer && applicant) view.applicant = applicantView(applicant, histories.get(row.seeker_id) ?? []);
      return view;
    });
  }

  /** The seeker's shared interest summary: the Holland code and its themes in words, never scores. */
  private assessmentSummary(interest: { result: Record<string, unknown>; scored_at: Date } | null): ApplicationDetailView['assessmentSummary'] {
    const summary = interest ? interestSummary(interest.result as unknown as AssessmentResult) : null;
    return summary && interest ? { ...summary, takenAt: interest.scored_at.toISOString() } : null;
  }

  private async detail(application: ApplicationRecord, forEmployer: boolean): Promise<ApplicationDetailView> {
    const [[summary], history, placement, interest] = await Promise.all([
      this.summaries([application], forEmployer),
      this.repository.history(application.id),
      this.repository.placementOf(application.id),
      forEmployer && application.share_assessment ? this.repository.interestResultOf(application.seeker_id) : Promise.resolve(null),
    ]);
    return {
      ...summary,
      history: history.map((row: TransitionRow) => ({
        from: row.from_status,
        to: row.to_status,
        by: { role: row.actor_role },
        at: row.created_at.toISOString(),
        ...(row.reason ? { reason: row.reason } : {}),
        // Notes are the company's own remarks.
        ...(forEmployer && row.note ? { note: row.note } : {}),
      })),
      placement: placement ? { id: placement.id, hiredAt: placement.hired_at.toISOString(), startDate: placement.start_date } : null,
      ...(forEmployer
        ? {
            assessmentSummary: this.assessmentSummary(interest),
          }
        : {}),
    };
  }
}
