import type { DataSource, EntityManager } from 'typeorm';
import { RIASEC_ORDER, readReferenceData, type Dataset, type ReferenceData } from '#reference-data';
import { loadShippedInstruments } from './assessments/instrument-store.js';

export interface ReferenceLoadReport {
  loaded: string[];
  unchanged: string[];
}

type Loader = (db: EntityManager, data: ReferenceData) => Promise<void>;

// In dependency order: occupations refer to education levels and skills.
const LOADERS: Array<[keyof ReferenceData, Loader]> = [
  [
    'regions',
    async (db, { regions }) => {
      const rows = regions.content.regions;
      await db.query(
        `INSERT INTO regions (code, province_code, name, type, lat, lon)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[])
         ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code, name = EXCLUDED.name,
           type = EXCLUDED.type, lat = EXCLUDED.lat, lon = EXCLUDED.lon`,
        [
          rows.map((r) => r.code),
          rows.map(() => regions.content.province.code),
          rows.map((r) => r.name),
          rows.map((r) => r.type),
          rows.map((r) => r.lat),
          rows.map((r) => r.lon),
        ],
      );
    },
  ],
  [
    'educationLevels',
    async (db, { educationLevels }) => {
      const rows = educationLevels.content.levels;
      await db.query(
        `INSERT INTO education_levels (code, rank, name_id, name_en)
         SELECT * FROM unnest($1::text[], $2::int2[], $3::text[], $4::text[])
         ON CONFLICT (code) DO UPDATE SET rank = EXCLUDED.rank, name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en`,
        [rows.map((r) => r.code), rows.map((r) => r.rank), rows.map((r) => r.nameId), rows.map((r) => r.nameEn)],
      );
    },
  ],
  [
    'fieldsOfStudy',
    async (db, { fieldsOfStudy }) => {
      const rows = fieldsOfStudy.content.fields;
      await db.query(
        `INSERT INTO fields_of_study (code, name_id, name_en, levels)
         SELECT code, name_id, name_en, string_to_array(levels, ',')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(code, name_id, name_en, levels)
         ON CONFLICT (code) DO UPDATE SET name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en, levels = EXCLUDED.levels`,
        [rows.map((r) => r.code), rows.map((r) => r.nameId), rows.map((r) => r.nameEn), rows.map((r) => r.levels.join(','))],
      );
    },
  ],
  [
    'skills',
    async (db, { skills }) => {
      const { groups, skills: rows, related } = skills.content;
      await db.query(
        `INSERT INTO skill_groups (code, name_id, name_en)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (code) DO UPDATE SET name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en`,
        [groups.map((g) => g.code), groups.map((g) => g.nameId), groups.map((g) => g.nameEn)],
      );
      // Upsert by code keeps each skill's integer id stable across versions (profiles refer to it).
      await db.query(
        `INSERT INTO skills (code, group_code, name_id, name_en)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
         ON CONFLICT (code) DO UPDATE SET group_code = EXCLUDED.group_code, name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en`,
        [rows.map((s) => s.code), rows.map((s) => s.group), rows.map((s) => s.nameId), rows.map((s) => s.nameEn)],
      );
      await db.query(`DELETE FROM skill_relations`);
      await db.query(
        `INSERT INTO skill_relations (from_skill_id, to_skill_id, weight)
         SELECT f.id, t.id, r.weight
         FROM unnest($1::text[], $2::text[], $3::real[]) AS r(from_code, to_code, weight)
         JOIN skills f ON f.code = r.from_code
         JOIN skills t ON t.code = r.to_code`,
        [related.map((r) => r.from), related.map((r) => r.to), related.map((r) => r.weight)],
      );
    },
  ],
  [
    'occupations',
    async (db, { occupations }) => {
      const rows = occupations.content.occupations;
      await db.query(
        `INSERT INTO occupations (code, title_id, title_en, riasec, interests, job_zone, education_min)
         SELECT code, title_id, title_en, riasec, string_to_array(interests, ',')::real[], job_zone, education_min
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int2[], $7::text[])
           AS t(code, title_id, title_en, riasec, interests, job_zone, education_min)
         ON CONFLICT (code) DO UPDATE SET title_id = EXCLUDED.title_id, title_en = EXCLUDED.title_en, riasec = EXCLUDED.riasec,
           interests = EXCLUDED.interests, job_zone = EXCLUDED.job_zone, education_min = EXCLUDED.education_min`,
        [
          rows.map((o) => o.code),
          rows.map((o) => o.titleId),
          rows.map((o) => o.titleEn),
          rows.map((o) => o.riasec),
          rows.map((o) => RIASEC_ORDER.map((letter) => o.interests[letter]).join(',')),
          rows.map((o) => o.jobZone),
          rows.map((o) => o.educationMin),
        ],
      );
      await db.query(`DELETE FROM occupation_skills`);
      const pairs = rows.flatMap((o) => o.skills.map((skill) => [o.code, skill] as const));
      await db.query(
        `INSERT INTO occupation_skills (occupation_code, skill_id)
         SELECT p.occupation_code, s.id FROM unnest($1::text[], $2::text[]) AS p(occupation_code, skill_code)
         JOIN skills s ON s.code = p.skill_code
         ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
    },
  ],
];

/**
 * Loads the shipped reference data into PostgreSQL, each data set only when its file changed
 * (checksum), all in one transaction. Rows are upserted by code; nothing a profile refers to is deleted.
 */
export async function loadReferenceData(dataSource: DataSource, data: ReferenceData = readReferenceData()): Promise<ReferenceLoadReport> {
  const report = await loadReferenceTables(dataSource, data);
  // The shipped psychometric instruments, inserted when absent; a changed published version is refused.
  const instruments = await loadShippedInstruments(dataSource);
  if (instruments.length > 0) report.loaded.push(...instruments.map((name) => `instrument ${name}`));
  return report;
}

async function loadReferenceTables(dataSource: DataSource, data: ReferenceData): Promise<ReferenceLoadReport> {
  return dataSource.transaction(async (db) => {
    // One loader at a time across processes (api and worker may start together).
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('kerjaku:reference-data'))`);
    const current = new Map<string, string>(
      (await db.query(`SELECT dataset, checksum FROM reference_data_versions`)).map((row: { dataset: string; checksum: string }) => [
        row.dataset,
        row.checksum,
      ]),
    );
    const report: ReferenceLoadReport = { loaded: [], unchanged: [] };
    for (const [key, load] of LOADERS) {
      const dataset = data[key] as Dataset<{ version: string }>;
      if (current.get(dataset.name) === dataset.checksum) {
        report.unchanged.push(dataset.name);
        continue;
      }
      await load(db, data);
      await db.query(
        `INSERT INTO reference_data_versions (dataset, version, checksum, loaded_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (dataset) DO UPDATE SET version = EXCLUDED.version, checksum = EXCLUDED.checksum, loaded_at = now()`,
        [dataset.name, dataset.content.version, dataset.checksum],
      );
      report.loaded.push(dataset.name);
    }
    return report;
  });
}
