/**
 * Synthetic data at benchmark scale (a million job seekers, hundreds of thousands of vacancies),
 * streamed into PostgreSQL with COPY FROM STDIN in chunks: rows are generated a chunk at a time,
 * encoded as COPY text and written straight into the real tables, so memory stays flat whatever
 * the size.
 *
 * Nothing is dropped or disabled: constraints, foreign keys and indexes all stay in place and check
 * every row. No staging table either: the rows are generated valid, and a staging table would only
 * add a second copy of every row. Most of the server's time goes into the per-row foreign-key
 * checks: job_seeker_skills, about 70 % of all rows, took 10 s per 600,000 rows with its two
 * foreign keys and 3 s for the same rows in a copy of the table without them. The ids are time-ordered UUIDs,
 * so index inserts land on the right edge of each index, and the next chunk is generated while the
 * server is busy with the previous one.
 *
 * The whole run is one transaction: it loads completely or not at all.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate } from 'node:timers/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLine } from './copy-text.js';
import { Generator, type EmployerProfile } from './generator.js';
import { readReference } from './reference.js';
import { TABLES, type EmployerRow, type Role, type TableSpec } from './rows.js';

export interface ScaleOptions {
  seekers: number;
  employers: number;
  vacancies: number;
  seed?: number;
  /** An argon2 hash given to every generated user. */
  passwordHash: string;
  onProgress?: (message: string) => void;
  /** The moment the data is generated for; defaults to now. */
  now?: Date;
  /** Job seekers per chunk (employers and vacancies use half of it). */
  chunkSize?: number;
  /** Every generated vacancy gets this status (the matching bench tops a database up with published ones); mixed by default. */
  vacancyStatus?: 'draft' | 'published' | 'closed';
}

export interface ScaleResult {
  counts: Record<string, number>;
  seconds: number;
}

export const SYNTHETIC_EMAIL_DOMAIN = 'synthetic.kerjaku.id';
const EMAIL_PREFIX: Partial<Record<Role, string>> = { job_seeker: 'seeker', employer: 'employer' };
const DEFAULT_CHUNK = 10_000;
/** Items generated between two turns of the event loop. */
const YIELD_EVERY = 500;
/** Bytes of COPY text handed to the connection at a time. */
const COPY_BUFFER_BYTES = 1 << 18;
const TOUCHED_TABLES = ['users', 'employers', 'employer_members', 'vacancies', 'vacancy_skills', 'job_seekers', 'job_seeker_skills'];

