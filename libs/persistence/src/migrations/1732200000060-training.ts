import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training centres (BLK): the admins' review and member invitations, programmes' eligibility and
 * publication, cohort sessions, enrolments with their transitions and attendance, and certificates
 * numbered gap-free per regency and year. Columns added to existing tables are nullable or have
 * defaults, so the demo loader's inserts keep working.
 */
export class Training1732200000060 implements MigrationInterface {
  name = 'Training1732200000060';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE training_centres
        ADD COLUMN rejected_at timestamptz,
        ADD COLUMN rejection_reason text,
        ADD COLUMN rejected_by uuid,
        ADD CONSTRAINT fk_training_centres_rejected_by FOREIGN KEY (rejected_by) REFERENCES users (id) ON DELETE SET NULL,
        ADD CONSTRAINT ck_training_centres_review CHECK (verified_at IS NULL OR rejected_at IS NULL)`);
    await db.query(`CREATE INDEX ix_training_centres_pending ON training_centres (created_at) WHERE verified_at IS NULL AND rejected_at IS NULL`);
    // A user works for one centre at most.
    await db.query(`CREATE UNIQUE INDEX uq_training_centre_members_user ON training_centre_members (user_id)`);
    await db.query(`DROP INDEX ix_training_centre_members_user`);
    await db.query(`
      CREATE TABLE training_centre_invitations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL,
        email text NOT NULL,
        role text NOT NULL,
        token_hash text NOT NULL,
        invited_by uuid,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_training_centre_invitations PRIMARY KEY (id),
        CONSTRAINT uq_training_centre_invitations_token UNIQUE (token_hash),
        CONSTRAINT ck_training_centre_invitations_role CHECK (role IN ('staff', 'instructor')),
        CONSTRAINT ck_training_centre_invitations_email_lower CHECK (email = lower(email)),
        CONSTRAINT fk_training_centre_invitations_centre FOREIGN KEY (centre_id) REFERENCES training_centres (id) ON DELETE CASCADE,
        CONSTRAINT fk_training_centre_invitations_invited_by FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_training_centre_invitations_accepted_by FOREIGN KEY (accepted_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_training_centre_invitations_centre ON training_centre_invitations (centre_id)`);

    // Programmes written before publication existed (the demo's) are published; the API writes drafts.
    await db.query(`
      ALTER TABLE training_programmes
        ADD COLUMN age_min smallint,
        ADD COLUMN age_max smallint,
        ADD COLUMN age_legal_basis text,
        ADD COLUMN regency_code text,
        ADD COLUMN address text,
        ADD COLUMN status text NOT NULL DEFAULT 'published',
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT ck_training_programmes_status CHECK (status IN ('draft', 'published', 'archived')),
        ADD CONSTRAINT ck_training_programmes_age CHECK (
          (age_min IS NULL AND age_max IS NULL) OR (age_legal_basis IS NOT NULL AND coalesce(age_min, 0) <= coalesce(age_max, 200))),
        ADD CONSTRAINT fk_training_programmes_regency FOREIGN KEY (regency_code) REFERENCES regions (code)`);
    await db.query(`
      ALTER TABLE training_programmes
        ADD COLUMN search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple'::regconfig, title), 'A') || setweight(to_tsvector('simple'::regconfig, vocational_field), 'A')
          || setweight(to_tsvector('simple'::regconfig, description), 'B')) STORED`);
    await db.query(`CREATE INDEX ix_training_programmes_search ON training_programmes USING gin (search) WHERE status = 'published'`);

    await db.query(`ALTER TABLE training_cohorts ADD COLUMN selection boolean NOT NULL DEFAULT false, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await db.query(`CREATE INDEX ix_training_cohorts_upcoming ON training_cohorts (starts_on) WHERE status = 'open'`);
    await db.query(`CREATE INDEX ix_training_cohorts_instructor ON training_cohorts (instructor_user_id)`);
    await db.query(`
      CREATE TABLE training_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CONSTRAINT pk_training_sessions PRIMARY KEY (id),
        CONSTRAINT ck_training_sessions_times CHECK (ends_at > starts_at),
        CONSTRAINT uq_training_sessions_start UNIQUE (cohort_id, starts_at),
        CONSTRAINT fk_training_sessions_cohort FOREIGN KEY (cohort_id) REFERENCES training_cohorts (id) ON DELETE CASCADE
      )`);

