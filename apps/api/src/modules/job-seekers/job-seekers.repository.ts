import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface SeekerRow {
  user_id: string;
  full_name: string;
  role: string;
  has_profile: boolean;
  birth_date: string | null;
  gender: 'F' | 'M' | null;
  domicile_regency_code: string | null;
  address: string | null;
  education_level: string | null;
  field_of_study: string | null;
  experience_months: number;
  expected_wage_min: number | null;
  max_commute_km: number;
  open_to_remote: boolean;
  preferred_occupations: string[];
  preferred_regencies: string[];
  employment_types: string[];
  nik_ciphertext: Buffer | null;
  nik_key_id: string | null;
}

export interface WorkRow {
  id: string;
  occupation_code: string;
  title: string;
  employer_name: string;
  start_month: string;
  end_month: string | null;
}

export interface SkillRow {
  skill_id: number;
  name_id: string;
  name_en: string;
  level: number;
  source: 'declared' | 'certified' | 'assessed';
}

export interface CardRow {
  id: string;
  seeker_id: string;
  number: string;
  regency_code: string;
  regency_name: string;
  issued_on: string;
  valid_until: string;
  last_confirmed_on: string;
  reconfirm_by: string;
}

export interface DisabilityRow {
  disabilities: string[];
  accommodations: string[];
  consent_given_at: Date;
  consent_text_version: string;
}

type Db = DataSource | EntityManager;

/** Every SQL statement of the job-seeker profile. Dates come back as `YYYY-MM-DD` text. */
@Injectable()
export class JobSeekersRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async seeker(userId: string, db: Db = this.dataSource): Promise<SeekerRow | undefined> {
    const rows: SeekerRow[] = await db.query(
      `SELECT u.id AS user_id, u.full_name, u.role, s.user_id IS NOT NULL AS has_profile,
              s.birth_date::text AS birth_date, s.gender, s.domicile_regency_code, s.address, s.education_level, s.field_of_study,
              coalesce(s.experience_months, 0) AS experience_months, s.expected_wage_min, coalesce(s.max_commute_km, 25) AS max_commute_km,
              coalesce(s.open_to_remote, false) AS open_to_remote, coalesce(s.preferred_occupations, '{}') AS preferred_occupations,
              coalesce(s.preferred_regencies, '{}') AS preferred_regencies, coalesce(s.employment_types, '{}') AS employment_types,
              s.nik_ciphertext, s.nik_key_id
         FROM users u LEFT JOIN job_seekers s ON s.user_id = u.id
        WHERE u.id = $1`,
      [userId],
    );
    return rows[0];
  }

  async workHistory(userId: string, db: Db = this.dataSource): Promise<WorkRow[]> {
    return db.query(
      `SELECT id, occupation_code, title, employer_name, to_char(start_month, 'YYYY-MM') AS start_month, to_char(end_month, 'YYYY-MM') AS end_month
         FROM job_seeker_work_history WHERE seeker_id = $1 ORDER BY position`,
      [userId],
    );
  }

  async skills(userId: string, db: Db = this.dataSource): Promise<SkillRow[]> {
    return db.query(
      `SELECT js.skill_id, s.name_id, s.name_en, js.level, js.source
         FROM job_seeker_skills js JOIN skills s ON s.id = js.skill_id
        WHERE js.seeker_id = $1 ORDER BY js.level DESC, s.name_en`,
      [userId],
    );
  }

  async languages(userId: string, db: Db = this.dataSource): Promise<Array<{ code: string; level: string }>> {
    return db.query(`SELECT code, level FROM job_seeker_languages WHERE seeker_id = $1 ORDER BY code`, [userId]);
  }

  async latestCard(userId: string, db: Db = this.dataSource): Promise<CardRow | undefined> {
    const rows: CardRow[] = await db.query(
      `SELECT c.id, c.seeker_id, c.number, c.regency_code, r.name AS regency_name, c.issued_on::text AS issued_on, c.valid_until::text AS valid_until,
              c.last_confirmed_on::text AS last_confirmed_on, c.reconfirm_by::text AS reconfirm_by
         FROM ak1_cards c JOIN regions r ON r.code = c.regency_code
        WHERE c.seeker_id = $1 ORDER BY c.issued_on DESC, c.created_at DESC LIMIT 1`,
      [userId],
    );
    return rows[0];
  }

  /** The first step a job seeker saves creates the profile row. */
  async ensureProfile(db: Db, userId: string): Promise<void> {
    await db.query(`INSERT INTO job_seekers (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
  }

  /** Creates the profile row when missing and locks it until the transaction ends (one writer per profile at a time). */
  async lockProfile(db: Db, userId: string): Promise<void> {
    await this.ensureProfile(db, userId);
    await db.query(`SELECT 1 FROM job_seekers WHERE user_id = $1 FOR UPDATE`, [userId]);
  }

  /** Which of these codes exist in a reference table. */
  async existing(table: 'regions' | 'education_levels' | 'fields_of_study' | 'occupations', codes: string[], db: Db = this.dataSource): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { code: string }[] = await db.query(`SELECT code FROM ${table} WHERE code = ANY($1::text[])`, [codes]);
    return new Set(rows.map((row) => row.code));
  }

  async existingSkills(ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows: { id: number }[] = await this.dataSource.query(`SELECT id FROM skills WHERE id = ANY($1::int[])`, [ids]);
    return new Set(rows.map((row) => row.id));
  }

  async fieldFitsLevel(field: string, level: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM fields_of_study WHERE code = $1 AND $2 = ANY(levels)`, [field, level]);
    return rows.length > 0;
  }

  async disability(userId: string, db: Db = this.dataSource): Promise<DisabilityRow | undefined> {
    const rows: DisabilityRow[] = await db.query(
      `SELECT disabilities, accommodations, consent_given_at, consent_text_version FROM job_seeker_disabilities WHERE seeker_id = $1`,
      [userId],
    );
    return rows[0];
  }

  async recordRead(db: Db, read: { readerId: string; readerRole: string; subjectId: string; purpose: string }): Promise<void> {
    await db.query(`INSERT INTO sensitive_data_reads (reader_id, reader_role, subject_id, data_kind, purpose) VALUES ($1, $2, $3, 'disability', $4)`, [
      read.readerId,
      read.readerRole,
      read.subjectId,
      read.purpose,
    ]);
  }

  /** Whether `counsellorId` works at the counselling office of the seeker's domicile regency. */
  async isCounsellorOf(counsellorId: string, seekerId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM job_seekers s
         JOIN counselling_offices o ON o.regency_code = s.domicile_regency_code
         JOIN counsellors c ON c.office_id = o.id
        WHERE s.user_id = $1 AND c.user_id = $2`,
      [seekerId, counsellorId],
    );
    return rows.length > 0;
  }
}
