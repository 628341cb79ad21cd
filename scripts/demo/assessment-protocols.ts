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

export interface SyntheticProtocol {
  id: string;
  userId: string;
  /** Answers in administration order (the instrument's items sorted by position). */
  values: number[];
}

/**
 * Answers of `count` people. `levels(i)` may fix a person's latent level per scale (about −2 to 2);
 * `careless(i)` makes a person answer the middle of the scale throughout (an invalid protocol).
 */
export function synthesizeProtocols(
  options: ProtocolOptions & { levels?: (index: number) => Record<string, number> | undefined; careless?: (index: number) => boolean },
): SyntheticProtocol[] {
  const { instrument } = options;
  const random = generator(options.seed ?? 1);
  const { min, max } = instrument.responseScale;
  const items = [...instrument.items].sort((a, b) => a.position - b.position);
  const protocols: SyntheticProtocol[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const fixed = options.levels?.(i);
    const level = new Map(instrument.scales.map((scale) => [scale.id, fixed?.[scale.id] ?? normal(random) * 0.9]));
    const careless = options.careless?.(i) ?? false;
    const values = items.map((item) => {
      if (careless) return Math.round((min + max) / 2);
      const raw = Math.round((min + max) / 2 + item.key * level.get(item.scale)! + normal(random) * 0.7);
      return Math.min(max, Math.max(min, raw));
    });
    protocols.push({ id: randomUUID(), userId: options.userIds[i % options.userIds.length], values });
  }
  return protocols;
}

/** Writes protocols as submitted sessions: the session rows, the answers and the server page times, with unnest. */
export async function writeSubmittedProtocols(
  db: SqlRunner,
  instrument: InstrumentDefinition,
  protocols: SyntheticProtocol[],
  options: { secondsPerPage?: number; submittedAt?: Date; locale?: 'id' | 'en' } = {},
): Promise<void> {
  const secondsPerPage = options.secondsPerPage ?? 90;
  const submittedAt = (options.submittedAt ?? new Date()).toISOString();
  const itemIds = [...instrument.items].sort((a, b) => a.position - b.position).map((item) => item.id);
  for (let start = 0; start < protocols.length; start += BATCH) {
    const batch = protocols.slice(start, start + BATCH);
    const batchIds = batch.map((p) => p.id);
    await db.query(
      `INSERT INTO assessments (id, user_id, instrument_id, instrument_version, locale, status, current_page, started_at, submitted_at)
       SELECT x.id, x.user_id, $3, $4, $5, 'submitted', $6::int, $7::timestamptz - make_interval(secs => $8::float8 * $6::int), $7::timestamptz
         FROM unnest($1::uuid[], $2::uuid[]) AS x(id, user_id)`,
      [batchIds, batch.map((p) => p.userId), instrument.id, instrument.version, options.locale ?? 'id', instrument.pages.length, submittedAt, secondsPerPage],
    );
    await db.query(
      `INSERT INTO assessment_responses (assessment_id, item_id, value, answered_at)
       SELECT x.assessment_id, x.item_id, x.value, $4::timestamptz FROM unnest($1::uuid[], $2::text[], $3::smallint[]) AS x(assessment_id, item_id, value)`,
      [batch.flatMap((p) => itemIds.map(() => p.id)), batch.flatMap(() => itemIds), batch.flatMap((p) => p.values), submittedAt],
    );
    await db.query(
      `INSERT INTO assessment_pages (assessment_id, page_index, served_at, answered_at)
       SELECT x.id, g, $3::timestamptz - make_interval(secs => $4::float8 * ($2::int - g)), $3::timestamptz - make_interval(secs => $4::float8 * ($2::int - g - 1))
         FROM unnest($1::uuid[]) AS x(id) CROSS JOIN generate_series(0, $2::int - 1) AS g`,
      [batchIds, instrument.pages.length, submittedAt, secondsPerPage],
    );
  }
}

/** Writes `count` submitted sessions with their answers and page times; returns their ids in order. */
export async function insertSubmittedProtocols(db: SqlRunner, options: ProtocolOptions): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < options.count; start += BATCH) {
    const protocols = synthesizeProtocols({ ...options, count: Math.min(BATCH, options.count - start), seed: (options.seed ?? 1) * 100_003 + start });
    await writeSubmittedProtocols(db, options.instrument, protocols, options);
    ids.push(...protocols.map((p) => p.id));
  }
  return ids;
}
