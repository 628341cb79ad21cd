import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import argon2 from 'argon2';
import pg from 'pg';
import { createDataSource, loadReferenceData } from '#persistence';
import { generateCaseload } from '../scripts/demo/caseload.js';
import { generateAtScale } from '../scripts/demo/generate.js';
import { repositoryRoot } from '../scripts/lib/environment.js';
import { ensureRedisServer, freePort, startEmbeddedPostgres, startRedis, waitForPort } from '../scripts/lib/services.js';
import { DEMO_PASSWORD } from '../scripts/platform.js';
import { machine, printTable, startChild, stopChild, writeReport, type BenchRow } from './harness.js';

const SEEKERS = 1_000_000;

/** The dashboard requests measured: each sort, then filters on the default sort. */
const SCENARIOS: Array<[string, string]> = [
  ['sort=risk (default)', 'sort=risk'],
  ['sort=lastContact', 'sort=lastContact'],
  ['sort=followUpDue', 'sort=followUpDue'],
  ['sort=planProgress', 'sort=planProgress'],
  ['sort=risk, priority=youth', 'sort=risk&priority=youth'],
  ['sort=followUpDue, priority=disability (rare)', 'sort=followUpDue&priority=disability'],
  ['sort=risk, riskLevel=high', 'sort=risk&riskLevel=high'],
  ['sort=lastContact, priority=women, riskLevel=medium', 'sort=lastContact&priority=women&riskLevel=medium'],
  ['sort=risk, mine=true', 'sort=risk&mine=true'],
  ['sort=planProgress, page=50', 'sort=planProgress&page=50'],
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function seed(url: string, log: (line: string) => void): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const [{ seekers }] = (await pool.query<{ seekers: number }>(`SELECT count(*)::int AS seekers FROM job_seekers`)).rows;
    if (seekers < SEEKERS) {
      log(`Seeding ${SEEKERS - seekers} job seekers (a few minutes, once)...`);
      const result = await generateAtScale(pool, { seekers: SEEKERS - seekers, vacancies: 0, employers: 0, seed: 7, passwordHash, onProgress: log });
      log(`Seeded in ${result.seconds.toFixed(0)} s`);
    } else {
      log(`Bench database has ${seekers} job seekers already.`);
    }
    const caseload = await generateCaseload(pool, { passwordHash, seed: 11, onProgress: log });
    log(`Caseloads: ${caseload.cases} new case(s), ${caseload.counsellors} new counsellor(s), ${caseload.offices} new office(s) in ${caseload.seconds.toFixed(0)} s`);
  } finally {
    await pool.end();
  }
}

/** Sequential requests (one client): every response time kept, after a warm-up. */
async function measure(title: string, url: string, token: string, requests: number): Promise<BenchRow & { total: number }> {
  const headers = { authorization: `Bearer ${token}` };
  let total = 0;
  for (let i = 0; i < 10; i += 1) {
    const response = await fetch(url, { headers });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    total = ((await response.json()) as { total: number }).total;
  }
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    scenario: title,
    'cases matching': total,
    requests,
    'p50 ms': Number(percentile(times, 50).toFixed(1)),
    'p95 ms': Number(percentile(times, 95).toFixed(1)),
    'p99 ms': Number(percentile(times, 99).toFixed(1)),
    'max ms': Number(times[times.length - 1].toFixed(1)),
    total,
  };
}

/**
 * The counsellor's caseload dashboard at scale: 1,000,000 generated job seekers (the search bench's
 * database under data/bench, topped up if needed) with their cases, offices and counsellors; then
 * the first page of the largest office's dashboard through the real API, for each sort and a few
 * filters, p50/p95 over repeated requests by one client.
 */
export async function caseloadBenchmark(args: string[]): Promise<number> {
  const requests = Number(args.find((arg) => arg.startsWith('--requests='))?.split('=')[1] ?? 200);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const postgres = await startEmbeddedPostgres({ dataDir: join(repositoryRoot, 'data', 'bench', 'postgres'), database: 'kerjaku_bench', persistent: true });
  const redis = await startRedis({ binary: ensureRedisServer() });
  const root = mkdtempSync(join(tmpdir(), 'kerjaku-bench-'));
  const children: ChildProcess[] = [];
  const rows: BenchRow[] = [];
  const parameters: Record<string, unknown> = { requests };
  try {
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();
    await seed(postgres.url, log);

    const pool = new pg.Pool({ connectionString: postgres.url, max: 1 });
    // The steady state autovacuum keeps: statistics current, the visibility map set (index-only counts).
    await pool.query('VACUUM (ANALYZE) cases');
    const [office] = (
      await pool.query<{ office_id: string; name: string; open_cases: number; counsellors: number; email: string; all_cases: number; all_seekers: number }>(
        `SELECT k.office_id, o.name, count(*)::int AS open_cases,
                (SELECT count(*) FROM counsellors c WHERE c.office_id = k.office_id)::int AS counsellors,
                (SELECT u.email FROM counsellors c JOIN users u ON u.id = c.user_id WHERE c.office_id = k.office_id AND u.email LIKE '%@synthetic.kerjaku.id' ORDER BY u.email LIMIT 1) AS email,
                (SELECT count(*) FROM cases)::int AS all_cases, (SELECT count(*) FROM job_seekers)::int AS all_seekers
           FROM cases k JOIN counselling_offices o ON o.id = k.office_id
          WHERE k.status = 'open' GROUP BY k.office_id, o.name ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows;
    await pool.end();
    Object.assign(parameters, { office: office.name, openCasesInOffice: office.open_cases, counsellorsInOffice: office.counsellors, cases: office.all_cases, seekers: office.all_seekers });
    log(`Largest office: ${office.name}, ${office.open_cases} open cases, ${office.counsellors} counsellors; ${office.all_cases} cases for ${office.all_seekers} seekers`);

    const apiPort = await freePort();
    children.push(
      startChild('dist/apps/api/src/main.js', [], {
        ...process.env,
        PORT: String(apiPort),
        DATABASE_URL: postgres.url,
        DATABASE_POOL_SIZE: '10',
        REDIS_URL: redis.url,
        JWT_SECRET: 'c'.repeat(48),
        NIK_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64'),
        NIK_HASH_KEY: Buffer.alloc(32, 6).toString('base64'),
        DATA_DIR: join(root, 'data'),
        LOG_LEVEL: 'warn',
      }),
    );
    await waitForPort(apiPort, 30_000);
    const base = `http://127.0.0.1:${apiPort}/api`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: office.email, password: DEMO_PASSWORD }) });
    if (!login.ok) throw new Error(`Login of ${office.email} answered ${login.status}: ${await login.text()}`);
    const { accessToken } = ((await login.json()) as { tokens: { accessToken: string } }).tokens;
    for (const [title, query] of SCENARIOS) {
      const { total: _total, ...row } = await measure(title, `${base}/counselling/cases?${query}&limit=20`, accessToken, requests);
      rows.push(row);
      log(`${title}: p50 ${row['p50 ms']} ms, p95 ${row['p95 ms']} ms`);
    }
  } finally {
    for (const child of children) await stopChild(child);
    await redis.stop();
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(`\nCaseload dashboard: GET /api/counselling/cases (first page, 20 cases) for ${String(parameters.office)}, ${requests} sequential requests per scenario\n\n`);
  printTable(rows);
  const file = writeReport({ name: 'caseload', startedAt: new Date().toISOString(), machine: machine(), parameters, rows });
  process.stdout.write(`\nWritten to ${file}\n`);
  return 0;
}
