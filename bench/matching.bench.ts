import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, type ConnectionOptions } from 'bullmq';
import pg from 'pg';
import { MATCH_SCORING_VERSION } from '#domain';
import { MatchIndex, rankAllCandidates, rankAllJobs, type RankedList } from '#matching-engine';
import { advanceMatchRebuild, createDataSource, loadReferenceData, loadShippedInstruments, moveMatchRebuild, startMatchRebuild, storeMatchLists, type MatchListToStore } from '#persistence';
import { JobName, QueueName, redisConnectionOptions } from '#queue';
import { repositoryRoot } from '../scripts/lib/environment.js';
import { ensureRedisServer, freePort, startEmbeddedPostgres, startRedis, waitForPort, type RunningPostgres, type RunningRedis } from '../scripts/lib/services.js';
import { machine, printTable, startChild, stopChild, writeReport, type BenchRow } from './harness.js';
import { ensureData, ensureInterests, loadCompiled, median, percentile, sample, type LoadedData } from './matching-data.js';
import { prepareSideTable, sqlTopCandidates } from './matching-sql.js';
import { DEMO_PASSWORD } from '../scripts/platform.js';

interface Options {
  seekers: number;
  vacancies: number;
  rebuildVacancies: number;
  samples: number;
  repetitions: number;
  k: number;
  quick: boolean;
  sql: boolean;
  freshness: boolean;
  memory: boolean;
  fullRebuild: boolean;
  freshnessSamples: number;
  dataDir: string | null;
}

function parseOptions(args: string[]): Options {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const flag = (name: string) => args.includes(`--${name}`);
  const quick = flag('quick');
  const number = (name: string, full: number, small: number) => Number(value(name) ?? (quick ? small : full));
  return {
    seekers: number('seekers', 1_000_000, 20_000),
    vacancies: number('vacancies', 200_000, 4_000),
    rebuildVacancies: number('rebuild-vacancies', 100_000, 2_000),
    samples: number('samples', 200, 30),
    repetitions: number('repetitions', 3, 1),
    k: number('k', 50, 50),
    quick,
    sql: !flag('no-sql'),
    freshness: !flag('no-freshness'),
    memory: !flag('no-memory'),
    fullRebuild: flag('full-rebuild'),
    freshnessSamples: number('freshness-samples', 30, 10),
    dataDir: value('data-dir') ?? null,
  };
}

const ms = (value: number) => Number(value.toFixed(value < 1 ? 3 : 2));

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Runs `query` over every sample `repetitions` times; each repetition's percentiles, then their medians. */
async function measure<T>(samples: readonly T[], repetitions: number, query: (item: T) => unknown | Promise<unknown>): Promise<Latencies> {
  const runs: Latencies[] = [];
  for (let r = 0; r < repetitions; r++) {
    const times: number[] = [];
    for (const item of samples) {
      const started = performance.now();
      await query(item);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    runs.push({ p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / times.length });
  }
  return { p50: median(runs.map((x) => x.p50)), p95: median(runs.map((x) => x.p95)), p99: median(runs.map((x) => x.p99)), mean: median(runs.map((x) => x.mean)) };
}

function latencyRow(scenario: string, size: string, latencies: Latencies, note = ''): BenchRow {
  return { scenario, size, 'p50 ms': ms(latencies.p50), 'p95 ms': ms(latencies.p95), 'p99 ms': ms(latencies.p99), 'mean ms': ms(latencies.mean), note };
}

function notMeasured(scenario: string, size: string, why: string): BenchRow {
  return { scenario, size, 'p50 ms': '-', 'p95 ms': '-', 'p99 ms': '-', 'mean ms': '-', note: `NOT MEASURED: ${why}` };
}

/** Whether two ranked lists are the same, bit for bit (ids, order, scores, components). */
function sameList(a: RankedList, b: RankedList): string | null {
  if (a.ids.length !== b.ids.length) return `${a.ids.length} entries against ${b.ids.length}`;
  for (let i = 0; i < a.ids.length; i++) {
    if (a.ids[i] !== b.ids[i]) return `entry ${i}: ${a.ids[i]} against ${b.ids[i]}`;
    if (!Object.is(a.scores[i], b.scores[i])) return `entry ${i} (${a.ids[i]}): score ${a.scores[i]} against ${b.scores[i]}`;
  }
  if (a.components.length !== b.components.length) return `components ${a.components.length} against ${b.components.length}`;
  for (let i = 0; i < a.components.length; i++) {
    if (!Object.is(a.components[i], b.components[i])) return `component ${i % 8} of entry ${Math.floor(i / 8)}: ${a.components[i]} against ${b.components[i]}`;
  }
  return null;
}

const fmt = (n: number) => n.toLocaleString('en');
const times = (ratio: number) => (ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1));
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function infoRow(scenario: string, size: string, note: string): BenchRow {
  return { scenario, size, 'p50 ms': '-', 'p95 ms': '-', 'p99 ms': '-', 'mean ms': '-', note };
}

