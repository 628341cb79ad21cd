/**
 * Synthetic assessment protocols written straight to PostgreSQL as submitted sessions (answers and
 * server page times), for the demo, the reliability tests and the scoring benchmark. Each person
 * has a latent level per scale; an item's answer is that level, keyed, plus noise, on the 1–5
 * scale, so scale scores vary between people and alpha comes out in the usual range.
 */
import { randomUUID } from 'node:crypto';
import type { InstrumentDefinition } from '#domain';

export interface SqlRunner {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

export interface ProtocolOptions {
  /** Owners, used in turn. */
  userIds: string[];
  instrument: InstrumentDefinition;
  count: number;
  seed?: number;
  /** Server seconds per page (the speed checks want at least 2 per item). */
  secondsPerPage?: number;
  locale?: 'id' | 'en';
  /** When the sessions were submitted; pages are timed backwards from it. */
  submittedAt?: Date;
}

/** mulberry32: tiny seeded generator, enough for synthetic answers. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const BATCH = 2_000;

/** Writes `count` submitted sessions with their answers and page times; returns their ids in order. */
export async function insertSubmittedProtocols(db: SqlRunner, options: ProtocolOptions): Promise<string[]> {
  const { instrument } = options;
  const random = generator(options.seed ?? 1);
  const { min, max } = instrument.responseScale;
  const secondsPerPage = options.secondsPerPage ?? 90;
  const submittedAt = options.submittedAt ?? new Date();
  const items = [...instrument.items].sort((a, b) => a.position - b.position);
  const ids: string[] = [];
  for (let start = 0; start < options.count; start += BATCH) {
    const size = Math.min(BATCH, options.count - start);
    const batchIds: string[] = [];
    const owners: string[] = [];
    const responseIds: string[] = [];
    const itemIds: string[] = [];
    const values: number[] = [];
    for (let i = 0; i < size; i += 1) {
      const id = randomUUID();
      batchIds.push(id);
      owners.push(options.userIds[(start + i) % options.userIds.length]);
      const level = new Map(instrument.scales.map((scale) => [scale.id, normal(random) * 0.9]));
      for (const item of items) {
        const raw = Math.round((min + max) / 2 + item.key * level.get(item.scale)! + normal(random) * 0.7);
        responseIds.push(id);
        itemIds.push(item.id);
        values.push(Math.min(max, Math.max(min, raw)));
      }
    }
    await db.query(
      `INSERT INTO assessments (id, user_id, instrument_id, instrument_version, locale, status, current_page, started_at, submitted_at)
       SELECT x.id, x.user_id, $3, $4, $5, 'submitted', $6::int, $7::timestamptz - make_interval(secs => $8::float8 * $6::int), $7::timestamptz
         FROM unnest($1::uuid[], $2::uuid[]) AS x(id, user_id)`,
      [batchIds, owners, instrument.id, instrument.version, options.locale ?? 'id', instrument.pages.length, submittedAt.toISOString(), secondsPerPage],
    );
    await db.query(
      `INSERT INTO assessment_responses (assessment_id, item_id, value, answered_at)
       SELECT x.assessment_id, x.item_id, x.value, $4::timestamptz FROM unnest($1::uuid[], $2::text[], $3::smallint[]) AS x(assessment_id, item_id, value)`,
      [responseIds, itemIds, values, submittedAt.toISOString()],
    );
    await db.query(
      `INSERT INTO assessment_pages (assessment_id, page_index, served_at, answered_at)
       SELECT x.id, g, $3::timestamptz - make_interval(secs => $4::float8 * ($2::int - g)), $3::timestamptz - make_interval(secs => $4::float8 * ($2::int - g - 1))
         FROM unnest($1::uuid[]) AS x(id) CROSS JOIN generate_series(0, $2::int - 1) AS g`,
      [batchIds, instrument.pages.length, submittedAt.toISOString(), secondsPerPage],
    );
    ids.push(...batchIds);
  }
  return ids;
}
