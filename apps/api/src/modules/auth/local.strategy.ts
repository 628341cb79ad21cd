import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import type { UserEntity } from '#persistence';
import { AuthService } from './auth.service.js';

/** passport-local: the `login` field takes an e-mail address or a phone number. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'login', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, login: string, password: string): Promise<UserEntity> {
    return this.auth.validateLogin(login, password, request.ip);
  }
}
