import type pg from 'pg';
import { EMPLOYMENT_TYPES, scoreCeilingWithoutSkillOverlap, type CompiledVacancy, type MatchContext } from '#domain';

/**
 * The best PostgreSQL answer we could write for "the top K candidates for a vacancy", to set beside
 * the engine: one row per job seeker in a side table shaped for the query (what a team without an
 * in-memory engine would maintain), with the seeker's skill ids as a sorted `int[]` under an
 * `intarray` GIN index, regions as indexes, and the score computed in SQL component by component
 * the way `matchScore` computes it (same branches, same constants, same order of the weighted sum).
 *
 * Exactness as in the engine: first only the seekers holding one of the vacancy's skills or a
 * related one (`skill_ids && ...`) who can reach the vacancy's regency (`reachable_regions @> ...`:
 * the chosen regencies and those within the seeker's commute, precomputed), both answered by one
 * two-column GIN index; when fewer than K of them score above the most a seeker without any such skill can
 * score, a second query scores every reachable seeker.
 *
 * The skills sum is added up in the vacancy's skill order (`sum(... ORDER BY i)`), as the function
 * does, so that the doubles come out the same; the bench reports how many lists differ from the
 * engine's in ids or order and the largest score difference.
 */

export const SIDE_TABLE = 'bench_match_seekers';
/** Bumped when the side table's shape changes, so an older one is rebuilt. */
const SIDE_TABLE_VERSION = 'bench-match-seekers-3';

/** Builds (or keeps, when it already holds the same seekers) the side table and its indexes. */
export async function prepareSideTable(pool: pg.Pool, ctx: MatchContext, lastSeekerId: string, log: (line: string) => void): Promise<{ seconds: number; rows: number; built: boolean }> {
  const started = performance.now();
  await pool.query(`CREATE EXTENSION IF NOT EXISTS intarray`);
  const existing = await pool.query<{ version: string | null }>(`SELECT obj_description(to_regclass($1), 'pg_class') AS version`, [SIDE_TABLE]);
  if (existing.rows[0]!.version === SIDE_TABLE_VERSION) {
    const { rows } = await pool.query<{ last: string | null; n: number }>(`SELECT (SELECT seeker_id::text FROM ${SIDE_TABLE} ORDER BY seeker_id DESC LIMIT 1) AS last, (SELECT count(*)::int FROM ${SIDE_TABLE}) AS n`);
    const wanted = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM job_seekers WHERE user_id <= $1`, [lastSeekerId]);
    if (rows[0]!.last === lastSeekerId && rows[0]!.n === wanted.rows[0]!.n) {
      log(`Side table ${SIDE_TABLE} already holds the ${rows[0]!.n.toLocaleString('en')} seekers; kept.`);
      return { seconds: (performance.now() - started) / 1000, rows: rows[0]!.n, built: false };
    }
  }
  log(`Building the side table ${SIDE_TABLE} for the PostgreSQL query (once)...`);
  const regionCodes = Array.from({ length: ctx.regionCount }, (_, i) => ctx.regionCode(i));
  await pool.query(`DROP TABLE IF EXISTS ${SIDE_TABLE}`);
  await pool.query(`DROP TABLE IF EXISTS bench_match_regions`);
  await pool.query(`CREATE TABLE bench_match_regions AS SELECT code, (idx - 1)::int AS idx FROM unnest($1::text[]) WITH ORDINALITY AS t(code, idx)`, [regionCodes]);
  // Regions the seeker can reach: the chosen ones, and those whose centroid is within the commute from home.
  await pool.query(`DROP TABLE IF EXISTS bench_match_distances`);
  const pairs: Array<[number, number, number]> = [];
  for (let a = 0; a < ctx.regionCount; a++) for (let b = 0; b < ctx.regionCount; b++) pairs.push([a, b, ctx.distanceKm(a, b)]);
  await pool.query(`CREATE TABLE bench_match_distances AS SELECT * FROM unnest($1::int[], $2::int[], $3::float8[]) AS t(a, b, km)`, [
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
    pairs.map((p) => p[2]),
  ]);
  const typeBits = EMPLOYMENT_TYPES.map((type, i) => `CASE WHEN '${type}' = ANY(s.employment_types) THEN ${1 << i} ELSE 0 END`).join(' | ');
  await pool.query(
    `CREATE TABLE ${SIDE_TABLE} AS
     SELECT t.*, uniq(sort(t.preferred_regions || coalesce(
              (SELECT array_agg(d.b) FROM bench_match_distances d WHERE d.a = t.region AND d.km <= t.max_commute_km), '{}'::int[]))) AS reachable_regions
     FROM (
     SELECT s.user_id AS seeker_id,
            (s.status = 'active' AND s.searchable) AS eligible,
            coalesce((SELECT idx FROM bench_match_regions r WHERE r.code = s.domicile_regency_code), -1) AS region,
            coalesce((SELECT rank FROM education_levels e WHERE e.code = s.education_level), -1) AS education_rank,
            s.field_of_study,
            greatest(0, s.experience_months) AS experience_months,
            coalesce(s.expected_wage_min, -1) AS wage_min,
            greatest(0, s.max_commute_km) AS max_commute_km,
            s.open_to_remote,
            coalesce((SELECT sort(array_agg(DISTINCT r.idx)) FROM bench_match_regions r WHERE r.code = ANY(s.preferred_regencies)), '{}'::int[]) AS preferred_regions,
            coalesce((SELECT array_agg(o::int) FROM unnest(s.preferred_occupations) o WHERE o ~ '^[0-9]{4}$'), '{}'::int[]) AS preferred_occupations,
            (${typeBits}) AS employment_type_mask,
            coalesce((SELECT sort(array_agg(DISTINCT k.skill_id)) FROM job_seeker_skills k WHERE k.seeker_id = s.user_id), '{}'::int[]) AS skill_ids
     FROM job_seekers s WHERE s.user_id <= $1) t`,
    [lastSeekerId],
  );
  await pool.query(`ALTER TABLE ${SIDE_TABLE} ADD CONSTRAINT pk_${SIDE_TABLE} PRIMARY KEY (seeker_id)`);
  // One GIN index over both arrays: "holds one of these skills" and "reaches this regency" intersect inside it.
  await pool.query(`CREATE INDEX ix_${SIDE_TABLE}_match ON ${SIDE_TABLE} USING gin (reachable_regions gin__int_ops, skill_ids gin__int_ops) WHERE eligible`);
  await pool.query(`COMMENT ON TABLE ${SIDE_TABLE} IS '${SIDE_TABLE_VERSION}'`);
  await pool.query(`VACUUM ANALYZE ${SIDE_TABLE}`);
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SIDE_TABLE}`);
  return { seconds: (performance.now() - started) / 1000, rows: rows[0]!.n, built: true };
}

