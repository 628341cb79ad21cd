import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Psychometric assessments: instrument versions (immutable once published, held by a trigger),
 * sessions with their answers and server-timed pages, results per scoring version, scoring
 * failures kept for inspection, norm tables and reliability runs.
 */
export class Assessments1732200000040 implements MigrationInterface {
  name = 'Assessments1732200000040';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE instrument_versions (
        instrument_id text NOT NULL,
        version text NOT NULL,
        kind text NOT NULL,
        definition jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        uploaded_by uuid,
        CONSTRAINT pk_instrument_versions PRIMARY KEY (instrument_id, version),
        CONSTRAINT ck_instrument_versions_kind CHECK (kind IN ('interest', 'personality')),
        CONSTRAINT fk_instrument_versions_uploader FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    // A published version never changes: results refer to it by id and version.
    await db.query(`
      CREATE FUNCTION instrument_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.definition IS NOT DISTINCT FROM OLD.definition AND NEW.instrument_id = OLD.instrument_id
           AND NEW.version = OLD.version AND NEW.kind = OLD.kind THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'instrument % version % is published and cannot change; publish a new version', OLD.instrument_id, OLD.version
          USING ERRCODE = 'P0001';
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_instrument_versions_immutable BEFORE UPDATE OR DELETE ON instrument_versions
        FOR EACH ROW EXECUTE FUNCTION instrument_versions_immutable()`);

    await db.query(`
      CREATE TABLE assessments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        instrument_id text NOT NULL,
        instrument_version text NOT NULL,
        locale text NOT NULL,
        status text NOT NULL DEFAULT 'in_progress',
        current_page int NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        scored_at timestamptz,
        CONSTRAINT pk_assessments PRIMARY KEY (id),
        CONSTRAINT ck_assessments_status CHECK (status IN ('in_progress', 'submitted', 'scored', 'failed')),
        CONSTRAINT ck_assessments_locale CHECK (locale IN ('id', 'en')),
        CONSTRAINT ck_assessments_current_page CHECK (current_page >= 0),
        CONSTRAINT fk_assessments_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT fk_assessments_instrument FOREIGN KEY (instrument_id, instrument_version) REFERENCES instrument_versions (instrument_id, version)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_assessments_in_progress ON assessments (user_id, instrument_id) WHERE status = 'in_progress'`);
    await db.query(`CREATE INDEX ix_assessments_user ON assessments (user_id, started_at DESC)`);
    await db.query(`CREATE INDEX ix_assessments_submitted ON assessments (submitted_at) WHERE status = 'submitted'`);
    await db.query(`CREATE INDEX ix_assessments_scored ON assessments (scored_at DESC) WHERE status = 'scored'`);

    await db.query(`
      CREATE TABLE assessment_responses (
        assessment_id uuid NOT NULL,
        item_id text NOT NULL,
        value smallint,
        answered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_assessment_responses PRIMARY KEY (assessment_id, item_id),
        CONSTRAINT fk_assessment_responses_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE assessment_pages (
        assessment_id uuid NOT NULL,
        page_index int NOT NULL,
        served_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        CONSTRAINT pk_assessment_pages PRIMARY KEY (assessment_id, page_index),
        CONSTRAINT fk_assessment_pages_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE assessment_results (
        assessment_id uuid NOT NULL,
        scoring_version text NOT NULL,
        norm_version text,
        status text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_assessment_results PRIMARY KEY (assessment_id, scoring_version),
        CONSTRAINT ck_assessment_results_status CHECK (status IN ('valid', 'questionable', 'invalid')),
        CONSTRAINT fk_assessment_results_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE scoring_failures (
        assessment_id uuid NOT NULL,
        scoring_version text NOT NULL,
        message text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_scoring_failures PRIMARY KEY (assessment_id, scoring_version),
        CONSTRAINT fk_scoring_failures_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE norm_versions (
        version text NOT NULL,
        instrument_id text NOT NULL,
        instrument_version text NOT NULL,
        group_key text NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        "table" jsonb NOT NULL,
        n int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_by uuid,
        activated_at timestamptz,
        CONSTRAINT pk_norm_versions PRIMARY KEY (version, group_key),
        CONSTRAINT ck_norm_versions_status CHECK (status IN ('draft', 'active', 'retired')),
        CONSTRAINT fk_norm_versions_instrument FOREIGN KEY (instrument_id, instrument_version) REFERENCES instrument_versions (instrument_id, version),
        CONSTRAINT fk_norm_versions_activated_by FOREIGN KEY (activated_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_norm_versions_active ON norm_versions (instrument_id, instrument_version, group_key) WHERE status = 'active'`,
    );
    await db.query(`
      CREATE TABLE reliability_runs (
        id bigint GENERATED ALWAYS AS IDENTITY,
        instrument_id text NOT NULL,
        instrument_version text NOT NULL,
        scale text NOT NULL,
        alpha double precision,
        item_total jsonb NOT NULL,
        alpha_if_deleted jsonb NOT NULL,
        n int NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reliability_runs PRIMARY KEY (id),
        CONSTRAINT fk_reliability_runs_instrument FOREIGN KEY (instrument_id, instrument_version) REFERENCES instrument_versions (instrument_id, version)
      )`);
    await db.query(`CREATE INDEX ix_reliability_runs_latest ON reliability_runs (instrument_id, instrument_version, scale, computed_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reliability_runs`);
    await db.query(`DROP TABLE norm_versions`);
    await db.query(`DROP TABLE scoring_failures`);
    await db.query(`DROP TABLE assessment_results`);
    await db.query(`DROP TABLE assessment_pages`);
    await db.query(`DROP TABLE assessment_responses`);
    await db.query(`DROP TABLE assessments`);
    await db.query(`DROP TABLE instrument_versions`);
    await db.query(`DROP FUNCTION instrument_versions_immutable()`);
  }
}
