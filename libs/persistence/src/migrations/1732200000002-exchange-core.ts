import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The core records of the exchange that the demo province needs from the start: job seekers with
 * skills, employers with vacancies, training centres with programmes and cohorts, counselling offices.
 * Later features extend these tables with their own migrations.
 */
export class ExchangeCore1732200000002 implements MigrationInterface {
  name = 'ExchangeCore1732200000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE job_seekers (
        user_id uuid NOT NULL,
        birth_date date NOT NULL,
        gender text NOT NULL,
        domicile_regency_code text NOT NULL,
        education_level text NOT NULL,
        field_of_study text,
        experience_months int NOT NULL DEFAULT 0,
        expected_wage_min int,
        max_commute_km int NOT NULL DEFAULT 25,
        open_to_remote boolean NOT NULL DEFAULT false,
        preferred_occupations text[] NOT NULL DEFAULT '{}',
        preferred_regencies text[] NOT NULL DEFAULT '{}',
        employment_types text[] NOT NULL DEFAULT '{}',
        searchable boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'active',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_job_seekers PRIMARY KEY (user_id),
        CONSTRAINT ck_job_seekers_gender CHECK (gender IN ('F', 'M')),
        CONSTRAINT ck_job_seekers_status CHECK (status IN ('active', 'inactive', 'placed')),
        CONSTRAINT ck_job_seekers_experience CHECK (experience_months >= 0),
        CONSTRAINT fk_job_seekers_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT fk_job_seekers_regency FOREIGN KEY (domicile_regency_code) REFERENCES regions (code),
        CONSTRAINT fk_job_seekers_education FOREIGN KEY (education_level) REFERENCES education_levels (code),
        CONSTRAINT fk_job_seekers_field FOREIGN KEY (field_of_study) REFERENCES fields_of_study (code)
      )`);
    await db.query(`CREATE INDEX ix_job_seekers_regency ON job_seekers (domicile_regency_code)`);
    await db.query(`
      CREATE TABLE job_seeker_skills (
        seeker_id uuid NOT NULL,
        skill_id int NOT NULL,
        level smallint NOT NULL DEFAULT 3,
        source text NOT NULL DEFAULT 'declared',
        CONSTRAINT pk_job_seeker_skills PRIMARY KEY (seeker_id, skill_id),
        CONSTRAINT ck_job_seeker_skills_level CHECK (level BETWEEN 1 AND 5),
        CONSTRAINT ck_job_seeker_skills_source CHECK (source IN ('declared', 'certified', 'assessed')),
        CONSTRAINT fk_job_seeker_skills_seeker FOREIGN KEY (seeker_id) REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        CONSTRAINT fk_job_seeker_skills_skill FOREIGN KEY (skill_id) REFERENCES skills (id)
      )`);
    await db.query(`CREATE INDEX ix_job_seeker_skills_skill ON job_seeker_skills (skill_id)`);

    await db.query(`
      CREATE TABLE employers (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        nib text NOT NULL,
        sector text NOT NULL,
        size text NOT NULL,
        address text NOT NULL,
        regency_code text NOT NULL,
        verified_at timestamptz,
        verified_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_employers PRIMARY KEY (id),
        CONSTRAINT uq_employers_nib UNIQUE (nib),
        CONSTRAINT ck_employers_nib CHECK (nib ~ '^[0-9]{13}$'),
        CONSTRAINT ck_employers_size CHECK (size IN ('micro', 'small', 'medium', 'large')),
        CONSTRAINT fk_employers_regency FOREIGN KEY (regency_code) REFERENCES regions (code),
        CONSTRAINT fk_employers_verified_by FOREIGN KEY (verified_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`
      CREATE TABLE employer_members (
        employer_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL DEFAULT 'member',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_employer_members PRIMARY KEY (employer_id, user_id),
        CONSTRAINT ck_employer_members_role CHECK (role IN ('owner', 'member')),
        CONSTRAINT fk_employer_members_employer FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE CASCADE,
        CONSTRAINT fk_employer_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_employer_members_user ON employer_members (user_id)`);

    await db.query(`
      CREATE TABLE vacancies (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL,
        occupation_code text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        regency_code text,
        is_remote boolean NOT NULL DEFAULT false,
        wage_min int,
        wage_max int,
        employment_type text NOT NULL,
        openings int NOT NULL DEFAULT 1,
        education_min text NOT NULL,
        fields_of_study text[] NOT NULL DEFAULT '{}',
        experience_min_months int NOT NULL DEFAULT 0,
        accommodations text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'draft',
        deadline date,
        published_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_vacancies PRIMARY KEY (id),
        CONSTRAINT ck_vacancies_status CHECK (status IN ('draft', 'published', 'closed', 'filled')),
        CONSTRAINT ck_vacancies_employment_type CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'internship', 'daily')),
        CONSTRAINT ck_vacancies_openings CHECK (openings >= 1),
        CONSTRAINT ck_vacancies_wage CHECK (wage_min IS NULL OR wage_max IS NULL OR wage_min <= wage_max),
        CONSTRAINT ck_vacancies_place CHECK (regency_code IS NOT NULL OR is_remote),
        CONSTRAINT fk_vacancies_employer FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE CASCADE,
        CONSTRAINT fk_vacancies_occupation FOREIGN KEY (occupation_code) REFERENCES occupations (code),
        CONSTRAINT fk_vacancies_regency FOREIGN KEY (regency_code) REFERENCES regions (code),
        CONSTRAINT fk_vacancies_education FOREIGN KEY (education_min) REFERENCES education_levels (code),
        CONSTRAINT fk_vacancies_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_vacancies_employer ON vacancies (employer_id)`);
    await db.query(`CREATE INDEX ix_vacancies_published ON vacancies (published_at DESC) WHERE status = 'published'`);
    await db.query(`
      CREATE TABLE vacancy_skills (
        vacancy_id uuid NOT NULL,
        skill_id int NOT NULL,
        importance text NOT NULL,
        weight real NOT NULL DEFAULT 1,
        CONSTRAINT pk_vacancy_skills PRIMARY KEY (vacancy_id, skill_id),
        CONSTRAINT ck_vacancy_skills_importance CHECK (importance IN ('required', 'preferred')),
        CONSTRAINT ck_vacancy_skills_weight CHECK (weight > 0 AND weight <= 5),
        CONSTRAINT fk_vacancy_skills_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE CASCADE,
        CONSTRAINT fk_vacancy_skills_skill FOREIGN KEY (skill_id) REFERENCES skills (id)
      )`);
    await db.query(`CREATE INDEX ix_vacancy_skills_skill ON vacancy_skills (skill_id)`);

    await db.query(`
      CREATE TABLE training_centres (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        regency_code text NOT NULL,
        address text NOT NULL,
        verified_at timestamptz,
        verified_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_training_centres PRIMARY KEY (id),
        CONSTRAINT fk_training_centres_regency FOREIGN KEY (regency_code) REFERENCES regions (code),
        CONSTRAINT fk_training_centres_verified_by FOREIGN KEY (verified_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`
      CREATE TABLE training_centre_members (
        centre_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL DEFAULT 'staff',
        CONSTRAINT pk_training_centre_members PRIMARY KEY (centre_id, user_id),
        CONSTRAINT ck_training_centre_members_role CHECK (role IN ('staff', 'instructor')),
        CONSTRAINT fk_training_centre_members_centre FOREIGN KEY (centre_id) REFERENCES training_centres (id) ON DELETE CASCADE,
        CONSTRAINT fk_training_centre_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_training_centre_members_user ON training_centre_members (user_id)`);
    await db.query(`
      CREATE TABLE training_programmes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL,
        title text NOT NULL,
        vocational_field text NOT NULL,
        description text NOT NULL,
        hours int NOT NULL,
        cost int NOT NULL DEFAULT 0,
        education_min text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_training_programmes PRIMARY KEY (id),
        CONSTRAINT ck_training_programmes_hours CHECK (hours > 0),
        CONSTRAINT ck_training_programmes_cost CHECK (cost >= 0),
        CONSTRAINT fk_training_programmes_centre FOREIGN KEY (centre_id) REFERENCES training_centres (id) ON DELETE CASCADE,
        CONSTRAINT fk_training_programmes_education FOREIGN KEY (education_min) REFERENCES education_levels (code)
      )`);
    await db.query(`CREATE INDEX ix_training_programmes_centre ON training_programmes (centre_id)`);
    await db.query(`
      CREATE TABLE training_programme_skills (
        programme_id uuid NOT NULL,
        skill_id int NOT NULL,
        CONSTRAINT pk_training_programme_skills PRIMARY KEY (programme_id, skill_id),
        CONSTRAINT fk_training_programme_skills_programme FOREIGN KEY (programme_id) REFERENCES training_programmes (id) ON DELETE CASCADE,
        CONSTRAINT fk_training_programme_skills_skill FOREIGN KEY (skill_id) REFERENCES skills (id)
      )`);
    await db.query(`CREATE INDEX ix_training_programme_skills_skill ON training_programme_skills (skill_id)`);
    await db.query(`
      CREATE TABLE training_cohorts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        capacity int NOT NULL,
        instructor_user_id uuid,
        status text NOT NULL DEFAULT 'open',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_training_cohorts PRIMARY KEY (id),
        CONSTRAINT ck_training_cohorts_dates CHECK (ends_on >= starts_on),
        CONSTRAINT ck_training_cohorts_capacity CHECK (capacity > 0),
        CONSTRAINT ck_training_cohorts_status CHECK (status IN ('open', 'running', 'completed', 'cancelled')),
        CONSTRAINT fk_training_cohorts_programme FOREIGN KEY (programme_id) REFERENCES training_programmes (id) ON DELETE CASCADE,
        CONSTRAINT fk_training_cohorts_instructor FOREIGN KEY (instructor_user_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_training_cohorts_programme ON training_cohorts (programme_id)`);

    await db.query(`
      CREATE TABLE counselling_offices (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        regency_code text NOT NULL,
        name text NOT NULL,
        address text NOT NULL,
        CONSTRAINT pk_counselling_offices PRIMARY KEY (id),
        CONSTRAINT uq_counselling_offices_regency UNIQUE (regency_code),
        CONSTRAINT fk_counselling_offices_regency FOREIGN KEY (regency_code) REFERENCES regions (code)
      )`);
    await db.query(`
      CREATE TABLE counsellors (
        user_id uuid NOT NULL,
        office_id uuid NOT NULL,
        CONSTRAINT pk_counsellors PRIMARY KEY (user_id),
        CONSTRAINT fk_counsellors_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT fk_counsellors_office FOREIGN KEY (office_id) REFERENCES counselling_offices (id)
      )`);
    await db.query(`CREATE INDEX ix_counsellors_office ON counsellors (office_id)`);

    await db.query(`
      CREATE TABLE demo_data_loads (
        name text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        details jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT pk_demo_data_loads PRIMARY KEY (name)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'demo_data_loads',
      'counsellors',
      'counselling_offices',
      'training_cohorts',
      'training_programme_skills',
      'training_programmes',
      'training_centre_members',
      'training_centres',
      'vacancy_skills',
      'vacancies',
      'employer_members',
      'employers',
      'job_seeker_skills',
      'job_seekers',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
