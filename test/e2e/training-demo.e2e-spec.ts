import { hash } from 'argon2';
import { loadDemoData } from '../../scripts/demo/load-demo.js';
import { DEMO_ACCOUNTS } from '../../scripts/demo/province.js';
import { ADMIN_ENV } from '../support/exchange.js';
import { login } from '../support/factories.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

const bearer = { type: 'bearer' } as const;
const PASSWORD = 'Coba-Kerjaku-2026';

describe('demo trainings', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
    const result = await loadDemoData(t.db, { passwordHash: await hash(PASSWORD, { type: 2 }), seekers: 500, employers: 30, vacancies: 80 });
    expect(result.counts.enrolments).toBe(10);
  }, 60_000);
  afterAll(() => t.close());

  it('gives the demo BLK applicants to decide and a running cohort the instructor can complete', async () => {
    const staff = await login(t.http, DEMO_ACCOUNTS.training_centre.email, PASSWORD);
    const programmes = await t.http.get('/api/training-programmes?limit=100').auth(staff.accessToken, bearer).expect(200);
    expect(programmes.body.total).toBeGreaterThanOrEqual(5);
    const cohorts = (
      await Promise.all(programmes.body.items.map((p: { id: string }) => t.http.get(`/api/training-programmes/${p.id}/cohorts`).auth(staff.accessToken, bearer).expect(200)))
    ).flatMap((response) => response.body as Array<{ id: string; status: string; selection: boolean }>);
    const selected = cohorts.find((cohort) => cohort.selection)!;
    const applicants = await t.http.get(`/api/cohorts/${selected.id}/enrolments?status=applied`).auth(staff.accessToken, bearer).expect(200);
    expect(applicants.body.total).toBe(5);
    await t.http.post(`/api/enrolments/${applicants.body.items[0].id}/accept`).auth(staff.accessToken, bearer).expect(200);

    const running = cohorts.find((cohort) => cohort.status === 'running' && cohort.id !== selected.id);
    const sheet = await t.http.get(`/api/cohorts/${running!.id}/attendance`).auth(staff.accessToken, bearer).expect(200);
    expect(sheet.body.trainees).toHaveLength(4);
    const done = await t.http.post(`/api/cohorts/${running!.id}/complete`).auth(staff.accessToken, bearer).expect(200);
    if (sheet.body.sessions.filter((s: { held: boolean }) => s.held).length > 1) {
      expect(done.body.completed).toHaveLength(3);
      expect(done.body.notCompleted).toHaveLength(1);
    }

    const seeker = await login(t.http, DEMO_ACCOUNTS.job_seeker.email, PASSWORD);
    const mine = await t.http.get('/api/enrolments/mine').auth(seeker.accessToken, bearer).expect(200);
    expect(mine.body.map((e: { status: string }) => e.status)).toEqual(['accepted']);
    const trainings = await t.http.get('/api/trainings').expect(200);
    expect(trainings.body.total).toBeGreaterThan(10);
  });
});
