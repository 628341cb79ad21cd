import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '#config';
import { DomainError, ErrorCode } from '#domain';
import { REDIS } from '../../common/infrastructure/redis.module.js';

/**
 * Card numbers are sequential, so the public check would let a script walk a regency's cards and
 * collect holders' initials. An employer or a BLK checks a few cards at a time; 60 a minute from
 * one address is ample for them and slows a walk to a crawl. Counted in Redis, across API processes.
 */
export const AK1_CHECKS_PER_MINUTE = 60;

@Injectable()
export class Ak1VerifyLimiter {
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, config: AppConfig) {
    this.perIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.redis.queuePrefix}:ak1-verify:ip`, points: AK1_CHECKS_PER_MINUTE, duration: 60 });
  }

  async consume(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DomainError(ErrorCode.TooManyRequests, `Too many card checks from this address; try again in ${seconds} seconds.`, undefined, seconds);
    }
  }
}
