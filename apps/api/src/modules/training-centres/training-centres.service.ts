import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '#config';
import { DomainError, ErrorCode, INVITATION_VALID_DAYS, centreReviewNotification, normalizeEmail, trainingCentreInvitationEmail } from '#domain';
import { NotificationWriter, OutboxService } from '#platform';
import type { Page } from '../../common/dto/pagination.dto.js';
import type { CentreReviewQueryDto, CreateCentreDto } from './dto/training.dto.js';
import { TrainingAccess, isUniqueViolation } from './training-access.js';

export type CentreStatus = 'pending' | 'verified' | 'rejected';

export interface CentreView {
  id: string;
  name: string;
  address: string;
  regency: { code: string; name: string };
  status: CentreStatus;
  verifiedAt: string | null;
  rejectionReason: string | null;
  createdAt: string;
}

export interface CentreMemberView {
  userId: string;
  fullName: string;
  role: 'staff' | 'instructor';
}

interface CentreRow {
  id: string;
  name: string;
  address: string;
  regency_code: string;
  regency_name: string;
  verified_at: Date | null;
  rejected_at: Date | null;
  rejection_reason: string | null;
  created_at: Date;
}

const CENTRE_COLUMNS = `c.id, c.name, c.address, c.regency_code, r.name AS regency_name, c.verified_at, c.rejected_at, c.rejection_reason, c.created_at`;
const NOT_FOUND = 'There is no such training centre.';

function toView(row: CentreRow): CentreView {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    regency: { code: row.regency_code, name: row.regency_name },
    status: row.verified_at ? 'verified' : row.rejected_at ? 'rejected' : 'pending',
    verifiedAt: row.verified_at?.toISOString() ?? null,
    rejectionReason: row.rejected_at ? row.rejection_reason : null,
    createdAt: row.created_at.toISOString(),
  };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Training centres, their members and invitations, and the admins' review. */
