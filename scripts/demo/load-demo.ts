/**
 * Loads the demo province once: reference rows are read from the database, the province is built
 * in memory (a few thousand rows) and written in one transaction together with the
 * `demo_data_loads` row that marks it as loaded.
 */
import type pg from 'pg';
import { writeDemoApplications } from './demo-applications.js';
import { writeDemoAssessments } from './demo-assessments.js';
import { writeDemoTraining } from './demo-training.js';
import { completeDemoSeeker, type NikKeys } from './demo-seeker.js';
import { buildDemoProvince, DEMO_ACCOUNTS, type DemoLogin, type DemoProvince } from './province.js';
import { readReference, type SqlClient } from './reference.js';
import { TABLES, type TableSpec } from './rows.js';

export type { DemoLogin } from './province.js';

export interface DemoLoadOptions {
  /** An argon2 hash of the demo password, given to every demo user (hashing per user would take hours). */
  passwordHash: string;
  seed?: number;
  seekers?: number;
  employers?: number;
  vacancies?: number;
  /** The moment the data is generated for (deadlines, cohort dates and ages are relative to it). */
  now?: Date;
  /** The configured NIK keys: with them the demo seeker gets an encrypted NIK and an AK/1 card. */
  nikKeys?: NikKeys;
}

export interface DemoLoadResult {
  loaded: boolean;
  counts: Record<string, number>;
  logins: DemoLogin[];
}

export const DEMO_LOAD_NAME = 'demo-province';

/** What demo_data_loads.details records of the load. */
interface LoadDetails {
  seed?: number;
  counts?: Record<string, number>;
  logins?: DemoLogin[];
}
const DEFAULTS = { seed: 20_251_122, seekers: 3000, employers: 250, vacancies: 700 };
/** Rows per INSERT statement. */
const BATCH_ROWS = 2000;

interface PoolLike {
  connect(): Promise<pg.PoolClient>;
  totalCount: number;
}

function isPool(db: SqlClient | PoolLike): db is PoolLike {
  return typeof (db as PoolLike).totalCount === 'number' && typeof (db as PoolLike).connect === 'function';
}

/**
 * Bulk insert: the rows travel as one JSON array per statement and PostgreSQL turns them into
 * records of the table's own type (jsonb_populate_recordset), so column types, arrays and
 * timestamps need no casts here. Columns left out get their defaults.
 */
async function insertRows<Row>(db: SqlClient, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  const columns = spec.columns.join(', ');
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await db.query(`INSERT INTO ${spec.name} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${spec.name}, $1::jsonb)`, [
      JSON.stringify(rows.slice(start, start + BATCH_ROWS)),
    ]);
  }
}

/** Writes the province table by table, in foreign-key order; returns the rows per table. */
async function writeProvince(db: SqlClient, province: DemoProvince, now: Date): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const write = async <Row>(spec: TableSpec<Row>, rows: readonly Row[]) => {
    await insertRows(db, spec, rows);
    counts[spec.name] = rows.length;
  };
  await write(TABLES.users, province.users);
  await write(TABLES.counsellingOffices, province.counsellingOffices);
  await write(TABLES.counsellors, province.counsellors);
  await write(TABLES.trainingCentres, province.trainingCentres);
  await write(TABLES.trainingCentreMembers, province.trainingCentreMembers);
  await write(TABLES.trainingProgrammes, province.trainingProgrammes);
  await write(TABLES.trainingProgrammeSkills, province.trainingProgrammeSkills);
  await write(TABLES.trainingCohorts, province.trainingCohorts);
  await write(TABLES.employers, province.employers);
  await write(TABLES.employerMembers, province.employerMembers);
  await write(TABLES.vacancies, province.vacancies);
  await write(TABLES.vacancySkills, province.vacancySkills);
  await write(TABLES.jobSeekers, province.jobSeekers);
  await write(TABLES.jobSeekerSkills, province.jobSeekerSkills);
  counts.applications = await writeDemoApplications(db, DEMO_ACCOUNTS.employer.email, DEMO_ACCOUNTS.job_seeker.email);
  counts.assessments = await writeDemoAssessments(db, DEMO_ACCOUNTS.job_seeker.email, now);
  counts.enrolments = await writeDemoTraining(db, DEMO_ACCOUNTS.training_centre.email, DEMO_ACCOUNTS.job_seeker.email, now);
  return counts;
}

async function ensureFixedLoginsAreFree(db: SqlClient): Promise<void> {
  const emails = Object.values(DEMO_ACCOUNTS).map((account) => account.email);
  const taken = await db.query<{ email: string }>(`SELECT email FROM users WHERE email = ANY($1::text[])`, [emails]);
  if (taken.rows.length > 0) {
    throw new Error(
      `Cannot load the demo province: ${taken.rows.map((row) => row.email).join(', ')} already exist but no demo load is recorded. ` +
        'Remove those accounts or use an empty database.',
    );
  }
}

async function loadInTransaction(db: SqlClient, options: DemoLoadOptions): Promise<DemoLoadResult> {
  await db.query('BEGIN');
  try {
    // Concurrent starts (two processes on one database) load the province once.
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('kerjaku:demo-data'))`);
    const previous = await db.query<{ details: LoadDetails }>(`SELECT details FROM demo_data_loads WHERE name = $1`, [DEMO_LOAD_NAME]);
    if (previous.rows.length > 0) {
      await db.query('COMMIT');
      const { counts = {}, logins = [] } = previous.rows[0].details;
      return { loaded: false, counts, logins: logins.map(({ role, login, name }) => ({ role, login, name })) };
    }
    await ensureFixedLoginsAreFree(db);
    const seed = options.seed ?? DEFAULTS.seed;
    const reference = await readReference(db);
    const takenNibs = (await db.query<{ nib: string }>(`SELECT nib FROM employers`)).rows.map((row) => row.nib);
    const province = buildDemoProvince(reference, {
      passwordHash: options.passwordHash,
      seed,
      seekers: options.seekers ?? DEFAULTS.seekers,
      employers: options.employers ?? DEFAULTS.employers,
      vacancies: options.vacancies ?? DEFAULTS.vacancies,
      now: options.now ?? new Date(),
      takenNibs,
    });
    const counts = await writeProvince(db, province, options.now ?? new Date());
    // The first seeker is the demo login (see addSeekers).
    if (options.nikKeys) await completeDemoSeeker(db, province.jobSeekers[0], options.nikKeys, options.now ?? new Date());
    const details: LoadDetails = { seed, counts, logins: province.logins };
    await db.query(`INSERT INTO demo_data_loads (name, details) VALUES ($1, $2::jsonb)`, [DEMO_LOAD_NAME, JSON.stringify(details)]);
    await db.query('COMMIT');
    return { loaded: true, counts, logins: province.logins };
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/**
 * Loads the demo province unless it was loaded before (then `loaded` is false and the logins are
 * those of the first load). `db` is a pool (one of its connections is used) or a single connection.
 */
export async function loadDemoData(db: pg.Pool | SqlClient, options: DemoLoadOptions): Promise<DemoLoadResult> {
  if (!isPool(db)) return loadInTransaction(db, options);
  const client = await db.connect();
  try {
    return await loadInTransaction(client, options);
  } finally {
    client.release();
  }
}
