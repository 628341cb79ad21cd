import {
  DEFAULT_MATCH_WEIGHTS,
  matchWeightProblems,
  type EmploymentType,
  type MatchReference,
  type MatchSeeker,
  type MatchVacancy,
  type MatchWeights,
  type SkillSource,
} from '#domain';
import type { SqlRunner } from '../queries/vacancy-search.js';

/**
 * Reading what the matching function needs straight from PostgreSQL with raw SQL (TypeORM's `find`
 * is about 3x slower, and the worker reads a province's every seeker at start).
 */

/** Rows of a query run through TypeORM (an array) or a pg Pool/Client (a result with `rows`). */
async function select<T>(db: SqlRunner, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await db.query(sql, parameters);
  return (Array.isArray(result) ? result : result.rows) as T[];
}

/** A vacancy is open while published and not past its deadline on the WIB calendar. */
export const VACANCY_OPEN_SQL = `(v.status = 'published' AND (v.deadline IS NULL OR v.deadline >= (now() AT TIME ZONE 'Asia/Jakarta')::date))`;

export async function loadMatchReference(db: SqlRunner): Promise<MatchReference> {
  const [regions, educationLevels, occupations, skillRelations] = await Promise.all([
    select(db, `SELECT code, lat, lon FROM regions ORDER BY code`),
    select(db, `SELECT code, rank FROM education_levels ORDER BY rank, code`),
    select(db, `SELECT code, interests FROM occupations ORDER BY code`),
    select(db, `SELECT from_skill_id, to_skill_id, weight FROM skill_relations ORDER BY from_skill_id, to_skill_id`),
  ]);
  return {
    regions: (regions as Array<{ code: string; lat: number; lon: number }>).map((row) => ({ code: row.code, lat: Number(row.lat), lon: Number(row.lon) })),
    educationLevels: (educationLevels as Array<{ code: string; rank: number }>).map((row) => ({ code: row.code, rank: Number(row.rank) })),
    occupations: (occupations as Array<{ code: string; interests: number[] }>).map((row) => ({ code: row.code, interests: row.interests.map(Number) })),
    skillRelations: (skillRelations as Array<{ from_skill_id: number; to_skill_id: number; weight: number }>).map((row) => ({
      fromSkillId: row.from_skill_id,
      toSkillId: row.to_skill_id,
      weight: Number(row.weight),
    })),
  };
}

/** The active weight set, or the built-in defaults (id null) when none is stored or the stored one is unusable. */
export async function loadActiveWeightSet(db: SqlRunner): Promise<{ id: number | null; weights: MatchWeights }> {
  const tables: Array<{ present: boolean }> = await select(db, `SELECT to_regclass('match_weight_sets') IS NOT NULL AS present`);
  if (!tables[0]?.present) return { id: null, weights: DEFAULT_MATCH_WEIGHTS };
  const rows: Array<{ id: number; weights: unknown }> = await select(db, `SELECT id, weights FROM match_weight_sets WHERE active ORDER BY id DESC LIMIT 1`);
  const row = rows[0];
  if (!row || matchWeightProblems(row.weights).length > 0) return { id: null, weights: DEFAULT_MATCH_WEIGHTS };
  return { id: row.id, weights: row.weights as MatchWeights };
}

interface SeekerRow {
  user_id: string;
  status: string;
  searchable: boolean;
  domicile_regency_code: string | null;
  education_level: string | null;
  field_of_study: string | null;
  experience_months: number;
  expected_wage_min: number | null;
  max_commute_km: number;
  open_to_remote: boolean;
  preferred_occupations: string[];
  preferred_regencies: string[];
  employment_types: string[];
}

const SEEKER_COLUMNS = `s.user_id, s.status, s.searchable, s.domicile_regency_code, s.education_level, s.field_of_study,
  s.experience_months, s.expected_wage_min, s.max_commute_km, s.open_to_remote, s.preferred_occupations,
  s.preferred_regencies, s.employment_types`;

export async function loadMatchSeekers(db: SqlRunner, ids: readonly string[]): Promise<MatchSeeker[]> {
  if (ids.length === 0) return [];
  const rows: SeekerRow[] = await select(db, `SELECT ${SEEKER_COLUMNS} FROM job_seekers s WHERE s.user_id = ANY($1::uuid[])`, [ids]);
  return completeSeekers(db, rows);
}

/** Every job seeker in pages ordered by id. */
export async function* streamMatchSeekers(db: SqlRunner, pageSize = 10_000): AsyncGenerator<MatchSeeker[]> {
  let after: string | null = null;
  for (;;) {
    const rows: SeekerRow[] = await select(db, 
      `SELECT ${SEEKER_COLUMNS} FROM job_seekers s WHERE ($1::uuid IS NULL OR s.user_id > $1::uuid) ORDER BY s.user_id LIMIT $2`,
      [after, pageSize],
    );
    if (rows.length === 0) return;
    yield await completeSeekers(db, rows);
    after = rows[rows.length - 1]!.user_id;
    if (rows.length < pageSize) return;
  }
}