@Injectable()
export class TrainingCentresService {
  constructor(
    private readonly access: TrainingAccess,
    private readonly notifications: NotificationWriter,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  private get db() {
    return this.access.db;
  }

  async register(userId: string, dto: CreateCentreDto): Promise<CentreView & { members: CentreMemberView[] }> {
    const id = await this.db
      .transaction(async (db) => {
        await db.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
        if (await this.access.membership(userId, db)) throw new DomainError(ErrorCode.AlreadyInTrainingCentre, 'You belong to a training centre already; an account works for one centre.');
        const regions: unknown[] = await db.query(`SELECT 1 FROM regions WHERE code = $1`, [dto.regencyCode]);
        if (regions.length === 0) throw new DomainError(ErrorCode.ValidationFailed, `regencyCode ${dto.regencyCode} is not a regency; pick one from GET /api/reference/regions`, { field: 'regencyCode' });
        const [row]: { id: string }[] = await db.query(`INSERT INTO training_centres (name, regency_code, address) VALUES ($1, $2, $3) RETURNING id`, [dto.name, dto.regencyCode, dto.address]);
        await db.query(`INSERT INTO training_centre_members (centre_id, user_id, role) VALUES ($1, $2, 'staff')`, [row.id, userId]);
        return row.id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_training_centre_members_user')) throw new DomainError(ErrorCode.AlreadyInTrainingCentre, 'You belong to a training centre already.');
        throw error;
      });
    return this.withMembers(id);
  }

  async mine(userId: string): Promise<CentreView & { members: CentreMemberView[]; myRole: 'staff' | 'instructor' }> {
    const membership = await this.access.requireMembership(userId);
    return { ...(await this.withMembers(membership.centreId)), myRole: membership.role };
  }

  private async withMembers(centreId: string): Promise<CentreView & { members: CentreMemberView[] }> {
    const [rows, members] = await Promise.all([
      this.db.query(`SELECT ${CENTRE_COLUMNS} FROM training_centres c JOIN regions r ON r.code = c.regency_code WHERE c.id = $1`, [centreId]) as Promise<CentreRow[]>,
      this.db.query(
        `SELECT m.user_id, u.full_name, m.role FROM training_centre_members m JOIN users u ON u.id = m.user_id WHERE m.centre_id = $1 ORDER BY m.role DESC, u.full_name`,
        [centreId],
      ) as Promise<{ user_id: string; full_name: string; role: 'staff' | 'instructor' }[]>,
    ]);
    if (!rows[0]) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return { ...toView(rows[0]), members: members.map((m) => ({ userId: m.user_id, fullName: m.full_name, role: m.role })) };
  }

  async invite(userId: string, emailInput: string, role: 'staff' | 'instructor'): Promise<{ id: string; email: string; role: string; expiresAt: string }> {
    const membership = await this.access.requireStaff(userId);
    const email = normalizeEmail(emailInput);
    if (!email) throw new DomainError(ErrorCode.ValidationFailed, 'email must be an e-mail address such as budi@example.org', { field: 'email' });
    const token = randomBytes(32).toString('base64url');
    const link = `${this.config.http.appUrl}/training-centre-invitations/accept?token=${token}`;
    const { invitation, outboxId } = await this.db.transaction(async (db) => {
      const [centre]: { name: string; inviter: string }[] = await db.query(
        `SELECT c.name, u.full_name AS inviter FROM training_centres c, users u WHERE c.id = $1 AND u.id = $2`,
        [membership.centreId, userId],
      );
      const [row]: { id: string; email: string; expires_at: Date }[] = await db.query(
        `INSERT INTO training_centre_invitations (centre_id, email, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING id, email, expires_at`,
        [membership.centreId, email, role, hashToken(token), userId, INVITATION_VALID_DAYS],
      );
      const id = await this.outbox.add(db, email, trainingCentreInvitationEmail(centre.name, centre.inviter, role, link, INVITATION_VALID_DAYS));
      return { invitation: row, outboxId: id };
    });
    await this.outbox.dispatch([outboxId]);
    return { id: invitation.id, email: invitation.email, role, expiresAt: invitation.expires_at.toISOString() };
  }

  async accept(userId: string, token: string): Promise<CentreView & { members: CentreMemberView[] }> {
    const centreId = await this.db
      .transaction(async (db) => {
        const [invitation]: { id: string; centre_id: string; email: string; role: string; expired: boolean; accepted_at: Date | null }[] = await db.query(
          `SELECT id, centre_id, email, role, expires_at < now() AS expired, accepted_at FROM training_centre_invitations WHERE token_hash = $1 FOR UPDATE`,
          [hashToken(token)],
        );
        if (!invitation || invitation.accepted_at || invitation.expired) {
          throw new DomainError(ErrorCode.InvitationInvalid, "This invitation link is not valid: it was used already or has expired. Ask the centre's staff for a new one.");
        }
        const [user]: { email: string | null }[] = await db.query(`SELECT email FROM users WHERE id = $1 FOR UPDATE`, [userId]);
        if (!user?.email || user.email !== invitation.email) {
          throw new DomainError(ErrorCode.Forbidden, 'This invitation was sent to another e-mail address; log in with the training-centre account of that address.');
        }
        if (await this.access.membership(userId, db)) throw new DomainError(ErrorCode.AlreadyInTrainingCentre, 'You belong to a training centre already; an account works for one centre.');
        await db.query(`INSERT INTO training_centre_members (centre_id, user_id, role) VALUES ($1, $2, $3)`, [invitation.centre_id, userId, invitation.role]);
        await db.query(`UPDATE training_centre_invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [invitation.id, userId]);
        return invitation.centre_id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'uq_training_centre_members_user')) throw new DomainError(ErrorCode.AlreadyInTrainingCentre, 'You belong to a training centre already.');
        throw error;
      });
    return this.withMembers(centreId);
  }

  async listForReview(query: CentreReviewQueryDto): Promise<Page<CentreView>> {
    const condition =
      query.status === 'pending'
        ? 'c.verified_at IS NULL AND c.rejected_at IS NULL'
        : query.status === 'verified'
          ? 'c.verified_at IS NOT NULL'
          : query.status === 'rejected'
            ? 'c.rejected_at IS NOT NULL'
            : 'true';
    const [rows, [count]] = await Promise.all([
      this.db.query(
        `SELECT ${CENTRE_COLUMNS} FROM training_centres c JOIN regions r ON r.code = c.regency_code WHERE ${condition} ORDER BY c.created_at, c.id LIMIT $1 OFFSET $2`,
        [query.limit, query.offset],
      ) as Promise<CentreRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM training_centres c WHERE ${condition}`) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toView), total: count.total, page: query.page, limit: query.limit };
  }

  verify(adminId: string, centreId: string): Promise<CentreView> {
    return this.review(centreId, async (db, name) => {
      await db.query(
        `UPDATE training_centres SET verified_at = coalesce(verified_at, now()), verified_by = coalesce(verified_by, $2), rejected_at = NULL, rejection_reason = NULL, rejected_by = NULL WHERE id = $1`,
        [centreId, adminId],
      );
      return centreReviewNotification(name, true, null);
    });
  }

  reject(adminId: string, centreId: string, reason: string): Promise<CentreView> {
    return this.review(centreId, async (db, name) => {
      await db.query(
        `UPDATE training_centres SET verified_at = NULL, verified_by = NULL, rejected_at = now(), rejected_by = $2, rejection_reason = $3 WHERE id = $1`,
        [centreId, adminId, reason],
      );
      return centreReviewNotification(name, false, reason);
    });
  }

  private async review(centreId: string, change: (db: EntityManager, name: string) => Promise<ReturnType<typeof centreReviewNotification>>): Promise<CentreView> {
    const outboxIds = await this.db.transaction(async (db) => {
      const [centre]: { name: string }[] = await db.query(`SELECT name FROM training_centres WHERE id = $1 FOR UPDATE`, [centreId]);
      if (!centre) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      const message = await change(db, centre.name);
      const members: { user_id: string }[] = await db.query(`SELECT user_id FROM training_centre_members WHERE centre_id = $1`, [centreId]);
      return this.notifications.write(db, members.map((member) => ({ userId: member.user_id, kind: 'account' as const, link: '/training', ...message })));
    });
    await this.outbox.dispatch(outboxIds);
    const [row]: CentreRow[] = await this.db.query(`SELECT ${CENTRE_COLUMNS} FROM training_centres c JOIN regions r ON r.code = c.regency_code WHERE c.id = $1`, [centreId]);
    return toView(row);
  }
}
