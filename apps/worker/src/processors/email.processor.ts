import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '#config';
import { JobName, QueueName, type JobPayloads } from '#queue';
import { MailTransport } from '../mail/mail-transport.js';
import { OutboxRepository } from './outbox.repository.js';
import type { JobHandlerSet } from './handler-set.js';

/** Delivers e-mails from the outbox. Idempotent: a message already sent is skipped. */
@Processor(QueueName.Email)
export class EmailProcessor extends WorkerHost implements OnModuleInit, JobHandlerSet {
  readonly queue = QueueName.Email;
  readonly handles = [JobName.SendEmail];
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: Job): Promise<string> {
    if (job.name !== JobName.SendEmail) throw new Error(`EmailProcessor cannot handle ${job.name}`);
    const { outboxEmailId } = job.data as JobPayloads[JobName.SendEmail];
    const email = await this.outbox.find(outboxEmailId);
    if (!email) return 'gone';
    if (email.status !== 'pending') return `already ${email.status}`;
    try {
      await this.transport.send(email);
    } catch (error) {
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.outbox.recordFailure(email.id, (error as Error).message, final);
      this.logger.warn(`E-mail ${email.id} (${email.template}) failed${final ? ' for good' : ', will retry'}: ${(error as Error).message}`);
      throw error;
    }
    await this.outbox.markSent(email.id);
    return 'sent';
  }
}
