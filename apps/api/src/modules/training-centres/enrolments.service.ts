import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  attendanceRate,
  cancelledStatus,
  certificateNotification,
  cohortRescheduledNotification,
  certificateNumber,
  completionProblem,
  eligibilityProblems,
  enrolmentNotification,
  enrolmentTransitionProblem,
  freesPlace,
  wibDate,
  type AttendanceStatus,
  type EnrolmentActor,
  type EnrolmentStatus,
  type NotificationInput,
} from '#domain';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import { MatchChanges, NotificationWriter, OutboxService } from '#platform';
import type { AttendanceRecordDto, EnrolmentListQueryDto } from './dto/training.dto.js';
import { NO_COHORT, NO_ENROLMENT, TrainingAccess, isUniqueViolation } from './training-access.js';

/** What a transaction leaves to do after commit: e-mails to send and seekers to re-match. */
export interface Effects {
  outboxIds: string[];
  rematch: string[];
}

export interface EnrolmentView {
  id: string;
  status: EnrolmentStatus;
  reason: string | null;
  waitlistPosition: number | null;
  /** What staff need to choose among applicants: name, education and home regency; nothing more. */
  seeker: { userId: string; fullName: string; educationLevel: string | null; regency: { code: string; name: string } | null };
  cohort: { id: string; startsOn: string; endsOn: string; selection: boolean };
  programme: { id: string; title: string; hours: number };
  centre: { id: string; name: string };
  certificate: { id: string; number: string } | null;
  /** The counsellor who referred the seeker, when a counsellor made the request. */
  referredBy: { userId: string; fullName: string } | null;
  createdAt: string;
  updatedAt: string;
}

interface EnrolmentRow {
  id: string;
  status: EnrolmentStatus;
  reason: string | null;
  waitlist_position: number | null;
  seeker_id: string;
  seeker_name: string;
  education_level: string | null;
  seeker_regency_code: string | null;
  seeker_regency_name: string | null;
  cohort_id: string;
  starts_on: string;
  ends_on: string;
  selection: boolean;
  programme_id: string;
  programme_title: string;
  hours: number;
  centre_id: string;
  centre_name: string;
  certificate_id: string | null;
  certificate_number: string | null;
  referred_by: string | null;
  referrer_name: string | null;
  created_at: Date;
  updated_at: Date;
}

const ENROLMENT_SELECT = `
  SELECT e.id, e.status, e.reason, e.seeker_id, u.full_name AS seeker_name, js.education_level,
         js.domicile_regency_code AS seeker_regency_code, sr.name AS seeker_regency_name, e.cohort_id, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on,
         k.selection, p.id AS programme_id, p.title AS programme_title, p.hours, c.id AS centre_id, c.name AS centre_name,
         cert.id AS certificate_id, cert.number AS certificate_number, e.referred_by, ref.full_name AS referrer_name, e.created_at, e.updated_at,
         CASE WHEN e.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM enrolments w
            WHERE w.cohort_id = e.cohort_id AND w.status = 'waitlisted' AND (w.waitlisted_at, w.id) <= (e.waitlisted_at, e.id)) END AS waitlist_position
    FROM enrolments e
    JOIN users u ON u.id = e.seeker_id
    JOIN job_seekers js ON js.user_id = e.seeker_id
    LEFT JOIN regions sr ON sr.code = js.domicile_regency_code
    JOIN training_cohorts k ON k.id = e.cohort_id
    JOIN training_programmes p ON p.id = k.programme_id
    JOIN training_centres c ON c.id = p.centre_id
    LEFT JOIN certificates cert ON cert.enrolment_id = e.id
    LEFT JOIN users ref ON ref.id = e.referred_by`;

