import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '#config';
import { createDataSource, loadReferenceData } from '#persistence';
import { createApp } from '../../apps/api/src/create-app.js';
import { createWorker } from '../../apps/worker/src/create-worker.js';
import { MaintenanceProcessor } from '../../apps/worker/src/processors/maintenance.processor.js';
import { ensureRedisServer, freePort, startEmbeddedPostgres, startRedis, type RunningPostgres, type RunningRedis } from '../../scripts/lib/services.js';
import { eventually, readMail } from '../support/test-context.js';
import { registration, STRONG_PASSWORD } from '../support/factories.js';
import supertest from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * PostgreSQL and Redis of this file's own, so that stopping them does not disturb other test files.
 */
describe('when PostgreSQL or Redis stops', () => {
  let root: string;
  let postgres: RunningPostgres;
  let redis: RunningRedis;
  let redisPort: number;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext | undefined;
  let config: AppConfig;
  const redisBinary = ensureRedisServer();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kerjaku-outage-'));
    postgres = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), database: 'kerjaku', persistent: true });
    redisPort = await freePort();
    redis = await startRedis({ binary: redisBinary, port: redisPort });
    const dataSource = createDataSource(postgres.url, 2);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadReferenceData(dataSource);
    await dataSource.destroy();
    config = AppConfig.from({
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      JWT_SECRET: 'o'.repeat(40),
      NIK_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      NIK_HASH_KEY: Buffer.alloc(32, 4).toString('base64'),
      DATA_DIR: join(root, 'data'),
      LOG_LEVEL: 'silent',
      QUEUE_PREFIX: 'outage',
    });
    app = await createApp(config, { logger: false });
  });

  afterAll(async () => {
    await worker?.close();
    await app.close();
    await redis.stop();
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('Redis down: /ready says 503, login says 503 (not 500), registration still saves; all recovers and no e-mail is lost', async () => {
    const http = supertest(app.getHttpServer());
    await http.post('/api/auth/register').send(registration()).expect(201);
    await redis.stop();

    const ready = await http.get('/ready').expect(503);
    expect(ready.body.checks).toEqual({ postgres: 'up', redis: 'down' });
    expect(ready.headers['retry-after']).toBe('5');
    const body = registration();
    const loginWhileDown = await http.post('/api/auth/login').send({ login: 'someone@example.org', password: STRONG_PASSWORD });
    expect(loginWhileDown.status).toBe(503);
    expect(loginWhileDown.body.message).toMatch(/temporarily unavailable/);
    // The account and its e-mail are written to PostgreSQL; only the enqueue fails, which the reconciler repairs.
    await http.post('/api/auth/register').send(body).expect(201);

    redis = await startRedis({ binary: redisBinary, port: redisPort });
    await eventually(async () => (await http.get('/ready')).status === 200, 15_000, 'readiness after Redis is back');
    await http.post('/api/auth/login').send({ login: body.email, password: STRONG_PASSWORD }).expect(200);

    // Redis came back empty (no persistence here): the job for the e-mail written during the outage is lost.
    worker = await createWorker(config, { logger: false });
    const { requeued } = await worker.get(MaintenanceProcessor).reconcileOutbox(0);
    expect(requeued).toBeGreaterThanOrEqual(1);
    await eventually(() => readMail(config.mail.outboxDir).filter((mail) => mail.includes(body.email as string)).length === 1, 15_000, 'the e-mail');
  });

  it('PostgreSQL down: /ready says 503 and requests that need it get 503; it recovers by itself', async () => {
    const http = supertest(app.getHttpServer());
    const user = registration();
    const registered = await http.post('/api/auth/register').send(user).expect(201);
    const token = registered.body.tokens.accessToken;
    await postgres.stop();

    const ready = await http.get('/ready').expect(503);
    expect(ready.body.checks.postgres).toBe('down');
    const me = await http.get('/api/auth/me').auth(token, { type: 'bearer' });
    expect(me.status).toBe(503);
    const reference = await http.get('/api/reference/skills');
    expect([200, 503]).toContain(reference.status); // cached data may still be served
    const register = await http.post('/api/auth/register').send(registration());
    expect(register.status).toBe(503);

    postgres = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), database: 'kerjaku', persistent: true, port: postgres.port });
    await eventually(async () => (await http.get('/ready')).status === 200, 20_000, 'readiness after PostgreSQL is back');
    await eventually(async () => (await http.get('/api/auth/me').auth(token, { type: 'bearer' })).status === 200, 10_000, 'a request after recovery');
  });
});
