
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { CompiledSeeker, CompiledVacancy, MatchContext } from '#domain';
import { createDataSource, loadReferenceData } from '#persistence';
import { repositoryRoot } from '../scripts/lib/environment.js';
import { ensureRedisServer, startEmbeddedPostgres, startRedis, type RunningPostgres, type RunningRedis } from '../scripts/lib/services.js';
import { machine, printTable, writeReport, type BenchRow } from './harness.js';
import { ensureData, loadCompiled, median, percentile, sample, type LoadedData } from './matching-data.js';
import { prepareSideTable, sqlTopCandidates } from './matching-sql.js';

/** The engine's API as the contract gives it (helper A's `#matching-engine`). */
interface RankedList {
  ids: string[];
  scores: Float64Array;
  components: Float64Array;
}
interface EngineIndex {
  upsertSeeker(seeker: CompiledSeeker): void;
  upsertVacancy(vacancy: CompiledVacancy): void;
  removeVacancy(id: string): void;
  topJobs(seekerId: string, k: number): RankedList;
  topCandidates(vacancyId: string, k: number): RankedList;
}
interface Engine {
  MatchIndex: new (ctx: MatchContext) => EngineIndex;
  rankAllJobs(seeker: CompiledSeeker, vacancies: Iterable<CompiledVacancy>, ctx: MatchContext, k: number): RankedList;
  rankAllCandidates(vacancy: CompiledVacancy, seekers: Iterable<CompiledSeeker>, ctx: MatchContext, k: number): RankedList;
}

