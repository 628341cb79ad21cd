import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '#config';
import { NOTIFICATION_KINDS, notificationEmail, type NotificationInput } from '#domain';
import { OutboxService } from './outbox.service.js';

/**
 * Writes notifications inside the caller's transaction: the in-app row always, and an outbox e-mail
 * when the user has an e-mail address and wants this kind by e-mail. Returns the outbox ids to
 * pass to `OutboxService.dispatch` after the commit.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async write(db: EntityManager, notifications: NotificationInput | NotificationInput[]): Promise<string[]> {
    const list = Array.isArray(notifications) ? notifications : [notifications];
    const outboxIds: string[] = [];
    for (const notification of list) {
      const inserted: { id: string }[] = await db.query(
        `INSERT INTO notifications (user_id, kind, title_id, title_en, body_id, body_en, link, dedupe_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
         RETURNING id`,
        [
          notification.userId,
          notification.kind,
          notification.title.id,
          notification.title.en,
          notification.body.id,
          notification.body.en,
          notification.link ?? null,
          notification.dedupeKey ?? null,
        ],
      );
      if (inserted.length === 0) continue; // already notified
      const [recipient]: { email: string | null; full_name: string; wants: boolean | null }[] = await db.query(
        `SELECT u.email, u.full_name, p.email AS wants
           FROM users u
           LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2
          WHERE u.id = $1`,
        [notification.userId, notification.kind],
      );
      const wantsEmail = recipient?.wants ?? NOTIFICATION_KINDS[notification.kind].emailByDefault;
      if (recipient?.email && wantsEmail) {
        outboxIds.push(await this.outbox.add(db, recipient.email, notificationEmail(recipient.full_name, notification, this.config.http.appUrl)));
      }
    }
    return outboxIds;
  }
}