const LIST_SIZE = 50;
/** Share of seekers given an interest result (the rest have none, as most registrants will not take the inventory). */
const INTEREST_PERCENT = 30;

interface RebuildRun {
  jobLists: number;
  candidateLists: number;
  seconds: number;
  computeSeconds: number;
  writeSeconds: number;
}

/**
 * The worker's rebuild loop (helper B's `rebuildStep`) in this process over the same index: chunks
 * of owners in id order, each chunk's lists computed (and noted in the index's bookkeeping), then
 * stored with B's writer (`storeMatchLists`) in one transaction with the rebuild's cursor, the next
 * chunk computed while the previous one is written.
 */
async function rebuild(
  pool: pg.Pool,
  index: MatchIndex,
  seekers: readonly string[],
  vacancies: readonly string[],
  chunk: number,
  weightSetId: number | null,
): Promise<RebuildRun> {
  const started = performance.now();
  let computeMs = 0;
  let writeMs = 0;
  const db = sqlRunnerOf(pool);
  const run = await startMatchRebuild(db, weightSetId);
  let writing: Promise<void> = Promise.resolve();
  for (const [phase, owners] of [
    ['seekers', seekers],
    ['vacancies', vacancies],
  ] as const) {
    for (let from = 0; from < owners.length; from += chunk) {
      const ids = owners.slice(from, from + chunk);
      const computing = performance.now();
      const lists: MatchListToStore[] = [];
      for (const id of ids) {
        const list = phase === 'seekers' ? index.topJobs(id, LIST_SIZE) : index.topCandidates(id, LIST_SIZE);
        if (phase === 'seekers') index.noteJobsList(id, list, LIST_SIZE);
        else index.noteCandidatesList(id, list, LIST_SIZE);
        lists.push({ ownerId: id, ids: list.ids, scores: list.scores, components: list.components, sourceChangedAt: null });
      }
      computeMs += performance.now() - computing;
      await writing;
      const last = ids[ids.length - 1]!;
      writing = (async () => {
        const writingStarted = performance.now();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const tx = { query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows };
          await storeMatchLists(tx, phase === 'seekers' ? 'jobs' : 'candidates', lists, weightSetId, MATCH_SCORING_VERSION);
          await advanceMatchRebuild(tx, run.id, phase, last, lists.length);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
        writeMs += performance.now() - writingStarted;
      })();
      writing.catch(() => undefined);
    }
  }
  await writing;
  await moveMatchRebuild(db, run.id, 'done');
  return { jobLists: seekers.length, candidateLists: vacancies.length, seconds: (performance.now() - started) / 1000, computeSeconds: computeMs / 1000, writeSeconds: writeMs / 1000 };
}

function sqlRunnerOf(pool: pg.Pool): { query(sql: string, parameters?: unknown[]): Promise<any> } {
  return { query: async (sql, parameters) => (await pool.query(sql, parameters)).rows };
}

