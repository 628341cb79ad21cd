import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndOutbox1732200000000 implements MigrationInterface {
  name = 'AccountsAndOutbox1732200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text,
        phone text,
        password_hash text NOT NULL,
        role text NOT NULL,
        full_name text NOT NULL,
        status text NOT NULL DEFAULT 'active',
        email_verified_at timestamptz,
        password_changed_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT ck_users_role CHECK (role IN ('job_seeker', 'employer', 'training_centre', 'counsellor', 'admin')),
        CONSTRAINT ck_users_status CHECK (status IN ('active', 'disabled')),
        CONSTRAINT ck_users_contact CHECK (email IS NOT NULL OR phone IS NOT NULL),
        CONSTRAINT ck_users_email_lower CHECK (email = lower(email)),
        CONSTRAINT fk_users_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_users_email ON users (email) WHERE email IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX uq_users_phone ON users (phone) WHERE phone IS NOT NULL`);
    await db.query(`CREATE INDEX ix_users_role ON users (role)`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        revoke_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
        CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_refresh_tokens_hash ON refresh_tokens (token_hash)`);
    await db.query(`CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id)`);
    await db.query(`CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id)`);

    await db.query(`
      CREATE TABLE user_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        purpose text NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_user_tokens PRIMARY KEY (id),
        CONSTRAINT ck_user_tokens_purpose CHECK (purpose IN ('verify_email', 'reset_password')),
        CONSTRAINT fk_user_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_user_tokens_hash ON user_tokens (token_hash)`);
    await db.query(`CREATE INDEX ix_user_tokens_user_purpose ON user_tokens (user_id, purpose)`);

    await db.query(`
      CREATE TABLE outbox_emails (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text,
        template text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        enqueued_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_outbox_emails PRIMARY KEY (id),
        CONSTRAINT ck_outbox_emails_status CHECK (status IN ('pending', 'sent', 'failed'))
      )`);
    // The reconciler scans only what still needs delivery.
    await db.query(`CREATE INDEX ix_outbox_emails_pending ON outbox_emails (created_at) WHERE status = 'pending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox_emails`);
    await db.query(`DROP TABLE user_tokens`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE users`);
  }
}
