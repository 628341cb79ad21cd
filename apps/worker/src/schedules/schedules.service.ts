import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { AppConfig } from '#config';
import { DEFAULT_JOB_OPTIONS, SCHEDULES } from '#queue';

/** Registers the repeating jobs (BullMQ job schedulers; upserting by id keeps one per schedule however many workers start). */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SchedulesService.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const schedule of SCHEDULES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(schedule.queue), { strict: false });
      const repeat =
        'pattern' in schedule
          ? { pattern: schedule.pattern, tz: schedule.tz }
          : { every: 'everySetting' in schedule ? this.config.worker.reconcileEverySeconds * 1000 : schedule.everyMs };
      await queue.upsertJobScheduler(schedule.id, repeat, { name: schedule.name, data: {}, opts: { ...DEFAULT_JOB_OPTIONS, attempts: 1 } });
    }
    this.logger.log(`Schedules registered: ${SCHEDULES.map((schedule) => schedule.id).join(', ')}`);
  }
}
