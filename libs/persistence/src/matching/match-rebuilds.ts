import type { SqlRunner } from '../queries/vacancy-search.js';
import { VACANCY_OPEN_SQL } from './match-loaders.js';

/** Rows of a query run through TypeORM (an array) or a pg Pool/Client (a result with `rows`). */
async function select<T>(db: SqlRunner, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await db.query(sql, parameters);
  return (Array.isArray(result) ? result : result.rows) as T[];
}

export interface MatchRebuild {
  id: number;
  weightSetId: number | null;
  phase: 'seekers' | 'vacancies' | 'done';
  seekerCursor: string | null;
  vacancyCursor: string | null;
  seekersDone: number;
  vacanciesDone: number;
}

interface RebuildRow {
  id: number;
  weight_set_id: number | null;
  phase: MatchRebuild['phase'];
  seeker_cursor: string | null;
  vacancy_cursor: string | null;
  seekers_done: number;
  vacancies_done: number;
}

const REBUILD_COLUMNS = `id, weight_set_id, phase, seeker_cursor, vacancy_cursor, seekers_done, vacancies_done`;

function toRebuild(row: RebuildRow): MatchRebuild {
  return {
    id: row.id,
    weightSetId: row.weight_set_id,
    phase: row.phase,
    seekerCursor: row.seeker_cursor,
    vacancyCursor: row.vacancy_cursor,
    seekersDone: row.seekers_done,
    vacanciesDone: row.vacancies_done,
  };
}

/** The full rebuild in progress (at most one), or null. */
export async function runningMatchRebuild(db: SqlRunner): Promise<MatchRebuild | null> {
  const rows = await select<RebuildRow>(db, `SELECT ${REBUILD_COLUMNS} FROM match_rebuilds WHERE phase <> 'done'`);
  return rows[0] ? toRebuild(rows[0]) : null;
}

/** Starts a full rebuild under a weight set; answers the one already running if another process started it first. */
export async function startMatchRebuild(db: SqlRunner, weightSetId: number | null): Promise<MatchRebuild> {
  const rows = await select<RebuildRow>(
    db,
    `INSERT INTO match_rebuilds (weight_set_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING ${REBUILD_COLUMNS}`,
    [weightSetId],
  );
  return rows[0] ? toRebuild(rows[0]) : (await runningMatchRebuild(db))!;
}

/** Records a chunk's progress; run in the transaction that stored the chunk's lists. */
export async function advanceMatchRebuild(db: SqlRunner, id: number, phase: 'seekers' | 'vacancies', cursor: string, count: number): Promise<void> {
  const [cursorColumn, doneColumn] = phase === 'seekers' ? ['seeker_cursor', 'seekers_done'] : ['vacancy_cursor', 'vacancies_done'];
  await db.query(`UPDATE match_rebuilds SET ${cursorColumn} = $2, ${doneColumn} = ${doneColumn} + $3 WHERE id = $1`, [id, cursor, count]);
}

/** Moves a rebuild to its next phase: from seekers to vacancies, or to done. */
export async function moveMatchRebuild(db: SqlRunner, id: number, phase: 'vacancies' | 'done'): Promise<void> {
  await db.query(`UPDATE match_rebuilds SET phase = $2, finished_at = CASE WHEN $2 = 'done' THEN now() END WHERE id = $1`, [id, phase]);
}

/** The next `limit` job seekers after the cursor, in id order. */
export async function seekerIdsAfter(db: SqlRunner, cursor: string | null, limit: number): Promise<string[]> {
  const rows = await select<{ id: string }>(
    db,
    `SELECT user_id AS id FROM job_seekers WHERE ($1::uuid IS NULL OR user_id > $1::uuid) ORDER BY user_id LIMIT $2`,
    [cursor, limit],
  );
  return rows.map((row) => row.id);
}

