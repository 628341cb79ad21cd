import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '#config';
import {
  DomainError,
  ErrorCode,
  INVITATION_VALID_DAYS,
  NIB_MESSAGE,
  employerInvitationEmail,
  employerStatus,
  normalizeEmail,
  normalizeNib,
  type EmployerStatus,
  type NotificationInput,
} from '#domain';
import { MatchChanges, NotificationWriter, OutboxService } from '#platform';
import type { Page } from '../../common/dto/pagination.dto.js';
import type { CreateEmployerDto, EmployerReviewQueryDto, PatchEmployerDto } from './dto/employer.dto.js';

export interface Membership {
  employerId: string;
  role: 'owner' | 'member';
  verified: boolean;
}

export interface EmployerView {
  id: string;
  name: string;
  nib: string;
  sector: string;
  size: string;
  address: string;
  regency: { code: string; name: string };
  status: EmployerStatus;
  verifiedAt: string | null;
  rejectionReason: string | null;
  createdAt: string;
}

interface EmployerRow {
  id: string;
  name: string;
  nib: string;
  sector: string;
  size: string;
  address: string;
  regency_code: string;
  regency_name: string;
  verified_at: Date | null;
  rejected_at: Date | null;
  rejection_reason: string | null;
  created_at: Date;
}

const EMPLOYER_COLUMNS = `e.id, e.name, e.nib, e.sector, e.size, e.address, e.regency_code, r.name AS regency_name,
  e.verified_at, e.rejected_at, e.rejection_reason, e.created_at`;

function toView(row: EmployerRow): EmployerView {
  return {
    id: row.id,
    name: row.name,
    nib: row.nib,
    sector: row.sector,
    size: row.size,
    address: row.address,
    regency: { code: row.regency_code, name: row.regency_name },
    status: employerStatus(row.verified_at, row.rejected_at),
    verifiedAt: row.verified_at?.toISOString() ?? null,
    rejectionReason: row.rejected_at ? row.rejection_reason : null,
    createdAt: row.created_at.toISOString(),
  };
}

const NO_COMPANY = 'You are not a member of a company yet: register your company with POST /api/employers, or accept an invitation.';
const NOT_FOUND = 'There is no such company.';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string }) ?? {};
  const code = driver.driverError?.code ?? driver.code;
  const name = driver.driverError?.constraint ?? driver.constraint;
  return code === '23505' && name === constraint;
}

