import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmailMessage } from '#domain';
import { OutboxEmailEntity } from '#persistence';
import { JobName, JobProducer } from '#queue';

/**
 * The e-mail outbox. `add` writes inside the caller's transaction; `dispatch` enqueues after commit.
 * If Redis is down at that moment the row stays pending and the reconciler enqueues it later.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(private readonly jobs: JobProducer) {}

  async add(db: EntityManager, recipient: string, message: EmailMessage): Promise<string> {
    const row = await db.getRepository(OutboxEmailEntity).insert({
      recipient,
      subject: message.subject,
      bodyText: message.text,
      template: message.template,
    });
    return row.identifiers[0].id as string;
  }

  async dispatch(outboxEmailIds: string[]): Promise<void> {
    if (outboxEmailIds.length === 0) return;
    try {
      await this.jobs.addBulk(
        JobName.SendEmail,
        outboxEmailIds.map((outboxEmailId) => ({ outboxEmailId })),
      );
    } catch (error) {
      this.logger.warn(`Could not enqueue ${outboxEmailIds.length} e-mail(s); the reconciler will: ${(error as Error).message}`);
    }
  }
}
