import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '#config';
import { DomainError, ErrorCode } from '#domain';
import { REDIS } from '../../common/infrastructure/redis.module.js';

/**
 * Login attempts limited per IP (every attempt) and per account (failures only), counted in Redis
 * so the limits hold across every API process.
 */
@Injectable()
export class LoginLimiter {
  private readonly perIp: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, config: AppConfig) {
    const prefix = `${config.redis.queuePrefix}:login`;
    this.perIp = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:ip`,
      points: config.auth.maxAttemptsPerIp,
      duration: config.auth.loginWindowSeconds,
      insuranceLimiter: undefined,
    });
    this.perAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:account`,
      points: config.auth.maxFailuresPerAccount,
      duration: config.auth.loginWindowSeconds,
    });
  }

  /** Counts an attempt from `ip` and refuses when the IP or the account is over its limit. */
  async beforeAttempt(ip: string, accountKey: string): Promise<void> {
    const account = await this.perAccount.get(accountKey);
    if (account && account.consumedPoints >= this.perAccount.points) throw tooMany(account.msBeforeNext);
    try {
      await this.perIp.consume(ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
      throw error;
    }
  }

  async failed(accountKey: string): Promise<void> {
    try {
      await this.perAccount.consume(accountKey);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }

  async succeeded(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }

  /** For other unauthenticated routes that send e-mail (password reset): the same per-IP budget. */
  async consumeIp(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
      throw error;
    }
  }
}

function tooMany(msBeforeNext: number): DomainError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError(ErrorCode.TooManyAttempts, `Too many login attempts; try again in ${seconds} seconds.`, undefined, seconds);
}
