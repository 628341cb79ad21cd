import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createDataSource, loadReferenceData } from '#persistence';
import { repositoryRoot } from '../scripts/lib/environment.js';
import { ensureRedisServer, freePort, startEmbeddedPostgres, startRedis, waitForPort } from '../scripts/lib/services.js';
import { DEMO_PASSWORD } from '../scripts/platform.js';
import { machine, printTable, startChild, stopChild, writeReport, type BenchRow } from './harness.js';

interface Options {
  seconds: number;
  connections: number;
}



async function load(title: string, request: autocannon.Options, options: Options): Promise<BenchRow> {
  // A short warm-up, so JIT and connection pools are not measured.
  await autocannon({ ...request, duration: 1, connections: options.connections });
  const result = await autocannon({ ...request, duration: options.seconds, connections: options.connections });
  return {
    scenario: title,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p90 ms': result.latency.p90,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * The HTTP baseline: a bare Fastify route, a reference-data route through Nest (guards, pipes,
 * logging, cache), and login (bounded by argon2id). Servers run in their own processes.
 */
export async function httpBenchmark(args: string[]): Promise<number> {
  const options: Options = {
    seconds: Number(args.find((arg) => arg.startsWith('--seconds='))?.split('=')[1] ?? 10),
    connections: Number(args.find((arg) => arg.startsWith('--connections='))?.split('=')[1] ?? 50),
  };
  const root = mkdtempSync(join(tmpdir(), 'kerjaku-bench-'));
  const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), database: 'kerjaku', persistent: false });
  const redis = await startRedis({ binary: ensureRedisServer() });
  const children: ChildProcess[] = [];
  const rows: BenchRow[] = [];
  try {
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();

    const barePort = await freePort();
    children.push(startChild('dist/bench/http-servers.js', [String(barePort)], process.env));
    await waitForPort(barePort, 10_000);
    rows.push(await load('bare Fastify route', { url: `http://127.0.0.1:${barePort}/hello` }, options));

    const apiPort = await freePort();
    const api = startChild('dist/apps/api/src/main.js', [], {
      ...process.env,
      PORT: String(apiPort),
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      JWT_SECRET: 'b'.repeat(48),
      NIK_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64'),
      NIK_HASH_KEY: Buffer.alloc(32, 6).toString('base64'),
      DATA_DIR: join(root, 'data'),
      LOG_LEVEL: 'warn',
      LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    });
    children.push(api);
    await waitForPort(apiPort, 30_000);
    const base = `http://127.0.0.1:${apiPort}`;
    rows.push(await load('reference data through Nest (GET /api/reference/regions)', { url: `${base}/api/reference/regions` }, options));

    const account = { role: 'job_seeker', fullName: 'Bench Seeker', email: 'bench@example.org', password: DEMO_PASSWORD };
    const registered = await fetch(`${base}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
    if (registered.status !== 201) throw new Error(`Could not register the bench account: ${registered.status} ${await registered.text()}`);
    rows.push(
      await load(
        'login (argon2id, POST /api/auth/login)',
        {
          url: `${base}/api/auth/login`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: account.email, password: account.password }),
        },
        options,
      ),
    );
  } finally {
    for (const child of children) await stopChild(child);
    await redis.stop();
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(`\nHTTP benchmark: ${options.connections} connections, ${options.seconds} s per scenario\n\n`);
  printTable(rows);
  const file = writeReport({ name: 'http', startedAt: new Date().toISOString(), machine: machine(), parameters: { ...options }, rows });
  process.stdout.write(`\nWritten to ${file}\n`);
  return 0;
}
