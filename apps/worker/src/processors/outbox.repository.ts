import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutboxEmailEntity } from '#persistence';

/** The worker's view of the e-mail outbox. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(id: string): Promise<OutboxEmailEntity | null> {
    return this.db.getRepository(OutboxEmailEntity).findOneBy({ id });
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(`UPDATE outbox_emails SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [id]);
  }

  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.db.query(
      `UPDATE outbox_emails SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END
       WHERE id = $1 AND status = 'pending'`,
      [id, error.slice(0, 2000), final],
    );
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE outbox_emails SET status = 'failed', last_error = COALESCE(last_error, $2) WHERE id = $1 AND status = 'pending'`, [id, reason]);
  }

  /** Pending e-mails older than `graceSeconds`: their job should exist; the reconciler checks. */
  async pendingOlderThan(graceSeconds: number, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM outbox_emails WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1)
       ORDER BY created_at LIMIT $2`,
      [graceSeconds, limit],
    );
    return rows.map((row) => row.id);
  }

  async markEnqueued(ids: string[]): Promise<void> {
    if (ids.length) await this.db.query(`UPDATE outbox_emails SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Expired tokens and old delivered e-mails (which hold addresses) are not kept longer than needed. */
  async purgeExpired(): Promise<{ refreshTokens: number; userTokens: number; emails: number }> {
    const [, refreshTokens] = await this.db.query(`DELETE FROM refresh_tokens WHERE expires_at < now() - interval '7 days'`);
    const [, userTokens] = await this.db.query(`DELETE FROM user_tokens WHERE expires_at < now() - interval '7 days'`);
    const [, emails] = await this.db.query(`DELETE FROM outbox_emails WHERE status = 'sent' AND sent_at < now() - interval '90 days'`);
    return { refreshTokens, userTokens, emails };
  }
}
