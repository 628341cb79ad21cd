import { Redis } from 'ioredis';
import supertest from 'supertest';
import { createApp } from '../../apps/api/src/create-app.js';
import { AK1_CHECKS_PER_MINUTE } from '../../apps/api/src/modules/ak1/ak1-verify-limiter.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { registration } from '../support/factories.js';

describe('login limits across API processes', () => {
  let t: TestContext;
  let second: Awaited<ReturnType<typeof createApp>>;

  beforeAll(async () => {
    t = await createTestContext({ LOGIN_MAX_ATTEMPTS_PER_IP: '4', LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
    // A second API process on the same database and Redis, as behind a load balancer.
    second = await createApp(t.config, { logger: false });
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('counts one IP’s attempts on every process, and answers 429 with Retry-After past the limit', async () => {
    const apps = [t.http, supertest.agent(second.getHttpServer())];
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const http = apps[attempt % 2];
      const body = registration();
      const response = await http.post('/api/auth/login').send({ login: body.email, password: 'Wrong-password-123' });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('counts one account’s failures on every process', async () => {
    // A fresh IP budget, so that only the account's counter decides.
    const client = new Redis(t.config.redis.url);
    await client.eval(`for _, key in ipairs(redis.call('keys', ARGV[1])) do redis.call('del', key) end`, 0, `${t.config.redis.queuePrefix}:login:ip*`);
    await client.quit();
    const account = registration();
    await t.http.post('/api/auth/register').send(account).expect(201);
    const apps = [t.http, supertest.agent(second.getHttpServer())];
    for (let attempt = 0; attempt < 3; attempt++) {
      await apps[attempt % 2].post('/api/auth/login').send({ login: account.email, password: 'Wrong-password-123' }).expect(401);
    }
    await apps[1].post('/api/auth/login').send({ login: account.email, password: account.password }).expect(429);
  });

  it('limits public AK/1 card checks per address, so card numbers cannot be walked for initials', async () => {
    const statuses: number[] = [];
    for (let check = 0; check < AK1_CHECKS_PER_MINUTE + 1; check++) statuses.push((await t.http.get(`/api/ak1/verify/33742026${String(check).padStart(6, '0')}`)).status);
    expect(statuses.slice(0, AK1_CHECKS_PER_MINUTE).every((status) => status === 404)).toBe(true);
    const refused = await t.http.get('/api/ak1/verify/33742026000001').expect(429);
    expect(refused.body.message).toMatch(/Too many card checks from this address; try again in \d+ seconds/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(statuses[AK1_CHECKS_PER_MINUTE]).toBe(429);
  });
});
