import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { AppConfig } from '#config';
import { QueueName, redisConnectionOptions } from '#queue';

export const REDIS = Symbol('REDIS');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * A shared Redis client for counters and readiness (fails fast while Redis is down, so requests get
 * 503 rather than hang), and the BullMQ queues with the platform's prefix.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisConnectionOptions(config.redis.url) as ConnectionOptions,
        prefix: config.redis.queuePrefix,
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ],
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new Redis({ ...redisConnectionOptions(config.redis.url), lazyConnect: false }),
    },
    RedisCloser,
  ],
  exports: [REDIS, BullModule],
})
export class RedisModule {}
