import { MATCH_SCORING_VERSION } from '#domain';
import type { SqlRunner } from '../queries/vacancy-search.js';

/** One ranked list to store: the other side's ids best first, their scores, and 8 components per entry. */
export interface MatchListToStore {
  /** The seeker (jobs list) or vacancy (candidates list) the list belongs to. */
  ownerId: string;
  ids: readonly string[];
  scores: ArrayLike<number>;
  /** ids.length × 8, in MATCH_COMPONENTS order; -1 where a component did not count. */
  components: ArrayLike<number>;
  /** The change (match_changes.changed_at, as text) this list answers; null keeps the stored one. */
  sourceChangedAt: string | null;
}

export type MatchListDirection = 'jobs' | 'candidates';

const TABLES = {
  jobs: { table: 'seeker_job_matches', owner: 'seeker_id', others: 'vacancy_ids' },
  candidates: { table: 'vacancy_candidate_matches', owner: 'vacancy_id', others: 'seeker_ids' },
} as const;

/**
 * A number as PostgreSQL reads it into a `real`: six decimals are below a real's precision for
 * values in [-1, 1], and 0, 1, 0.5 and -1 stay one to three characters.
 */
function realText(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** A PostgreSQL array literal of numbers: `{0.5,1,-1}`. */
function realArray(values: ArrayLike<number>, length: number): string {
  const parts = new Array<string>(length);
  for (let i = 0; i < length; i++) parts[i] = realText(values[i]!);
  return `{${parts.join(',')}}`;
}

/**
 * Stores many lists in one statement, each replacing its owner's row whole (an upsert), so a reader
 * sees either the old list or the new one. The lists travel as parallel arrays through `unnest`,
 * each list's arrays as one array literal (`{…}`) cast per row: PostgreSQL has no arrays of arrays
 * of different lengths, and `unnest` of a two-dimensional array would flatten it. One round trip,
 * so it suits a few lists (a seeker's own list); for thousands (a rebuild chunk) `copyMatchLists`
 * is faster: 1,000 lists of 50 took about 230 ms this way (most of it formatting the numbers as
 * text), 230 ms with text COPY and 170 ms with binary COPY on the 2-core development machine.
 */
export async function storeMatchLists(
  db: SqlRunner,
  direction: MatchListDirection,
  lists: readonly MatchListToStore[],
  weightSetId: number | null,
  scoringVersion: string = MATCH_SCORING_VERSION,
): Promise<void> {
  if (lists.length === 0) return;
  const { table, owner, others } = TABLES[direction];
  // One row per owner (the last wins), in key order so concurrent writers lock rows alike.
  const byOwner = new Map(lists.map((list) => [list.ownerId, list]));
  const ordered = [...byOwner.values()].sort((a, b) => (a.ownerId < b.ownerId ? -1 : a.ownerId > b.ownerId ? 1 : 0));
  const owners = new Array<string>(ordered.length);
  const ids = new Array<string>(ordered.length);
  const scores = new Array<string>(ordered.length);
  const components = new Array<string>(ordered.length);
  const changed = new Array<string | null>(ordered.length);
  for (const [row, list] of ordered.entries()) {
    const n = list.ids.length;
    if (list.scores.length < n || list.components.length < n * 8) throw new Error(`The list of ${list.ownerId} has fewer scores or components than ids`);
    owners[row] = list.ownerId;
    ids[row] = `{${list.ids.join(',')}}`;
    scores[row] = realArray(list.scores, n);
    components[row] = realArray(list.components, n * 8);
    changed[row] = list.sourceChangedAt;
  }
  await db.query(
    `INSERT INTO ${table} AS m (${owner}, ${others}, scores, components, scoring_version, weight_set_id, source_changed_at, computed_at)
     SELECT t.owner, t.ids::uuid[], t.scores::real[], t.components::real[], $6, $7, t.changed, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t(owner, ids, scores, components, changed)
     ON CONFLICT (${owner}) DO UPDATE
        SET ${others} = EXCLUDED.${others}, scores = EXCLUDED.scores, components = EXCLUDED.components,
            scoring_version = EXCLUDED.scoring_version, weight_set_id = EXCLUDED.weight_set_id,
            source_changed_at = COALESCE(EXCLUDED.source_changed_at, m.source_changed_at), computed_at = EXCLUDED.computed_at`,
    [owners, ids, scores, components, changed, scoringVersion, weightSetId],
  );
}

/** Deletes the stored lists of these owners (a vacancy deleted or no longer published, a seeker removed). */
export async function deleteMatchLists(db: SqlRunner, direction: MatchListDirection, ownerIds: readonly string[]): Promise<void> {
  if (ownerIds.length === 0) return;
  const { table, owner } = TABLES[direction];
  await db.query(`DELETE FROM ${table} WHERE ${owner} = ANY($1::uuid[])`, [[...ownerIds]]);
}