async function loadEngine(): Promise<Engine | null> {
  const module = (await import('#matching-engine')) as Partial<Engine>;
  return typeof module.MatchIndex === 'function' && typeof module.rankAllJobs === 'function' && typeof module.rankAllCandidates === 'function'
    ? (module as Engine)
    : null;
}

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
  const failures: string[] = [];
  const notes: string[] = [];
  const figures: Record<string, unknown> = {};
  let postgresVersion = 'unknown';
  try {
    postgres = await startEmbeddedPostgres({ dataDir, database: options.quick ? 'kerjaku_bench_matching' : 'kerjaku_bench', persistent: !options.quick });
    redis = await startRedis({ binary: ensureRedisServer() });
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();
    pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
    postgresVersion = (await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
    await ensureData(pool, { seekers: options.seekers, openVacancies: options.vacancies, employers: options.quick ? 500 : 20_000 }, log);

    log(`Loading ${fmt(options.seekers)} seekers and ${fmt(options.vacancies)} open vacancies with the loaders (streamMatchSeekers / streamMatchVacancies)...`);
    const data = await loadCompiled(pool, { seekers: options.seekers, vacancies: options.vacancies }, log);
    const seekerCount = data.seekers.length;
    const vacancyCount = data.vacancies.length;
    figures.sizes = { seekers: seekerCount, vacancies: vacancyCount, seekersWithInterests: data.withInterests };
    rows.push({
      scenario: 'load + compile from PostgreSQL (loaders)',
      size: `${fmt(seekerCount)} seekers / ${fmt(vacancyCount)} vacancies`,
      'p50 ms': '-',
      'p95 ms': '-',
      'p99 ms': '-',
      'mean ms': '-',
      note: `seekers ${data.seekerSeconds.toFixed(1)} s, vacancies ${data.vacancySeconds.toFixed(1)} s`,
    });

    const engine = await loadEngine();
    const candidateSamples = sample(data.vacancies, options.samples, 1);
    const activeSeekers = data.seekers.filter((seeker) => seeker.active);
    const jobSamples = sample(activeSeekers, options.samples, 2);
    const size = `${fmt(seekerCount)} seekers`;
    const jobSize = `${fmt(vacancyCount)} vacancies`;
    let index: EngineIndex | null = null;

    if (engine) {
      let started = performance.now();
      index = new engine.MatchIndex(data.ctx);
      for (const seeker of data.seekers) index.upsertSeeker(seeker);
      for (const vacancy of data.vacancies) index.upsertVacancy(vacancy);
      const buildSeconds = (performance.now() - started) / 1000;
      figures.indexBuildSeconds = buildSeconds;
      rows.push({ ...notMeasured('build the index in memory (upserts)', `${fmt(seekerCount)} × ${fmt(vacancyCount)}`, ''), note: `${buildSeconds.toFixed(1)} s` });

      // Identical results, checked on every sampled vacancy and seeker before anything is timed.
      started = performance.now();
      for (const vacancy of candidateSamples) {
        const problem = sameList(index.topCandidates(vacancy.id, options.k), engine.rankAllCandidates(vacancy, data.seekers, data.ctx, options.k));
        if (problem) failures.push(`topCandidates(${vacancy.id}) differs from rankAllCandidates: ${problem}`);
      }
      for (const seeker of jobSamples) {
        const problem = sameList(index.topJobs(seeker.id, options.k), engine.rankAllJobs(seeker, data.vacancies, data.ctx, options.k));
        if (problem) failures.push(`topJobs(${seeker.id}) differs from rankAllJobs: ${problem}`);
      }
      log(`Checked ${candidateSamples.length} candidate lists and ${jobSamples.length} job lists against every pair in ${((performance.now() - started) / 1000).toFixed(1)} s: ${failures.length === 0 ? 'identical' : `${failures.length} DIFFER`}.`);

      log('Timing top candidates (engine, every pair)...');
      const engineCandidates = await measure(candidateSamples, options.repetitions, (vacancy) => index!.topCandidates(vacancy.id, options.k));
      const everyPairCandidates = await measure(candidateSamples, options.repetitions, (vacancy) => engine.rankAllCandidates(vacancy, data.seekers, data.ctx, options.k));
      figures.candidates = { engine: engineCandidates, everyPair: everyPairCandidates };
      rows.push(latencyRow(`top ${options.k} candidates: engine (MatchIndex.topCandidates)`, size, engineCandidates, `${(everyPairCandidates.p95 / engineCandidates.p95).toFixed(0)}× faster than every pair at p95`));
      rows.push(latencyRow(`top ${options.k} candidates: every pair (rankAllCandidates)`, size, everyPairCandidates, failures.length === 0 ? 'same lists as the engine' : 'LISTS DIFFER'));
    } else {
      notes.push("The engine (helper A's MatchIndex / rankAllCandidates / rankAllJobs in #matching-engine) is not merged yet.");
      rows.push(notMeasured(`top ${options.k} candidates: engine`, size, '#matching-engine has no MatchIndex yet'));
      rows.push(notMeasured(`top ${options.k} candidates: every pair`, size, '#matching-engine has no rankAllCandidates yet'));
    }

    if (options.sql) {
      const lastSeekerId = data.seekers[data.seekers.length - 1]!.id;
      const side = await prepareSideTable(pool, data.ctx, lastSeekerId, log);
      if (side.built) log(`Side table built in ${side.seconds.toFixed(0)} s (${fmt(side.rows)} rows).`);
      let fullScans = 0;
      let sameOrder = 0;
      let sameSet = 0;
      let maxDelta = 0;
      const reference = engine && index ? index : null;
      for (const vacancy of candidateSamples) {
        const top = await sqlTopCandidates(pool, vacancy, data.ctx, options.k);
        if (top.fullScan) fullScans++;
        const expected = reference ? reference.topCandidates(vacancy.id, options.k) : null;
        if (expected) {
          if (expected.ids.length === top.ids.length && expected.ids.every((id, i) => id === top.ids[i])) sameOrder++;
          const ids = new Set(expected.ids);
          if (expected.ids.length === top.ids.length && top.ids.every((id) => ids.has(id))) sameSet++;
          const byId = new Map(top.ids.map((id, i) => [id, top.scores[i]!]));
          expected.ids.forEach((id, i) => {
            const score = byId.get(id);
            if (score !== undefined) maxDelta = Math.max(maxDelta, Math.abs(score - expected.scores[i]!));
          });
        }
      }
      log('Timing top candidates (PostgreSQL)...');
      const sqlCandidates = await measure(candidateSamples, options.repetitions, (vacancy) => sqlTopCandidates(pool!, vacancy, data.ctx, options.k));
      const agreement = reference
        ? `same ids in the same order for ${sameOrder}/${candidateSamples.length} vacancies, same set for ${sameSet}; largest score difference ${maxDelta.toExponential(1)}`
        : 'not compared (no engine)';
      figures.sql = { latencies: sqlCandidates, fullScans, sameOrder, sameSet, maxScoreDifference: maxDelta, sideTableRows: side.rows };
      rows.push(
        latencyRow(`top ${options.k} candidates: PostgreSQL (intarray GIN, score in SQL)`, size, sqlCandidates, `${fullScans}/${candidateSamples.length} needed the unpruned query; ${agreement}`),
      );
    }

    if (engine && index) {
      log('Timing top jobs (engine, every pair)...');
      const engineJobs = await measure(jobSamples, options.repetitions, (seeker) => index!.topJobs(seeker.id, options.k));
      const everyPairJobs = await measure(jobSamples, options.repetitions, (seeker) => engine.rankAllJobs(seeker, data.vacancies, data.ctx, options.k));
      figures.jobs = { engine: engineJobs, everyPair: everyPairJobs };
      rows.push(latencyRow(`top ${options.k} jobs: engine (MatchIndex.topJobs)`, jobSize, engineJobs, `${(everyPairJobs.p95 / engineJobs.p95).toFixed(0)}× faster than every pair at p95`));
      rows.push(latencyRow(`top ${options.k} jobs: every pair (rankAllJobs)`, jobSize, everyPairJobs, failures.length === 0 ? 'same lists as the engine' : 'LISTS DIFFER'));
    } else {
      rows.push(notMeasured(`top ${options.k} jobs: engine`, jobSize, '#matching-engine has no MatchIndex yet'));
      rows.push(notMeasured(`top ${options.k} jobs: every pair`, jobSize, '#matching-engine has no rankAllJobs yet'));
    }
  } finally {
    await pool?.end();
    await redis?.stop();
    await postgres?.stop();
    rmSync(root, { recursive: true, force: true });
  }

  const machineInfo = { ...machine(), postgres: postgresVersion, loadAverageAtStart: loadAtStart.map((x) => Number(x.toFixed(2))) };
  process.stdout.write(
    `\nMatching benchmark — ${machineInfo.cpuModel}, ${machineInfo.cpus} cores, ${machineInfo.memoryGiB} GiB RAM, Node ${machineInfo.node}, PostgreSQL ${postgresVersion}; load average at start ${machineInfo.loadAverageAtStart.join(' / ')}\n`,
  );
  process.stdout.write(`k = ${options.k}; ${options.samples} sampled vacancies / active seekers; medians of ${options.repetitions} repetitions of each percentile.\n`);
  process.stdout.write('Targets: engine p95 <= 10 ms and >= 10x faster than every pair (both directions); rebuild 1M x 100k <= 15 min; freshness p95 <= 1 s; worker RSS <= 2 GB.\n\n');
  printTable(rows);
  for (const note of notes) process.stdout.write(`\nNote: ${note}`);
  const file = writeReport({ name: 'matching', startedAt, machine: machineInfo, parameters: { ...options, figures, notes, failures }, rows });
  process.stdout.write(`\n\nWritten to ${file}\n`);
  if (failures.length > 0) {
    process.stderr.write(`\nFAILED: the engine's lists differ from scoring every pair (${failures.length}):\n${failures.slice(0, 20).join('\n')}\n`);
    return 1;
  }
  return 0;
}