/** Runs the memory child (index only) and returns what it printed. */
async function measureIndexMemory(url: string, seekers: number, vacancies: number): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ['--expose-gc', join(repositoryRoot, 'dist', 'bench', 'matching-memory.js'), url, String(seekers), String(vacancies)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`The memory child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

/** Resident memory of a process, in bytes, from /proc (Linux). */
function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb * 1024;
}
function peakResidentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) * 1024;
}

const GiB = 2 ** 30;

interface Freshness {
  latencies: number[];
  timeouts: number;
  warmupSeconds: number;
  workerRss: number;
  workerPeakRss: number;
  queueWaiting: number[];
}

/**
 * Freshness through the API: the built API and worker as their own processes on the bench
 * database; for each sampled active seeker, log in, change the preferences with
 * PUT /api/job-seekers/me/preferences, then read GET /api/matching/jobs until `computedAt` is newer
 * than the moment the PUT answered. The first change waits for the worker to build its index.
 */
async function freshness(postgres: RunningPostgres, redis: RunningRedis, pool: pg.Pool, samples: number, root: string, log: (line: string) => void): Promise<Freshness> {
  const env = {
    ...process.env,
    DATABASE_URL: postgres.url,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: redis.url,
    QUEUE_PREFIX: 'benchmatch',
    JWT_SECRET: 'b'.repeat(48),
    NIK_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64'),
    NIK_HASH_KEY: Buffer.alloc(32, 6).toString('base64'),
    DATA_DIR: join(root, 'data'),
    LOG_LEVEL: 'warn',
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    // The bench database holds few stored lists (no nightly rebuild ran), so the reconciler would
    // spend the run back-filling a million of them in batches, ahead of the changes measured here.
    // In the steady state it finds nothing; its schedule is pushed out to a day for the measurement.
    RECONCILE_EVERY_SECONDS: '86400',
  };
  const apiPort = await freePort();
  const worker = startChild('dist/apps/worker/src/main.js', [], env);
  const api = startChild('dist/apps/api/src/main.js', [], { ...env, PORT: String(apiPort) });
  const queue = new Queue(QueueName.Matching, { connection: redisConnectionOptions(redis.url, true) as ConnectionOptions, prefix: 'benchmatch' });
  // Jobs still to run: waiting, running, and re-matches in their debounce delay (the repeatable
  // reconcile and nightly rebuild jobs wait delayed all the time and are not counted).
  const backlog = async () => {
    const counts = await queue.getJobCounts('wait', 'active', 'prioritized');
    const delayed = (await queue.getDelayed()).filter((job) => job.name === JobName.MatchSeeker || job.name === JobName.MatchVacancy).length;
    return Object.values(counts).reduce((a, b) => a + b, 0) + delayed;
  };
  try {
    await waitForPort(apiPort, 60_000);
    const base = `http://127.0.0.1:${apiPort}/api`;
    const { rows: people } = await pool.query<{ email: string }>(
      `SELECT u.email FROM users u JOIN job_seekers s ON s.user_id = u.id
        WHERE s.status = 'active' AND u.email LIKE 'seeker-%@synthetic.kerjaku.id'
        ORDER BY md5(u.id::text) LIMIT $1`,
      [samples + 1],
    );
    const latencies: number[] = [];
    const queueWaiting: number[] = [];
    let timeouts = 0;
    let warmupSeconds = 0;
    for (const [i, person] of people.entries()) {
      const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: person.email, password: DEMO_PASSWORD }) });
      if (!login.ok) throw new Error(`Login of ${person.email} answered ${login.status}: ${await login.text()}`);
      const { accessToken } = ((await login.json()) as { tokens: { accessToken: string } }).tokens;
      const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
      const profile = await fetch(`${base}/job-seekers/me`, { headers });
      if (!profile.ok) throw new Error(`GET /api/job-seekers/me answered ${profile.status}: ${await profile.text()}`);
      const me = (await profile.json()) as { preferences: { occupations: string[]; regencies: string[]; maxCommuteKm: number; minimumWage?: number | null; employmentTypes: string[]; openToRemote: boolean } };
      const preferences = { ...me.preferences, maxCommuteKm: me.preferences.maxCommuteKm === 30 ? 35 : 30 };
      queueWaiting.push(await backlog());
      const put = await fetch(`${base}/job-seekers/me/preferences`, { method: 'PUT', headers, body: JSON.stringify(preferences) });
      if (!put.ok) throw new Error(`PUT preferences answered ${put.status}: ${await put.text()}`);
      const changed = performance.now();
      const answeredAt = Date.now();
      const deadline = changed + (i === 0 ? 15 * 60_000 : 30_000);
      let fresh = true;
      for (;;) {
        const response = await fetch(`${base}/matching/jobs?limit=50`, { headers });
        if (!response.ok) throw new Error(`GET /api/matching/jobs answered ${response.status}: ${await response.text()}`);
        const body = (await response.json()) as { status: string; computedAt: string | null };
        // computedAt is set by PostgreSQL's clock, the PUT's moment by ours (same machine); a list computed after the change is newer.
        if (body.computedAt && Date.parse(body.computedAt) >= answeredAt) break;
        if (performance.now() > deadline) {
          if (i === 0) throw new Error(`No fresh list for ${person.email} after ${((performance.now() - changed) / 1000).toFixed(0)} s`);
          fresh = false;
          break;
        }
        await sleep(i === 0 ? 200 : 10);
      }
      const elapsed = performance.now() - changed;
      if (i === 0) {
        warmupSeconds = elapsed / 1000;
        log(`  the worker built its index and answered the first change after ${warmupSeconds.toFixed(1)} s (not counted)`);
        // Whatever the start queued (the first change's touched lists, a reconcile batch) is done before measuring.
        const drainDeadline = Date.now() + 5 * 60_000;
        const drainStarted = Date.now();
        while ((await backlog()) > 0 && Date.now() < drainDeadline) await sleep(500);
        log(`  the matching queue was empty again after ${((Date.now() - drainStarted) / 1000).toFixed(0)} s; measuring`);
      } else if (fresh) latencies.push(elapsed);
      else {
        timeouts++;
        log(`  no fresh list for ${person.email} after 30 s (counted as a timeout)`);
        if (timeouts >= 3 && latencies.length === 0) {
          log('  three changes in a row without a fresh list: stopping the freshness measurement');
          break;
        }
      }
      await sleep(200);
    }
    return { latencies, timeouts, warmupSeconds, workerRss: residentBytes(worker.pid!), workerPeakRss: peakResidentBytes(worker.pid!), queueWaiting };
  } finally {
    await queue.close();
    await stopChild(api);
    await stopChild(worker);
  }
}

