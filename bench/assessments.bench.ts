import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, type ConnectionOptions } from 'bullmq';
import pg from 'pg';
import { SHIPPED_INSTRUMENTS } from '#domain';
import { createDataSource, loadReferenceData } from '#persistence';
import { DEFAULT_JOB_OPTIONS, JobName, QueueName, redisConnectionOptions, scoreJobId } from '#queue';
import { insertSubmittedProtocols } from '../scripts/demo/assessment-protocols.js';
import { ensureRedisServer, startEmbeddedPostgres, startRedis } from '../scripts/lib/services.js';
import { machine, printTable, startChild, stopChild, writeReport, type BenchRow } from './harness.js';

const PREFIX = 'bench';
const EMPTY_QUEUE = 'bench-empty';
// The scoring processor's concurrency (jobs held at once, scored in batches).
const CONCURRENCY = 1_000;

interface Options {
  submissions: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Drain {
  seconds: number;
  counted: number;
}

/** Polls `done()` until it reaches `total`; returns the seconds from the first completion seen to the last. */
async function timeDrain(total: number, done: () => Promise<number>, timeoutMs = 600_000): Promise<Drain> {
  const deadline = Date.now() + timeoutMs;
  let first = 0;
  let previous = 0;
  for (;;) {
    const n = await done();
    const now = performance.now();
    // The clock starts at the first completion seen (after the process has booted); the jobs done
    // by then are not counted.
    if (first === 0 && n > 0) {
      first = now;
      previous = n;
    }
    if (n >= total) return { seconds: (now - first) / 1000, counted: total - previous };
    if (Date.now() > deadline) throw new Error(`Only ${n} of ${total} done after ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

function rate(result: Drain): number {
  return Math.round(result.counted / result.seconds);
}

/**
 * Scoring throughput, end to end: submitted assessments in PostgreSQL (written with unnest), their
 * jobs queued as the API queues them, then one built worker process (dist/apps/worker) scores them
 * and writes the results. Beside it, the same number of empty jobs through one plain BullMQ worker
 * process with the same concurrency: the queue's own cost.
 */
export async function assessmentsBenchmark(args: string[]): Promise<number> {
  const options: Options = { submissions: Number(args.find((arg) => arg.startsWith('--submissions='))?.split('=')[1] ?? 20_000) };
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const root = mkdtempSync(join(tmpdir(), 'kerjaku-bench-assessments-'));
  const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), database: 'kerjaku_bench_assessments', persistent: false });
  const redis = await startRedis({ binary: ensureRedisServer() });
  const connection = redisConnectionOptions(redis.url, true) as ConnectionOptions;
  const children: ChildProcess[] = [];
  const rows: BenchRow[] = [];
  const pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
  const scoring = new Queue(QueueName.AssessmentScoring, { connection, prefix: PREFIX });
  const empty = new Queue(EMPTY_QUEUE, { connection, prefix: PREFIX });
  try {
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();

    const { rows: users } = await pool.query(
      `INSERT INTO users (email, password_hash, role, full_name) SELECT 'bench' || g || '@kerjaku.test', 'x', 'job_seeker', 'Peserta ' || g FROM generate_series(1, 100) g RETURNING id`,
    );
    const userIds = users.map((row: { id: string }) => row.id);
    const half = Math.floor(options.submissions / 2);
    log(`Writing ${options.submissions} submitted assessments (half RIASEC-48, half IPIP-BFM-50)...`);
    let started = performance.now();
    const ids = [
      ...(await insertSubmittedProtocols(pool, { userIds, instrument: SHIPPED_INSTRUMENTS.find((i) => i.kind === 'interest')!, count: half, seed: 1 })),
      ...(await insertSubmittedProtocols(pool, { userIds, instrument: SHIPPED_INSTRUMENTS.find((i) => i.kind === 'personality')!, count: options.submissions - half, seed: 2 })),
    ];
    const seedSeconds = (performance.now() - started) / 1000;
    rows.push({ scenario: 'write submitted assessments (unnest, 48–50 answers each)', jobs: ids.length, seconds: Number(seedSeconds.toFixed(2)), 'per second': Math.round(ids.length / seedSeconds) });

    started = performance.now();
    for (let from = 0; from < ids.length; from += 5_000) {
      await scoring.addBulk(
        ids.slice(from, from + 5_000).map((assessmentId) => ({ name: JobName.ScoreAssessment, data: { assessmentId }, opts: { ...DEFAULT_JOB_OPTIONS, jobId: scoreJobId(assessmentId) } })),
      );
    }
    const enqueueSeconds = (performance.now() - started) / 1000;
    rows.push({ scenario: 'enqueue scoring jobs (addBulk)', jobs: ids.length, seconds: Number(enqueueSeconds.toFixed(2)), 'per second': Math.round(ids.length / enqueueSeconds) });

    // Empty jobs, the same count, the same options, one plain worker process.
    for (let from = 0; from < ids.length; from += 5_000) {
      await empty.addBulk(ids.slice(from, from + 5_000).map((id) => ({ name: 'empty', data: { id }, opts: { ...DEFAULT_JOB_OPTIONS, jobId: `empty-${id}` } })));
    }
    const emptyWorker = startChild('dist/bench/empty-worker.js', [redis.url, PREFIX, EMPTY_QUEUE, String(CONCURRENCY)], process.env);
    children.push(emptyWorker);
    // Completed jobs are trimmed (removeOnComplete), so progress is what no longer waits or runs.
    const emptyRun = await timeDrain(ids.length, async () => {
      const counts = await empty.getJobCounts('wait', 'active', 'prioritized', 'delayed');
      return ids.length - Object.values(counts).reduce((a, b) => a + b, 0);
    });
    await stopChild(emptyWorker);
    rows.push({ scenario: `raw BullMQ: empty jobs, 1 worker process, concurrency ${CONCURRENCY}`, jobs: emptyRun.counted, seconds: Number(emptyRun.seconds.toFixed(2)), 'per second': rate(emptyRun) });

    log('Scoring with one worker process (dist/apps/worker)...');
    const worker = startChild('dist/apps/worker/src/main.js', [], {
      ...process.env,
      DATABASE_URL: postgres.url,
      DATABASE_POOL_SIZE: '10',
      REDIS_URL: redis.url,
      QUEUE_PREFIX: PREFIX,
      JWT_SECRET: 'b'.repeat(48),
      NIK_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64'),
      NIK_HASH_KEY: Buffer.alloc(32, 6).toString('base64'),
      DATA_DIR: join(root, 'data'),
      LOG_LEVEL: 'warn',
    });
    children.push(worker);
    const scoredRun = await timeDrain(ids.length, async () => {
      const { rows: counted } = await pool.query(`SELECT count(*)::int AS n FROM assessment_results`);
      return counted[0].n as number;
    });
    rows.push({
      scenario: 'end to end: submitted in PostgreSQL → scored → result written, 1 worker process',
      jobs: scoredRun.counted,
      seconds: Number(scoredRun.seconds.toFixed(2)),
      'per second': rate(scoredRun),
    });
    const { rows: check } = await pool.query(
      `SELECT (SELECT count(*) FROM assessments WHERE status = 'scored')::int AS scored, (SELECT count(*) FROM assessment_results)::int AS results,
              (SELECT count(*) FROM scoring_failures)::int AS failures`,
    );
    if (check[0].scored !== ids.length || check[0].results !== ids.length) throw new Error(`Expected ${ids.length} scored once each, found ${JSON.stringify(check[0])}`);
    log(`All ${ids.length} scored once each (${check[0].failures} scoring failures).`);
  } finally {
    for (const child of children) await stopChild(child);
    await scoring.close();
    await empty.close();
    await pool.end();
    await redis.stop();
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(`\nAssessment scoring benchmark: ${options.submissions} submissions\n`);
  process.stdout.write('Target: >= 2,000 submissions/s end to end with one worker process.\n\n');
  printTable(rows);
  const file = writeReport({ name: 'assessments', startedAt: new Date().toISOString(), machine: machine(), parameters: { ...options, concurrency: CONCURRENCY }, rows });
  process.stdout.write(`\nWritten to ${file}\n`);
  return 0;
}