function* copyText<Row>(spec: TableSpec<Row>, rows: readonly Row[]): Iterable<string> {
  let buffer = '';
  for (const row of rows) {
    buffer += copyLine(row, spec.columns);
    if (buffer.length >= COPY_BUFFER_BYTES) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}

/** Streams `rows` into the table with one COPY statement. */
async function copyRows<Row>(client: pg.PoolClient, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const target = client.query(copyFrom(`COPY ${spec.name} (${spec.columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyText(spec, rows)), target);
}

/** Counts rows per table and reports progress now and then. */
class Progress {
  readonly counts: Record<string, number> = {};
  private readonly started = Date.now();
  private lastReport = 0;

  constructor(private readonly report?: (message: string) => void) {}

  add(table: string, rows: number): void {
    this.counts[table] = (this.counts[table] ?? 0) + rows;
  }

  get seconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  step(what: string, done: number, total: number): void {
    const now = Date.now();
    if (!this.report || (done < total && now - this.lastReport < 5000)) return;
    this.lastReport = now;
    const seconds = this.seconds;
    const rows = Object.values(this.counts).reduce((sum, count) => sum + count, 0);
    const rate = Math.round(rows / seconds).toLocaleString('en');
    this.report(`${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${seconds.toFixed(1)} s, ${rate} rows/s overall)`);
  }
}

/** The highest number already used in generated e-mail addresses, per role, so a new run continues after it. */
async function emailOffsets(client: pg.PoolClient): Promise<Map<Role, number>> {
  const result = await client.query<{ role: Role; last: string | null }>(
    `SELECT role, max((regexp_match(email, '-([0-9]+)@'))[1]::bigint) AS last
     FROM users WHERE email LIKE $1 GROUP BY role`,
    [`%@${SYNTHETIC_EMAIL_DOMAIN}`],
  );
  return new Map(result.rows.map((row) => [row.role, Number(row.last ?? 0)]));
}

async function existingNibs(client: pg.PoolClient): Promise<string[]> {
  const result = await client.query<{ nib: string }>(`SELECT nib FROM employers`);
  return result.rows.map((row) => row.nib);
}

/** Employers already in the database (with an owner), for vacancies when the run creates no employers. */
async function existingEmployers(client: pg.PoolClient, generator: Generator): Promise<EmployerProfile[]> {
  const result = await client.query<{ id: string; name: string; sector: string; size: EmployerRow['size']; regency_code: string; owner_id: string }>(
    `SELECT e.id, e.name, e.sector, e.size, e.regency_code, m.user_id AS owner_id
     FROM employers e JOIN employer_members m ON m.employer_id = e.id AND m.role = 'owner'
     ORDER BY e.id LIMIT 100000`,
  );
  return result.rows.map((row) =>
    generator.profileFor({ id: row.id, name: row.name, sectorCode: row.sector, size: row.size, regionCode: row.regency_code, ownerId: row.owner_id }),
  );
}

/** Builds `count` items a slice at a time, letting the event loop run in between (so the COPY in flight keeps streaming). */
async function buildChunk<T>(count: number, build: () => T): Promise<T[]> {
  const items: T[] = [];
  while (items.length < count) {
    const sliceEnd = Math.min(count, items.length + YIELD_EVERY);
    while (items.length < sliceEnd) items.push(build());
    await setImmediate();
  }
  return items;
}

/**
 * Runs `total` items through `build` in chunks and `write` for each chunk, generating the next
 * chunk while the server is still busy with the previous one.
 */
async function pipelined<T>(total: number, chunk: number, build: () => T, write: (items: T[]) => Promise<void>, onWritten: (done: number) => void): Promise<void> {
  let inFlight: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  for (let built = 0; built < total && failure === null; ) {
    const items = await buildChunk(Math.min(chunk, total - built), build);
    built += items.length;
    const done = built;
    await inFlight;
    inFlight = write(items).then(
      () => onWritten(done),
      (error: unknown) => {
        failure = error;
      },
    );
  }
  await inFlight;
  if (failure !== null) throw failure;
}

async function writeEmployers(client: pg.PoolClient, generator: Generator, total: number, chunk: number, progress: Progress): Promise<EmployerProfile[]> {
  const profiles: EmployerProfile[] = [];
  await pipelined(
    total,
    chunk,
    () => generator.employer(),
    async (bundles) => {
      const users = bundles.flatMap((bundle) => bundle.users);
      const members = bundles.flatMap((bundle) => bundle.members);
      await copyRows(client, TABLES.users, users);
      await copyRows(client, TABLES.employers, bundles.map((bundle) => bundle.employer));
      await copyRows(client, TABLES.employerMembers, members);
      progress.add('users', users.length);
      progress.add('employers', bundles.length);
      progress.add('employer_members', members.length);
      for (const bundle of bundles) profiles.push(bundle.profile);
    },
    (done) => progress.step('employers', done, total),
  );
  return profiles;
}

async function writeVacancies(
  client: pg.PoolClient,
  generator: Generator,
  employers: EmployerProfile[],
  total: number,
  chunk: number,
  progress: Progress,
  status?: ScaleOptions['vacancyStatus'],
): Promise<void> {
  await pipelined(
    total,
    chunk,
    () => generator.vacancy(generator.rng.pick(employers), status),
    async (bundles) => {
      const skills = bundles.flatMap((bundle) => bundle.skills);
      await copyRows(client, TABLES.vacancies, bundles.map((bundle) => bundle.vacancy));
      await copyRows(client, TABLES.vacancySkills, skills);
      progress.add('vacancies', bundles.length);
      progress.add('vacancy_skills', skills.length);
    },
    (done) => progress.step('vacancies', done, total),
  );
}

async function writeSeekers(client: pg.PoolClient, generator: Generator, total: number, chunk: number, progress: Progress): Promise<void> {
  await pipelined(
    total,
    chunk,
    () => generator.seeker(),
    async (bundles) => {
      const skills = bundles.flatMap((bundle) => bundle.skills);
      await copyRows(client, TABLES.users, bundles.map((bundle) => bundle.user));
      await copyRows(client, TABLES.jobSeekers, bundles.map((bundle) => bundle.seeker));
      await copyRows(client, TABLES.jobSeekerSkills, skills);
      progress.add('users', bundles.length);
      progress.add('job_seekers', bundles.length);
      progress.add('job_seeker_skills', skills.length);
    },
    (done) => progress.step('job seekers', done, total),
  );
}

async function generateInTransaction(client: pg.PoolClient, options: ScaleOptions, progress: Progress): Promise<void> {
  const seed = options.seed ?? 1;
  const chunk = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const reference = await readReference(client);
  // One run at a time: the e-mail numbering continues from what the previous run left.
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('kerjaku:synthetic-data'))`);
  const offsets = await emailOffsets(client);
  const generator = new Generator(reference, {
    seed,
    now: options.now ?? new Date(),
    passwordHash: options.passwordHash,
    takenNibs: options.employers > 0 ? await existingNibs(client) : [],
    contact: (role, index) => ({ email: `${EMAIL_PREFIX[role] ?? role}-${(offsets.get(role) ?? 0) + index}@${SYNTHETIC_EMAIL_DOMAIN}`, phone: null }),
  });

  const created = await writeEmployers(client, generator, options.employers, Math.ceil(chunk / 2), progress);
  if (options.vacancies > 0) {
    const employers = created.length > 0 ? created : await existingEmployers(client, generator);
    if (employers.length === 0) throw new Error('Vacancies need employers: ask for some employers too (there are none in the database).');
    await writeVacancies(client, generator, employers, options.vacancies, Math.ceil(chunk / 2), progress, options.vacancyStatus);
  }
  await writeSeekers(client, generator, options.seekers, chunk, progress);

  await client.query(`INSERT INTO demo_data_loads (name, details) VALUES ($1, $2::jsonb)`, [
    `synthetic-${new Date().toISOString()}`,
    JSON.stringify({ seed, seekers: options.seekers, employers: options.employers, vacancies: options.vacancies, counts: progress.counts }),
  ]);
}

/**
 * Writes `seekers` job seekers (with accounts and skills), `employers` employers (with owners) and
 * `vacancies` vacancies (with skills) in one transaction, then refreshes the planner statistics.
 * Generated users have e-mails `seeker-<n>@synthetic.kerjaku.id` / `employer-<n>@…`, numbered on
 * from earlier runs.
 */
export async function generateAtScale(pool: pg.Pool, options: ScaleOptions): Promise<ScaleResult> {
  const progress = new Progress(options.onProgress);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await generateInTransaction(client, options, progress);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    options.onProgress?.(`Committed after ${progress.seconds.toFixed(1)} s; updating planner statistics (ANALYZE)...`);
    await client.query(`ANALYZE ${TOUCHED_TABLES.join(', ')}`);
  } finally {
    client.release();
  }
  return { counts: progress.counts, seconds: progress.seconds };
}
