import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRedisServer, startEmbeddedPostgres, startRedis, type RunningPostgres, type RunningRedis } from './services.js';

/** The repository root, from the sources and from dist/ alike. */
export const repositoryRoot = (() => {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (!existsSync(join(dir, 'package-lock.json'))) dir = resolve(dir, '..');
  return dir;
})();

/** Reads KEY=value lines of a .env file (if any); the process environment wins over it. */
export function loadEnvironment(): Record<string, string | undefined> {
  const file = join(repositoryRoot, '.env');
  const fromFile: Record<string, string> = {};
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/);
      if (match) fromFile[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  return { ...fromFile, ...process.env };
}

export function dataDirectory(env: Record<string, string | undefined>): string {
  const dir = resolve(repositoryRoot, env.DATA_DIR ?? 'data');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A JWT secret made once per data folder, so tokens survive restarts without anyone choosing one. */
export function localSecret(dataDir: string, name: string, encoding: 'hex' | 'base64' = 'hex'): string {
  const file = join(dataDir, 'secrets.json');
  const secrets: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (!secrets[name]) {
    secrets[name] = randomBytes(32).toString(encoding);
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets[name];
}

export interface LocalServices {
  databaseUrl: string;
  redisUrl: string;
  postgres?: RunningPostgres;
  redis?: RunningRedis;
  stop(): Promise<void>;
}

const RUNTIME_FILE = 'runtime.json';

/**
 * DATABASE_URL and REDIS_URL when given; otherwise an embedded PostgreSQL and a redis-server with
 * their data under the data folder. A second command while the platform runs reuses them.
 */
export async function localServices(env: Record<string, string | undefined>, dataDir: string, options: { needRedis: boolean; log: (line: string) => void }): Promise<LocalServices> {
  const runtimeFile = join(dataDir, RUNTIME_FILE);
  const running = existsSync(runtimeFile) ? (JSON.parse(readFileSync(runtimeFile, 'utf8')) as { pid: number; databaseUrl: string; redisUrl: string }) : null;
  if (running && isAlive(running.pid) && !env.DATABASE_URL) {
    return { databaseUrl: running.databaseUrl, redisUrl: env.REDIS_URL ?? running.redisUrl, stop: async () => undefined };
  }
  let postgres: RunningPostgres | undefined;
  let redis: RunningRedis | undefined;
  let databaseUrl = env.DATABASE_URL;
  let redisUrl = env.REDIS_URL;
  if (!databaseUrl) {
    options.log(`Starting PostgreSQL (embedded, data in ${join(dataDir, 'postgres')})...`);
    postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), database: 'kerjaku', persistent: true });
    databaseUrl = postgres.url;
  }
  if (!redisUrl && options.needRedis) {
    const binary = ensureRedisServer(options.log);
    options.log(`Starting redis-server (append-only file in ${join(dataDir, 'redis')})...`);
    redis = await startRedis({ binary, dataDir: join(dataDir, 'redis') });
    redisUrl = redis.url;
  }
  return {
    databaseUrl,
    redisUrl: redisUrl ?? '',
    postgres,
    redis,
    stop: async () => {
      await redis?.stop();
      await postgres?.stop();
    },
  };
}

export function recordRuntime(dataDir: string, services: LocalServices): void {
  writeFileSync(join(dataDir, RUNTIME_FILE), JSON.stringify({ pid: process.pid, databaseUrl: services.databaseUrl, redisUrl: services.redisUrl }));
}

export function clearRuntime(dataDir: string): void {
  rmSync(join(dataDir, RUNTIME_FILE), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
