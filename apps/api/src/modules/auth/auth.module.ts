import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '#config';
import { MessagingModule } from '#platform';
import { AuthController } from './auth.controller.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginLimiter } from './login-limiter.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [
    PassportModule,
    MessagingModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.auth.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, PasswordHasher, TokenService, LoginLimiter, LocalStrategy, JwtStrategy],
  exports: [AuthService, AuthRepository, PasswordHasher, TokenService],
})
export class AuthModule {}
