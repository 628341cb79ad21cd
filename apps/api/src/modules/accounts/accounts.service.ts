import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '#config';
import { DomainError, ErrorCode } from '#domain';
import { AuthRepository } from '../auth/auth.repository.js';
import { AuthService, toUserView, type UserView } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.service.js';
import { OutboxService } from '#platform';
import type { CreateStaffAccountDto } from './dto/create-staff-account.dto.js';

const SET_PASSWORD_VALID_MINUTES = 7 * 24 * 60;

/** Accounts that only an admin creates (counsellors, admins), and the first admin from configuration. */
@Injectable()
export class AccountsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    private readonly repository: AuthRepository,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.firstAdmin;
    if (!admin) return;
    try {
      const passwordHash = await this.hasher.hash(admin.password);
      const created = await this.repository.transaction(async (db) => {
        const rows: unknown[] = await db.query(
          `INSERT INTO users (email, password_hash, role, full_name, status, email_verified_at)
           VALUES ($1, $2, 'admin', 'Administrator', 'active', now())
           ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
          [admin.email, passwordHash],
        );
        return rows.length > 0;
      });
      if (created) this.logger.log('First admin account created from ADMIN_EMAIL');
    } catch (error) {
      // PostgreSQL may still be starting; the next start tries again and /ready reports the outage.
      this.logger.warn(`Could not ensure the first admin: ${(error as Error).message}`);
    }
  }

  async createStaffAccount(adminId: string, dto: CreateStaffAccountDto): Promise<UserView> {
    const { email, phone } = this.auth.contactOf(dto.email, dto.phone);
    if (!email) throw new DomainError(ErrorCode.ValidationFailed, 'email is required: the new account sets its password through an e-mailed link', { field: 'email' });
    // Nobody knows this password; the owner chooses one through the e-mailed link.
    const passwordHash = await this.hasher.hash(randomBytes(32).toString('base64url'));
    const outboxIds: string[] = [];
    const user = await this.repository.transaction(async (db) => {
      if (await this.repository.contactTaken(db, email, phone)) {
        throw new DomainError(ErrorCode.ContactTaken, 'An account with this e-mail address or phone number exists already.', { field: 'email' });
      }
      if (dto.role === 'counsellor') {
        const [office] = await db.query(`SELECT id FROM counselling_offices WHERE id = $1`, [dto.officeId]);
        if (!office) throw new DomainError(ErrorCode.ValidationFailed, 'officeId does not name a counselling office', { field: 'officeId' });
      }
      const created = await this.repository.insertUser(db, {
        email,
        phone,
        fullName: dto.fullName.trim(),
        passwordHash,
        role: dto.role,
        status: 'active',
        emailVerifiedAt: null,
        createdBy: adminId,
      });
      if (dto.role === 'counsellor') await db.query(`INSERT INTO counsellors (user_id, office_id) VALUES ($1, $2)`, [created.id, dto.officeId]);
      outboxIds.push(await this.auth.sendEmailToken(db, created, 'reset_password', SET_PASSWORD_VALID_MINUTES));
      return created;
    });
    await this.outbox.dispatch(outboxIds);
    return toUserView(user);
  }

  async getAccount(id: string): Promise<UserView> {
    const user = await this.repository.findUserById(id);
    if (!user) throw new DomainError(ErrorCode.NotFound, 'No account has this id.');
    return toUserView(user);
  }
}
