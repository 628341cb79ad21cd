import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDataSource, loadReferenceData } from '#persistence';
import { ensureRedisServer, startEmbeddedPostgres, startRedis, type RunningPostgres, type RunningRedis } from '../../scripts/lib/services.js';

export const TEMPLATE_DATABASE = 'kerjaku_template';

declare global {
  var __kerjakuServices: { postgres: RunningPostgres; redis: RunningRedis } | undefined;
}

/**
 * Throwaway PostgreSQL and Redis on free ports for the whole run. The schema is migrated once into a
 * template database; each test file copies it (CREATE DATABASE … TEMPLATE), as immich's medium tests do.
 */
export default async function globalSetup(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'kerjaku-test-'));
  const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), database: TEMPLATE_DATABASE, persistent: false });
  const redis = await startRedis({ binary: ensureRedisServer() });
  const dataSource = createDataSource(postgres.url, 2, 'kerjaku-test-setup');
  await dataSource.initialize();
  await dataSource.runMigrations();
  await loadReferenceData(dataSource);
  await dataSource.destroy();
  // No session may stay connected to a template, or CREATE DATABASE … TEMPLATE fails.
  const admin = new pg.Client({ connectionString: postgres.url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
  await admin.end();
  process.env.KERJAKU_TEST_PG_URL = postgres.url;
  process.env.KERJAKU_TEST_REDIS_URL = redis.url;
  process.env.KERJAKU_TEST_ROOT = root;
  globalThis.__kerjakuServices = { postgres, redis };
}