/** The next `limit` open vacancies after the cursor, in id order. */
export async function openVacancyIdsAfter(db: SqlRunner, cursor: string | null, limit: number): Promise<string[]> {
  const rows = await select<{ id: string }>(
    db,
    `SELECT v.id FROM vacancies v WHERE ${VACANCY_OPEN_SQL} AND ($1::uuid IS NULL OR v.id > $1::uuid) ORDER BY v.id LIMIT $2`,
    [cursor, limit],
  );
  return rows.map((row) => row.id);
}

/** Candidate lists of vacancies no longer open are dropped (their vacancy left every job list with its own re-match). */
export async function dropClosedCandidateLists(db: SqlRunner): Promise<number> {
  const rows = await select<{ vacancy_id: string }>(
    db,
    `DELETE FROM vacancy_candidate_matches m USING vacancies v WHERE v.id = m.vacancy_id AND NOT ${VACANCY_OPEN_SQL} RETURNING m.vacancy_id`,
  );
  return rows.length;
}

/**
 * Work the reconciler finds: seekers and open vacancies without a stored list, or whose list is
 * older than their last change or was computed under another weight set or scoring version; and
 * vacancies no longer open that still have a candidate list. Entities with a pending change are
 * left to its job.
 */
export async function outdatedMatchLists(
  db: SqlRunner,
  weightSetId: number | null,
  scoringVersion: string,
  limit: number,
): Promise<{ seekers: string[]; vacancies: string[] }> {
  const seekers = await select<{ id: string }>(
    db,
    `SELECT s.user_id AS id FROM job_seekers s LEFT JOIN seeker_job_matches m ON m.seeker_id = s.user_id
      WHERE (m.seeker_id IS NULL OR m.computed_at < s.updated_at OR m.weight_set_id IS DISTINCT FROM $1 OR m.scoring_version <> $2)
        AND NOT EXISTS (SELECT 1 FROM match_changes c WHERE c.kind = 'seeker' AND c.entity_id = s.user_id)
      LIMIT $3`,
    [weightSetId, scoringVersion, limit],
  );
  const vacancies = await select<{ id: string }>(
    db,
    `SELECT v.id FROM vacancies v LEFT JOIN vacancy_candidate_matches m ON m.vacancy_id = v.id
      WHERE ((${VACANCY_OPEN_SQL} AND (m.vacancy_id IS NULL OR m.computed_at < v.updated_at OR m.weight_set_id IS DISTINCT FROM $1 OR m.scoring_version <> $2))
             OR (m.vacancy_id IS NOT NULL AND NOT ${VACANCY_OPEN_SQL}))
        AND NOT EXISTS (SELECT 1 FROM match_changes c WHERE c.kind = 'vacancy' AND c.entity_id = v.id)
      LIMIT $3`,
    [weightSetId, scoringVersion, limit],
  );
  return { seekers: seekers.map((row) => row.id), vacancies: vacancies.map((row) => row.id) };
}

/** Stored lists in pages by owner id (ids and scores only), for the index's bookkeeping at start. */
export async function* streamStoredMatchLists(
  db: SqlRunner,
  direction: 'jobs' | 'candidates',
  pageSize = 5_000,
): AsyncGenerator<Array<{ ownerId: string; ids: string[]; scores: number[] }>> {
  const [table, owner, others] = direction === 'jobs' ? ['seeker_job_matches', 'seeker_id', 'vacancy_ids'] : ['vacancy_candidate_matches', 'vacancy_id', 'seeker_ids'];
  let after: string | null = null;
  for (;;) {
    const rows: Array<{ owner: string; ids: string[]; scores: number[] }> = await select(
      db,
      `SELECT ${owner} AS owner, ${others} AS ids, scores FROM ${table} WHERE ($1::uuid IS NULL OR ${owner} > $1::uuid) ORDER BY ${owner} LIMIT $2`,
      [after, pageSize],
    );
    if (rows.length === 0) return;
    yield rows.map((row) => ({ ownerId: row.owner, ids: row.ids, scores: row.scores }));
    after = rows[rows.length - 1]!.owner;
    if (rows.length < pageSize) return;
  }
}
