import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications, and which kinds each user also wants by e-mail. */
export class Notifications1732200000005 implements MigrationInterface {
  name = 'Notifications1732200000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        kind text NOT NULL,
        title_id text NOT NULL,
        title_en text NOT NULL,
        body_id text NOT NULL,
        body_en text NOT NULL,
        link text,
        dedupe_key text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_notifications PRIMARY KEY (id),
        CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_notifications_user_created ON notifications (user_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX ix_notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`);
    await db.query(`CREATE UNIQUE INDEX uq_notifications_dedupe ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);
    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL,
        kind text NOT NULL,
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_notification_preferences PRIMARY KEY (user_id, kind),
        CONSTRAINT fk_notification_preferences_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP TABLE notifications`);
  }
}
