import { Module } from '@nestjs/common';
import { jobProducerProvider } from '#platform';
import { OutboxService } from './outbox.service.js';

@Module({ providers: [jobProducerProvider, OutboxService], exports: [OutboxService, jobProducerProvider] })
export class MailModule {}
