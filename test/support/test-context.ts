import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import supertest from 'supertest';
import { AppConfig } from '#config';
import { createApp } from '../../apps/api/src/create-app.js';
import { createWorker } from '../../apps/worker/src/create-worker.js';

const TEMPLATE_DATABASE = 'kerjaku_template';

export interface TestContext {
  config: AppConfig;
  /** The environment the app was configured from, for a child process (the built worker) of the same test. */
  env: Record<string, string>;
  app: NestFastifyApplication;
  http: supertest.Agent;
  db: pg.Pool;
  mailDir: string;
  startWorker(overrides?: Record<string, string>): Promise<INestApplicationContext>;
  close(): Promise<void>;
}

/** A database copied from the migrated template, a queue prefix and a data folder of this file's own. */
export async function createTestContext(overrides: Record<string, string> = {}): Promise<TestContext> {
  const baseUrl = process.env.KERJAKU_TEST_PG_URL;
  const redisUrl = overrides.REDIS_URL ?? process.env.KERJAKU_TEST_REDIS_URL;
  if (!baseUrl || !redisUrl) throw new Error('Run the tests with the global setup (npm test), which starts PostgreSQL and Redis.');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const databaseUrl = baseUrl.replace(/\/[^/]+$/, `/${name}`);
  const dataDir = join(process.env.KERJAKU_TEST_ROOT ?? '/tmp', name);
  mkdirSync(dataDir, { recursive: true });
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: name,
    JWT_SECRET: randomBytes(32).toString('hex'),
    NIK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    NIK_HASH_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...overrides,
  };
  const config = AppConfig.from(env);
  const app = await createApp(config, { logger: false });
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const workers: INestApplicationContext[] = [];
  return {
    config,
    env,
    app,
    http: supertest.agent(app.getHttpServer()),
    db,
    mailDir: config.mail.outboxDir,
    async startWorker(workerOverrides = {}) {
      const worker = await createWorker(AppConfig.from({ ...env, ...workerOverrides }), { logger: false });
      workers.push(worker);
      return worker;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close().catch(() => undefined)));
      await app.close();
      await db.end();
    },
  };
}

/** Undoes quoted-printable soft line breaks and escapes, so a test can read the text as sent. */
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The .eml files the worker wrote, decoded. */
export function readMail(mailDir: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(mailDir).filter((file) => file.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.map((file) => decodeQuotedPrintable(readFileSync(join(mailDir, file), 'utf8')));
}

/** Waits until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The token of the newest link in the outbox e-mail of `template` sent to `recipient` (read from PostgreSQL). */
export async function linkTokenFromOutbox(db: pg.Pool, recipient: string, template: string): Promise<string> {
  const { rows } = await db.query(`SELECT body_text FROM outbox_emails WHERE recipient = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1`, [recipient, template]);
  const match = rows[0]?.body_text.match(/[?&]token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`No ${template} e-mail with a link for ${recipient}`);
  return match[1];
}
