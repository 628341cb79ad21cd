import { getQueueToken } from '@nestjs/bullmq';
import type { Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobProducer, QueueName } from '#queue';

const queueNames = Object.values(QueueName);

/** JobProducer over every registered queue. */
export const jobProducerProvider: Provider = {
  provide: JobProducer,
  inject: queueNames.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]) => new JobProducer(new Map(queueNames.map((name, index) => [name, queues[index]]))),
};