/** The score expression; `$n` parameters are filled by `candidateParameters`. */
const SCORE_SQL = `
  CASE WHEN loc.value < 0 THEN -1::float8 ELSE least(1::float8, greatest(0::float8, (
      $1::float8 * sk.value
    + $2::float8 * (0.75 * (CASE WHEN $9::int < 0 THEN 1::float8 WHEN s.education_rank < 0 THEN 0::float8
                                  WHEN $9::int - s.education_rank <= 0 THEN 1::float8 WHEN $9::int - s.education_rank = 1 THEN 0.5::float8
                                  WHEN $9::int - s.education_rank = 2 THEN 0.2::float8 ELSE 0::float8 END)
                   + 0.25 * (CASE WHEN cardinality($10::text[]) = 0 OR s.field_of_study = ANY($10::text[]) THEN 1::float8 ELSE 0.4::float8 END))
    + $3::float8 * (CASE WHEN $11::int <= 0 THEN 1::float8 ELSE least(1::float8, s.experience_months::float8 / $11::int) END)
    + $4::float8 * loc.value
    + $5::float8 * (CASE WHEN s.wage_min < 0 THEN 1::float8 WHEN $12::float8 < 0 THEN 0.5::float8
                         WHEN $13::float8 >= s.wage_min THEN 1::float8 WHEN $12::float8 >= s.wage_min THEN 0.8::float8
                         WHEN s.wage_min = 0 THEN 0.8::float8
                         ELSE 0.8 * greatest(0::float8, 1 - (2 * (s.wage_min - $12::float8)) / s.wage_min) END)
    + $6::float8 * (CASE WHEN s.employment_type_mask = 0 OR (s.employment_type_mask & $14::int) <> 0 THEN 1::float8 ELSE 0::float8 END)
    + $7::float8 * (CASE WHEN cardinality(s.preferred_occupations) = 0 OR $15::int = ANY(s.preferred_occupations) THEN 1::float8
                         WHEN EXISTS (SELECT 1 FROM unnest(s.preferred_occupations) p WHERE p / 10 = $15::int / 10) THEN 0.6::float8
                         WHEN EXISTS (SELECT 1 FROM unnest(s.preferred_occupations) p WHERE p / 100 = $15::int / 100) THEN 0.3::float8
                         ELSE 0::float8 END)
  ) / $8::float8)) END`;

/** Location: 1 remote for a seeker open to it, 1 in a chosen regency, falling to 0.5 at the commute limit, 0.5 remote otherwise, -1 out of reach. */
const LOCATION_SQL = `
  CASE WHEN $16::boolean AND s.open_to_remote THEN 1::float8
       WHEN $17::int >= 0 AND s.preferred_regions @> ARRAY[$17::int] THEN 1::float8
       WHEN $17::int >= 0 AND s.region >= 0 AND ($18::float8[])[s.region + 1] <= s.max_commute_km
         THEN CASE WHEN s.max_commute_km > 0 THEN 1 - (0.5 * ($18::float8[])[s.region + 1]) / s.max_commute_km ELSE 1::float8 END
       WHEN $16::boolean THEN 0.5::float8
       ELSE -1::float8 END`;

