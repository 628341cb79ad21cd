import argon2 from 'argon2';
import type pg from 'pg';
import { compileSeeker, compileVacancy, MatchContext, SCORING_VERSION, SHIPPED_INSTRUMENTS, type CompiledSeeker, type CompiledVacancy } from '#domain';
import { loadActiveWeightSet, loadMatchReference, streamMatchSeekers, streamMatchVacancies } from '#persistence';
import { generateAtScale } from '../scripts/demo/generate.js';
import { DEMO_PASSWORD } from '../scripts/platform.js';

/** The loaders take anything with `query(sql, params)` answering rows; a pg pool answers a result. */
export function sqlRunner(pool: pg.Pool): { query(sql: string, parameters?: unknown[]): Promise<any> } {
  return { query: async (sql, parameters) => (await pool.query(sql, parameters as unknown[])).rows };
}

const VACANCY_OPEN = `status = 'published' AND (deadline IS NULL OR deadline >= (now() AT TIME ZONE 'Asia/Jakarta')::date)`;

/**
 * Makes sure the database holds at least `seekers` job seekers and `openVacancies` open vacancies:
 * tops it up with the generator (published vacancies only, so the open count is reached; the
 * generator's usual mix has 15 % drafts and closed ones).
 */
export async function ensureData(pool: pg.Pool, wanted: { seekers: number; openVacancies: number; employers: number }, log: (line: string) => void): Promise<void> {
  const { rows } = await pool.query<{ seekers: number; open: number; employers: number }>(
    `SELECT (SELECT count(*) FROM job_seekers)::int AS seekers, (SELECT count(*) FROM vacancies WHERE ${VACANCY_OPEN})::int AS open,
            (SELECT count(*) FROM employers)::int AS employers`,
  );
  const have = rows[0]!;
  const seekers = Math.max(0, wanted.seekers - have.seekers);
  const vacancies = Math.max(0, wanted.openVacancies - have.open);
  if (seekers === 0 && vacancies === 0) {
    log(`Database has ${have.seekers.toLocaleString('en')} job seekers and ${have.open.toLocaleString('en')} open vacancies; not seeding.`);
    return;
  }
  log(`Seeding ${seekers.toLocaleString('en')} job seekers and ${vacancies.toLocaleString('en')} published vacancies (once)...`);
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const result = await generateAtScale(pool, {
    seekers,
    vacancies,
    employers: have.employers > 0 ? 0 : wanted.employers,
    seed: 11 + have.seekers + have.open,
    passwordHash,
    vacancyStatus: 'published',
    onProgress: log,
  });
  log(`Seeded in ${result.seconds.toFixed(0)} s`);
}

/**
 * Gives about `percent` % of the seekers (a fixed choice by id) a scored RIASEC-48 result with random
 * raw scale scores (8 to 40, as 8 items of 1 to 5 give), once, so that interest fit counts in their
 * job lists as it would for seekers who took the inventory. Only the scales' raw scores are written
 * (what the matching loaders read); the rows are marked `valid`.
 */
export async function ensureInterests(pool: pg.Pool, percent: number, log: (line: string) => void): Promise<void> {
  const instrument = SHIPPED_INSTRUMENTS.find((definition) => definition.id === 'riasec-48');
  if (!instrument) return;
  const { rows } = await pool.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM assessments WHERE instrument_id = 'riasec-48' AND status = 'scored') AS present`);
  if (rows[0]!.present) return;
  const started = performance.now();
  const raw = (scale: string) => `'${scale}', jsonb_build_object('raw', 8 + floor(random() * 33)::int)`;
  const result = await pool.query(
    `WITH picked AS (
       SELECT user_id FROM job_seekers WHERE ('x' || substr(md5(user_id::text), 1, 4))::bit(16)::int % 100 < $1),
     taken AS (
       INSERT INTO assessments (user_id, instrument_id, instrument_version, locale, status, started_at, submitted_at, scored_at)
       SELECT user_id, 'riasec-48', $2, 'id', 'scored', now() - interval '2 days', now() - interval '2 days', now() - interval '2 days' FROM picked
       RETURNING id)
     INSERT INTO assessment_results (assessment_id, scoring_version, status, result)
     SELECT id, $3, 'valid', jsonb_build_object('scales', jsonb_build_object(${['R', 'I', 'A', 'S', 'E', 'C'].map(raw).join(', ')})) FROM taken`,
    [percent, instrument.version, SCORING_VERSION],
  );
  log(`Gave ${result.rowCount?.toLocaleString('en')} seekers a RIASEC-48 result (${((performance.now() - started) / 1000).toFixed(0)} s, once).`);
}

export interface LoadedData {
  ctx: MatchContext;
  seekers: CompiledSeeker[];
  vacancies: CompiledVacancy[];
  seekerSeconds: number;
  vacancySeconds: number;
  /** Seekers with an interest result (interest fit counts in their job lists). */
  withInterests: number;
}

/** The reference, the active weights, and the first `seekers` seekers and `vacancies` open vacancies by id, compiled. */
export async function loadCompiled(pool: pg.Pool, limits: { seekers: number; vacancies: number }, log: (line: string) => void): Promise<LoadedData> {
  const db = sqlRunner(pool);
  const reference = await loadMatchReference(db);
  const weightSet = await loadActiveWeightSet(db);
  const ctx = MatchContext.create(reference, weightSet.weights, weightSet.id);
  let started = performance.now();
  const seekers: CompiledSeeker[] = [];
  let withInterests = 0;
  for await (const page of streamMatchSeekers(db, 10_000)) {
    for (const seeker of page) {
      if (seekers.length >= limits.seekers) break;
      if (seeker.interests) withInterests++;
      seekers.push(compileSeeker(seeker, ctx));
    }
    if (seekers.length >= limits.seekers) break;
    if (seekers.length % 200_000 === 0) log(`  ${seekers.length.toLocaleString('en')} seekers loaded...`);
  }
  const seekerSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const vacancies: CompiledVacancy[] = [];
  for await (const page of streamMatchVacancies(db, 10_000)) {
    for (const vacancy of page) {
      if (vacancies.length >= limits.vacancies) break;
      vacancies.push(compileVacancy(vacancy, ctx));
    }
    if (vacancies.length >= limits.vacancies) break;
  }
  const vacancySeconds = (performance.now() - started) / 1000;
  return { ctx, seekers, vacancies, seekerSeconds, vacancySeconds, withInterests };
}

/** A fixed pseudo-random sample of `count` items (the same on every run). */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const indexes = Array.from({ length: items.length }, (_, i) => i);
  let state = seed >>> 0;
  const n = Math.min(count, items.length);
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = i + (state % (indexes.length - i));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes.slice(0, n).map((i) => items[i]!);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
