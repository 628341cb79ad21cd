import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '#config';
import { DomainError, ErrorCode, type Role } from '#domain';
import { AuthRepository } from './auth.repository.js';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  tokenType: 'Bearer';
}

/** A random secret for the client; only its SHA-256 is stored (the secret has 256 bits, so no slow hash is needed). */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Short-lived access tokens (JWT) and rotating refresh tokens. A refresh token is used once; using
 * it again means it was stolen or replayed, and the whole family (the login session) is revoked.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly repository: AuthRepository,
  ) {}

  async issue(db: EntityManager, userId: string, role: Role, familyId: string = randomUUID()): Promise<TokenPair> {
    const { secret, hash } = newSecret();
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTtlDays * 86_400_000);
    await this.repository.insertRefreshToken(db, { userId, familyId, tokenHash: hash, expiresAt });
    const claims: AccessTokenClaims = { sub: userId, role, sid: familyId };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: this.config.auth.accessTtlSeconds }),
      accessTokenExpiresIn: this.config.auth.accessTtlSeconds,
      refreshToken: secret,
      refreshTokenExpiresAt: expiresAt.toISOString(),
      tokenType: 'Bearer',
    };
  }

  /** Exchanges a refresh token for a new pair; reuse of a spent token revokes its family. */
  async rotate(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.repository.transaction(async (db) => {
      const current = await this.repository.findRefreshTokenForUpdate(db, hashSecret(refreshToken));
      if (!current) return { error: invalid() };
      if (current.usedAt || current.revokedAt) {
        await this.repository.revokeFamily(db, current.familyId, 'reuse');
        return {
          error: new DomainError(
            ErrorCode.RefreshTokenReused,
            'This refresh token was already used, so the session has been closed for your safety; log in again.',
          ),
        };
      }
      if (current.expiresAt.getTime() <= Date.now()) return { error: invalid() };
      const user = await this.repository.findUserById(current.userId, db);
      if (!user || user.status !== 'active') {
        await this.repository.revokeFamily(db, current.familyId, 'account-disabled');
        return { error: invalid() };
      }
      await this.repository.markRefreshTokenUsed(db, current.id);
      return { pair: await this.issue(db, user.id, user.role, current.familyId) };
    });
    // The revocation above must commit, so the error is thrown only after the transaction.
    if ('error' in outcome) throw outcome.error;
    return outcome.pair;
  }

  /** Ends the session the refresh token belongs to (idempotent; an unknown token changes nothing). */
  async revokeSession(refreshToken: string, userId: string): Promise<void> {
    await this.repository.transaction(async (db) => {
      const current = await this.repository.findRefreshTokenForUpdate(db, hashSecret(refreshToken));
      if (current && current.userId === userId) await this.repository.revokeFamily(db, current.familyId, 'logout');
    });
  }

  verifyAccessToken(token: string): Promise<AccessTokenClaims> {
    return this.jwt.verifyAsync<AccessTokenClaims>(token);
  }
}

function invalid(): DomainError {
  return new DomainError(ErrorCode.RefreshTokenInvalid, 'The refresh token is not valid or has expired; log in again.');
}
