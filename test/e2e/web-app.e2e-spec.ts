import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultWebDistDir } from '../../apps/api/src/web-app.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

describe('the API serves the built web app', () => {
  const dist = defaultWebDistDir();
  let t: TestContext;

  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`No web app build in ${dist}; npm test builds it (or run node -e "import('./scripts/bootstrap.mjs').then((m) => m.buildWebApp())").`);
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('answers the app shell, never cached, at / and at any app route', async () => {
    for (const path of ['/', '/vacancies/0b6f8a4e-2a53-4c43-9a0e-3f4f6f0e1a11', '/verify/3374-2026-000001', '/login?next=/profile']) {
      const response = await t.http.get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('<div id="root"></div>');
    }
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const asset = readdirSync(join(dist, 'assets')).find((file) => file.endsWith('.js'));
    const response = await t.http.get(`/assets/${asset}`).expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves server paths to the server: unknown API routes are JSON 404s', async () => {
    for (const path of ['/api/no-such-route', '/api', '/admin/queues/no-such-page', '/health/extra']) {
      const response = await t.http.get(path).expect(404);
      expect(response.headers['content-type']).toMatch(/json/);
    }
    await t.http.get('/health').expect(200);
    await t.http.get('/api/reference/regions').expect(200);
  });

  it('reloads the admin pages of the web app, which share /admin with the queue dashboard', async () => {
    for (const path of ['/admin/employers', '/admin/psychometrics', '/admin/matching']) {
      await t.http.get(path).expect(200, /<div id="root"><\/div>/);
    }
  });

  it('does not serve the build metadata', async () => {
    const response = await t.http.get('/.vite/manifest.json').expect(200);
    expect(response.text).toContain('<div id="root"></div>');
    await t.http.get('/.source-digest').expect(200, /<div id="root"><\/div>/);
  });
});