/** Companies, their members and invitations, and the admins' review. */
@Injectable()
export class EmployersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
    private readonly matchChanges: MatchChanges,
    private readonly config: AppConfig,
  ) {}

  async membership(userId: string, db: DataSource | EntityManager = this.db): Promise<Membership | null> {
    const [row]: { employer_id: string; role: 'owner' | 'member'; verified: boolean }[] = await db.query(
      `SELECT m.employer_id, m.role, e.verified_at IS NOT NULL AS verified
         FROM employer_members m JOIN employers e ON e.id = m.employer_id WHERE m.user_id = $1`,
      [userId],
    );
    return row ? { employerId: row.employer_id, role: row.role, verified: row.verified } : null;
  }

  async requireMembership(userId: string): Promise<Membership> {
    const membership = await this.membership(userId);
    if (!membership) throw new DomainError(ErrorCode.Forbidden, NO_COMPANY);
    return membership;
  }

  private async assertRegency(db: EntityManager | DataSource, code: string): Promise<void> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM regions WHERE code = $1`, [code]);
    if (rows.length === 0) throw new DomainError(ErrorCode.ValidationFailed, `regencyCode ${code} is not a regency; pick one from GET /api/reference/regions`, { field: 'regencyCode' });
  }

  async register(userId: string, dto: CreateEmployerDto): Promise<EmployerView & { members: MemberView[] }> {
    const nib = normalizeNib(dto.nib);
    if (!nib) throw new DomainError(ErrorCode.ValidationFailed, NIB_MESSAGE, { field: 'nib' });
    const id = await this.db
      .transaction(async (db) => {
        // One company per user: lock the user's row so two registrations at once make one company.
        await db.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
        if (await this.membership(userId, db)) throw new DomainError(ErrorCode.AlreadyInCompany, 'You belong to a company already; an account manages one company.');
        await this.assertRegency(db, dto.regencyCode);
        const taken: unknown[] = await db.query(`SELECT 1 FROM employers WHERE nib = $1`, [nib]);
        if (taken.length > 0) throw nibTaken();
        const [row]: { id: string }[] = await db.query(
          `INSERT INTO employers (name, nib, sector, size, address, regency_code) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [dto.name, nib, dto.sector, dto.size, dto.address, dto.regencyCode],
        );
        await db.query(`INSERT INTO employer_members (employer_id, user_id, role) VALUES ($1, $2, 'owner')`, [row.id, userId]);
        return row.id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_employers_nib')) throw nibTaken();
        if (isUniqueViolation(error, 'uq_employer_members_user')) throw new DomainError(ErrorCode.AlreadyInCompany, 'You belong to a company already.');
        throw error;
      });
    return this.withMembers(id);
  }

  async mine(userId: string): Promise<EmployerView & { members: MemberView[] }> {
    const membership = await this.requireMembership(userId);
    return this.withMembers(membership.employerId);
  }

  async update(userId: string, dto: PatchEmployerDto): Promise<EmployerView & { members: MemberView[] }> {
    const membership = await this.requireMembership(userId);
    if (membership.role !== 'owner') throw new DomainError(ErrorCode.Forbidden, "Only the company's owner may change its details.");
    if (dto.regencyCode !== undefined) await this.assertRegency(this.db, dto.regencyCode);
    await this.db.query(
      `UPDATE employers SET name = coalesce($2, name), sector = coalesce($3, sector), size = coalesce($4, size),
              address = coalesce($5, address), regency_code = coalesce($6, regency_code), updated_at = now()
        WHERE id = $1`,
      [membership.employerId, dto.name ?? null, dto.sector ?? null, dto.size ?? null, dto.address ?? null, dto.regencyCode ?? null],
    );
    return this.withMembers(membership.employerId);
  }

  private async withMembers(employerId: string): Promise<EmployerView & { members: MemberView[] }> {
    const [rows, members] = await Promise.all([
      this.db.query(`SELECT ${EMPLOYER_COLUMNS} FROM employers e JOIN regions r ON r.code = e.regency_code WHERE e.id = $1`, [employerId]) as Promise<EmployerRow[]>,
      this.members(employerId),
    ]);
    if (!rows[0]) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return { ...toView(rows[0]), members };
  }

  private async members(employerId: string): Promise<MemberView[]> {
    const rows: { user_id: string; full_name: string; role: 'owner' | 'member' }[] = await this.db.query(
      `SELECT m.user_id, u.full_name, m.role FROM employer_members m JOIN users u ON u.id = m.user_id
        WHERE m.employer_id = $1 ORDER BY m.role DESC, m.created_at`,
      [employerId],
    );
    return rows.map((row) => ({ userId: row.user_id, fullName: row.full_name, role: row.role }));
  }

  async invite(userId: string, emailInput: string): Promise<{ id: string; email: string; expiresAt: string }> {
    const membership = await this.requireMembership(userId);
    if (membership.role !== 'owner') throw new DomainError(ErrorCode.Forbidden, "Only the company's owner may invite colleagues.");
    const email = normalizeEmail(emailInput);
    if (!email) throw new DomainError(ErrorCode.ValidationFailed, 'email must be an e-mail address such as budi@example.org', { field: 'email' });
    const token = randomBytes(32).toString('base64url');
    const link = `${this.config.http.appUrl}/employer-invitations/accept?token=${token}`;
    const { invitation, outboxId } = await this.db.transaction(async (db) => {
      const [company]: { name: string; inviter: string }[] = await db.query(
        `SELECT e.name, u.full_name AS inviter FROM employers e, users u WHERE e.id = $1 AND u.id = $2`,
        [membership.employerId, userId],
      );
      const [row]: { id: string; email: string; expires_at: Date }[] = await db.query(
        `INSERT INTO employer_invitations (employer_id, email, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id, email, expires_at`,
        [membership.employerId, email, hashToken(token), userId, INVITATION_VALID_DAYS],
      );
      const id = await this.outbox.add(db, email, employerInvitationEmail(company.name, company.inviter, link, INVITATION_VALID_DAYS));
      return { invitation: row, outboxId: id };
    });
    await this.outbox.dispatch([outboxId]);
    return { id: invitation.id, email: invitation.email, expiresAt: invitation.expires_at.toISOString() };
  }

  async accept(userId: string, token: string): Promise<EmployerView & { members: MemberView[] }> {
    const employerId = await this.db
      .transaction(async (db) => {
        const [invitation]: { id: string; employer_id: string; email: string; expired: boolean; accepted_at: Date | null }[] = await db.query(
          `SELECT id, employer_id, email, expires_at < now() AS expired, accepted_at FROM employer_invitations WHERE token_hash = $1 FOR UPDATE`,
          [hashToken(token)],
        );
        if (!invitation || invitation.accepted_at || invitation.expired) {
          throw new DomainError(ErrorCode.InvitationInvalid, 'This invitation link is not valid: it was used already or has expired. Ask the company owner for a new one.');
        }
        const [user]: { email: string | null }[] = await db.query(`SELECT email FROM users WHERE id = $1 FOR UPDATE`, [userId]);
        if (!user?.email || user.email !== invitation.email) {
          throw new DomainError(ErrorCode.Forbidden, 'This invitation was sent to another e-mail address; log in with the employer account of that address.');
        }
        if (await this.membership(userId, db)) throw new DomainError(ErrorCode.AlreadyInCompany, 'You belong to a company already; an account manages one company.');
        await db.query(`INSERT INTO employer_members (employer_id, user_id, role) VALUES ($1, $2, 'member')`, [invitation.employer_id, userId]);
        await db.query(`UPDATE employer_invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [invitation.id, userId]);
        return invitation.employer_id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_employer_members_user')) throw new DomainError(ErrorCode.AlreadyInCompany, 'You belong to a company already.');
        throw error;
      });
    return this.withMembers(employerId);
  }

  async listForReview(query: EmployerReviewQueryDto): Promise<Page<EmployerView>> {
    const condition =
      query.status === 'pending'
        ? 'e.verified_at IS NULL AND e.rejected_at IS NULL'
        : query.status === 'verified'
          ? 'e.verified_at IS NOT NULL'
          : query.status === 'rejected'
            ? 'e.rejected_at IS NOT NULL'
            : 'true';
    const [rows, [count]] = await Promise.all([
      this.db.query(
        `SELECT ${EMPLOYER_COLUMNS} FROM employers e JOIN regions r ON r.code = e.regency_code WHERE ${condition}
          ORDER BY e.created_at, e.id LIMIT $1 OFFSET $2`,
        [query.limit, query.offset],
      ) as Promise<EmployerRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM employers e WHERE ${condition}`) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toView), total: count.total, page: query.page, limit: query.limit };
  }

  async verify(adminId: string, employerId: string): Promise<EmployerView> {
    return this.review(employerId, async (db, name) => {
      await db.query(`UPDATE employers SET verified_at = coalesce(verified_at, now()), verified_by = coalesce(verified_by, $2), rejected_at = NULL, rejection_reason = NULL, rejected_by = NULL, updated_at = now() WHERE id = $1`, [employerId, adminId]);
      return {
        title: { id: 'Perusahaan Anda telah diverifikasi', en: 'Your company has been verified' },
        body: {
          id: `${name} telah diverifikasi oleh Disnakertrans. Lowongan Anda sekarang dapat diterbitkan.`,
          en: `${name} has been verified by the provincial labour office. Your vacancies can now be published.`,
        },
      };
    });
  }

  async reject(adminId: string, employerId: string, reason: string): Promise<EmployerView> {
    let closed: string[] = [];
    const view = await this.review(employerId, async (db, name) => {
      await db.query(
        `UPDATE employers SET verified_at = NULL, verified_by = NULL, rejected_at = now(), rejected_by = $2, rejection_reason = $3, updated_at = now() WHERE id = $1`,
        [employerId, adminId, reason],
      );
      // A company that is no longer verified has nothing published, nor anything recommended.
      const [rows]: [{ id: string }[], number] = await db.query(
        `UPDATE vacancies SET status = 'closed', closed_at = now(), updated_at = now() WHERE employer_id = $1 AND status = 'published' RETURNING id`,
        [employerId],
      );
      closed = rows.map((row) => row.id);
      await this.matchChanges.mark(db, 'vacancy', closed);
      return {
        title: { id: 'Verifikasi perusahaan ditolak', en: 'Company verification refused' },
        body: {
          id: `Verifikasi ${name} ditolak dengan alasan: ${reason}. Perbaiki data perusahaan lalu hubungi Disnakertrans.`,
          en: `The verification of ${name} was refused: ${reason}. Correct the company's details, then contact the provincial labour office.`,
        },
      };
    });
    await this.matchChanges.dispatch('vacancy', closed);
    return view;
  }

  private async review(
    employerId: string,
    change: (db: EntityManager, name: string) => Promise<Pick<NotificationInput, 'title' | 'body'>>,
  ): Promise<EmployerView> {
    const outboxIds = await this.db.transaction(async (db) => {
      const [company]: { name: string }[] = await db.query(`SELECT name FROM employers WHERE id = $1 FOR UPDATE`, [employerId]);
      if (!company) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      const message = await change(db, company.name);
      const members: { user_id: string }[] = await db.query(`SELECT user_id FROM employer_members WHERE employer_id = $1`, [employerId]);
      return this.notifications.write(
        db,
        members.map((member) => ({ userId: member.user_id, kind: 'account' as const, link: '/employer', ...message })),
      );
    });
    await this.outbox.dispatch(outboxIds);
    const [row]: EmployerRow[] = await this.db.query(`SELECT ${EMPLOYER_COLUMNS} FROM employers e JOIN regions r ON r.code = e.regency_code WHERE e.id = $1`, [employerId]);
    return toView(row);
  }
}

export interface MemberView {
  userId: string;
  fullName: string;
  role: 'owner' | 'member';
}

function nibTaken(): DomainError {
  return new DomainError(ErrorCode.NibTaken, 'A company with this NIB is registered already; ask its owner to invite you.', { field: 'nib' });
}
