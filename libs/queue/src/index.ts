export { CURRENT_SCORING_VERSION, DEFAULT_JOB_OPTIONS, JOB_QUEUE, JobName, MATCH_DEBOUNCE_MS, QueueName, SCHEDULES, jobIdFor, jobOptionsFor, scoreJobId, type JobOf, type JobPayloads } from './queues.js';
export { JobProducer } from './job-producer.js';
export { redisConnectionOptions } from './redis.js';
