import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job-seeker profile filled in steps (identity with an encrypted NIK, work history, languages),
 * disability data kept apart under consent with a log of every read, and the AK/1 card with its
 * gap-free number counter per regency and year.
 */
export class JobSeekerProfile1732200000010 implements MigrationInterface {
  name = 'JobSeekerProfile1732200000010';

  async up(db: QueryRunner): Promise<void> {
    // A new job seeker's profile is created by the first step they save; the rest comes later.
    for (const column of ['birth_date', 'gender', 'domicile_regency_code', 'education_level']) {
      await db.query(`ALTER TABLE job_seekers ALTER COLUMN ${column} DROP NOT NULL`);
    }
    await db.query(`
      ALTER TABLE job_seekers
        ADD COLUMN address text,
        ADD COLUMN nik_ciphertext bytea,
        ADD COLUMN nik_key_id text,
        ADD COLUMN nik_hash bytea,
        ADD CONSTRAINT uq_job_seekers_nik_hash UNIQUE (nik_hash),
        ADD CONSTRAINT ck_job_seekers_nik_complete CHECK (
          (nik_ciphertext IS NULL AND nik_key_id IS NULL AND nik_hash IS NULL)
          OR (nik_ciphertext IS NOT NULL AND nik_key_id IS NOT NULL AND nik_hash IS NOT NULL))`);

    await db.query(`
      CREATE TABLE job_seeker_work_history (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seeker_id uuid NOT NULL,
        position smallint NOT NULL,
        occupation_code text NOT NULL,
        title text NOT NULL,
        employer_name text NOT NULL,
        start_month date NOT NULL,
        end_month date,
        CONSTRAINT pk_job_seeker_work_history PRIMARY KEY (id),
        CONSTRAINT ck_job_seeker_work_history_months CHECK (end_month IS NULL OR end_month >= start_month),
        CONSTRAINT fk_job_seeker_work_history_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_job_seeker_work_history_occupation FOREIGN KEY (occupation_code) REFERENCES occupations (code)
      )`);
    await db.query(`CREATE INDEX ix_job_seeker_work_history_seeker ON job_seeker_work_history (seeker_id, position)`);

    await db.query(`
      CREATE TABLE job_seeker_languages (
        seeker_id uuid NOT NULL,
        code text NOT NULL,
        level text NOT NULL,
        CONSTRAINT pk_job_seeker_languages PRIMARY KEY (seeker_id, code),
        CONSTRAINT ck_job_seeker_languages_code CHECK (code ~ '^[a-z]{2,3}$'),
        CONSTRAINT ck_job_seeker_languages_level CHECK (level IN ('basic', 'conversational', 'fluent', 'native')),
        CONSTRAINT fk_job_seeker_languages_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE
      )`);

    // Sensitive: a row exists only while the person's consent stands; withdrawing deletes it.
    await db.query(`
      CREATE TABLE job_seeker_disabilities (
        seeker_id uuid NOT NULL,
        disabilities text[] NOT NULL DEFAULT '{}',
        accommodations text[] NOT NULL DEFAULT '{}',
        consent_given_at timestamptz NOT NULL,
        consent_text_version text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_job_seeker_disabilities PRIMARY KEY (seeker_id),
        CONSTRAINT fk_job_seeker_disabilities_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE
      )`);
    // Kept after the data is erased (an audit trail), so no foreign key to the subject.
    await db.query(`
      CREATE TABLE sensitive_data_reads (
        id bigint GENERATED ALWAYS AS IDENTITY,
        reader_id uuid,
        reader_role text NOT NULL,
        subject_id uuid NOT NULL,
        data_kind text NOT NULL,
        purpose text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sensitive_data_reads PRIMARY KEY (id),
        CONSTRAINT ck_sensitive_data_reads_kind CHECK (data_kind IN ('disability')),
        CONSTRAINT fk_sensitive_data_reads_reader FOREIGN KEY (reader_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_sensitive_data_reads_subject ON sensitive_data_reads (subject_id, read_at DESC)`);

    await db.query(`
      CREATE TABLE ak1_counters (
        regency_code text NOT NULL,
        year smallint NOT NULL,
        last_sequence int NOT NULL,
        CONSTRAINT pk_ak1_counters PRIMARY KEY (regency_code, year),
        CONSTRAINT ck_ak1_counters_sequence CHECK (last_sequence BETWEEN 1 AND 999999),
        CONSTRAINT fk_ak1_counters_regency FOREIGN KEY (regency_code) REFERENCES regions (code)
      )`);
    await db.query(`
      CREATE TABLE ak1_cards (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seeker_id uuid NOT NULL,
        number text NOT NULL,
        regency_code text NOT NULL,
        issued_on date NOT NULL,
        valid_until date NOT NULL,
        last_confirmed_on date NOT NULL,
        reconfirm_by date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_ak1_cards PRIMARY KEY (id),
        CONSTRAINT uq_ak1_cards_number UNIQUE (number),
        CONSTRAINT ck_ak1_cards_number CHECK (number ~ '^[0-9]{14}$'),
        CONSTRAINT ck_ak1_cards_validity CHECK (valid_until > issued_on AND reconfirm_by <= valid_until),
        CONSTRAINT fk_ak1_cards_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_ak1_cards_regency FOREIGN KEY (regency_code) REFERENCES regions (code)
      )`);
    await db.query(`CREATE INDEX ix_ak1_cards_seeker ON ak1_cards (seeker_id, issued_on DESC)`);
    await db.query(`CREATE INDEX ix_ak1_cards_reconfirm_by ON ak1_cards (reconfirm_by, valid_until)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['ak1_cards', 'ak1_counters', 'sensitive_data_reads', 'job_seeker_disabilities', 'job_seeker_languages', 'job_seeker_work_history']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`
      ALTER TABLE job_seekers
        DROP CONSTRAINT ck_job_seekers_nik_complete,
        DROP CONSTRAINT uq_job_seekers_nik_hash,
        DROP COLUMN nik_hash,
        DROP COLUMN nik_key_id,
        DROP COLUMN nik_ciphertext,
        DROP COLUMN address`);
    // Profiles saved in steps may lack these; they cannot be NOT NULL again while such rows exist.
    await db.query(`DELETE FROM job_seekers WHERE birth_date IS NULL OR gender IS NULL OR domicile_regency_code IS NULL OR education_level IS NULL`);
    for (const column of ['birth_date', 'gender', 'domicile_regency_code', 'education_level']) {
      await db.query(`ALTER TABLE job_seekers ALTER COLUMN ${column} SET NOT NULL`);
    }
  }
}
