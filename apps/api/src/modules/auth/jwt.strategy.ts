import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '#config';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import { AuthRepository } from './auth.repository.js';
import type { AccessTokenClaims } from './token.service.js';

/**
 * passport-jwt: a valid signature is not enough; the account must be active and the session not
 * logged out, so logout and a password reset take effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly repository: AuthRepository,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.auth.jwtSecret, ignoreExpiration: false, algorithms: ['HS256'] });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new UnauthorizedException('The access token is not valid; log in again.');
    const session = await this.repository.findSessionUser(claims.sub, claims.sid);
    if (!session || session.status !== 'active' || !session.open) {
      throw new UnauthorizedException('Your session has ended; log in again.');
    }
    return { id: session.id, role: session.role, sessionId: claims.sid };
  }
}
