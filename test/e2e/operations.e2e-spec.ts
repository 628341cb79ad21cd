import { QueueName } from '#queue';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';
import { login, registerUser } from '../support/factories.js';

const ADMIN = { email: 'ops-admin@kerjaku.test', password: 'Admin-Pass-Rembang-2026' };

describe('operations', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /health and /ready', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { postgres: 'up', redis: 'up' } });
  });

  it('returns a request id, or echoes a well-formed incoming one', async () => {
    const generated = await t.http.get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await t.http.get('/health').set('x-request-id', 'abc-123');
    expect(echoed.headers['x-request-id']).toBe('abc-123');
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const json = await t.http.get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/register', '/api/reference/{dataset}']));
    const ui = await t.http.get('/api/docs').redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });

  it('errors have one shape: statusCode, error, message', async () => {
    const response = await t.http.get('/api/no-such-route').expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });

  describe('reference data', () => {
    it.each([
      ['regions', 35],
      ['education-levels', 11],
    ])('serves %s', async (dataset, count) => {
      const response = await t.http.get(`/api/reference/${dataset}`).expect(200);
      expect(response.body).toHaveLength(count);
      expect(response.headers.etag).toBeDefined();
      expect(response.headers['cache-control']).toMatch(/max-age/);
    });

    it('serves occupations with interest ratings and skills with related skills', async () => {
      const occupations = await t.http.get('/api/reference/occupations').expect(200);
      expect(occupations.body.length).toBeGreaterThanOrEqual(150);
      expect(occupations.body[0]).toMatchObject({ code: expect.stringMatching(/^\d{4}$/), riasec: expect.any(String), jobZone: expect.any(Number) });
      expect(Object.keys(occupations.body[0].interests)).toEqual(['R', 'I', 'A', 'S', 'E', 'C']);
      const skills = await t.http.get('/api/reference/skills').expect(200);
      expect(skills.body.skills.length).toBeGreaterThanOrEqual(400);
      expect(skills.body.skills.some((skill: { related: unknown[] }) => skill.related.length > 0)).toBe(true);
    });

    it('answers 304 to a matching If-None-Match and 404 to an unknown data set', async () => {
      const first = await t.http.get('/api/reference/regions').expect(200);
      await t.http.get('/api/reference/regions').set('if-none-match', first.headers.etag).expect(304);
      const unknown = await t.http.get('/api/reference/planets').expect(404);
      expect(unknown.body.message).toMatch(/use one of regions/);
    });
  });

  describe('queue dashboard', () => {
    it('is closed to anonymous callers and to non-admins', async () => {
      await t.http.get('/admin/queues').expect(401);
      const seeker = await registerUser(t.http);
      await t.http.get('/admin/queues').auth(seeker.accessToken, { type: 'bearer' }).expect(401);
      await t.http.post('/api/admin/queue-dashboard/session').auth(seeker.accessToken, { type: 'bearer' }).expect(403);
    });

    it('opens for an admin, by bearer token or by the session cookie', async () => {
      const admin = await login(t.http, ADMIN.email, ADMIN.password);
      const page = await t.http.get('/admin/queues').auth(admin.accessToken, { type: 'bearer' }).expect(200);
      expect(page.text).toMatch(/<html/i);
      const session = await t.http.post('/api/admin/queue-dashboard/session').auth(admin.accessToken, { type: 'bearer' }).expect(204);
      const cookie = session.headers['set-cookie'];
      expect(String(cookie)).toMatch(/kerjaku_admin=.*HttpOnly/);
      const api = await t.http.get('/admin/queues/api/queues').set('cookie', String(cookie).split(';')[0]).expect(200);
      expect(api.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(Object.values(QueueName).sort());
    });
  });
});
