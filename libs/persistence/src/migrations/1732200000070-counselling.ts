import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counselling: one case per seeker at a time (assigned to a counsellor of the office of the seeker's
 * regency), its assignment history, sessions with notes (internal or shared with the seeker), the
 * action plan's goals and their reviews, referrals (to a vacancy, which makes an application marked as
 * referred, or to a training cohort), follow-ups and outcomes.
 *
 * The dashboard reads one office's open cases sorted by risk, last contact, next follow-up or plan
 * progress; those keys are kept on the case row (maintained by the writes that change them) with one
 * partial index per sort, so the first page is an index range scan whatever the number of seekers.
 */
export class Counselling1732200000070 implements MigrationInterface {
  name = 'Counselling1732200000070';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cases (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seeker_id uuid NOT NULL,
        office_id uuid NOT NULL,
        counsellor_id uuid,
        status text NOT NULL DEFAULT 'open',
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        outcome text,
        outcome_note text,
        priority_groups text[] NOT NULL DEFAULT '{}',
        load_weight real NOT NULL DEFAULT 1,
        risk_score smallint,
        risk_level text,
        -- The facts the score was computed from (ProfilingFacts): the breakdown is recomputed from them for display.
        risk_inputs jsonb,
        risk_version text,
        risk_computed_at timestamptz,
        risk_override_level text,
        risk_override_reason text,
        risk_override_by uuid,
        risk_override_at timestamptz,
        risk_rank smallint GENERATED ALWAYS AS (
          CASE coalesce(risk_override_level, risk_level) WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END) STORED,
        -- priority_groups as bits (youth 1, women 2, disability 4, long_term_unemployed 8), so the dashboard's
        -- indexes carry it and a filter is checked in the index rather than on scattered heap pages.
        priority_mask smallint GENERATED ALWAYS AS (
          (CASE WHEN 'youth' = ANY (priority_groups) THEN 1 ELSE 0 END) | (CASE WHEN 'women' = ANY (priority_groups) THEN 2 ELSE 0 END)
          | (CASE WHEN 'disability' = ANY (priority_groups) THEN 4 ELSE 0 END) | (CASE WHEN 'long_term_unemployed' = ANY (priority_groups) THEN 8 ELSE 0 END)) STORED,
        last_contact_at timestamptz,
        next_follow_up_on date,
        plan_progress smallint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cases PRIMARY KEY (id),
        CONSTRAINT ck_cases_status CHECK (status IN ('open', 'closed')),
        CONSTRAINT ck_cases_closed CHECK ((status = 'open') = (closed_at IS NULL)),
        CONSTRAINT ck_cases_outcome CHECK (outcome IS NULL OR outcome IN ('placed', 'in_training', 'inactive')),
        CONSTRAINT ck_cases_priority_groups CHECK (priority_groups <@ ARRAY['youth', 'women', 'disability', 'long_term_unemployed']),
        CONSTRAINT ck_cases_risk_score CHECK (risk_score IS NULL OR risk_score BETWEEN 0 AND 100),
        CONSTRAINT ck_cases_risk_level CHECK (risk_level IS NULL OR risk_level IN ('low', 'medium', 'high')),
        CONSTRAINT ck_cases_risk_override CHECK (
          (risk_override_level IS NULL AND risk_override_reason IS NULL AND risk_override_at IS NULL)
          OR (risk_override_level IN ('low', 'medium', 'high') AND length(btrim(risk_override_reason)) > 0 AND risk_override_at IS NOT NULL)),
        CONSTRAINT ck_cases_plan_progress CHECK (plan_progress IS NULL OR plan_progress BETWEEN 0 AND 100),
        CONSTRAINT fk_cases_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_cases_office FOREIGN KEY (office_id) REFERENCES counselling_offices (id),
        CONSTRAINT fk_cases_counsellor FOREIGN KEY (counsellor_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_cases_override_by FOREIGN KEY (risk_override_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    // One open case per seeker, also when two requests open one at once.
    await db.query(`CREATE UNIQUE INDEX uq_cases_open_seeker ON cases (seeker_id) WHERE status = 'open'`);
    await db.query(`CREATE INDEX ix_cases_seeker ON cases (seeker_id, opened_at DESC)`);
    // Counsellor loads (sum of weights of open cases) and the "mine" view.
    await db.query(`CREATE INDEX ix_cases_counsellor_open ON cases (counsellor_id) INCLUDE (load_weight) WHERE status = 'open'`);
    // Seekers waiting for a counsellor, priority first.
    await db.query(`CREATE INDEX ix_cases_waiting ON cases (office_id, opened_at) WHERE status = 'open' AND counsellor_id IS NULL`);
    // The dashboard's sorts, each over an office's open cases. The filter columns ride along (INCLUDE), so
    // the page's ids and the count come from index-only scans whatever the filter; the page's 20 rows are
    // then read by id.
    const filters = 'INCLUDE (priority_mask, risk_rank, counsellor_id) WHERE status = \'open\'';
    await db.query(`CREATE INDEX ix_cases_dashboard_risk ON cases (office_id, risk_rank DESC, risk_score DESC, id) INCLUDE (priority_mask, counsellor_id) WHERE status = 'open'`);
    await db.query(`CREATE INDEX ix_cases_dashboard_contact ON cases (office_id, last_contact_at NULLS FIRST, id) ${filters}`);
    await db.query(`CREATE INDEX ix_cases_dashboard_follow_up ON cases (office_id, next_follow_up_on, id) ${filters}`);
    await db.query(`CREATE INDEX ix_cases_dashboard_plan ON cases (office_id, plan_progress NULLS FIRST, id) ${filters}`);

    await db.query(`
      CREATE TABLE case_assignments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        from_counsellor_id uuid,
        to_counsellor_id uuid,
        reason text,
        assigned_by uuid,
        assigned_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_case_assignments PRIMARY KEY (id),
        CONSTRAINT fk_case_assignments_case FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_case_assignments_from FOREIGN KEY (from_counsellor_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_case_assignments_to FOREIGN KEY (to_counsellor_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_case_assignments_by FOREIGN KEY (assigned_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_case_assignments_case ON case_assignments (case_id, assigned_at)`);

    await db.query(`
      CREATE TABLE counselling_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        counsellor_id uuid,
        mode text NOT NULL,
        starts_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_counselling_sessions PRIMARY KEY (id),
        CONSTRAINT ck_counselling_sessions_mode CHECK (mode IN ('in_person', 'phone', 'video')),
        CONSTRAINT fk_counselling_sessions_case FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_counselling_sessions_counsellor FOREIGN KEY (counsellor_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_counselling_sessions_case ON counselling_sessions (case_id, starts_at DESC)`);
    await db.query(`
      CREATE TABLE counselling_notes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        visibility text NOT NULL,
        body text NOT NULL,
        author_id uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_counselling_notes PRIMARY KEY (id),
        CONSTRAINT ck_counselling_notes_visibility CHECK (visibility IN ('internal', 'shared')),
        CONSTRAINT fk_counselling_notes_session FOREIGN KEY (session_id) REFERENCES counselling_sessions (id) ON DELETE CASCADE,
        CONSTRAINT fk_counselling_notes_author FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_counselling_notes_session ON counselling_notes (session_id, created_at)`);

    await db.query(`
      CREATE TABLE action_plan_goals (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        due_on date,
        status text NOT NULL DEFAULT 'open',
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_action_plan_goals PRIMARY KEY (id),
        CONSTRAINT ck_action_plan_goals_kind CHECK (kind IN ('apply_jobs', 'attend_training', 'take_assessment', 'get_document', 'other')),
        CONSTRAINT ck_action_plan_goals_status CHECK (status IN ('open', 'done', 'dropped')),
        CONSTRAINT fk_action_plan_goals_case FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_action_plan_goals_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_action_plan_goals_case ON action_plan_goals (case_id, created_at)`);
    await db.query(`
      CREATE TABLE action_plan_reviews (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        goal_id uuid NOT NULL,
        status text NOT NULL,
        note text NOT NULL,
        reviewed_by uuid,
        reviewed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_action_plan_reviews PRIMARY KEY (id),
        CONSTRAINT ck_action_plan_reviews_status CHECK (status IN ('open', 'done', 'dropped')),
        CONSTRAINT fk_action_plan_reviews_goal FOREIGN KEY (goal_id) REFERENCES action_plan_goals (id) ON DELETE CASCADE,
        CONSTRAINT fk_action_plan_reviews_by FOREIGN KEY (reviewed_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_action_plan_reviews_goal ON action_plan_reviews (goal_id, reviewed_at)`);

    // A referral to a vacancy is an application made for the seeker, marked with the office (the
    // employer sees it on the board) and the counsellor; nullable, so other inserts are unchanged.
    await db.query(`
      ALTER TABLE applications
        ADD COLUMN referred_by_office_id uuid,
        ADD COLUMN referred_by_user_id uuid,
        ADD CONSTRAINT fk_applications_referred_by_office FOREIGN KEY (referred_by_office_id) REFERENCES counselling_offices (id),
        ADD CONSTRAINT fk_applications_referred_by_user FOREIGN KEY (referred_by_user_id) REFERENCES users (id) ON DELETE SET NULL`);
    await db.query(`ALTER TABLE application_transitions DROP CONSTRAINT ck_application_transitions_actor`);
    await db.query(`
      ALTER TABLE application_transitions ADD CONSTRAINT ck_application_transitions_actor
        CHECK (actor_role IN ('job_seeker', 'employer', 'counsellor', 'system'))`);

    await db.query(`
      CREATE TABLE referrals (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        kind text NOT NULL,
        vacancy_id uuid,
        application_id uuid,
        cohort_id uuid,
        -- The enrolment request made through the training feature (migration 1732200000060).
        enrolment_id uuid,
        note text,
        referred_by uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_referrals PRIMARY KEY (id),
        CONSTRAINT ck_referrals_kind CHECK (
          (kind = 'vacancy' AND vacancy_id IS NOT NULL AND cohort_id IS NULL)
          OR (kind = 'training' AND cohort_id IS NOT NULL AND vacancy_id IS NULL AND application_id IS NULL)),
        CONSTRAINT fk_referrals_case FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_referrals_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE CASCADE,
        CONSTRAINT fk_referrals_application FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE SET NULL,
        CONSTRAINT fk_referrals_cohort FOREIGN KEY (cohort_id) REFERENCES training_cohorts (id) ON DELETE CASCADE,
        CONSTRAINT fk_referrals_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments (id) ON DELETE SET NULL,
        CONSTRAINT fk_referrals_by FOREIGN KEY (referred_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_referrals_case ON referrals (case_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE follow_ups (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        due_on date NOT NULL,
        note text,
        done_at timestamptz,
        done_note text,
        reminded_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_follow_ups PRIMARY KEY (id),
        CONSTRAINT fk_follow_ups_case FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_follow_ups_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_follow_ups_case ON follow_ups (case_id, due_on)`);
    // What the reminder job still has to do.
    await db.query(`CREATE INDEX ix_follow_ups_to_remind ON follow_ups (due_on, id) WHERE done_at IS NULL AND reminded_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['follow_ups', 'referrals', 'action_plan_reviews', 'action_plan_goals', 'counselling_notes', 'counselling_sessions', 'case_assignments', 'cases']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DELETE FROM application_transitions WHERE actor_role = 'counsellor'`);
    await db.query(`ALTER TABLE application_transitions DROP CONSTRAINT ck_application_transitions_actor`);
    await db.query(`ALTER TABLE application_transitions ADD CONSTRAINT ck_application_transitions_actor CHECK (actor_role IN ('job_seeker', 'employer', 'system'))`);
    await db.query(`ALTER TABLE applications DROP COLUMN referred_by_user_id, DROP COLUMN referred_by_office_id`);
  }
}
