import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employers' review and invitations, vacancy search (one stored tsvector per text-search
 * configuration, so rows written by COPY get theirs too), wording exceptions and saved searches.
 */
export class EmployersAndVacancies1732200000020 implements MigrationInterface {
  name = 'EmployersAndVacancies1732200000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE employers ADD COLUMN rejected_at timestamptz, ADD COLUMN rejection_reason text, ADD COLUMN rejected_by uuid`);
    await db.query(`ALTER TABLE employers ADD CONSTRAINT fk_employers_rejected_by FOREIGN KEY (rejected_by) REFERENCES users (id) ON DELETE SET NULL`);
    await db.query(`ALTER TABLE employers ADD CONSTRAINT ck_employers_review CHECK (verified_at IS NULL OR rejected_at IS NULL)`);
    await db.query(`CREATE INDEX ix_employers_pending ON employers (created_at) WHERE verified_at IS NULL AND rejected_at IS NULL`);
    // A user belongs to one company at most.
    await db.query(`CREATE UNIQUE INDEX uq_employer_members_user ON employer_members (user_id)`);
    await db.query(`DROP INDEX ix_employer_members_user`);

    await db.query(`
      CREATE TABLE employer_invitations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL,
        email text NOT NULL,
        token_hash text NOT NULL,
        invited_by uuid,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_employer_invitations PRIMARY KEY (id),
        CONSTRAINT uq_employer_invitations_token UNIQUE (token_hash),
        CONSTRAINT ck_employer_invitations_email_lower CHECK (email = lower(email)),
        CONSTRAINT fk_employer_invitations_employer FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE CASCADE,
        CONSTRAINT fk_employer_invitations_invited_by FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_employer_invitations_accepted_by FOREIGN KEY (accepted_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_employer_invitations_employer ON employer_invitations (employer_id)`);

    await db.query(`ALTER TABLE vacancies ADD COLUMN closed_at timestamptz, ADD COLUMN updated_by uuid`);
    await db.query(`ALTER TABLE vacancies ADD CONSTRAINT fk_vacancies_updated_by FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL`);
    await db.query(`
      ALTER TABLE vacancies
        ADD COLUMN search_id tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('indonesian'::regconfig, title), 'A') || setweight(to_tsvector('indonesian'::regconfig, description), 'B')) STORED,
        ADD COLUMN search_en tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, description), 'B')) STORED`);
    // Search reads published vacancies only, so the indexes hold only those.
    await db.query(`CREATE INDEX ix_vacancies_search_id ON vacancies USING gin (search_id) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_vacancies_search_en ON vacancies USING gin (search_en) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_vacancies_published_regency ON vacancies (regency_code, published_at DESC) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_vacancies_published_deadline ON vacancies (deadline) WHERE status = 'published'`);

    await db.query(`
      CREATE TABLE vacancy_wording_exceptions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL,
        requested_by uuid,
        reason text NOT NULL,
        phrases text[] NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        decided_by uuid,
        decided_at timestamptz,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_vacancy_wording_exceptions PRIMARY KEY (id),
        CONSTRAINT ck_vacancy_wording_exceptions_status CHECK (status IN ('pending', 'approved', 'rejected')),
        CONSTRAINT ck_vacancy_wording_exceptions_decision CHECK ((status = 'pending') = (decided_at IS NULL)),
        CONSTRAINT fk_vacancy_wording_exceptions_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE CASCADE,
        CONSTRAINT fk_vacancy_wording_exceptions_requested_by FOREIGN KEY (requested_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_vacancy_wording_exceptions_decided_by FOREIGN KEY (decided_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_vacancy_wording_exceptions_vacancy ON vacancy_wording_exceptions (vacancy_id)`);
    await db.query(`CREATE INDEX ix_vacancy_wording_exceptions_pending ON vacancy_wording_exceptions (created_at) WHERE status = 'pending'`);
    await db.query(`CREATE UNIQUE INDEX uq_vacancy_wording_exceptions_one_pending ON vacancy_wording_exceptions (vacancy_id) WHERE status = 'pending'`);

    await db.query(`
      CREATE TABLE saved_searches (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        name text NOT NULL,
        query jsonb NOT NULL,
        last_digest_at timestamptz NOT NULL DEFAULT now(),
        last_digest_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_saved_searches PRIMARY KEY (id),
        CONSTRAINT fk_saved_searches_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_saved_searches_user ON saved_searches (user_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_searches`);
    await db.query(`DROP TABLE vacancy_wording_exceptions`);
    await db.query(`DROP INDEX ix_vacancies_published_deadline`);
    await db.query(`DROP INDEX ix_vacancies_published_regency`);
    await db.query(`DROP INDEX ix_vacancies_search_en`);
    await db.query(`DROP INDEX ix_vacancies_search_id`);
    await db.query(`ALTER TABLE vacancies DROP COLUMN search_en, DROP COLUMN search_id, DROP COLUMN updated_by, DROP COLUMN closed_at`);
    await db.query(`DROP TABLE employer_invitations`);
    await db.query(`CREATE INDEX ix_employer_members_user ON employer_members (user_id)`);
    await db.query(`DROP INDEX uq_employer_members_user`);
    await db.query(`DROP INDEX ix_employers_pending`);
    await db.query(`ALTER TABLE employers DROP CONSTRAINT ck_employers_review, DROP CONSTRAINT fk_employers_rejected_by`);
    await db.query(`ALTER TABLE employers DROP COLUMN rejected_by, DROP COLUMN rejection_reason, DROP COLUMN rejected_at`);
  }
}