async function completeSeekers(db: SqlRunner, rows: SeekerRow[]): Promise<MatchSeeker[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.user_id);
  const [skills, interests] = await Promise.all([
    select(db, 
      `SELECT seeker_id, array_agg(skill_id) AS ids, array_agg(level) AS levels, array_agg(source) AS sources
       FROM job_seeker_skills WHERE seeker_id = ANY($1::uuid[]) GROUP BY seeker_id`,
      [ids],
    ) as Promise<Array<{ seeker_id: string; ids: number[]; levels: number[]; sources: SkillSource[] }>>,
    loadInterests(db, ids),
  ]);
  const skillsBySeeker = new Map(skills.map((row) => [row.seeker_id, row]));
  return rows.map((row): MatchSeeker => {
    const held = skillsBySeeker.get(row.user_id);
    return {
      id: row.user_id,
      active: row.status === 'active',
      searchable: row.searchable,
      regencyCode: row.domicile_regency_code,
      educationLevel: row.education_level,
      fieldOfStudy: row.field_of_study,
      experienceMonths: Number(row.experience_months),
      wageMin: row.expected_wage_min === null ? null : Number(row.expected_wage_min),
      maxCommuteKm: Number(row.max_commute_km),
      openToRemote: row.open_to_remote,
      preferredRegencies: row.preferred_regencies,
      preferredOccupations: row.preferred_occupations,
      employmentTypes: row.employment_types as EmploymentType[],
      skills: held ? held.ids.map((skillId, i) => ({ skillId, level: Number(held.levels[i]), source: held.sources[i]! })) : [],
      interests: interests.get(row.user_id) ?? null,
    };
  });
}

/** The six RIASEC raw scores of each seeker's latest valid or questionable riasec-48 result. */
async function loadInterests(db: SqlRunner, ids: string[]): Promise<Map<string, number[]>> {
  const rows: Array<{ user_id: string; scores: Array<number | null> }> = await select(db, 
    `SELECT DISTINCT ON (a.user_id) a.user_id,
       ARRAY[(r.result->'scales'->'R'->>'raw')::float8, (r.result->'scales'->'I'->>'raw')::float8,
             (r.result->'scales'->'A'->>'raw')::float8, (r.result->'scales'->'S'->>'raw')::float8,
             (r.result->'scales'->'E'->>'raw')::float8, (r.result->'scales'->'C'->>'raw')::float8] AS scores
     FROM assessments a
     JOIN assessment_results r ON r.assessment_id = a.id
     WHERE a.user_id = ANY($1::uuid[]) AND a.instrument_id = 'riasec-48' AND a.status = 'scored'
       AND r.status IN ('valid', 'questionable')
     ORDER BY a.user_id, a.scored_at DESC, r.created_at DESC`,
    [ids],
  );
  const out = new Map<string, number[]>();
  for (const row of rows) {
    if (row.scores.every((score) => score !== null)) out.set(row.user_id, row.scores.map(Number));
  }
  return out;
}

interface VacancyRow {
  id: string;
  open: boolean;
  occupation_code: string;
  regency_code: string | null;
  is_remote: boolean;
  education_min: string;
  fields_of_study: string[];
  experience_min_months: number;
  wage_min: number | null;
  wage_max: number | null;
  employment_type: EmploymentType;
}

const VACANCY_COLUMNS = `v.id, ${VACANCY_OPEN_SQL} AS open, v.occupation_code, v.regency_code, v.is_remote, v.education_min,
  v.fields_of_study, v.experience_min_months, v.wage_min, v.wage_max, v.employment_type`;

/** Vacancies by id, whatever their status (`open` says whether they may be matched). */
export async function loadMatchVacancies(db: SqlRunner, ids: readonly string[]): Promise<MatchVacancy[]> {
  if (ids.length === 0) return [];
  const rows: VacancyRow[] = await select(db, `SELECT ${VACANCY_COLUMNS} FROM vacancies v WHERE v.id = ANY($1::uuid[])`, [ids]);
  return completeVacancies(db, rows);
}

/** Every open vacancy in pages ordered by id. */
export async function* streamMatchVacancies(db: SqlRunner, pageSize = 10_000): AsyncGenerator<MatchVacancy[]> {
  let after: string | null = null;
  for (;;) {
    const rows: VacancyRow[] = await select(db, 
      `SELECT ${VACANCY_COLUMNS} FROM vacancies v
       WHERE ${VACANCY_OPEN_SQL} AND ($1::uuid IS NULL OR v.id > $1::uuid) ORDER BY v.id LIMIT $2`,
      [after, pageSize],
    );
    if (rows.length === 0) return;
    yield await completeVacancies(db, rows);
    after = rows[rows.length - 1]!.id;
    if (rows.length < pageSize) return;
  }
}

async function completeVacancies(db: SqlRunner, rows: VacancyRow[]): Promise<MatchVacancy[]> {
  if (rows.length === 0) return [];
  const skills: Array<{ vacancy_id: string; ids: number[]; importances: Array<'required' | 'preferred'>; weights: number[] }> = await select(db, 
    `SELECT vacancy_id, array_agg(skill_id) AS ids, array_agg(importance) AS importances, array_agg(weight) AS weights
     FROM vacancy_skills WHERE vacancy_id = ANY($1::uuid[]) GROUP BY vacancy_id`,
    [rows.map((row) => row.id)],
  );
  const skillsByVacancy = new Map(skills.map((row) => [row.vacancy_id, row]));
  return rows.map((row): MatchVacancy => {
    const listed = skillsByVacancy.get(row.id);
    return {
      id: row.id,
      open: row.open,
      occupationCode: row.occupation_code,
      regencyCode: row.regency_code,
      isRemote: row.is_remote,
      educationMin: row.education_min,
      fieldsOfStudy: row.fields_of_study,
      experienceMinMonths: Number(row.experience_min_months),
      wageMin: row.wage_min === null ? null : Number(row.wage_min),
      wageMax: row.wage_max === null ? null : Number(row.wage_max),
      employmentType: row.employment_type,
      skills: listed
        ? listed.ids.map((skillId, i) => ({ skillId, importance: listed.importances[i]!, weight: Number(listed.weights[i]) }))
        : [],
    };
  });
}
