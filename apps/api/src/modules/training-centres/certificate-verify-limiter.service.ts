import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '#config';
import { DomainError, ErrorCode } from '#domain';
import { REDIS } from '../../common/infrastructure/redis.module.js';

/**
 * Certificate numbers are sequential per regency and year, so the public check would let a script
 * walk them and collect holders' initials. 60 checks a minute from one address is ample for an
 * employer checking applicants, and slows a walk to a crawl. Counted in Redis, across API processes.
 */
export const CERTIFICATE_CHECKS_PER_MINUTE = 60;

@Injectable()
export class CertificateVerifyLimiter {
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, config: AppConfig) {
    this.perIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.redis.queuePrefix}:certificate-verify:ip`, points: CERTIFICATE_CHECKS_PER_MINUTE, duration: 60 });
  }

  async consume(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DomainError(ErrorCode.TooManyRequests, `Too many certificate checks from this address; try again in ${seconds} seconds.`, undefined, seconds);
    }
  }
}
