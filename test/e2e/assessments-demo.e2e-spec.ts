import { hash } from 'argon2';
import { loadDemoData } from '../../scripts/demo/load-demo.js';
import { DEMO_ACCOUNTS } from '../../scripts/demo/province.js';
import { ADMIN, ADMIN_ENV } from '../support/exchange.js';
import { login } from '../support/factories.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

const bearer = { type: 'bearer' } as const;
const PASSWORD = 'Coba-Kerjaku-2026';

describe('demo assessments', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
    const started = Date.now();
    const result = await loadDemoData(t.db, { passwordHash: await hash(PASSWORD, { type: 2 }), seekers: 500, employers: 30, vacancies: 80 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.counts.assessments).toBeGreaterThan(600);
  }, 60_000);
  afterAll(() => t.close());

  it('gives the demo seeker scored results for both inventories, with suggestions', async () => {
    const seeker = await login(t.http, DEMO_ACCOUNTS.job_seeker.email, PASSWORD);
    const mine = await t.http.get('/api/assessments/mine').auth(seeker.accessToken, bearer).expect(200);
    expect(mine.body.items.map((item: { kind: string; status: string; resultStatus: string }) => [item.kind, item.status, item.resultStatus]).sort()).toEqual([
      ['interest', 'scored', 'valid'],
      ['personality', 'scored', 'valid'],
    ]);
    const interest = mine.body.items.find((item: { kind: string }) => item.kind === 'interest');
    const result = await t.http.get(`/api/assessments/${interest.id}/result`).auth(seeker.accessToken, bearer).expect(200);
    expect(result.body.holland.code[0]).toBe('S');
    const suggestions = await t.http.get(`/api/assessments/${interest.id}/suggestions`).auth(seeker.accessToken, bearer).expect(200);
    expect(suggestions.body.items.length).toBeGreaterThan(0);
  });

  it('gives the demo counsellor results with flags, and the admin alphas without alarms', async () => {
    const counsellor = await login(t.http, DEMO_ACCOUNTS.counsellor.email, PASSWORD);
    const feed = await t.http.get('/api/counsellor/assessments?limit=100').auth(counsellor.accessToken, bearer).expect(200);
    expect(feed.body.total).toBeGreaterThan(20);
    const statuses = new Set<string>();
    for (let page = 1; page <= Math.ceil(feed.body.total / 100); page += 1) {
      const more = await t.http.get(`/api/counsellor/assessments?limit=100&page=${page}`).auth(counsellor.accessToken, bearer).expect(200);
      for (const item of more.body.items) statuses.add(item.status);
    }
    expect([...statuses].sort()).toEqual(['invalid', 'valid']);
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    const reliability = await t.http.get('/api/admin/psychometrics/reliability').auth(admin.accessToken, bearer).expect(200);
    expect(reliability.body.items).toHaveLength(11);
    for (const item of reliability.body.items) expect(item).toMatchObject({ alpha: expect.any(Number), alarm: false });
  });
});
