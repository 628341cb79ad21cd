import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import argon2 from 'argon2';
import autocannon from 'autocannon';
import pg from 'pg';
import { createDataSource, loadReferenceData } from '#persistence';
import { generateAtScale } from '../scripts/demo/generate.js';
import { repositoryRoot } from '../scripts/lib/environment.js';
import { ensureRedisServer, freePort, startEmbeddedPostgres, startRedis, waitForPort } from '../scripts/lib/services.js';
import { machine, printTable, startChild, stopChild, writeReport, type BenchRow } from './harness.js';
import { DEMO_PASSWORD } from '../scripts/platform.js';

const VACANCIES = 200_000;
const SEEKERS = 1_000_000;
const EMPLOYERS = 20_000;
/** A text query and two filters, as a job seeker in Kota Semarang would search. */
const SEARCH_PATH = '/api/vacancies?q=operator%20mesin&regency=3374&employmentType=full_time';

const WORDS = ['operator mesin', 'operator', 'penjahit', 'admin', 'pengemudi', 'kasir', 'teknisi', 'staf gudang', 'perawat', 'akuntansi'];
const EMPLOYMENT_TYPES = ['full_time', 'contract', 'daily', 'part_time', 'internship'];
const MIN_WAGES = [0, 1_500_000, 1_800_000, 2_000_000, 2_200_000, 2_400_000, 2_600_000, 2_800_000, 3_000_000, 3_200_000];

/** A text query and two filters, different on every request for a while: what the database does when no cached answer helps. */
function variedPaths(regencies: string[]): () => string {
  const paths: string[] = [];
  // Every path has a filter of its own (the minimum wage varies too), so neither cached pages nor cached counts help.
  for (const word of WORDS)
    for (const regency of regencies)
      for (const type of EMPLOYMENT_TYPES)
        for (const minWage of MIN_WAGES) paths.push(`/api/vacancies?q=${encodeURIComponent(word)}&regency=${regency}&employmentType=${type}&minWage=${minWage}`);
  // A fixed shuffle, so runs compare.
  let state = 42;
  for (let i = paths.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [paths[i], paths[j]] = [paths[j], paths[i]];
  }
  let next = 0;
  return () => paths[next++ % paths.length];
}

interface Options {
  seconds: number;
  connections: number;
}



function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run, with every response time kept so that p95 can be read (autocannon reports p90 and p97.5). */
async function load(title: string, url: string, connections: number, seconds: number, paths?: () => string): Promise<BenchRow> {
  const requests = paths ? [{ method: 'GET' as const, setupRequest: (request: any) => ({ ...request, path: paths() }) }] : undefined;
  await autocannon({ url, duration: 1, connections, requests });
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, duration: seconds, connections, requests }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    scenario: title,
    connections,
    'req/s': Math.round(result.requests.average),
    'p50 ms': Number(percentile(times, 50).toFixed(2)),
    'p95 ms': Number(percentile(times, 95).toFixed(2)),
    'p99 ms': Number(percentile(times, 99).toFixed(2)),
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function seed(url: string, log: (line: string) => void): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const { rows } = await pool.query<{ vacancies: number; seekers: number; employers: number }>(
      `SELECT (SELECT count(*) FROM vacancies)::int AS vacancies, (SELECT count(*) FROM job_seekers)::int AS seekers, (SELECT count(*) FROM employers)::int AS employers`,
    );
    const have = rows[0];
    const vacancies = Math.max(0, VACANCIES - have.vacancies);
    const seekers = Math.max(0, SEEKERS - have.seekers);
    if (vacancies === 0 && seekers === 0) {
      log(`Bench database has ${have.vacancies} vacancies and ${have.seekers} job seekers already; not seeding.`);
      return;
    }
    log(`Seeding ${vacancies} vacancies and ${seekers} job seekers (a few minutes, once)...`);
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const result = await generateAtScale(pool, {
      seekers,
      vacancies,
      employers: have.employers >= EMPLOYERS ? 0 : EMPLOYERS - have.employers,
      seed: 7,
      passwordHash,
      onProgress: log,
    });
    log(`Seeded in ${result.seconds.toFixed(0)} s`);
  } finally {
    await pool.end();
  }
}

