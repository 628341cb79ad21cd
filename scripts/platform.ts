import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import argon2 from 'argon2';
import pg from 'pg';
import { AppConfig } from '#config';
import { loadDemoData } from './demo/load-demo.js';
import { clearRuntime, dataDirectory, loadEnvironment, localSecret, localServices, recordRuntime, repositoryRoot } from './lib/environment.js';
import { runTask } from './tasks.js';

/** The demo accounts' password, printed at start. Demo data only: never set on a real deployment. */
export const DEMO_PASSWORD = 'Coba-Kerjaku-2026';

const log = (line: string) => process.stdout.write(`[kerjaku] ${line}\n`);

/**
 * `npm start`: PostgreSQL and Redis (given or local), migrations, reference and demo data, then the
 * API and the worker. Ctrl-C stops what it started; the data stays for the next start.
 */
export async function runPlatform(): Promise<void> {
  const env = loadEnvironment();
  const dataDir = dataDirectory(env);
  const services = await localServices(env, dataDir, { needRedis: true, log });
  recordRuntime(dataDir, services);
  const children: ChildProcess[] = [];
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('Stopping...');
    await Promise.all(children.map((child) => terminate(child)));
    await services.stop();
    clearRuntime(dataDir);
    log('Stopped. Data is kept in the data folder for the next start.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const childEnv: Record<string, string | undefined> = {
      ...env,
      NODE_ENV: env.NODE_ENV ?? 'development',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      DATA_DIR: dataDir,
      JWT_SECRET: env.JWT_SECRET || localSecret(dataDir, 'jwtSecret'),
      NIK_ENCRYPTION_KEY: env.NIK_ENCRYPTION_KEY || localSecret(dataDir, 'nikEncryptionKey', 'base64'),
      NIK_HASH_KEY: env.NIK_HASH_KEY || localSecret(dataDir, 'nikHashKey', 'base64'),
    };
    // Fails here, with the variable named, before anything else starts.
    const config = AppConfig.from(childEnv);

    await runTask('migrate', services.databaseUrl, log);
    const demo = env.DEMO_DATA === 'false' ? null : await loadDemo(services.databaseUrl, config);

    for (const app of ['api', 'worker'] as const) {
      const child = spawn(process.execPath, ['--enable-source-maps', join(repositoryRoot, 'dist', 'apps', app, 'src', 'main.js')], {
        env: childEnv,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('exit', (code, signal) => {
        if (!stopping) {
          log(`The ${app} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping everything.`);
          void stop(1);
        }
      });
      children.push(child);
    }
    const base = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port}`;
    await waitForReady(`${base}/ready`, 60_000);
    const lines = [
      '',
      'Kerjaku is running.',
      `  Web app:          ${base}/`,
      `  API:              ${base}/api`,
      `  API docs:         ${base}/api/docs   (OpenAPI JSON: ${base}/api/docs-json)`,
      `  Health / ready:   ${base}/health   ${base}/ready`,
      `  Queue dashboard:  ${base}/admin/queues   (admins; see README)`,
      `  E-mails:          ${config.mail.smtpUrl ? 'sent over SMTP' : `written as .eml files to ${config.mail.outboxDir}`}`,
    ];
    if (demo) {
      lines.push('', `Demo logins (password for all: ${DEMO_PASSWORD}):`);
      for (const login of demo.logins) lines.push(`  ${login.role.padEnd(16)} ${login.login}   (${login.name})`);
    }
    lines.push('', 'Press Ctrl-C to stop.', '');
    process.stdout.write(lines.join('\n'));
  } catch (error) {
    log((error as Error).message);
    await stop(1);
  }
}

async function loadDemo(databaseUrl: string, config: AppConfig) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const result = await loadDemoData(pool, { passwordHash, nikKeys: config.nik });
    if (result.loaded) log(`Demo province loaded: ${Object.entries(result.counts).map(([name, count]) => `${count} ${name}`).join(', ')}`);
    return result;
  } finally {
    await pool.end();
  }
}

async function waitForReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
