import type { SqlRunner } from '../queries/vacancy-search.js';

/** Rows of a query run through TypeORM (an array) or a pg Pool/Client (a result with `rows`). */
function rowsOf<T>(result: T[] | { rows: T[] }): T[] {
  return Array.isArray(result) ? result : result.rows;
}

/** What a change touched: a seeker (their profile, skills, preferences, status, interest result) or a vacancy. */
export type MatchChangeKind = 'seeker' | 'vacancy';

/**
 * Records, inside the caller's transaction, that these seekers or vacancies changed and must be
 * matched again: one row per entity, its time moved forward by each change. The worker deletes the
 * row once it has matched that change; the reconciler re-queues rows left behind.
 */
export async function markMatchChanges(db: SqlRunner, kind: MatchChangeKind, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `INSERT INTO match_changes (kind, entity_id, changed_at)
     SELECT $1, id, now() FROM unnest($2::uuid[]) AS i(id) ORDER BY id
     ON CONFLICT (kind, entity_id) DO UPDATE SET changed_at = EXCLUDED.changed_at`,
    [kind, [...new Set(ids)]],
  );
}

/**
 * The pending change of one entity: its `changed_at` as PostgreSQL's text (microseconds kept, which a
 * JavaScript Date would lose), or null when there is none.
 */
export async function matchChangeStamp(db: SqlRunner, kind: MatchChangeKind, id: string): Promise<string | null> {
  const rows: { changed_at: string }[] = rowsOf(await db.query(`SELECT changed_at::text AS changed_at FROM match_changes WHERE kind = $1 AND entity_id = $2`, [kind, id]));
  return rows[0]?.changed_at ?? null;
}

/**
 * Deletes the pending change when it is still the one that was matched; a change recorded since
 * (a later `changed_at`) stays for the job it queued.
 */
export async function settleMatchChange(db: SqlRunner, kind: MatchChangeKind, id: string, stamp: string | null): Promise<void> {
  if (stamp === null) return;
  await db.query(
    `DELETE FROM match_changes WHERE kind = $1 AND entity_id = $2 AND changed_at = $3::timestamptz`,
    [kind, id, stamp],
  );
}

/** Changes older than the grace period (their job was lost or failed): the reconciler's work list. */
export async function staleMatchChanges(db: SqlRunner, graceSeconds: number, limit: number): Promise<Array<{ kind: MatchChangeKind; id: string }>> {
  const rows: { kind: MatchChangeKind; entity_id: string }[] = rowsOf(
    await db.query(`SELECT kind, entity_id FROM match_changes WHERE changed_at < now() - make_interval(secs => $1) ORDER BY changed_at LIMIT $2`, [graceSeconds, limit]),
  );
  return rows.map((row) => ({ kind: row.kind, id: row.entity_id }));
}

/** How many changes wait to be matched. */
export async function pendingMatchChangeCount(db: SqlRunner): Promise<number> {
  const rows: { n: number }[] = rowsOf(await db.query(`SELECT count(*)::int AS n FROM match_changes`));
  return rows[0]?.n ?? 0;
}
