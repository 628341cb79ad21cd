import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications through to placement: the application (one open per seeker and vacancy, held by a
 * partial unique index so that simultaneous requests cannot make two), every transition, interviews,
 * and placements (one per application).
 */
export class Applications1732200000030 implements MigrationInterface {
  name = 'Applications1732200000030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE applications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL,
        seeker_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'submitted',
        share_assessment boolean NOT NULL DEFAULT false,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        reminded_for timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_applications PRIMARY KEY (id),
        CONSTRAINT ck_applications_status CHECK (status IN ('submitted', 'screening', 'interview', 'offered', 'hired', 'rejected', 'withdrawn', 'not_answered')),
        CONSTRAINT fk_applications_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE CASCADE,
        CONSTRAINT fk_applications_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_applications_employer FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE UNIQUE INDEX uq_applications_open ON applications (vacancy_id, seeker_id)
       WHERE status IN ('submitted', 'screening', 'interview', 'offered')`);
    await db.query(`CREATE INDEX ix_applications_seeker ON applications (seeker_id, created_at DESC)`);
    await db.query(`CREATE INDEX ix_applications_vacancy_status ON applications (vacancy_id, status, created_at)`);
    await db.query(`CREATE INDEX ix_applications_employer ON applications (employer_id)`);
    await db.query(`
      CREATE INDEX ix_applications_open_activity ON applications (last_activity_at)
       WHERE status IN ('submitted', 'screening', 'interview', 'offered')`);

    await db.query(`
      CREATE TABLE application_transitions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid,
        actor_role text NOT NULL,
        reason text,
        note text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_application_transitions PRIMARY KEY (id),
        CONSTRAINT ck_application_transitions_actor CHECK (actor_role IN ('job_seeker', 'employer', 'system')),
        CONSTRAINT ck_application_transitions_reason CHECK (reason IS NULL OR reason IN ('qualifications', 'experience', 'position_filled', 'no_show', 'withdrew_interest', 'other')),
        CONSTRAINT fk_application_transitions_application FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT fk_application_transitions_actor FOREIGN KEY (actor_user_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_application_transitions_application ON application_transitions (application_id, created_at)`);

    await db.query(`
      CREATE TABLE interviews (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        mode text NOT NULL,
        place text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_interviews PRIMARY KEY (id),
        CONSTRAINT ck_interviews_mode CHECK (mode IN ('in_person', 'phone', 'video')),
        CONSTRAINT fk_interviews_application FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT fk_interviews_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_interviews_application ON interviews (application_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE placements (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        seeker_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        hired_at timestamptz NOT NULL DEFAULT now(),
        start_date date,
        recorded_by uuid,
        CONSTRAINT pk_placements PRIMARY KEY (id),
        CONSTRAINT uq_placements_application UNIQUE (application_id),
        CONSTRAINT fk_placements_application FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT fk_placements_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE CASCADE,
        CONSTRAINT fk_placements_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_placements_employer FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE CASCADE,
        CONSTRAINT fk_placements_recorded_by FOREIGN KEY (recorded_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_placements_vacancy ON placements (vacancy_id)`);
    await db.query(`CREATE INDEX ix_placements_employer_hired ON placements (employer_id, hired_at DESC)`);
    await db.query(`CREATE INDEX ix_placements_seeker ON placements (seeker_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE placements`);
    await db.query(`DROP TABLE interviews`);
    await db.query(`DROP TABLE application_transitions`);
    await db.query(`DROP TABLE applications`);
  }
}
