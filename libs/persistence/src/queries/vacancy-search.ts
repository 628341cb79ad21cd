import { DomainError, ErrorCode, haversineKm, type VacancyFilter } from '#domain';

/** Runs SQL; a TypeORM DataSource or EntityManager fits. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

interface Region {
  code: string;
  lat: number;
  lon: number;
}

const REFERENCE_TTL_MS = 5 * 60_000;
let cache: { at: number; regions: Region[]; educationRanks: Map<string, number> } | null = null;

/** Regions and education ranks, read at most every five minutes (35 and 11 rows). */
async function reference(db: SqlRunner): Promise<NonNullable<typeof cache>> {
  if (cache && Date.now() - cache.at < REFERENCE_TTL_MS) return cache;
  // One after the other: `db` may be a transaction's single connection.
  const regions: Region[] = await db.query(`SELECT code, lat, lon FROM regions`);
  const levels: { code: string; rank: number }[] = await db.query(`SELECT code, rank FROM education_levels`);
  cache = { at: Date.now(), regions, educationRanks: new Map(levels.map((level) => [level.code, level.rank])) };
  return cache;
}

/** SQL conditions on `vacancies v` for a search filter, with their parameters. */
export interface FilterSql {
  conditions: string[];
  params: unknown[];
  /** Parameter placeholder of the text query, when there is one. */
  queryParam: string | null;
}

/**
 * Turns a filter into SQL conditions over published vacancies. Regencies within a distance and
 * education levels up to a rank are resolved here from the reference data, so the query itself
 * compares with plain lists.
 */
export async function vacancyFilterSql(db: SqlRunner, filter: VacancyFilter, params: unknown[] = []): Promise<FilterSql> {
  const ref = await reference(db);
  const conditions = [`v.status = 'published'`];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  let queryParam: string | null = null;
  const q = filter.q?.trim();
  if (q) {
    queryParam = add(q);
    conditions.push(
      // The form of ix_vacancies_search: words matched in either language's lexemes.
      `(v.search_id || v.search_en) @@ (websearch_to_tsquery('indonesian'::regconfig, ${queryParam}) || websearch_to_tsquery('english'::regconfig, ${queryParam}))`,
    );
  }
  if (filter.regency) {
    const origin = ref.regions.find((region) => region.code === filter.regency);
    if (!origin) throw new DomainError(ErrorCode.ValidationFailed, `regency ${filter.regency} is not a regency; pick one from GET /api/reference/regions`, { field: 'regency' });
    const codes =
      filter.withinKm !== undefined
        ? ref.regions.filter((region) => haversineKm(origin.lat, origin.lon, region.lat, region.lon) <= filter.withinKm!).map((region) => region.code)
        : [origin.code];
    conditions.push(codes.length === 1 ? `v.regency_code = ${add(codes[0])}` : `v.regency_code = ANY(${add(codes)}::text[])`);
  } else if (filter.withinKm !== undefined) {
    throw new DomainError(ErrorCode.ValidationFailed, 'withinKm needs regency: the distance is measured from that regency', { field: 'withinKm' });
  }
  if (filter.occupation) conditions.push(`v.occupation_code = ${add(filter.occupation)}`);
  if (filter.education) {
    const rank = ref.educationRanks.get(filter.education);
    if (rank === undefined) throw new DomainError(ErrorCode.ValidationFailed, `education ${filter.education} is not an education level; pick one from GET /api/reference/education-levels`, { field: 'education' });
    const codes = [...ref.educationRanks].filter(([, r]) => r <= rank).map(([code]) => code);
    conditions.push(`v.education_min = ANY(${add(codes)}::text[])`);
  }
  if (filter.employmentType) conditions.push(`v.employment_type = ${add(filter.employmentType)}`);
  if (filter.minWage !== undefined) conditions.push(`coalesce(v.wage_max, v.wage_min) >= ${add(filter.minWage)}`);
  if (filter.accommodations && filter.accommodations.length > 0) conditions.push(`v.accommodations @> ${add(filter.accommodations)}::text[]`);
  if (filter.remote !== undefined) conditions.push(filter.remote ? `v.is_remote` : `NOT v.is_remote`);
  return { conditions, params, queryParam };
}

/** Forgets the cached reference rows (tests that change regions). */
export function clearVacancySearchCache(): void {
  cache = null;
}
