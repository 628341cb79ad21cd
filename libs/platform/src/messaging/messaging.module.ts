import { Module } from '@nestjs/common';
import { jobProducerProvider } from '../job-producer.provider.js';
import { MatchChanges } from '../matching/match-changes.js';
import { NotificationWriter } from './notification-writer.js';
import { OutboxService } from './outbox.service.js';

/** E-mail outbox, notifications and re-match requests, for the API and the worker alike. */
@Module({
  providers: [jobProducerProvider, OutboxService, NotificationWriter, MatchChanges],
  exports: [jobProducerProvider, OutboxService, NotificationWriter, MatchChanges],
})
export class MessagingModule {}
