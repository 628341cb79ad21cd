import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '#config';
import { WorkerModule } from './worker.module.js';

/** The worker: a Nest application context (no HTTP server) running BullMQ processors and schedules. */
export async function createWorker(config: AppConfig, options: { logger?: boolean } = {}): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  if (options.logger !== false) context.useLogger(context.get(Logger));
  else context.useLogger(false);
  context.enableShutdownHooks();
  await context.init();
  return context;
}