function toView(row: EnrolmentRow): EnrolmentView {
  return {
    id: row.id,
    status: row.status,
    reason: row.reason,
    waitlistPosition: row.waitlist_position,
    seeker: {
      userId: row.seeker_id,
      fullName: row.seeker_name,
      educationLevel: row.education_level,
      regency: row.seeker_regency_code ? { code: row.seeker_regency_code, name: row.seeker_regency_name ?? '' } : null,
    },
    cohort: { id: row.cohort_id, startsOn: row.starts_on, endsOn: row.ends_on, selection: row.selection },
    programme: { id: row.programme_id, title: row.programme_title, hours: row.hours },
    centre: { id: row.centre_id, name: row.centre_name },
    certificate: row.certificate_id ? { id: row.certificate_id, number: row.certificate_number! } : null,
    referredBy: row.referred_by ? { userId: row.referred_by, fullName: row.referrer_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

interface LockedCohort {
  id: string;
  starts_on: string;
  ends_on: string;
  capacity: number;
  selection: boolean;
  status: string;
  programme_id: string;
  title: string;
  programme_status: string;
  age_min: number | null;
  age_max: number | null;
  education_rank: number;
  education_name: string;
  centre_id: string;
  verified: boolean;
  regency_code: string;
  instructor_user_id: string | null;
}

const LIVE = `('applied', 'waitlisted', 'accepted', 'attending')`;
const TAKING = `('accepted', 'attending', 'completed')`;

export interface CompletionResult {
  enrolment: EnrolmentView;
  certificate: { id: string; number: string };
}

export interface AttendanceSheet {
  cohortId: string;
  sessions: Array<{ id: string; startsAt: string; endsAt: string; held: boolean }>;
  trainees: Array<{
    enrolmentId: string;
    seeker: { userId: string; fullName: string };
    status: EnrolmentStatus;
    attendance: Record<string, AttendanceStatus>;
    present: number;
    sessionsHeld: number;
    rate: number;
    completionProblem: string | null;
  }>;
}

/**
 * Enrolments: applying under the cohort's row lock (so places are never exceeded however many apply
 * at once), the waiting list, staff and instructor decisions, attendance, and completion with its
 * certificate and certified skills. Every write locks the cohort first, then enrolments.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly access: TrainingAccess,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
    private readonly matchChanges: MatchChanges,
  ) {}

  private get db() {
    return this.access.db;
  }

  private today(): string {
    return wibDate(new Date());
  }

  async afterCommit(effects: Effects): Promise<void> {
    await this.outbox.dispatch(effects.outboxIds);
    await this.matchChanges.dispatch('seeker', effects.rematch);
  }

  private async lockCohort(db: EntityManager, cohortId: string): Promise<LockedCohort | undefined> {
    const [row]: LockedCohort[] = await db.query(
      `SELECT k.id, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on, k.capacity, k.selection, k.status, k.instructor_user_id,
              p.id AS programme_id, p.title, p.status AS programme_status, p.age_min, p.age_max,
              l.rank AS education_rank, l.name_en AS education_name, c.id AS centre_id, c.verified_at IS NOT NULL AS verified,
              coalesce(p.regency_code, c.regency_code) AS regency_code
         FROM training_cohorts k
         JOIN training_programmes p ON p.id = k.programme_id
         JOIN training_centres c ON c.id = p.centre_id
         JOIN education_levels l ON l.code = p.education_min
        WHERE k.id = $1
          FOR NO KEY UPDATE OF k`,
      [cohortId],
    );
    return row;
  }

  private async placesTaken(db: EntityManager, cohortId: string): Promise<number> {
    const [{ taken }]: { taken: number }[] = await db.query(`SELECT count(*)::int AS taken FROM enrolments WHERE cohort_id = $1 AND status IN ${TAKING}`, [cohortId]);
    return taken;
  }

  private async record(
    db: EntityManager,
    enrolmentId: string,
    from: EnrolmentStatus | null,
    to: EnrolmentStatus,
    actor: EnrolmentActor,
    actorUserId: string | null,
    reason: string | null,
  ): Promise<void> {
    await db.query(`INSERT INTO enrolment_transitions (enrolment_id, from_status, to_status, actor, actor_user_id, reason) VALUES ($1, $2, $3, $4, $5, $6)`, [
      enrolmentId,
      from,
      to,
      actor,
      actorUserId,
      reason,
    ]);
  }

  private notice(seekerId: string, cohort: Pick<LockedCohort, 'title' | 'starts_on'>, status: EnrolmentStatus, reason: string | null, movedUp = false): NotificationInput {
    return { userId: seekerId, kind: 'training', link: '/training/enrolments', ...enrolmentNotification(cohort.title, cohort.starts_on, status, reason, movedUp) };
  }

  // ---- applying -----------------------------------------------------------------------------------

  /**
   * A seeker applies to a cohort (or a counsellor's referral applies for them, `referredBy` naming
   * the counsellor: the same rules and the same lock). Without selection an eligible applicant takes a free place at once,
   * or joins the waiting list when the cohort is full; with selection the application waits for staff.
   */
  async apply(seekerId: string, cohortId: string, referredBy: string | null = null): Promise<EnrolmentView> {
    const { id, effects } = await this.db
      .transaction(async (db) => {
        // Eligibility first, outside the cohort's lock so that applicants wait on it only for the
        // count and the insert; the seeker's own row keeps two of their applications at once apart.
        const [cohort]: LockedCohort[] = await db.query(
          `SELECT k.id, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on, k.status, p.title, p.status AS programme_status, p.age_min, p.age_max,
                  l.rank AS education_rank, l.name_en AS education_name, c.verified_at IS NOT NULL AS verified
             FROM training_cohorts k JOIN training_programmes p ON p.id = k.programme_id JOIN training_centres c ON c.id = p.centre_id
             JOIN education_levels l ON l.code = p.education_min
            WHERE k.id = $1`,
          [cohortId],
        );
        if (!cohort || cohort.programme_status !== 'published' || !cohort.verified) throw new DomainError(ErrorCode.NotFound, NO_COHORT);
        this.assertOpen(cohort.status, cohort.starts_on);
        const [seeker]: { birth_date: string | null; education_rank: number | null }[] = await db.query(
          `SELECT s.birth_date::text AS birth_date, l.rank AS education_rank FROM job_seekers s LEFT JOIN education_levels l ON l.code = s.education_level
            WHERE s.user_id = $1 FOR NO KEY UPDATE OF s`,
          [seekerId],
        );
        const [other]: { status: string | null; title: string | null; starts_on: string | null; ends_on: string | null }[] = await db.query(
          `SELECT (SELECT status FROM enrolments WHERE cohort_id = $2 AND seeker_id = $1 AND status IN ${LIVE} LIMIT 1) AS status,
                  o.title, o.starts_on, o.ends_on
             FROM (SELECT 1) AS one
             LEFT JOIN LATERAL (
               SELECT p.title, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on
                 FROM enrolments e JOIN training_cohorts k ON k.id = e.cohort_id JOIN training_programmes p ON p.id = k.programme_id
                WHERE e.seeker_id = $1 AND e.status IN ${LIVE} AND k.id <> $2 AND k.starts_on <= $4 AND $3 <= k.ends_on
                ORDER BY k.starts_on LIMIT 1) AS o ON true`,
          [seekerId, cohortId, cohort.starts_on, cohort.ends_on],
        );
        if (other.status) throw new DomainError(ErrorCode.EnrolmentExists, `You have applied to this cohort already (your enrolment is ${other.status}).`);
        const problems = eligibilityProblems(
          { educationMinRank: cohort.education_rank, educationMinName: cohort.education_name, ageMin: cohort.age_min, ageMax: cohort.age_max },
          { educationRank: seeker?.education_rank ?? null, birthDate: seeker?.birth_date ?? null },
          cohort.starts_on,
          other.title ? { title: other.title, startsOn: other.starts_on!, endsOn: other.ends_on! } : null,
        );
        if (problems.length > 0) throw new DomainError(ErrorCode.NotEligible, problems.map((problem) => problem.message).join(' '), { problems });

        // Under the cohort's lock: count the places taken and take one, or join the waiting list.
        const [locked]: { capacity: number; selection: boolean; status: string }[] = await db.query(
          `SELECT capacity, selection, status FROM training_cohorts WHERE id = $1 FOR NO KEY UPDATE`,
          [cohortId],
        );
        this.assertOpen(locked.status, cohort.starts_on);
        const [row]: { id: string; status: EnrolmentStatus }[] = await db.query(
          `INSERT INTO enrolments (cohort_id, seeker_id, status, waitlisted_at, referred_by)
           SELECT $1, $2, s.status, CASE WHEN s.status = 'waitlisted' THEN clock_timestamp() END, $5
             FROM (SELECT CASE WHEN $3::boolean THEN 'applied'
                               WHEN (SELECT count(*) FROM enrolments WHERE cohort_id = $1 AND status IN ${TAKING}) < $4 THEN 'accepted'
                               ELSE 'waitlisted' END AS status) AS s
           RETURNING id, status`,
          [cohortId, seekerId, locked.selection, locked.capacity, referredBy],
        );
        await db.query(
          `INSERT INTO enrolment_transitions (enrolment_id, from_status, to_status, actor, actor_user_id)
           VALUES ($1, NULL, 'applied', 'seeker', $2)` + (row.status === 'applied' ? '' : `, ($1, 'applied', $3, 'system', NULL)`),
          row.status === 'applied' ? [row.id, seekerId] : [row.id, seekerId, row.status],
        );
        const outboxIds = row.status === 'applied' ? [] : await this.notifications.write(db, this.notice(seekerId, cohort, row.status, null));
        return { id: row.id, effects: { outboxIds, rematch: [] } };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_enrolments_live')) throw new DomainError(ErrorCode.EnrolmentExists, 'You have applied to this cohort already.');
        throw error;
      });
    await this.afterCommit(effects);
    return this.view(id);
  }

  private assertOpen(status: string, startsOn: string): void {
    if (status !== 'open' || startsOn < this.today()) {
      throw new DomainError(
        ErrorCode.CohortClosed,
        `This cohort is not open for applications (it ${status === 'open' ? `started on ${startsOn}` : `is ${status}`}); look for an upcoming cohort of the programme.`,
      );
    }
  }

  /** Offers free places to the waiting list in order; the caller holds the cohort's lock. */
  async fillFreePlaces(db: EntityManager, cohortId: string): Promise<Effects> {
    const cohort = await this.lockCohort(db, cohortId);
    if (!cohort || (cohort.status !== 'open' && cohort.status !== 'running')) return { outboxIds: [], rematch: [] };
    const free = cohort.capacity - (await this.placesTaken(db, cohortId));
    if (free <= 0) return { outboxIds: [], rematch: [] };
    const moved: { id: string; seeker_id: string }[] = await db.query(
      `SELECT id, seeker_id FROM enrolments WHERE cohort_id = $1 AND status = 'waitlisted' ORDER BY waitlisted_at, id LIMIT $2 FOR UPDATE`,
      [cohortId, free],
    );
    const notices: NotificationInput[] = [];
    for (const enrolment of moved) {
      await db.query(`UPDATE enrolments SET status = 'accepted', updated_at = now() WHERE id = $1`, [enrolment.id]);
      await this.record(db, enrolment.id, 'waitlisted', 'accepted', 'system', null, null);
      notices.push(this.notice(enrolment.seeker_id, cohort, 'accepted', null, true));
    }
    return { outboxIds: notices.length > 0 ? await this.notifications.write(db, notices) : [], rematch: [] };
  }

  /** Ends every live enrolment of a cohort being cancelled, and tells each seeker; the caller holds the cohort's lock. */
  /** Tells everyone with a live enrolment (or waiting for a place) that the cohort moved to other dates. */
  async noticeReschedule(db: EntityManager, cohortId: string, programmeTitle: string, startsOn: string, endsOn: string): Promise<Effects> {
    const live: { seeker_id: string }[] = await db.query(`SELECT seeker_id FROM enrolments WHERE cohort_id = $1 AND status IN ${LIVE} ORDER BY id`, [cohortId]);
    const notices = live.map((row) => cohortRescheduledNotification({ seekerId: row.seeker_id, cohortId, programmeTitle, startsOn, endsOn }));
    return { outboxIds: notices.length > 0 ? await this.notifications.write(db, notices) : [], rematch: [] };
  }

  async endForCancellation(db: EntityManager, cohortId: string): Promise<Effects> {
    const cohort = await this.lockCohort(db, cohortId);
    const live: { id: string; seeker_id: string; status: EnrolmentStatus }[] = await db.query(
      `SELECT id, seeker_id, status FROM enrolments WHERE cohort_id = $1 AND status IN ${LIVE} ORDER BY id FOR UPDATE`,
      [cohortId],
    );
    const reason = 'The cohort was cancelled by the training centre.';
    const notices: NotificationInput[] = [];
    for (const enrolment of live) {
      const to = cancelledStatus(enrolment.status)!;
      await db.query(`UPDATE enrolments SET status = $2, reason = $3, updated_at = now() WHERE id = $1`, [enrolment.id, to, reason]);
      await this.record(db, enrolment.id, enrolment.status, to, 'system', null, reason);
      notices.push(this.notice(enrolment.seeker_id, cohort!, to, 'Angkatan dibatalkan oleh lembaga pelatihan / the cohort was cancelled by the training centre'));
    }
    return { outboxIds: notices.length > 0 ? await this.notifications.write(db, notices) : [], rematch: [] };
  }

  // ---- decisions ----------------------------------------------------------------------------------

  /** The caller's part in an enrolment; anyone without one gets 404, as if it did not exist. */
  private async actorFor(caller: AuthUser, enrolmentId: string, forWrite = true): Promise<{ actor: EnrolmentActor; cohortId: string }> {
    const [row]: { seeker_id: string; cohort_id: string; centre_id: string; instructor_user_id: string | null }[] = await this.db.query(
      `SELECT e.seeker_id, e.cohort_id, p.centre_id, k.instructor_user_id
         FROM enrolments e JOIN training_cohorts k ON k.id = e.cohort_id JOIN training_programmes p ON p.id = k.programme_id WHERE e.id = $1`,
      [enrolmentId],
    );
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_ENROLMENT);
    if (caller.role === 'job_seeker') {
      if (row.seeker_id !== caller.id) throw new DomainError(ErrorCode.NotFound, NO_ENROLMENT);
      return { actor: 'seeker', cohortId: row.cohort_id };
    }
    if (caller.role === 'training_centre') {
      const membership = await this.access.membership(caller.id);
      if (!membership || membership.centreId !== row.centre_id) throw new DomainError(ErrorCode.NotFound, NO_ENROLMENT);
      if (membership.role === 'staff') return { actor: 'staff', cohortId: row.cohort_id };
      if (forWrite && row.instructor_user_id !== caller.id) throw new DomainError(ErrorCode.Forbidden, "Only the cohort's instructor or the centre's staff may change this enrolment.");
      return { actor: 'instructor', cohortId: row.cohort_id };
    }
    throw new DomainError(ErrorCode.NotFound, NO_ENROLMENT);
  }

  async one(caller: AuthUser, enrolmentId: string): Promise<EnrolmentView & { transitions: unknown[] }> {
    await this.actorFor(caller, enrolmentId, false);
    const transitions: { from_status: string | null; to_status: string; actor: string; reason: string | null; created_at: Date }[] = await this.db.query(
      `SELECT from_status, to_status, actor, reason, created_at FROM enrolment_transitions WHERE enrolment_id = $1 ORDER BY id`,
      [enrolmentId],
    );
    return {
      ...(await this.view(enrolmentId)),
      transitions: transitions.map((t) => ({ from: t.from_status, to: t.to_status, actor: t.actor, reason: t.reason, at: t.created_at.toISOString() })),
    };
  }

  /** Moves an enrolment as `caller` asks (withdraw, accept, waitlist, reject, drop); a freed place goes to the waiting list. */
  async transition(caller: AuthUser, enrolmentId: string, to: Exclude<EnrolmentStatus, 'completed' | 'applied' | 'attending'>, reason: string | null = null): Promise<EnrolmentView> {
    const { actor, cohortId } = await this.actorFor(caller, enrolmentId);
    const effects = await this.db.transaction(async (db) => {
      const cohort = await this.lockCohort(db, cohortId);
      if (!cohort) throw new DomainError(ErrorCode.NotFound, NO_ENROLMENT);
      const [enrolment]: { status: EnrolmentStatus; seeker_id: string }[] = await db.query(`SELECT status, seeker_id FROM enrolments WHERE id = $1 FOR UPDATE`, [enrolmentId]);
      const problem = enrolmentTransitionProblem(enrolment.status, to, actor);
      if (problem) throw new DomainError(ErrorCode.EnrolmentTransitionNotAllowed, problem, { status: enrolment.status });
      if (to === 'accepted' && (await this.placesTaken(db, cohortId)) >= cohort.capacity) {
        throw new DomainError(ErrorCode.CohortFull, `All ${cohort.capacity} places are taken; put the applicant on the waiting list, or raise the cohort's capacity.`);
      }
      await db.query(
        `UPDATE enrolments SET status = $2, reason = $3, waitlisted_at = CASE WHEN $2 = 'waitlisted' THEN clock_timestamp() ELSE waitlisted_at END, updated_at = now() WHERE id = $1`,
        [enrolmentId, to, reason],
      );
      await this.record(db, enrolmentId, enrolment.status, to, actor, caller.id, reason);
      const outboxIds = actor === 'seeker' ? [] : await this.notifications.write(db, this.notice(enrolment.seeker_id, cohort, to, reason));
      const moved = freesPlace(enrolment.status, to) ? await this.fillFreePlaces(db, cohortId) : { outboxIds: [], rematch: [] };
      return { outboxIds: [...outboxIds, ...moved.outboxIds], rematch: [] };
    });
    await this.afterCommit(effects);
    return this.view(enrolmentId);
  }

  // ---- attendance ---------------------------------------------------------------------------------

  /** Staff of the cohort's centre, or its instructor; anyone else 404 (instructors of other cohorts 403). */
  private async cohortWriter(caller: AuthUser, cohortId: string): Promise<EnrolmentActor> {
    const membership = await this.access.requireMembership(caller.id);
    const cohort = await this.access.cohortOfCentre(cohortId, membership.centreId);
    if (membership.role === 'staff') return 'staff';
    if (cohort.instructor_user_id !== caller.id) throw new DomainError(ErrorCode.Forbidden, "Only the cohort's instructor or the centre's staff may record attendance and completion.");
    return 'instructor';
  }

  async recordAttendance(caller: AuthUser, cohortId: string, sessionId: string, records: AttendanceRecordDto[]): Promise<AttendanceSheet> {
    await this.cohortWriter(caller, cohortId);
    const ids = records.map((record) => record.enrolmentId);
    if (new Set(ids).size !== ids.length) throw new DomainError(ErrorCode.ValidationFailed, 'records must list each enrolment once', { field: 'records' });
    const effects = await this.db.transaction(async (db) => {
      await this.lockCohort(db, cohortId);
      const [session]: { day: string }[] = await db.query(
        `SELECT (starts_at AT TIME ZONE 'Asia/Jakarta')::date::text AS day FROM training_sessions WHERE id = $1 AND cohort_id = $2`,
        [sessionId, cohortId],
      );
      if (!session) throw new DomainError(ErrorCode.NotFound, 'There is no such session in this cohort.');
      if (session.day > this.today()) throw new DomainError(ErrorCode.ValidationFailed, `This session is on ${session.day}; record its attendance on or after that day.`, { field: 'sessionId' });
      const enrolments: { id: string; status: EnrolmentStatus }[] = await db.query(
        `SELECT id, status FROM enrolments WHERE id = ANY($1::uuid[]) AND cohort_id = $2 ORDER BY id FOR UPDATE`,
        [ids, cohortId],
      );
      const unknown = ids.filter((id) => !enrolments.some((row) => row.id === id));
      if (unknown.length > 0) throw new DomainError(ErrorCode.ValidationFailed, `records name enrolments that are not in this cohort: ${unknown.join(', ')}`, { field: 'records' });
      const closed = enrolments.filter((row) => row.status !== 'accepted' && row.status !== 'attending');
      if (closed.length > 0) {
        throw new DomainError(ErrorCode.EnrolmentTransitionNotAllowed, `Attendance is kept for accepted or attending trainees only; ${closed.map((row) => `${row.id} is ${row.status}`).join(', ')}.`);
      }
      await db.query(
        `INSERT INTO attendance (session_id, enrolment_id, status, recorded_by)
         SELECT $1, e, s, $4 FROM unnest($2::uuid[], $3::text[]) AS t(e, s)
         ON CONFLICT (session_id, enrolment_id) DO UPDATE SET status = excluded.status, recorded_by = excluded.recorded_by, recorded_at = now()`,
        [sessionId, ids, records.map((record) => record.status), caller.id],
      );
      for (const row of enrolments.filter((enrolment) => enrolment.status === 'accepted')) {
        await db.query(`UPDATE enrolments SET status = 'attending', updated_at = now() WHERE id = $1`, [row.id]);
        await this.record(db, row.id, 'accepted', 'attending', 'system', null, null);
      }
      return { outboxIds: [], rematch: [] };
    });
    await this.afterCommit(effects);
    return this.attendanceSheet(caller, cohortId);
  }

  async attendanceSheet(caller: AuthUser, cohortId: string): Promise<AttendanceSheet> {
    const membership = await this.access.requireMembership(caller.id);
    await this.access.cohortOfCentre(cohortId, membership.centreId);
    const sessions: { id: string; starts_at: Date; ends_at: Date; held: boolean }[] = await this.db.query(
      `SELECT s.id, s.starts_at, s.ends_at, EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) AS held
         FROM training_sessions s WHERE s.cohort_id = $1 ORDER BY s.starts_at`,
      [cohortId],
    );
    const held = sessions.filter((session) => session.held).length;
    const trainees: { id: string; status: EnrolmentStatus; seeker_id: string; full_name: string; attendance: Record<string, AttendanceStatus> | null }[] = await this.db.query(
      `SELECT e.id, e.status, e.seeker_id, u.full_name,
              (SELECT json_object_agg(a.session_id, a.status) FROM attendance a WHERE a.enrolment_id = e.id) AS attendance
         FROM enrolments e JOIN users u ON u.id = e.seeker_id
        WHERE e.cohort_id = $1 AND e.status IN ('accepted', 'attending', 'completed')
        ORDER BY u.full_name, e.id`,
      [cohortId],
    );
    return {
      cohortId,
      sessions: sessions.map((s) => ({ id: s.id, startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString(), held: s.held })),
      trainees: trainees.map((row) => {
        const attendance = row.attendance ?? {};
        const present = Object.values(attendance).filter((status) => status === 'present').length;
        return {
          enrolmentId: row.id,
          seeker: { userId: row.seeker_id, fullName: row.full_name },
          status: row.status,
          attendance,
          present,
          sessionsHeld: held,
          rate: attendanceRate(held, present),
          completionProblem: row.status === 'attending' ? completionProblem(held, present) : null,
        };
      }),
    };
  }

  // ---- completion ---------------------------------------------------------------------------------

  /**
   * Completes one locked enrolment: checks attendance, numbers the certificate from the counter row
   * of the regency and year (locked by the upsert, so numbers have no gaps), adds the programme's
   * skills as certified and marks the seeker for re-matching. Returns null with the reason when the
   * rule is not met.
   */
  private async completeLocked(
    db: EntityManager,
    cohort: LockedCohort,
    enrolmentId: string,
    actor: EnrolmentActor,
    actorUserId: string,
    effects: Effects,
  ): Promise<{ certificate: { id: string; number: string } } | { problem: string; code: ErrorCode }> {
    const [enrolment]: { status: EnrolmentStatus; seeker_id: string }[] = await db.query(`SELECT status, seeker_id FROM enrolments WHERE id = $1 FOR UPDATE`, [enrolmentId]);
    if (enrolment.status === 'completed') {
      const [existing]: { id: string; number: string }[] = await db.query(`SELECT id, number FROM certificates WHERE enrolment_id = $1`, [enrolmentId]);
      return { certificate: existing };
    }
    const transitionProblem = enrolmentTransitionProblem(enrolment.status, 'completed', actor);
    if (transitionProblem) return { problem: transitionProblem, code: ErrorCode.EnrolmentTransitionNotAllowed };
    const [{ held, present }]: { held: number; present: number }[] = await db.query(
      `SELECT (SELECT count(DISTINCT a.session_id)::int FROM attendance a JOIN training_sessions s ON s.id = a.session_id WHERE s.cohort_id = $1) AS held,
              (SELECT count(*)::int FROM attendance a WHERE a.enrolment_id = $2 AND a.status = 'present') AS present`,
      [cohort.id, enrolmentId],
    );
    const problem = completionProblem(held, present);
    if (problem) return { problem, code: ErrorCode.CompletionNotAllowed };

    const today = this.today();
    const year = Number(today.slice(0, 4));
    const [{ last_sequence: sequence }]: { last_sequence: number }[] = await db.query(
      `INSERT INTO certificate_counters (regency_code, year, last_sequence) VALUES ($1, $2, 1)
       ON CONFLICT (regency_code, year) DO UPDATE SET last_sequence = certificate_counters.last_sequence + 1
       RETURNING last_sequence`,
      [cohort.regency_code, year],
    );
    const number = certificateNumber(cohort.regency_code, year, sequence);
    const [certificate]: { id: string; number: string }[] = await db.query(
      `INSERT INTO certificates (number, enrolment_id, seeker_id, programme_id, regency_code, issued_on, issued_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, number`,
      [number, enrolmentId, enrolment.seeker_id, cohort.programme_id, cohort.regency_code, today, actorUserId],
    );
    await db.query(`UPDATE enrolments SET status = 'completed', updated_at = now() WHERE id = $1`, [enrolmentId]);
    await this.record(db, enrolmentId, enrolment.status, 'completed', actor, actorUserId, null);
    // The programme's skills become certified on the profile, upgrading declared or assessed ones,
    // under the profile's lock as every change of a seeker's skills is (so a concurrent edit of the
    // skills step waits instead of deadlocking on the rows).
    await db.query(`SELECT 1 FROM job_seekers WHERE user_id = $1 FOR UPDATE`, [enrolment.seeker_id]);
    await db.query(
      `INSERT INTO job_seeker_skills (seeker_id, skill_id, level, source)
       SELECT $1, ps.skill_id, 3, 'certified' FROM training_programme_skills ps WHERE ps.programme_id = $2
       ON CONFLICT (seeker_id, skill_id) DO UPDATE SET source = 'certified', level = greatest(job_seeker_skills.level, 3)`,
      [enrolment.seeker_id, cohort.programme_id],
    );
    await this.matchChanges.mark(db, 'seeker', [enrolment.seeker_id]);
    effects.rematch.push(enrolment.seeker_id);
    effects.outboxIds.push(
      ...(await this.notifications.write(db, { userId: enrolment.seeker_id, kind: 'training', link: '/training/certificates', ...certificateNotification(cohort.title, number) })),
    );
    return { certificate };
  }

  async complete(caller: AuthUser, enrolmentId: string): Promise<CompletionResult> {
    const { cohortId } = await this.actorFor(caller, enrolmentId);
    const actor = await this.cohortWriter(caller, cohortId);
    const effects: Effects = { outboxIds: [], rematch: [] };
    const certificate = await this.db.transaction(async (db) => {
      const cohort = await this.lockCohort(db, cohortId);
      const outcome = await this.completeLocked(db, cohort!, enrolmentId, actor, caller.id, effects);
      if ('problem' in outcome) throw new DomainError(outcome.code, outcome.problem);
      return outcome.certificate;
    });
    await this.afterCommit(effects);
    return { enrolment: await this.view(enrolmentId), certificate };
  }

  /** Completes every attending trainee who meets the attendance rule; the others are listed with the reason. */
  async completeCohort(
    caller: AuthUser,
    cohortId: string,
  ): Promise<{ completed: Array<{ enrolmentId: string; certificateNumber: string }>; notCompleted: Array<{ enrolmentId: string; reason: string }> }> {
    const actor = await this.cohortWriter(caller, cohortId);
    const effects: Effects = { outboxIds: [], rematch: [] };
    const result = await this.db.transaction(async (db) => {
      const cohort = await this.lockCohort(db, cohortId);
      const enrolments: { id: string; status: EnrolmentStatus }[] = await db.query(
        `SELECT id, status FROM enrolments WHERE cohort_id = $1 AND status IN ('accepted', 'attending') ORDER BY id`,
        [cohortId],
      );
      const completed: Array<{ enrolmentId: string; certificateNumber: string }> = [];
      const notCompleted: Array<{ enrolmentId: string; reason: string }> = [];
      for (const enrolment of enrolments) {
        const outcome = await this.completeLocked(db, cohort!, enrolment.id, actor, caller.id, effects);
        if ('problem' in outcome) notCompleted.push({ enrolmentId: enrolment.id, reason: outcome.problem });
        else completed.push({ enrolmentId: enrolment.id, certificateNumber: outcome.certificate.number });
      }
      return { completed, notCompleted };
    });
    await this.afterCommit(effects);
    return result;
  }

  // ---- lists --------------------------------------------------------------------------------------

  async view(enrolmentId: string): Promise<EnrolmentView> {
    const [row]: EnrolmentRow[] = await this.db.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [enrolmentId]);
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_ENROLMENT);
    return toView(row);
  }

  async mine(seekerId: string): Promise<EnrolmentView[]> {
    const rows: EnrolmentRow[] = await this.db.query(`${ENROLMENT_SELECT} WHERE e.seeker_id = $1 ORDER BY e.created_at DESC, e.id`, [seekerId]);
    return rows.map(toView);
  }

  async ofCohort(caller: AuthUser, cohortId: string, query: EnrolmentListQueryDto): Promise<{ items: EnrolmentView[]; total: number; page: number; limit: number }> {
    const membership = await this.access.requireMembership(caller.id);
    await this.access.cohortOfCentre(cohortId, membership.centreId);
    const params: unknown[] = [cohortId];
    let condition = 'e.cohort_id = $1';
    if (query.status) {
      params.push(query.status);
      condition += ` AND e.status = $2`;
    }
    const [rows, [count]] = await Promise.all([
      this.db.query(
        `${ENROLMENT_SELECT} WHERE ${condition}
          ORDER BY CASE e.status WHEN 'applied' THEN 0 WHEN 'accepted' THEN 1 WHEN 'attending' THEN 1 WHEN 'waitlisted' THEN 2 ELSE 3 END, e.waitlisted_at NULLS FIRST, e.created_at, e.id
          LIMIT ${query.limit} OFFSET ${query.offset}`,
        params,
      ) as Promise<EnrolmentRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM enrolments e WHERE ${condition}`, params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toView), total: count.total, page: query.page, limit: query.limit };
  }
}