/**
 * Matching at scale (issue 5, "Speed and memory"): the in-memory engine against scoring every pair
 * with the same function and against PostgreSQL, a full rebuild, freshness through the API and the
 * worker's memory. `npm run bench -- matching [--quick] [--seekers=N] [--vacancies=N] [--samples=N]
 * [--repetitions=N] [--rebuild-vacancies=N] [--full-rebuild] [--no-sql] [--no-freshness] [--no-memory]`.
 */
export async function matchingBenchmark(args: string[]): Promise<number> {
  const options = parseOptions(args);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg();
  const root = mkdtempSync(join(tmpdir(), 'kerjaku-bench-matching-'));
  const dataDir = options.dataDir ?? (options.quick ? join(root, 'postgres') : join(repositoryRoot, 'data', 'bench', 'postgres'));
  let postgres: RunningPostgres | null = null;
  let redis: RunningRedis | null = null;
  let pool: pg.Pool | null = null;
  const rows: BenchRow[] = [];
  // Each row is also logged when measured, so a run cut short still shows what it measured.
  const push = rows.push.bind(rows);
  rows.push = (...added: BenchRow[]) => {
    for (const row of added) log(`  => ${Object.values(row).join(' | ')}`);
    return push(...added);
  };
  const failures: string[] = [];
  const notes: string[] = [];
  const figures: Record<string, unknown> = {};
  const errors: string[] = [];
  // A section that fails is reported in the table and the run goes on with the others.
  const sectionFailed = (name: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    errors.push(`${name}: ${message}`);
    rows.push(notMeasured(name, '-', `FAILED: ${message}`));
    log(`${name} FAILED: ${error instanceof Error ? error.stack : message}`);
  };
  let postgresVersion = 'unknown';
  try {
    postgres = await startEmbeddedPostgres({ dataDir, database: options.quick ? 'kerjaku_bench_matching' : 'kerjaku_bench', persistent: !options.quick });
    redis = await startRedis({ binary: ensureRedisServer() });
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await loadShippedInstruments(dataSource);
    await dataSource.destroy();
    pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
    postgresVersion = (await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
    await ensureData(pool, { seekers: options.seekers, openVacancies: options.vacancies, employers: options.quick ? 500 : 20_000 }, log);
    await ensureInterests(pool, INTEREST_PERCENT, log);

    // 5. Memory first, while this process is small: a child that only builds the index.
    if (options.memory) {
      try {
        log(`Building the index in a child process to measure its memory (${fmt(options.seekers)} × ${fmt(options.vacancies)})...`);
        const memory = await measureIndexMemory(postgres.url, options.seekers, options.vacancies);
        figures.indexMemory = memory;
        rows.push(
          infoRow(
            'index memory: child process that only builds the index (RSS after GC)',
            `${fmt(memory.seekers!)} × ${fmt(memory.vacancies!)}`,
            `RSS ${(memory.rss! / GiB).toFixed(2)} GiB (peak ${(memory.maxRss! / GiB).toFixed(2)} GiB; JS heap ${(memory.heapUsed! / GiB).toFixed(2)} GiB, array buffers ${(memory.arrayBuffers! / GiB).toFixed(2)} GiB); built from PostgreSQL in ${memory.seconds!.toFixed(0)} s; target <= 2 GB`,
          ),
        );
      } catch (error) {
        sectionFailed('index memory', error);
      }
    }

    log(`Loading ${fmt(options.seekers)} seekers and ${fmt(options.vacancies)} open vacancies with the loaders (streamMatchSeekers / streamMatchVacancies)...`);
    const data: LoadedData = await loadCompiled(pool, { seekers: options.seekers, vacancies: options.vacancies }, log);
    const seekerCount = data.seekers.length;
    const vacancyCount = data.vacancies.length;
    figures.sizes = { seekers: seekerCount, vacancies: vacancyCount, seekersWithInterests: data.withInterests, activeSeekers: data.seekers.filter((s) => s.active).length };
    notes.push(`${fmt(data.withInterests)} of the ${fmt(seekerCount)} seekers have an interest result (synthetic RIASEC-48 raw scores), so interest fit counts in their job lists.`);
    rows.push(infoRow('load + compile from PostgreSQL (loaders)', `${fmt(seekerCount)} seekers / ${fmt(vacancyCount)} vacancies`, `seekers ${data.seekerSeconds.toFixed(1)} s, vacancies ${data.vacancySeconds.toFixed(1)} s`));

    const candidateSamples = sample(data.vacancies, options.samples, 1);
    const activeSeekers = data.seekers.filter((seeker) => seeker.active);
    const jobSamples = sample(activeSeekers, options.samples, 2);
    const size = `${fmt(seekerCount)} seekers`;
    const jobSize = `${fmt(vacancyCount)} vacancies`;

    let started = performance.now();
    const index = new MatchIndex(data.ctx);
    for (const vacancy of data.vacancies) index.upsertVacancy(vacancy);
    for (const seeker of data.seekers) index.upsertSeeker(seeker);
    const buildSeconds = (performance.now() - started) / 1000;
    figures.indexBuildSeconds = buildSeconds;
    rows.push(infoRow('build the index in memory (upserts of compiled records)', `${fmt(seekerCount)} × ${fmt(vacancyCount)}`, `${buildSeconds.toFixed(1)} s`));

    // Identical results, checked on every sampled vacancy and seeker.
    started = performance.now();
    for (const vacancy of candidateSamples) {
      const problem = sameList(index.topCandidates(vacancy.id, options.k), rankAllCandidates(vacancy, data.seekers, data.ctx, options.k));
      if (problem) failures.push(`topCandidates(${vacancy.id}) differs from rankAllCandidates: ${problem}`);
    }
    for (const seeker of jobSamples) {
      const problem = sameList(index.topJobs(seeker.id, options.k), rankAllJobs(seeker, data.vacancies, data.ctx, options.k));
      if (problem) failures.push(`topJobs(${seeker.id}) differs from rankAllJobs: ${problem}`);
    }
    log(`Checked ${candidateSamples.length} candidate lists and ${jobSamples.length} job lists against every pair in ${((performance.now() - started) / 1000).toFixed(1)} s: ${failures.length === 0 ? 'identical' : `${failures.length} DIFFER`}.`);
    const identical = failures.length === 0 ? `identical lists (ids, order, scores, components) for all ${candidateSamples.length}` : 'LISTS DIFFER';

    // 1. Top candidates for a vacancy.
    log('Timing top candidates (engine, every pair)...');
    const engineCandidates = await measure(candidateSamples, options.repetitions, (vacancy) => index.topCandidates(vacancy.id, options.k));
    const everyPairCandidates = await measure(candidateSamples, options.repetitions, (vacancy) => rankAllCandidates(vacancy, data.seekers, data.ctx, options.k));
    figures.candidates = { engine: engineCandidates, everyPair: everyPairCandidates };
    rows.push(latencyRow(`top ${options.k} candidates: engine (MatchIndex.topCandidates)`, size, engineCandidates, `${times(everyPairCandidates.p95 / engineCandidates.p95)}× faster than every pair at p95; target p95 <= 10 ms, >= 10×`));
    rows.push(latencyRow(`top ${options.k} candidates: every pair (rankAllCandidates)`, size, everyPairCandidates, identical));

    if (options.sql) {
      try {
        const lastSeekerId = data.seekers[data.seekers.length - 1]!.id;
        const side = await prepareSideTable(pool, data.ctx, lastSeekerId, log);
        if (side.built) log(`Side table built in ${side.seconds.toFixed(0)} s (${fmt(side.rows)} rows).`);
        let fullScans = 0;
        let sameOrder = 0;
        let maxDelta = 0;
        for (const vacancy of candidateSamples) {
          const top = await sqlTopCandidates(pool, vacancy, data.ctx, options.k);
          if (top.fullScan) fullScans++;
          const expected = index.topCandidates(vacancy.id, options.k);
          if (expected.ids.length === top.ids.length && expected.ids.every((id, i) => id === top.ids[i])) sameOrder++;
          const byId = new Map(top.ids.map((id, i) => [id, top.scores[i]!]));
          expected.ids.forEach((id, i) => {
            const score = byId.get(id);
            if (score !== undefined) maxDelta = Math.max(maxDelta, Math.abs(score - expected.scores[i]!));
          });
        }
        log('Timing top candidates (PostgreSQL)...');
        const sqlCandidates = await measure(candidateSamples, options.repetitions, (vacancy) => sqlTopCandidates(pool!, vacancy, data.ctx, options.k));
        figures.sql = { latencies: sqlCandidates, fullScans, sameOrder, maxScoreDifference: maxDelta, sideTableRows: side.rows };
        rows.push(
          latencyRow(
            `top ${options.k} candidates: PostgreSQL (intarray GIN, score in SQL)`,
            size,
            sqlCandidates,
            `same ids and order as the engine for ${sameOrder}/${candidateSamples.length} (largest score difference ${maxDelta}); ${fullScans} needed the unpruned query; ${times(sqlCandidates.p95 / engineCandidates.p95)}× the engine's p95`,
          ),
        );
        if (sameOrder < candidateSamples.length) notes.push('PostgreSQL lists differ from the engine for some vacancies: see figures.sql.');
      } catch (error) {
        sectionFailed('PostgreSQL top candidates', error);
      }
    }

    // 2. Top jobs for a seeker.
    log('Timing top jobs (engine, every pair)...');
    const engineJobs = await measure(jobSamples, options.repetitions, (seeker) => index.topJobs(seeker.id, options.k));
    const everyPairJobs = await measure(jobSamples, options.repetitions, (seeker) => rankAllJobs(seeker, data.vacancies, data.ctx, options.k));
    figures.jobs = { engine: engineJobs, everyPair: everyPairJobs };
    rows.push(latencyRow(`top ${options.k} jobs: engine (MatchIndex.topJobs)`, jobSize, engineJobs, `${times(everyPairJobs.p95 / engineJobs.p95)}× faster than every pair at p95; target p95 <= 10 ms`));
    rows.push(latencyRow(`top ${options.k} jobs: every pair (rankAllJobs)`, jobSize, everyPairJobs, failures.length === 0 ? `identical lists for all ${jobSamples.length}` : 'LISTS DIFFER'));

    // 3. Full rebuild of both directions over seekers × the first `rebuildVacancies` vacancies, with B's writer.
    const rebuildVacancies = data.vacancies.slice(0, Math.min(options.rebuildVacancies, data.vacancies.length));
    try {
      for (const vacancy of data.vacancies.slice(rebuildVacancies.length)) index.removeVacancy(vacancy.id);
      const seekerIds = data.seekers.map((seeker) => seeker.id);
      const vacancyIds = rebuildVacancies.map((vacancy) => vacancy.id);
      const rebuildSize = `${fmt(seekerIds.length)} × ${fmt(vacancyIds.length)}`;
      // The worker's default MATCH_REBUILD_CHUNK.
      const chunk = 200;
      const totalLists = seekerIds.length + vacancyIds.length;
      const runs: RebuildRun[] = [];
      if (options.fullRebuild) {
        log(`Full rebuild: ${fmt(seekerIds.length)} job lists and ${fmt(vacancyIds.length)} candidate lists...`);
        runs.push(await rebuild(pool, index, seekerIds, vacancyIds, chunk, data.ctx.weightSetId));
        const run = runs[0]!;
        rows.push(infoRow('full rebuild, both directions, written with storeMatchLists', rebuildSize, `${(run.seconds / 60).toFixed(1)} min (compute ${run.computeSeconds.toFixed(0)} s, write ${run.writeSeconds.toFixed(0)} s overlapped); target <= 15 min`));
      } else {
        // Two fractions of the rebuild over the full index; the time per list is what scales.
        for (const fraction of [0.02, 0.04]) {
          const s = seekerIds.slice(0, Math.max(1, Math.round(seekerIds.length * fraction)));
          const v = vacancyIds.slice(0, Math.max(1, Math.round(vacancyIds.length * fraction)));
          log(`Rebuild of ${fraction * 100} %: ${fmt(s.length)} job lists and ${fmt(v.length)} candidate lists...`);
          runs.push(await rebuild(pool, index, s, v, chunk, data.ctx.weightSetId));
        }
        for (const run of runs) {
          const projected = (run.seconds / (run.jobLists + run.candidateLists)) * totalLists;
          rows.push(
            infoRow(
              `rebuild part: ${fmt(run.jobLists)} job + ${fmt(run.candidateLists)} candidate lists, written with storeMatchLists`,
              rebuildSize,
              `${run.seconds.toFixed(1)} s (compute ${run.computeSeconds.toFixed(1)} s, write ${run.writeSeconds.toFixed(1)} s overlapped); projected whole rebuild ${(projected / 60).toFixed(1)} min; target <= 15 min`,
            ),
          );
        }
        notes.push(`The rebuild was measured on two parts (2 % and 4 % of each direction) of the ${rebuildSize} rebuild over the full index; each list costs the same whatever the part, so the whole is projected linearly. --full-rebuild measures the whole.`);
      }
      figures.rebuild = { size: rebuildSize, chunk, runs, full: options.fullRebuild };
    } catch (error) {
      sectionFailed('rebuild', error);
    }
    // Back to the full vacancy set, so the process holds what it held (the lists already written stay).
    for (const vacancy of data.vacancies.slice(rebuildVacancies.length)) index.upsertVacancy(vacancy);

    // 4. Freshness through the API, with the real api and worker processes.
    if (options.freshness) {
      try {
        data.seekers.length = 0;
        data.vacancies.length = 0;
        log(`Freshness: api and worker processes on the database; ${options.freshnessSamples} profile changes...`);
        const result = await freshness(postgres, redis, pool, options.freshnessSamples, root, log);
        const sorted = [...result.latencies].sort((a, b) => a - b);
        figures.freshness = { ...result, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
        rows.push(
          latencyRow(
            'freshness: PUT preferences → GET /api/matching/jobs has a newer computedAt',
            `${fmt(seekerCount)} × ${fmt(vacancyCount)}`,
            { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length },
            `${sorted.length} changes one after another (200 ms apart), ${result.timeouts} without a fresh list within 30 s; matching jobs queued at each change: median ${median(result.queueWaiting)}, max ${Math.max(...result.queueWaiting)}; includes the 250 ms debounce; target p95 <= 1000 ms`,
          ),
        );
        rows.push(
          infoRow(
            'worker memory: the real worker process after building its index',
            `${fmt(seekerCount)} × ${fmt(vacancyCount)}`,
            `RSS ${(result.workerRss / GiB).toFixed(2)} GiB (peak ${(result.workerPeakRss / GiB).toFixed(2)} GiB); target <= 2 GB`,
          ),
        );
      } catch (error) {
        sectionFailed('freshness', error);
      }
    } else {
      rows.push(notMeasured('freshness through the API', '-', 'skipped (--no-freshness)'));
    }
  } finally {
    await pool?.end();
    await redis?.stop();
    await postgres?.stop();
    rmSync(root, { recursive: true, force: true });
  }

  const machineInfo = { ...machine(), postgres: postgresVersion, loadAverageAtStart: loadAtStart.map((x) => Number(x.toFixed(2))) };
  process.stdout.write(
    `\nMatching benchmark — ${machineInfo.cpuModel}, ${machineInfo.cpus} cores, ${machineInfo.memoryGiB} GiB RAM, Node ${machineInfo.node}, PostgreSQL ${postgresVersion} (default settings, shared_buffers 128 MB); load average at start ${machineInfo.loadAverageAtStart.join(' / ')}\n`,
  );
  process.stdout.write(`k = ${options.k}; ${options.samples} sampled vacancies / active seekers; per-query percentiles are the medians of ${options.repetitions} repetitions.\n`);
  process.stdout.write('Targets: engine p95 <= 10 ms both ways and >= 10x faster than every pair; rebuild 1M x 100k <= 15 min; freshness p95 <= 1 s; worker RSS <= 2 GB.\n\n');
  printTable(rows);
  for (const note of notes) process.stdout.write(`\nNote: ${note}`);
  const file = writeReport({ name: 'matching', startedAt, machine: machineInfo, parameters: { ...options, figures, notes, failures, errors }, rows });
  process.stdout.write(`\n\nWritten to ${file}\n`);
  if (failures.length > 0) {
    process.stderr.write(`\nFAILED: the engine's lists differ from scoring every pair (${failures.length}):\n${failures.slice(0, 20).join('\n')}\n`);
    return 1;
  }
  if (errors.length > 0) {
    process.stderr.write(`\nFAILED sections:\n${errors.join('\n')}\n`);
    return 1;
  }
  return 0;
}
