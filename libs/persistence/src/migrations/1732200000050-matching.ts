import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching: the weight sets an admin tunes (one active), the stored top-K lists both ways (one row
 * per seeker and per vacancy, replaced whole by an upsert so a reader sees the old list or the new
 * one), the changes still to match, and the progress of full rebuilds (resumable by cursor).
 */
export const SEEDED_WEIGHTS = { skills: 4, education: 1.2, experience: 1, location: 1, wage: 0.8, employmentType: 0.5, occupation: 0.5, interest: 1 };

export class Matching1732200000050 implements MigrationInterface {
  name = 'Matching1732200000050';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE match_weight_sets (
        id int GENERATED ALWAYS AS IDENTITY,
        weights jsonb NOT NULL,
        reason text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        active boolean NOT NULL DEFAULT false,
        CONSTRAINT pk_match_weight_sets PRIMARY KEY (id),
        CONSTRAINT ck_match_weight_sets_weights CHECK (jsonb_typeof(weights) = 'object'),
        CONSTRAINT fk_match_weight_sets_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_match_weight_sets_active ON match_weight_sets (active) WHERE active`);
    // DEFAULT_MATCH_WEIGHTS of scoring version 2026.1, written out: a migration is history and must
    // not follow later changes of the defaults (a unit spec checks they agree today).
    await db.query(`INSERT INTO match_weight_sets (weights, reason, active) VALUES ($1, $2, true)`, [
      JSON.stringify(SEEDED_WEIGHTS),
      'Default weights of scoring version 2026.1',
    ]);

    // Rows of about 2.5 kB (50 entries × 8 components): kept in the main table, uncompressed
    // (toast_tuple_target), since random uuids and floats do not compress and a page read wants the
    // whole list anyway; fillfactor leaves room for the whole-row replacements to stay HOT.
    for (const [table, key, owner, others, ownerFk] of [
      ['seeker_job_matches', 'seeker_id', 'job_seekers (user_id)', 'vacancy_ids', 'fk_seeker_job_matches_seeker'],
      ['vacancy_candidate_matches', 'vacancy_id', 'vacancies (id)', 'seeker_ids', 'fk_vacancy_candidate_matches_vacancy'],
    ] as const) {
      await db.query(`
        CREATE TABLE ${table} (
          ${key} uuid NOT NULL,
          ${others} uuid[] NOT NULL,
          scores real[] NOT NULL,
          components real[] NOT NULL,
          scoring_version text NOT NULL,
          weight_set_id int,
          source_changed_at timestamptz,
          computed_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT pk_${table} PRIMARY KEY (${key}),
          CONSTRAINT ck_${table}_lengths CHECK (
            cardinality(scores) = cardinality(${others}) AND cardinality(components) = 8 * cardinality(${others})),
          CONSTRAINT ${ownerFk} FOREIGN KEY (${key}) REFERENCES ${owner} ON DELETE CASCADE,
          CONSTRAINT fk_${table}_weight_set FOREIGN KEY (weight_set_id) REFERENCES match_weight_sets (id)
        ) WITH (toast_tuple_target = 8160, fillfactor = 70)`);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN ${others} SET STORAGE EXTERNAL, ALTER COLUMN components SET STORAGE EXTERNAL`);
      // The reconciler looks for lists computed under an older weight set or scoring version.
      await db.query(`CREATE INDEX ix_${table}_computed ON ${table} (weight_set_id, scoring_version)`);
    }

    await db.query(`
      CREATE TABLE match_changes (
        kind text NOT NULL,
        entity_id uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_match_changes PRIMARY KEY (kind, entity_id),
        CONSTRAINT ck_match_changes_kind CHECK (kind IN ('seeker', 'vacancy'))
      )`);
    await db.query(`CREATE INDEX ix_match_changes_changed ON match_changes (changed_at)`);

    await db.query(`
      CREATE TABLE match_rebuilds (
        id int GENERATED ALWAYS AS IDENTITY,
        weight_set_id int,
        started_at timestamptz NOT NULL DEFAULT now(),
        phase text NOT NULL DEFAULT 'seekers',
        seeker_cursor uuid,
        vacancy_cursor uuid,
        seekers_done int NOT NULL DEFAULT 0,
        vacancies_done int NOT NULL DEFAULT 0,
        finished_at timestamptz,
        CONSTRAINT pk_match_rebuilds PRIMARY KEY (id),
        CONSTRAINT ck_match_rebuilds_phase CHECK (phase IN ('seekers', 'vacancies', 'done')),
        CONSTRAINT ck_match_rebuilds_finished CHECK ((phase = 'done') = (finished_at IS NOT NULL)),
        CONSTRAINT fk_match_rebuilds_weight_set FOREIGN KEY (weight_set_id) REFERENCES match_weight_sets (id)
      )`);
    // At most one rebuild in progress; the worker resumes it after a restart.
    await db.query(`CREATE UNIQUE INDEX uq_match_rebuilds_running ON match_rebuilds ((true)) WHERE phase <> 'done'`);
    await db.query(`CREATE INDEX ix_match_rebuilds_started ON match_rebuilds (started_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE match_rebuilds`);
    await db.query(`DROP TABLE match_changes`);
    await db.query(`DROP TABLE vacancy_candidate_matches`);
    await db.query(`DROP TABLE seeker_job_matches`);
    await db.query(`DROP TABLE match_weight_sets`);
  }
}
