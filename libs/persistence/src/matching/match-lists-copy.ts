import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { MATCH_SCORING_VERSION } from '#domain';
import type { MatchListDirection, MatchListToStore } from './match-lists.js';

// PostgreSQL's binary COPY format: a signature, flags and a header extension length, then per row a
// field count and each field as a length and its bytes (-1 for NULL), then -1 as the trailer.
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const UUID_OID = 2950;
const FLOAT4_OID = 700;
const FIELDS = 5;
// Rows are encoded into buffers of about this size before they are handed to the connection.
const FLUSH_BYTES = 1 << 20;

const TABLES = {
  jobs: { table: 'seeker_job_matches', owner: 'seeker_id', others: 'vacancy_ids' },
  candidates: { table: 'vacancy_candidate_matches', owner: 'vacancy_id', others: 'seeker_ids' },
} as const;

function writeUuid(buffer: Buffer, offset: number, uuid: string): void {
  // 8-4-4-4-12 hex digits; Buffer.write stops at the first non-hex pair, so each group is written on its own.
  buffer.write(uuid.slice(0, 8), offset, 'hex');
  buffer.write(uuid.slice(9, 13), offset + 4, 'hex');
  buffer.write(uuid.slice(14, 18), offset + 6, 'hex');
  buffer.write(uuid.slice(19, 23), offset + 8, 'hex');
  buffer.write(uuid.slice(24, 36), offset + 10, 'hex');
}

/** The bytes of one list's row: owner uuid, the other side's uuid[], scores real[], components real[], the change as text. */
function encodeRow(list: MatchListToStore): Buffer {
  const n = list.ids.length;
  const changed = list.sourceChangedAt === null ? null : Buffer.from(list.sourceChangedAt, 'utf8');
  // A one-dimensional array: ndim, has-nulls flag, element type, then the dimension's length and lower bound, then elements.
  const idsBytes = n === 0 ? 12 : 20 + n * 20;
  const scoresBytes = n === 0 ? 12 : 20 + n * 8;
  const componentsBytes = n === 0 ? 12 : 20 + n * 8 * 8;
  const size = 2 + (4 + 16) + (4 + idsBytes) + (4 + scoresBytes) + (4 + componentsBytes) + 4 + (changed?.length ?? 0);
  const row = Buffer.allocUnsafe(size);
  let at = row.writeInt16BE(FIELDS, 0);
  at = row.writeInt32BE(16, at);
  writeUuid(row, at, list.ownerId);
  at += 16;
  const arrayHeader = (bytes: number, oid: number, length: number): void => {
    at = row.writeInt32BE(bytes, at);
    at = row.writeInt32BE(length === 0 ? 0 : 1, at);
    at = row.writeInt32BE(0, at);
    at = row.writeInt32BE(oid, at);
    if (length > 0) {
      at = row.writeInt32BE(length, at);
      at = row.writeInt32BE(1, at);
    }
  };
  arrayHeader(idsBytes, UUID_OID, n);
  for (const id of list.ids) {
    at = row.writeInt32BE(16, at);
    writeUuid(row, at, id);
    at += 16;
  }
  arrayHeader(scoresBytes, FLOAT4_OID, n);
  for (let i = 0; i < n; i++) {
    at = row.writeInt32BE(4, at);
    at = row.writeFloatBE(list.scores[i]!, at);
  }
  arrayHeader(componentsBytes, FLOAT4_OID, n * 8);
  for (let i = 0; i < n * 8; i++) {
    at = row.writeInt32BE(4, at);
    at = row.writeFloatBE(list.components[i]!, at);
  }
  if (changed === null) at = row.writeInt32BE(-1, at);
  else {
    at = row.writeInt32BE(changed.length, at);
    at += changed.copy(row, at);
  }
  return row;
}

function* copyBinary(lists: readonly MatchListToStore[]): Iterable<Buffer> {
  const header = Buffer.alloc(SIGNATURE.length + 8);
  SIGNATURE.copy(header, 0);
  let pending: Buffer[] = [header];
  let pendingBytes = header.length;
  for (const list of lists) {
    const row = encodeRow(list);
    pending.push(row);
    pendingBytes += row.length;
    if (pendingBytes >= FLUSH_BYTES) {
      yield Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
    }
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1, 0);
  pending.push(trailer);
  yield Buffer.concat(pending, pendingBytes + 2);
}

/**
 * Stores many lists like `storeMatchLists` (each row replaced whole by one upsert), but sends them
 * with binary COPY into a temporary table first: no number is formatted as text or parsed back,
 * which makes it the faster way for the thousands of lists of a rebuild chunk. `client` must be in
 * a transaction (the staging rows are dropped at commit).
 */
export async function copyMatchLists(
  client: pg.ClientBase,
  direction: MatchListDirection,
  lists: readonly MatchListToStore[],
  weightSetId: number | null,
  scoringVersion: string = MATCH_SCORING_VERSION,
): Promise<void> {
  if (lists.length === 0) return;
  for (const list of lists) {
    if (list.scores.length < list.ids.length || list.components.length < list.ids.length * 8) throw new Error(`The list of ${list.ownerId} has fewer scores or components than ids`);
  }
  const { table, owner, others } = TABLES[direction];
  await client.query(
    `CREATE TEMPORARY TABLE IF NOT EXISTS match_list_stage (owner uuid, ids uuid[], scores real[], components real[], changed text) ON COMMIT DELETE ROWS`,
  );
  await pipeline(Readable.from(copyBinary(lists)), client.query(copyFrom(`COPY match_list_stage FROM STDIN (FORMAT binary)`)));
  await client.query(
    `INSERT INTO ${table} AS m (${owner}, ${others}, scores, components, scoring_version, weight_set_id, source_changed_at, computed_at)
     SELECT DISTINCT ON (owner) owner, ids, scores, components, $1, $2, changed::timestamptz, now() FROM match_list_stage ORDER BY owner
     ON CONFLICT (${owner}) DO UPDATE
        SET ${others} = EXCLUDED.${others}, scores = EXCLUDED.scores, components = EXCLUDED.components,
            scoring_version = EXCLUDED.scoring_version, weight_set_id = EXCLUDED.weight_set_id,
            source_changed_at = COALESCE(EXCLUDED.source_changed_at, m.source_changed_at), computed_at = EXCLUDED.computed_at`,
    [scoringVersion, weightSetId],
  );
  // Emptied now rather than at commit, so a second call in the same transaction starts clean.
  await client.query(`TRUNCATE match_list_stage`);
}
