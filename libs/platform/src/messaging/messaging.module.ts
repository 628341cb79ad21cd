import { Module } from '@nestjs/common';
import { jobProducerProvider } from '../job-producer.provider.js';
import { NotificationWriter } from './notification-writer.js';
import { OutboxService } from './outbox.service.js';

/** E-mail outbox and notifications, for the API and the worker alike. */
@Module({ providers: [jobProducerProvider, OutboxService, NotificationWriter], exports: [jobProducerProvider, OutboxService, NotificationWriter] })
export class MessagingModule {}
