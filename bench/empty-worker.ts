import { Worker, type ConnectionOptions } from 'bullmq';
import { redisConnectionOptions } from '#queue';

// A child process of the assessments benchmark: one BullMQ worker doing nothing per job, with the
// scoring worker's concurrency, so that the queue's own share of the cost is visible.
const [redisUrl, prefix, queueName, concurrency] = process.argv.slice(2);
const worker = new Worker(queueName, async () => undefined, {
  connection: redisConnectionOptions(redisUrl, true) as ConnectionOptions,
  prefix,
  concurrency: Number(concurrency),
});
await worker.waitUntilReady();
process.stdout.write('ready\n');
process.once('SIGTERM', () => void worker.close().then(() => process.exit(0)));
