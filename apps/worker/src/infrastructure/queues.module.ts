import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { AppConfig } from '#config';
import { QueueName, redisConnectionOptions } from '#queue';

/**
 * The worker's BullMQ connection and queues, global so that shared modules (MessagingModule)
 * reach the queues. The worker's connection waits for Redis rather than failing fast.
 */
@Global()
@Module({})
export class QueuesModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueuesModule,
      imports: [
        BullModule.forRoot({
          connection: redisConnectionOptions(config.redis.url, true) as ConnectionOptions,
          prefix: config.redis.queuePrefix,
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      exports: [BullModule],
    };
  }
}
