import type { QueryResult, QueryResultRow } from 'pg';

/** What the loaders need of a database connection: a pg.Client, a pg.PoolClient or a pg.Pool. */
export interface SqlClient {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

export interface RegionRow {
  code: string;
  name: string;
  type: 'kabupaten' | 'kota';
  lat: number;
  lon: number;
}
export interface EducationLevelRow {
  code: string;
  rank: number;
  nameId: string;
}
export interface FieldOfStudyRow {
  code: string;
  nameId: string;
  levels: string[];
}
export interface SkillGroupRow {
  code: string;
  nameId: string;
}
export interface SkillRow {
  id: number;
  code: string;
  groupCode: string;
  nameId: string;
}
export interface SkillRelationRow {
  fromId: number;
  toId: number;
  weight: number;
}
export interface OccupationRow {
  code: string;
  titleId: string;
  jobZone: number;
  educationMin: string;
  skillIds: number[];
}

/** The reference rows the synthetic data is built from, as they are in the database. */
export interface ReferenceRows {
  regions: RegionRow[];
  educationLevels: EducationLevelRow[];
  fieldsOfStudy: FieldOfStudyRow[];
  skillGroups: SkillGroupRow[];
  skills: SkillRow[];
  skillRelations: SkillRelationRow[];
  occupations: OccupationRow[];
}

/**
 * Reads the reference tables. Fails with an explanation when they are empty (the migrations and the
 * reference-data load must run first) or when no occupation has skills.
 */
export async function readReference(db: SqlClient): Promise<ReferenceRows> {
  // One query after another: `db` may be a single connection.
  const regions = await db.query<RegionRow>(`SELECT code, name, type, lat, lon FROM regions ORDER BY code`);
  const educationLevels = await db.query<EducationLevelRow>(`SELECT code, rank, name_id AS "nameId" FROM education_levels ORDER BY rank, code`);
  const fieldsOfStudy = await db.query<FieldOfStudyRow>(`SELECT code, name_id AS "nameId", levels FROM fields_of_study ORDER BY code`);
  const skillGroups = await db.query<SkillGroupRow>(`SELECT code, name_id AS "nameId" FROM skill_groups ORDER BY code`);
  const skills = await db.query<SkillRow>(`SELECT id, code, group_code AS "groupCode", name_id AS "nameId" FROM skills ORDER BY id`);
  const skillRelations = await db.query<SkillRelationRow>(
    `SELECT from_skill_id AS "fromId", to_skill_id AS "toId", weight FROM skill_relations ORDER BY from_skill_id, to_skill_id`,
  );
  const occupations = await db.query<OccupationRow>(
    `SELECT o.code, o.title_id AS "titleId", o.job_zone AS "jobZone", o.education_min AS "educationMin",
            coalesce(array_agg(os.skill_id ORDER BY os.skill_id) FILTER (WHERE os.skill_id IS NOT NULL), '{}') AS "skillIds"
     FROM occupations o LEFT JOIN occupation_skills os ON os.occupation_code = o.code
     GROUP BY o.code ORDER BY o.code`,
  );
  const reference: ReferenceRows = {
    regions: regions.rows,
    educationLevels: educationLevels.rows,
    fieldsOfStudy: fieldsOfStudy.rows,
    skillGroups: skillGroups.rows,
    skills: skills.rows,
    skillRelations: skillRelations.rows,
    occupations: occupations.rows,
  };
  const missing = (['regions', 'educationLevels', 'skills', 'occupations'] as const).filter((key) => reference[key].length === 0);
  if (missing.length > 0) {
    throw new Error(`Reference data missing (${missing.join(', ')}): run the migrations and load the reference data before the demo data.`);
  }
  if (!reference.occupations.some((occupation) => occupation.skillIds.length > 0)) {
    throw new Error('No occupation has skills (occupation_skills is empty): load the reference data before the demo data.');
  }
  return reference;
}
