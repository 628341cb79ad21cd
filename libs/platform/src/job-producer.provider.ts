import { getQueueToken } from '@nestjs/bullmq';
import { Logger, type Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobProducer, QueueName } from '#queue';

const queueNames = Object.values(QueueName);

const REPORT_EVERY_MS = 60_000;

/**
 * Reports a queue's connection errors at most once a minute rather than at every reconnect attempt
 * (without a listener BullMQ prints each one to stderr). Enqueueing during an outage fails on its
 * own and the reconciler re-queues what was missed.
 */
function reportConnectionErrors(queue: Queue): void {
  const logger = new Logger(`Queue:${queue.name}`);
  let lastReport = 0;
  queue.on('error', (error: Error) => {
    if (Date.now() - lastReport < REPORT_EVERY_MS) return;
    lastReport = Date.now();
    logger.warn(`Redis unreachable for queue ${queue.name}: ${error.message}`);
  });
}

/** JobProducer over every registered queue. */
export const jobProducerProvider: Provider = {
  provide: JobProducer,
  inject: queueNames.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]) => {
    queues.forEach(reportConnectionErrors);
    return new JobProducer(new Map(queueNames.map((name, index) => [name, queues[index]])));
  },
};