    await db.query(`
      CREATE TABLE enrolments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        seeker_id uuid NOT NULL,
        status text NOT NULL,
        reason text,
        waitlisted_at timestamptz,
        referred_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_enrolments PRIMARY KEY (id),
        CONSTRAINT ck_enrolments_status CHECK (status IN ('applied', 'waitlisted', 'accepted', 'attending', 'completed', 'rejected', 'dropped', 'withdrawn')),
        CONSTRAINT ck_enrolments_waitlisted CHECK (status <> 'waitlisted' OR waitlisted_at IS NOT NULL),
        CONSTRAINT fk_enrolments_cohort FOREIGN KEY (cohort_id) REFERENCES training_cohorts (id) ON DELETE CASCADE,
        CONSTRAINT fk_enrolments_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_enrolments_referred_by FOREIGN KEY (referred_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    // One live enrolment per seeker and cohort; ended ones stay as history.
    await db.query(`CREATE UNIQUE INDEX uq_enrolments_live ON enrolments (cohort_id, seeker_id) WHERE status IN ('applied', 'waitlisted', 'accepted', 'attending')`);
    await db.query(`CREATE INDEX ix_enrolments_seeker ON enrolments (seeker_id, created_at DESC)`);
    await db.query(`CREATE INDEX ix_enrolments_cohort ON enrolments (cohort_id, status)`);
    await db.query(`CREATE INDEX ix_enrolments_waitlist ON enrolments (cohort_id, waitlisted_at, id) WHERE status = 'waitlisted'`);
    await db.query(`
      CREATE TABLE enrolment_transitions (
        id bigint GENERATED ALWAYS AS IDENTITY,
        enrolment_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor text NOT NULL,
        actor_user_id uuid,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_enrolment_transitions PRIMARY KEY (id),
        CONSTRAINT ck_enrolment_transitions_actor CHECK (actor IN ('seeker', 'staff', 'instructor', 'system')),
        CONSTRAINT fk_enrolment_transitions_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id) ON DELETE CASCADE,
        CONSTRAINT fk_enrolment_transitions_actor FOREIGN KEY (actor_user_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_enrolment_transitions_enrolment ON enrolment_transitions (enrolment_id, id)`);
    await db.query(`
      CREATE TABLE attendance (
        session_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        status text NOT NULL,
        recorded_by uuid,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_attendance PRIMARY KEY (session_id, enrolment_id),
        CONSTRAINT ck_attendance_status CHECK (status IN ('present', 'absent', 'excused')),
        CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_sessions (id) ON DELETE CASCADE,
        CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id) ON DELETE CASCADE,
        CONSTRAINT fk_attendance_recorded_by FOREIGN KEY (recorded_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_attendance_enrolment ON attendance (enrolment_id)`);

    await db.query(`
      CREATE TABLE certificate_counters (
        regency_code text NOT NULL,
        year int NOT NULL,
        last_sequence int NOT NULL,
        CONSTRAINT pk_certificate_counters PRIMARY KEY (regency_code, year),
        CONSTRAINT fk_certificate_counters_regency FOREIGN KEY (regency_code) REFERENCES regions (code)
      )`);
    await db.query(`
      CREATE TABLE certificates (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        number text NOT NULL,
        enrolment_id uuid NOT NULL,
        seeker_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        regency_code text NOT NULL,
        issued_on date NOT NULL,
        issued_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_certificates PRIMARY KEY (id),
        CONSTRAINT uq_certificates_number UNIQUE (number),
        CONSTRAINT uq_certificates_enrolment UNIQUE (enrolment_id),
        CONSTRAINT fk_certificates_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id),
        CONSTRAINT fk_certificates_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_certificates_programme FOREIGN KEY (programme_id) REFERENCES training_programmes (id),
        CONSTRAINT fk_certificates_issued_by FOREIGN KEY (issued_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_certificates_seeker ON certificates (seeker_id, issued_on DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['certificates', 'certificate_counters', 'attendance', 'enrolment_transitions', 'enrolments', 'training_sessions', 'training_centre_invitations']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP INDEX ix_training_cohorts_instructor`);
    await db.query(`DROP INDEX ix_training_cohorts_upcoming`);
    await db.query(`ALTER TABLE training_cohorts DROP COLUMN selection, DROP COLUMN updated_at`);
    await db.query(`DROP INDEX ix_training_programmes_search`);
    await db.query(`
      ALTER TABLE training_programmes
        DROP COLUMN search, DROP COLUMN age_min, DROP COLUMN age_max, DROP COLUMN age_legal_basis,
        DROP COLUMN regency_code, DROP COLUMN address, DROP COLUMN status, DROP COLUMN updated_at`);
    await db.query(`CREATE INDEX ix_training_centre_members_user ON training_centre_members (user_id)`);
    await db.query(`DROP INDEX uq_training_centre_members_user`);
    await db.query(`DROP INDEX ix_training_centres_pending`);
    await db.query(`
      ALTER TABLE training_centres
        DROP CONSTRAINT ck_training_centres_review, DROP CONSTRAINT fk_training_centres_rejected_by,
        DROP COLUMN rejected_at, DROP COLUMN rejection_reason, DROP COLUMN rejected_by`);
  }
}