/** Skills: for each vacancy skill, the best credit among the seeker's skills (1 held, the link weight for a related one). */
const SKILLS_SQL = `
  CASE WHEN $19::float8 <= 0 THEN 0.5::float8 ELSE coalesce((
    SELECT sum(m.weight * m.best ORDER BY m.i) FROM (
      SELECT c.i, max(c.weight) AS weight, max(c.credit) AS best
      FROM unnest(s.skill_ids & $20::int[]) AS h(skill)
      JOIN unnest($21::int[], $22::int[], $23::float8[], $24::float8[]) AS c(i, skill, weight, credit) ON c.skill = h.skill
      GROUP BY c.i) m), 0) / $19::float8 END`;

function topSql(where: string): string {
  // Out of reach (location -1) is filtered in WHERE, so the score is computed once per row, for the sort.
  return `
    SELECT s.seeker_id::text AS id, ${SCORE_SQL} AS score
    FROM ${SIDE_TABLE} s
    CROSS JOIN LATERAL (SELECT ${LOCATION_SQL} AS value) loc
    CROSS JOIN LATERAL (SELECT ${SKILLS_SQL} AS value) sk
    WHERE s.eligible AND ${where} AND loc.value >= 0
    ORDER BY score DESC, s.seeker_id
    LIMIT $25`;
}

/** Within reach by the side table's regions (every seeker for a remote vacancy). */
const REACHABLE = `($16::boolean OR s.reachable_regions @> ARRAY[$17::int])`;
/** Seekers within reach who hold a credited skill (one GIN index answers both conditions). */
export const PRUNED_SQL = topSql(`s.skill_ids && $20::int[] AND ${REACHABLE}`);
/** Every seeker within reach. */
export const FULL_SQL = topSql(REACHABLE);

export interface SqlTop {
  ids: string[];
  scores: number[];
  /** Whether the second, unpruned query ran. */
  fullScan: boolean;
}

export function candidateParameters(vacancy: CompiledVacancy, ctx: MatchContext, k: number): unknown[] {
  const w = ctx.weights;
  const total = ctx.weightTotal(false);
  const top = vacancy.wageMax >= 0 ? vacancy.wageMax : vacancy.wageMin;
  const bottom = vacancy.wageMin >= 0 ? vacancy.wageMin : top;
  // Kilometres from each region to the vacancy's (unused for a remote vacancy without a place).
  const km: number[] = [];
  for (let r = 0; r < ctx.regionCount; r++) km.push(vacancy.region >= 0 ? ctx.distanceKm(r, vacancy.region) : 1e12);
  // Credits: (vacancy skill position, seeker skill that earns it, the skill's weight, the credit).
  const ci: number[] = [];
  const cs: number[] = [];
  const cw: number[] = [];
  const cc: number[] = [];
  for (let i = 0; i < vacancy.skillIds.length; i++) {
    const skill = vacancy.skillIds[i]!;
    ci.push(i);
    cs.push(skill);
    cw.push(vacancy.skillWeights[i]!);
    cc.push(1);
    const related = ctx.related(skill);
    for (let j = 0; j < related.ids.length; j++) {
      ci.push(i);
      cs.push(related.ids[j]!);
      cw.push(vacancy.skillWeights[i]!);
      cc.push(related.weights[j]!);
    }
  }
  const any = [...new Set(cs)].sort((a, b) => a - b);
  return [
    w.skills, w.education, w.experience, w.location, w.wage, w.employmentType, w.occupation, total, // $1-$8
    vacancy.educationMinRank, vacancy.fieldsOfStudy, vacancy.experienceMinMonths, // $9-$11
    top, bottom, vacancy.employmentTypeBit, vacancy.occupation, // $12-$15
    vacancy.isRemote, vacancy.region, km, // $16-$18
    vacancy.skillIds.length === 0 ? 0 : vacancy.skillWeightTotal, any, ci, cs, cw, cc, // $19-$24
    k, // $25
  ];
}

/** The top `k` candidates for an open vacancy, by PostgreSQL. */
export async function sqlTopCandidates(pool: pg.Pool, vacancy: CompiledVacancy, ctx: MatchContext, k: number): Promise<SqlTop> {
  const parameters = candidateParameters(vacancy, ctx, k);
  const hasSkills = vacancy.skillIds.length > 0 && vacancy.skillWeightTotal > 0;
  if (hasSkills) {
    const { rows } = await pool.query<{ id: string; score: number }>(PRUNED_SQL, parameters);
    const ceiling = scoreCeilingWithoutSkillOverlap(ctx, false);
    if (rows.length === k && rows[k - 1]!.score > ceiling) return { ids: rows.map((r) => r.id), scores: rows.map((r) => Number(r.score)), fullScan: false };
  }
  const { rows } = await pool.query<{ id: string; score: number }>(FULL_SQL, parameters);
  return { ids: rows.map((r) => r.id), scores: rows.map((r) => Number(r.score)), fullScan: true };
}
