import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export const REFERENCE_DATASETS = ['regions', 'education-levels', 'fields-of-study', 'occupations', 'skills'] as const;
export type ReferenceDataset = (typeof REFERENCE_DATASETS)[number];

/** Reads reference data for the API (raw SQL: these are read whole and cached). */
@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async versions(): Promise<Map<string, string>> {
    const rows: Array<{ dataset: string; checksum: string }> = await this.db.query(`SELECT dataset, checksum FROM reference_data_versions`);
    return new Map(rows.map((row) => [row.dataset, row.checksum]));
  }

  read(dataset: ReferenceDataset): Promise<unknown> {
    switch (dataset) {
      case 'regions':
        return this.db.query(`SELECT code, province_code AS "provinceCode", name, type, lat, lon FROM regions ORDER BY code`);
      case 'education-levels':
        return this.db.query(`SELECT code, rank, name_id AS "nameId", name_en AS "nameEn" FROM education_levels ORDER BY rank, code`);
      case 'fields-of-study':
        return this.db.query(`SELECT code, name_id AS "nameId", name_en AS "nameEn", levels FROM fields_of_study ORDER BY name_en`);
      case 'occupations':
        return this.db.query(
          `SELECT o.code, o.title_id AS "titleId", o.title_en AS "titleEn", o.riasec,
                  json_build_object('R', o.interests[1], 'I', o.interests[2], 'A', o.interests[3],
                                    'S', o.interests[4], 'E', o.interests[5], 'C', o.interests[6]) AS interests,
                  o.job_zone AS "jobZone", o.education_min AS "educationMin",
                  COALESCE((SELECT array_agg(s.code ORDER BY s.code) FROM occupation_skills os JOIN skills s ON s.id = os.skill_id
                            WHERE os.occupation_code = o.code), '{}') AS skills
           FROM occupations o ORDER BY o.code`,
        );
      case 'skills':
        return this.readSkills();
    }
  }

  private async readSkills(): Promise<unknown> {
    const [groups, skills] = await Promise.all([
      this.db.query(`SELECT code, name_id AS "nameId", name_en AS "nameEn" FROM skill_groups ORDER BY code`),
      this.db.query(
        `SELECT s.id, s.code, s.group_code AS "group", s.name_id AS "nameId", s.name_en AS "nameEn",
                COALESCE((SELECT json_agg(json_build_object('code', t.code, 'weight', r.weight) ORDER BY r.weight DESC, t.code)
                          FROM skill_relations r JOIN skills t ON t.id = r.to_skill_id WHERE r.from_skill_id = s.id), '[]') AS related
         FROM skills s ORDER BY s.code`,
      ),
    ]);
    return { groups, skills };
  }
}
