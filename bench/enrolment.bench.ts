import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { addDays, wibDate } from '#domain';
import { createDataSource, loadReferenceData } from '#persistence';
import { ensureRedisServer, freePort, startEmbeddedPostgres, startRedis, waitForPort } from '../scripts/lib/services.js';
import { DEMO_PASSWORD } from '../scripts/platform.js';
import { machine, printTable, startChild, stopChild, writeReport, type BenchRow } from './harness.js';

interface Options {
  applications: number;
  capacity: number;
  cohorts: number;
  rounds: number;
  processes: number;
}


function option(args: string[], name: string, fallback: number): number {
  const value = args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? fallback : Number(value);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function json(response: Response, expected: number, what: string): Promise<any> {
  const body = await response.text();
  if (response.status !== expected) throw new Error(`${what} answered ${response.status}: ${body}`);
  return JSON.parse(body);
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

/**
 * Enrolment under concurrency: `applications` seekers apply at the same instant, spread over cohorts
 * of `capacity` places, through `processes` real API processes sharing PostgreSQL. Afterwards SQL
 * checks that no cohort holds more than its places and no application was lost; each round uses new
 * cohorts on later dates (so the same seekers do not overlap themselves).
 */
export async function enrolmentBenchmark(args: string[]): Promise<number> {
  const options: Options = {
    applications: option(args, 'applications', 200),
    capacity: option(args, 'capacity', 20),
    cohorts: option(args, 'cohorts', 5),
    rounds: option(args, 'rounds', 2),
    processes: option(args, 'processes', 2),
  };
  const root = mkdtempSync(join(tmpdir(), 'kerjaku-bench-'));
  const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), database: 'kerjaku', persistent: false });
  const redis = await startRedis({ binary: ensureRedisServer() });
  const children: ChildProcess[] = [];
  const rows: BenchRow[] = [];
  let violations = 0;
  const db = new pg.Pool({ connectionString: postgres.url, max: 4 });
  try {
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();

    const bases: string[] = [];
    for (let i = 0; i < options.processes; i += 1) {
      const port = await freePort();
      children.push(
        startChild('dist/apps/api/src/main.js', [], {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: postgres.url,
          DATABASE_POOL_SIZE: '20',
          REDIS_URL: redis.url,
          JWT_SECRET: 'b'.repeat(48),
          NIK_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64'),
          NIK_HASH_KEY: Buffer.alloc(32, 6).toString('base64'),
          DATA_DIR: join(root, `data-${i}`),
          LOG_LEVEL: 'warn',
          LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
        }),
      );
      await waitForPort(port, 30_000);
      bases.push(`http://127.0.0.1:${port}/api`);
    }
    const post = (base: string, path: string, token: string | null, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body ?? {}),
      });
    const register = async (role: string, index: number): Promise<{ id: string; token: string }> => {
      const body = await json(
        await post(bases[index % bases.length], '/auth/register', null, { role, fullName: `Bench ${role} ${index}`, email: `bench-${role}-${index}@example.org`, password: DEMO_PASSWORD }),
        201,
        'registration',
      );
      return { id: body.user.id, token: body.tokens.accessToken };
    };

    process.stderr.write(`Registering ${options.applications} seekers and a training centre...\n`);
    const staff = await register('training_centre', 0);
    const centre = await json(await post(bases[0], '/training-centres', staff.token, { name: 'UPTD BLK Bench', regencyCode: '3374', address: 'Jl. Brigjen Sudiarto 118' }), 201, 'centre registration');
    await db.query(`UPDATE training_centres SET verified_at = now() WHERE id = $1`, [centre.id]);
    const skills = (await db.query(`SELECT id FROM skills ORDER BY id LIMIT 2`)).rows.map((row) => row.id as number);
    const programme = await json(
      await post(bases[0], '/training-programmes', staff.token, {
        title: 'Menjahit Pakaian Dasar',
        vocationalField: 'Garmen',
        description: 'Pelatihan menjahit dengan mesin jahit industri.',
        skills,
        hours: 160,
        cost: 0,
        educationMin: 'SMP',
      }),
      201,
      'programme',
    );
    await json(await post(bases[0], `/training-programmes/${programme.id}/publish`, staff.token, {}), 200, 'publication');
    const seekers = await pool(
      Array.from({ length: options.applications }, (_, i) => i),
      8,
      (index) => register('job_seeker', index + 1),
    );
    await db.query(
      `INSERT INTO job_seekers (user_id, birth_date, gender, domicile_regency_code, education_level)
       SELECT unnest($1::uuid[]), '2001-05-20', 'F', '3374', 'SMK'`,
      [seekers.map((seeker) => seeker.id)],
    );

    // Each round: the contended burst (many applicants per cohort, waiting on its lock), then a
    // control with one applicant per cohort, which shows what the lock costs on this machine.
    const bursts = Array.from({ length: options.rounds }, (_, r) => [
      { round: r + 1, cohortCount: options.cohorts },
      { round: r + 1, cohortCount: options.applications },
    ]).flat();
    for (const [burst, { round, cohortCount }] of bursts.entries()) {
      const startsOn = addDays(wibDate(new Date()), (burst + 1) * 10);
      const cohorts: string[] = [];
      for (let c = 0; c < cohortCount; c += 1) {
        const cohort = await json(
          await post(bases[0], `/training-programmes/${programme.id}/cohorts`, staff.token, { startsOn, endsOn: addDays(startsOn, 5), capacity: options.capacity }),
          201,
          'cohort',
        );
        cohorts.push(cohort.id);
      }
      const latencies: number[] = [];
      const statuses = new Map<number, number>();
      const started = performance.now();
      await Promise.all(
        seekers.map(async (seeker, index) => {
          const begin = performance.now();
          const response = await post(bases[index % bases.length], `/cohorts/${cohorts[index % cohorts.length]}/enrolments`, seeker.token, {});
          await response.arrayBuffer();
          latencies.push(performance.now() - begin);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }),
      );
      const wall = performance.now() - started;
      latencies.sort((a, b) => a - b);
      const { rows: counts } = await db.query(
        `SELECT k.id, k.capacity,
                count(*) FILTER (WHERE e.status IN ('accepted', 'attending', 'completed'))::int AS taken,
                count(*) FILTER (WHERE e.status = 'waitlisted')::int AS waiting,
                count(e.id)::int AS total
           FROM training_cohorts k LEFT JOIN enrolments e ON e.cohort_id = k.id
          WHERE k.id = ANY($1::uuid[]) GROUP BY k.id, k.capacity`,
        [cohorts],
      );
      const over = counts.filter((row) => row.taken > row.capacity).length;
      const applicationsPerCohort = Math.ceil(options.applications / cohortCount);
      const wrongFill = counts.filter((row) => row.taken !== Math.min(row.capacity, row.total)).length;
      const stored = counts.reduce((sum, row) => sum + row.total, 0);
      violations += over + wrongFill + (stored === options.applications ? 0 : 1) + (statuses.get(201) === options.applications ? 0 : 1);
      rows.push({
        round,
        applications: options.applications,
        cohorts: `${cohortCount} × ${options.capacity} places (~${applicationsPerCohort} applicant${applicationsPerCohort === 1 ? '' : 's'} each)`,
        'places taken': counts.reduce((sum, row) => sum + row.taken, 0),
        waitlisted: counts.reduce((sum, row) => sum + row.waiting, 0),
        'cohorts over capacity': over,
        'rows stored': stored,
        '201s': statuses.get(201) ?? 0,
        'wall ms': Math.round(wall),
        'req/s': Math.round((options.applications / wall) * 1000),
        'p50 ms': Math.round(percentile(latencies, 50)),
        'p95 ms': Math.round(percentile(latencies, 95)),
        'p99 ms': Math.round(percentile(latencies, 99)),
        'max ms': Math.round(latencies.at(-1) ?? 0),
      });
    }
  } finally {
    await db.end();
    for (const child of children) await stopChild(child);
    await redis.stop();
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(
    `\nEnrolment benchmark: ${options.applications} simultaneous applications (POST /api/cohorts/:id/enrolments) through ${options.processes} API process(es), ${options.rounds} round(s)\n`,
  );
  process.stdout.write('Checked in SQL after each burst: no cohort over capacity, places filled up to capacity, every application stored.\n');
  process.stdout.write('Each round: the contended burst, then a control with one applicant per cohort (no wait on a lock).\n\n');
  printTable(rows);
  const file = writeReport({ name: 'enrolment', startedAt: new Date().toISOString(), machine: machine(), parameters: { ...options }, rows });
  process.stdout.write(`\nWritten to ${file}\n`);
  if (violations > 0) process.stderr.write(`\n${violations} violation(s) of the capacity or completeness checks\n`);
  return violations > 0 ? 1 : 0;
}
