import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { LoginIdentifier, UserTokenPurpose } from '#domain';
import { RefreshTokenEntity, UserEntity, UserTokenEntity } from '#persistence';

/** Every database touch of authentication: users, refresh tokens, e-mailed tokens. */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findUserById(id: string, db: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return db.getRepository(UserEntity).findOneBy({ id });
  }

  findUserByLogin(identifier: LoginIdentifier): Promise<UserEntity | null> {
    const users = this.dataSource.getRepository(UserEntity);
    return identifier.kind === 'email' ? users.findOneBy({ email: identifier.email }) : users.findOneBy({ phone: identifier.phone });
  }

  async contactTaken(db: EntityManager, email: string | null, phone: string | null): Promise<'email' | 'phone' | null> {
    const users = db.getRepository(UserEntity);
    if (email && (await users.existsBy({ email }))) return 'email';
    if (phone && (await users.existsBy({ phone }))) return 'phone';
    return null;
  }

  async insertUser(db: EntityManager, user: Partial<UserEntity>): Promise<UserEntity> {
    return db.getRepository(UserEntity).save(db.getRepository(UserEntity).create(user));
  }

  async updateUser(db: EntityManager, id: string, changes: Partial<UserEntity>): Promise<void> {
    await db.getRepository(UserEntity).update({ id }, changes);
  }

  /** The user and whether the session (refresh-token family) is still open, in one query. */
  async findSessionUser(userId: string, familyId: string): Promise<(Pick<UserEntity, 'id' | 'role' | 'status'> & { open: boolean }) | null> {
    const rows: Array<{ id: string; role: UserEntity['role']; status: UserEntity['status']; open: boolean }> = await this.dataSource.query(
      `SELECT u.id, u.role, u.status,
              EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL) AS open
       FROM users u WHERE u.id = $1`,
      [userId, familyId],
    );
    return rows[0] ?? null;
  }

  insertRefreshToken(db: EntityManager, token: Pick<RefreshTokenEntity, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>) {
    return db.getRepository(RefreshTokenEntity).insert(token);
  }

  /** Locks the token row so two refreshes with one token cannot both succeed. */
  findRefreshTokenForUpdate(db: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return db.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markRefreshTokenUsed(db: EntityManager, id: string): Promise<void> {
    await db.getRepository(RefreshTokenEntity).update({ id }, { usedAt: new Date() });
  }

  async revokeFamily(db: EntityManager, familyId: string, reason: string): Promise<void> {
    await db.getRepository(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: reason });
  }

  async revokeAllForUser(db: EntityManager, userId: string, reason: string): Promise<void> {
    await db.getRepository(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: reason });
  }

  async insertUserToken(db: EntityManager, token: Pick<UserTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await db.getRepository(UserTokenEntity).insert(token);
  }

  findUserTokenForUpdate(db: EntityManager, tokenHash: string, purpose: UserTokenPurpose): Promise<UserTokenEntity | null> {
    return db.getRepository(UserTokenEntity).findOne({ where: { tokenHash, purpose }, lock: { mode: 'pessimistic_write' } });
  }

  /** Uses the token and every other open token of the same purpose, so an older e-mail cannot be replayed. */
  async useUserTokens(db: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<void> {
    await db.getRepository(UserTokenEntity).update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }
}
