import 'reflect-metadata';
import { loadConfigOrExit } from '#config';
import { createWorker } from './create-worker.js';

const config = loadConfigOrExit();
await createWorker(config);
// On SIGTERM Nest closes the BullMQ workers, which wait for their active jobs. If a job outlives
// the timeout, the process exits and BullMQ's stalled-job check hands that job to another worker.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => setTimeout(() => process.exit(1), config.shutdownTimeoutSeconds * 1000).unref());
}
process.stdout.write('Kerjaku worker running\n');
