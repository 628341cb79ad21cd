import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '#config';
import {
  DomainError,
  ErrorCode,
  normalizeEmail,
  normalizePhone,
  parseLoginIdentifier,
  passwordChangedEmail,
  passwordProblems,
  passwordResetEmail,
  verificationEmail,
  type PasswordContext,
  type Role,
  type UserTokenPurpose,
} from '#domain';
import type { UserEntity } from '#persistence';
import { OutboxService } from '#platform';
import { AuthRepository } from './auth.repository.js';
import type { RegisterDto } from './dto/auth.dto.js';
import { LoginLimiter } from './login-limiter.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { hashSecret, newSecret, TokenService, type TokenPair } from './token.service.js';

export interface UserView {
  id: string;
  role: Role;
  fullName: string;
  email: string | null;
  phone: string | null;
  emailVerified: boolean;
  createdAt: string;
}

/** Lists exactly the fields of a user that leave the API. */
export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    role: user.role,
    fullName: user.fullName,
    email: user.email,
    phone: user.phone,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

const INVALID_LOGIN = 'The login or the password is wrong.';

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly limiter: LoginLimiter,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async register(dto: RegisterDto): Promise<{ user: UserView; tokens: TokenPair }> {
    const { email, phone } = this.contactOf(dto.email, dto.phone);
    const fullName = dto.fullName.trim().replace(/\s+/g, ' ');
    this.assertPasswordAllowed(dto.password, { email, phone, fullName });
    const passwordHash = await this.hasher.hash(dto.password);
    const outboxIds: string[] = [];
    const result = await this.repository.transaction(async (db) => {
      const taken = await this.repository.contactTaken(db, email, phone);
      if (taken) throw contactTaken(taken);
      const user = await this.repository.insertUser(db, { email, phone, fullName, passwordHash, role: dto.role, status: 'active' });
      if (email) outboxIds.push(await this.sendEmailToken(db, user, 'verify_email'));
      return { user: toUserView(user), tokens: await this.tokens.issue(db, user.id, user.role) };
    }).catch(rethrowUniqueViolation);
    await this.outbox.dispatch(outboxIds);
    return result;
  }

  /** Checks a login; a wrong password and an unknown account get the same answer in the same time. */
  async validateLogin(login: string, password: string, ip: string): Promise<UserEntity> {
    const identifier = parseLoginIdentifier(login);
    const accountKey = identifier ? (identifier.kind === 'email' ? identifier.email : identifier.phone) : login.trim().toLowerCase();
    await this.limiter.beforeAttempt(ip, accountKey);
    const user = identifier ? await this.repository.findUserByLogin(identifier) : null;
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.limiter.failed(accountKey);
      throw new DomainError(ErrorCode.InvalidCredentials, INVALID_LOGIN);
    }
    if (user.status !== 'active') throw new DomainError(ErrorCode.AccountDisabled, 'This account is disabled; contact your Disnaker office.');
    await this.limiter.succeeded(accountKey);
    return user;
  }

  async login(user: UserEntity): Promise<{ user: UserView; tokens: TokenPair }> {
    const tokens = await this.repository.transaction((db) => this.tokens.issue(db, user.id, user.role));
    return { user: toUserView(user), tokens };
  }

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.tokens.rotate(refreshToken);
  }

  logout(userId: string, refreshToken: string): Promise<void> {
    return this.tokens.revokeSession(refreshToken, userId);
  }

  async me(userId: string): Promise<UserView> {
    const user = await this.repository.findUserById(userId);
    if (!user) throw new DomainError(ErrorCode.NotFound, 'The account no longer exists.');
    return toUserView(user);
  }

  async verifyEmail(token: string): Promise<UserView> {
    return this.repository.transaction(async (db) => {
      const user = await this.useEmailToken(db, token, 'verify_email');
      if (!user.emailVerifiedAt) await this.repository.updateUser(db, user.id, { emailVerifiedAt: new Date() });
      return toUserView({ ...user, emailVerifiedAt: user.emailVerifiedAt ?? new Date() });
    });
  }

  async resendVerification(userId: string): Promise<void> {
    const outboxIds = await this.repository.transaction(async (db) => {
      const user = await this.repository.findUserById(userId, db);
      if (!user?.email) throw new DomainError(ErrorCode.ValidationFailed, 'Add an e-mail address to your account first.');
      if (user.emailVerifiedAt) throw new DomainError(ErrorCode.ValidationFailed, 'Your e-mail address is already confirmed.');
      return [await this.sendEmailToken(db, user, 'verify_email')];
    });
    await this.outbox.dispatch(outboxIds);
  }

  /** Always answers the same, whether the address has an account or not. */
  async requestPasswordReset(emailInput: string, ip: string): Promise<void> {
    await this.limiter.consumeIp(ip);
    const email = normalizeEmail(emailInput);
    if (!email) throw new DomainError(ErrorCode.ValidationFailed, 'email must be an e-mail address such as siti@example.org', { field: 'email' });
    const user = await this.repository.findUserByLogin({ kind: 'email', email });
    if (!user || user.status !== 'active') return;
    const outboxIds = await this.repository.transaction(async (db) => [await this.sendEmailToken(db, user, 'reset_password')]);
    await this.outbox.dispatch(outboxIds);
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const outboxIds = await this.repository.transaction(async (db) => {
      const user = await this.useEmailToken(db, token, 'reset_password');
      this.assertPasswordAllowed(password, user);
      const passwordHash = await this.hasher.hash(password);
      // A reset link proves control of the address, so it confirms it too.
      await this.repository.updateUser(db, user.id, {
        passwordHash,
        passwordChangedAt: new Date(),
        emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
      });
      await this.repository.revokeAllForUser(db, user.id, 'password-reset');
      return user.email ? [await this.outbox.add(db, user.email, passwordChangedEmail(user.fullName))] : [];
    });
    await this.outbox.dispatch(outboxIds);
  }

  /** Writes a single-use token and its e-mail inside `db`'s transaction; returns the outbox id. */
  async sendEmailToken(db: EntityManager, user: UserEntity, purpose: UserTokenPurpose, validMinutes = this.config.auth.emailTokenTtlMinutes): Promise<string> {
    if (!user.email) throw new Error('sendEmailToken needs a user with an e-mail address');
    const { secret, hash } = newSecret();
    await this.repository.insertUserToken(db, { userId: user.id, purpose, tokenHash: hash, expiresAt: new Date(Date.now() + validMinutes * 60_000) });
    const path = purpose === 'verify_email' ? 'verify-email' : 'reset-password';
    const link = `${this.config.http.appUrl}/${path}?token=${secret}`;
    const message = purpose === 'verify_email' ? verificationEmail(user.fullName, link, validMinutes) : passwordResetEmail(user.fullName, link, validMinutes);
    return this.outbox.add(db, user.email, message);
  }

  assertPasswordAllowed(password: string, context: PasswordContext): void {
    const problems = passwordProblems(password, this.hasher.commonPasswords, context);
    if (problems.length > 0) {
      throw new DomainError(ErrorCode.WeakPassword, `password: ${problems.join('; ')}`, { field: 'password', problems });
    }
  }

  contactOf(emailInput?: string, phoneInput?: string): { email: string | null; phone: string | null } {
    const email = emailInput === undefined || emailInput.trim() === '' ? null : normalizeEmail(emailInput);
    const phone = phoneInput === undefined || phoneInput.trim() === '' ? null : normalizePhone(phoneInput);
    if (emailInput?.trim() && !email) {
      throw new DomainError(ErrorCode.ValidationFailed, 'email must be an e-mail address such as siti@example.org', { field: 'email' });
    }
    if (phoneInput?.trim() && !phone) {
      throw new DomainError(ErrorCode.ValidationFailed, 'phone must be an Indonesian mobile number such as 081234567890', { field: 'phone' });
    }
    if (!email && !phone) throw new DomainError(ErrorCode.ValidationFailed, 'Give an e-mail address or a phone number (or both).', { field: 'email' });
    return { email, phone };
  }

  private async useEmailToken(db: EntityManager, token: string, purpose: UserTokenPurpose): Promise<UserEntity> {
    const row = await this.repository.findUserTokenForUpdate(db, hashSecret(token), purpose);
    const what = purpose === 'verify_email' ? 'confirmation' : 'password-reset';
    if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) {
      throw new DomainError(ErrorCode.EmailTokenInvalid, `This ${what} link is not valid or has expired; ask for a new one.`);
    }
    const user = await this.repository.findUserById(row.userId, db);
    if (!user || user.status !== 'active') throw new DomainError(ErrorCode.EmailTokenInvalid, `This ${what} link is not valid or has expired; ask for a new one.`);
    await this.repository.useUserTokens(db, user.id, purpose);
    return user;
  }
}

function contactTaken(field: 'email' | 'phone'): DomainError {
  const what = field === 'email' ? 'e-mail address' : 'phone number';
  return new DomainError(ErrorCode.ContactTaken, `An account with this ${what} exists already; log in or reset your password.`, { field });
}

/** Two registrations with one address at the same moment: the unique index decides, the loser gets 409. */
function rethrowUniqueViolation(error: unknown): never {
  const driver = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = driver.code ?? driver.driverError?.code;
  const constraint = driver.constraint ?? driver.driverError?.constraint;
  if (code === '23505' && constraint === 'uq_users_email') throw contactTaken('email');
  if (code === '23505' && constraint === 'uq_users_phone') throw contactTaken('phone');
  throw error;
}
