import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables for the reference data; the rows come from libs/reference-data, loaded by the seed step. */
export class ReferenceData1732200000001 implements MigrationInterface {
  name = 'ReferenceData1732200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE regions (
        code text NOT NULL,
        province_code text NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        CONSTRAINT pk_regions PRIMARY KEY (code),
        CONSTRAINT ck_regions_type CHECK (type IN ('kabupaten', 'kota'))
      )`);
    await db.query(`
      CREATE TABLE education_levels (
        code text NOT NULL,
        rank smallint NOT NULL,
        name_id text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT pk_education_levels PRIMARY KEY (code)
      )`);
    await db.query(`
      CREATE TABLE fields_of_study (
        code text NOT NULL,
        name_id text NOT NULL,
        name_en text NOT NULL,
        levels text[] NOT NULL,
        CONSTRAINT pk_fields_of_study PRIMARY KEY (code)
      )`);
    await db.query(`
      CREATE TABLE occupations (
        code text NOT NULL,
        title_id text NOT NULL,
        title_en text NOT NULL,
        riasec text NOT NULL,
        interests real[] NOT NULL,
        job_zone smallint NOT NULL,
        education_min text NOT NULL,
        CONSTRAINT pk_occupations PRIMARY KEY (code),
        CONSTRAINT ck_occupations_interests CHECK (cardinality(interests) = 6),
        CONSTRAINT ck_occupations_job_zone CHECK (job_zone BETWEEN 1 AND 5),
        CONSTRAINT fk_occupations_education FOREIGN KEY (education_min) REFERENCES education_levels (code)
      )`);
    await db.query(`
      CREATE TABLE skill_groups (
        code text NOT NULL,
        name_id text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT pk_skill_groups PRIMARY KEY (code)
      )`);
    await db.query(`
      CREATE TABLE skills (
        id serial NOT NULL,
        code text NOT NULL,
        group_code text NOT NULL,
        name_id text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT pk_skills PRIMARY KEY (id),
        CONSTRAINT uq_skills_code UNIQUE (code),
        CONSTRAINT fk_skills_group FOREIGN KEY (group_code) REFERENCES skill_groups (code)
      )`);
    await db.query(`
      CREATE TABLE skill_relations (
        from_skill_id int NOT NULL,
        to_skill_id int NOT NULL,
        weight real NOT NULL,
        CONSTRAINT pk_skill_relations PRIMARY KEY (from_skill_id, to_skill_id),
        CONSTRAINT ck_skill_relations_weight CHECK (weight > 0 AND weight < 1),
        CONSTRAINT ck_skill_relations_not_self CHECK (from_skill_id <> to_skill_id),
        CONSTRAINT fk_skill_relations_from FOREIGN KEY (from_skill_id) REFERENCES skills (id) ON DELETE CASCADE,
        CONSTRAINT fk_skill_relations_to FOREIGN KEY (to_skill_id) REFERENCES skills (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE occupation_skills (
        occupation_code text NOT NULL,
        skill_id int NOT NULL,
        CONSTRAINT pk_occupation_skills PRIMARY KEY (occupation_code, skill_id),
        CONSTRAINT fk_occupation_skills_occupation FOREIGN KEY (occupation_code) REFERENCES occupations (code) ON DELETE CASCADE,
        CONSTRAINT fk_occupation_skills_skill FOREIGN KEY (skill_id) REFERENCES skills (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE reference_data_versions (
        dataset text NOT NULL,
        version text NOT NULL,
        checksum text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reference_data_versions PRIMARY KEY (dataset)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'reference_data_versions',
      'occupation_skills',
      'skill_relations',
      'skills',
      'skill_groups',
      'occupations',
      'fields_of_study',
      'education_levels',
      'regions',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
