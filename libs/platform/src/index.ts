export { ConfigModule } from './config.module.js';
export { DatabaseModule } from './database.module.js';
export { jobProducerProvider } from './job-producer.provider.js';
export { loggerOptions, NIK_REDACT_PATHS, requestIdFor } from './logging.js';
export { MessagingModule } from './messaging/messaging.module.js';
export { NotificationWriter } from './messaging/notification-writer.js';
export { OutboxService } from './messaging/outbox.service.js';
export { MatchChanges } from './matching/match-changes.js';
export { assignWaitingCases, computeRisk, openCaseOnCardIssue, refreshRisks, storeRisk, type Queryable } from './counselling/caseload.js';