/**
 * Vacancy search at scale: 200,000 vacancies and 1,000,000 job seekers from the generator in a
 * bench database kept under data/bench (seeded once), then the search with a text query and two
 * filters for one client (latency) and for 50 connections (throughput), beside the bare route.
 */
export async function searchBenchmark(args: string[]): Promise<number> {
  const options: Options = {
    seconds: Number(args.find((arg) => arg.startsWith('--seconds='))?.split('=')[1] ?? 10),
    connections: Number(args.find((arg) => arg.startsWith('--connections='))?.split('=')[1] ?? 50),
  };
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const postgres = await startEmbeddedPostgres({ dataDir: join(repositoryRoot, 'data', 'bench', 'postgres'), database: 'kerjaku_bench', persistent: true });
  const redis = await startRedis({ binary: ensureRedisServer() });
  const root = mkdtempSync(join(tmpdir(), 'kerjaku-bench-'));
  const children: ChildProcess[] = [];
  const rows: BenchRow[] = [];
  let total = 0;
  try {
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();
    await seed(postgres.url, log);

    const barePort = await freePort();
    children.push(startChild('dist/bench/http-servers.js', [String(barePort)], process.env));
    await waitForPort(barePort, 10_000);
    const apiPort = await freePort();
    children.push(
      startChild('dist/apps/api/src/main.js', [], {
        ...process.env,
        PORT: String(apiPort),
        DATABASE_URL: postgres.url,
        DATABASE_POOL_SIZE: '20',
        REDIS_URL: redis.url,
        JWT_SECRET: 'b'.repeat(48),
        NIK_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64'),
        NIK_HASH_KEY: Buffer.alloc(32, 6).toString('base64'),
        DATA_DIR: join(root, 'data'),
        LOG_LEVEL: 'warn',
      }),
    );
    await waitForPort(apiPort, 30_000);
    const search = `http://127.0.0.1:${apiPort}${SEARCH_PATH}`;
    const probe = await fetch(search);
    if (probe.status !== 200) throw new Error(`The search answered ${probe.status}: ${await probe.text()}`);
    total = ((await probe.json()) as { total: number }).total;

    const regencies = ((await (await fetch(`http://127.0.0.1:${apiPort}/api/reference/regions`)).json()) as { code: string }[]).map((region) => region.code);
    const varied = variedPaths(regencies);
    const base = `http://127.0.0.1:${apiPort}`;
    rows.push(await load('bare Fastify route', `http://127.0.0.1:${barePort}/hello`, 1, options.seconds));
    rows.push(await load('search, the same query (answers cached 15 s)', search, 1, options.seconds));
    rows.push(await load(`search, ${WORDS.length * regencies.length * EMPLOYMENT_TYPES.length * MIN_WAGES.length} different filters (uncached)`, base, 1, options.seconds, varied));
    rows.push(await load('bare Fastify route', `http://127.0.0.1:${barePort}/hello`, options.connections, options.seconds));
    rows.push(await load('search, the same query (answers cached 15 s)', search, options.connections, options.seconds));
    rows.push(await load(`search, ${WORDS.length * regencies.length * EMPLOYMENT_TYPES.length * MIN_WAGES.length} different filters (uncached)`, base, options.connections, options.seconds, varied));
  } finally {
    for (const child of children) await stopChild(child);
    await redis.stop();
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(`\nSearch benchmark: GET ${SEARCH_PATH} (${total} matches), ${options.seconds} s per scenario\n`);
  process.stdout.write('Targets: p95 <= 50 ms for one client; >= 1,000 req/s at 50 connections.\n\n');
  printTable(rows);
  const file = writeReport({ name: 'search', startedAt: new Date().toISOString(), machine: machine(), parameters: { ...options, path: SEARCH_PATH, matches: total }, rows });
  process.stdout.write(`\nWritten to ${file}\n`);
  return 0;
}
