import type pg from 'pg';

// Stored match lists written straight in SQL, the way the matching worker writes them (one row per
// seeker or vacancy, 8 components per entry in MATCH_COMPONENTS order), so that the read routes can
// be tested without a worker.

export interface StoredEntry {
  id: string;
  score: number;
  /** 8 values in MATCH_COMPONENTS order; -1 = did not count. Defaults to the score everywhere, interest -1. */
  components?: number[];
}

function flatten(entries: StoredEntry[]): { ids: string[]; scores: number[]; components: number[] } {
  return {
    ids: entries.map((entry) => entry.id),
    scores: entries.map((entry) => entry.score),
    components: entries.flatMap((entry) => entry.components ?? [entry.score, entry.score, entry.score, entry.score, entry.score, entry.score, entry.score, -1]),
  };
}

/** The id of the active weight set (the migration seeds one). */
export async function activeWeightSetId(db: pg.Pool): Promise<number> {
  const { rows } = await db.query(`SELECT id FROM match_weight_sets WHERE active`);
  return rows[0].id;
}

/** A stored weight set that is not active (lists computed under older weights keep pointing at theirs). */
export async function insertWeightSet(db: pg.Pool, weights: Record<string, number>, reason = 'Older weights kept for a test'): Promise<number> {
  const { rows } = await db.query(`INSERT INTO match_weight_sets (weights, reason, active) VALUES ($1::jsonb, $2, false) RETURNING id`, [JSON.stringify(weights), reason]);
  return rows[0].id;
}

export async function storeJobList(db: pg.Pool, seekerId: string, entries: StoredEntry[], weightSetId?: number): Promise<void> {
  const { ids, scores, components } = flatten(entries);
  await db.query(
    `INSERT INTO seeker_job_matches (seeker_id, vacancy_ids, scores, components, scoring_version, weight_set_id, computed_at)
     VALUES ($1, $2::uuid[], $3::real[], $4::real[], '2026.1', $5, now())
     ON CONFLICT (seeker_id) DO UPDATE SET vacancy_ids = EXCLUDED.vacancy_ids, scores = EXCLUDED.scores, components = EXCLUDED.components,
       weight_set_id = EXCLUDED.weight_set_id, computed_at = EXCLUDED.computed_at`,
    [seekerId, ids, scores, components, weightSetId ?? (await activeWeightSetId(db))],
  );
}

export async function storeCandidateList(db: pg.Pool, vacancyId: string, entries: StoredEntry[], weightSetId?: number): Promise<void> {
  const { ids, scores, components } = flatten(entries);
  await db.query(
    `INSERT INTO vacancy_candidate_matches (vacancy_id, seeker_ids, scores, components, scoring_version, weight_set_id, computed_at)
     VALUES ($1, $2::uuid[], $3::real[], $4::real[], '2026.1', $5, now())
     ON CONFLICT (vacancy_id) DO UPDATE SET seeker_ids = EXCLUDED.seeker_ids, scores = EXCLUDED.scores, components = EXCLUDED.components,
       weight_set_id = EXCLUDED.weight_set_id, computed_at = EXCLUDED.computed_at`,
    [vacancyId, ids, scores, components, weightSetId ?? (await activeWeightSetId(db))],
  );
}
