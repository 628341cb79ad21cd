// Jest runs this outside its TypeScript transform, so it uses the build in dist/ (npm test builds
// before it runs jest).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const TEMPLATE_DATABASE = 'kerjaku_template';

/**
 * Throwaway PostgreSQL and Redis on free ports for the whole run. The schema is migrated once into
 * a template database; each test file copies it (CREATE DATABASE … TEMPLATE), as immich's medium
 * tests do.
 */
export default async function globalSetup() {
  const dist = new URL('../../dist/', import.meta.url);
  if (!existsSync(new URL('libs/persistence/src/index.js', dist))) {
    throw new Error('Build first (npm run build), or run the tests with npm test, which builds.');
  }
  const { createDataSource, loadReferenceData } = await import(new URL('libs/persistence/src/index.js', dist).href);
  const { ensureRedisServer, startEmbeddedPostgres, startRedis } = await import(new URL('scripts/lib/services.js', dist).href);
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
