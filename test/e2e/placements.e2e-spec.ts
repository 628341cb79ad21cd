import { createTestContext, type TestContext } from '../support/test-context.js';
import type { RegisteredUser } from '../support/factories.js';
import { createCompany, createCounsellor, createSeeker, createTrainingCentreUser, createVacancy, type Company, type Seeker } from '../support/exchange-fixtures.js';

const bearer = { type: 'bearer' } as const;
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

describe('hires and placements', () => {
  let t: TestContext;
  let company: Company;

  const apply = async (seeker: RegisteredUser, vacancyId: string): Promise<string> =>
    (await t.http.post('/api/applications').auth(seeker.accessToken, bearer).send({ vacancyId, shareAssessment: false }).expect(201)).body.id;
  const move = (user: RegisteredUser, id: string, body: Record<string, unknown>) => t.http.post(`/api/applications/${id}/transitions`).auth(user.accessToken, bearer).send(body);
  async function toOffered(id: string): Promise<void> {
    await move(company.owner, id, { to: 'screening' }).expect(200);
    await move(company.owner, id, { to: 'interview', interview: { startsAt: inDays(2), mode: 'video', place: 'https://meet.example.org/r' } }).expect(200);
    await move(company.owner, id, { to: 'offered' }).expect(200);
  }
  async function seekers(n: number): Promise<Seeker[]> {
    const list: Seeker[] = [];
    for (let i = 0; i < n; i += 1) list.push(await createSeeker(t));
    return list;
  }
  const vacancyStatus = async (id: string) => (await t.db.query(`SELECT status FROM vacancies WHERE id = $1`, [id])).rows[0].status;
  const placementCount = async (id: string) => (await t.db.query(`SELECT count(*)::int AS n FROM placements WHERE vacancy_id = $1`, [id])).rows[0].n;

  beforeAll(async () => {
    t = await createTestContext();
    company = await createCompany(t, { members: 2, name: 'PT Tekstil Ungaran' });
  });
  afterAll(() => t.close());

  it('records a hire as a placement, fills the vacancy, and closes the other applications as position_filled', async () => {
    const vacancyId = await createVacancy(t, company.id, { openings: 1, title: 'Penjahit' });
    const [hired, waiting, screened] = await seekers(3);
    const hiredId = await apply(hired, vacancyId);
    const waitingId = await apply(waiting, vacancyId);
    const screenedId = await apply(screened, vacancyId);
    await move(company.owner, screenedId, { to: 'screening' }).expect(200);

    const early = await move(company.owner, hiredId, { to: 'hired' }).expect(409);
    expect(early.body.message).toMatch(/allowed next: screening, rejected/);
    await toOffered(hiredId);
    const badDate = await move(company.owner, hiredId, { to: 'hired', startDate: '2026-02-30' }).expect(400);
    expect(badDate.body.message).toMatch(/startDate must be a real date/);
    const response = await move(company.members[1], hiredId, { to: 'hired', startDate: '2027-01-04' }).expect(200);
    expect(response.body).toMatchObject({ status: 'hired', placement: { id: expect.any(String), hiredAt: expect.any(String), startDate: '2027-01-04' } });

    expect(await vacancyStatus(vacancyId)).toBe('filled');
    expect(await placementCount(vacancyId)).toBe(1);
    const { rows } = await t.db.query(`SELECT application_id, vacancy_id, seeker_id, employer_id FROM placements WHERE vacancy_id = $1`, [vacancyId]);
    expect(rows[0]).toEqual({ application_id: hiredId, vacancy_id: vacancyId, seeker_id: hired.id, employer_id: company.id });
    const seekerStatus = async (id: string) => (await t.db.query(`SELECT status FROM job_seekers WHERE user_id = $1`, [id])).rows[0].status;
    expect(await seekerStatus(hired.id)).toBe('placed');
    expect(await seekerStatus(waiting.id)).toBe('active');

    for (const [seeker, id, from] of [
      [waiting, waitingId, 'submitted'],
      [screened, screenedId, 'screening'],
    ] as const) {
      const view = await t.http.get(`/api/applications/${id}`).auth(seeker.accessToken, bearer).expect(200);
      expect(view.body.status).toBe('rejected');
      expect(view.body.history.at(-1)).toMatchObject({ from, to: 'rejected', by: { role: 'system' }, reason: 'position_filled' });
      const notes = await t.http.get('/api/notifications').auth(seeker.accessToken, bearer).expect(200);
      expect(notes.body.items.find((n: { kind: string }) => n.kind === 'application_status').body.en).toMatch(/Reason: the position has been filled/);
    }
    const hiredNotes = await t.http.get('/api/notifications').auth(hired.accessToken, bearer).expect(200);
    expect(hiredNotes.body.items[0].title.en).toBe('Your application is hired');

    const late = await createSeeker(t);
    await t.http.post('/api/applications').auth(late.accessToken, bearer).send({ vacancyId, shareAssessment: false }).expect(409);

    const placements = await t.http.get('/api/employers/mine/placements').auth(company.owner.accessToken, bearer).expect(200);
    expect(placements.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(placements.body.items[0]).toEqual({
      id: response.body.placement.id,
      applicationId: hiredId,
      vacancy: { id: vacancyId, title: 'Penjahit' },
      seeker: { id: hired.id, fullName: hired.fullName },
      hiredAt: expect.any(String),
      startDate: '2027-01-04',
    });
  });

  it('keeps a vacancy with openings left published', async () => {
    const vacancyId = await createVacancy(t, company.id, { openings: 2 });
    const [first, second] = await seekers(2);
    const firstId = await apply(first, vacancyId);
    const secondId = await apply(second, vacancyId);
    await toOffered(firstId);
    await move(company.owner, firstId, { to: 'hired' }).expect(200);
    expect(await vacancyStatus(vacancyId)).toBe('published');
    const other = await t.http.get(`/api/applications/${secondId}`).auth(second.accessToken, bearer).expect(200);
    expect(other.body.status).toBe('submitted');
  });

  it('never hires beyond the openings when hires arrive at the same moment', async () => {
    const vacancyId = await createVacancy(t, company.id, { openings: 2 });
    const people = await seekers(6);
    const ids: string[] = [];
    for (const person of people) ids.push(await apply(person, vacancyId));
    for (const id of ids) await toOffered(id);
    const responses = await Promise.all(ids.map((id, index) => move(company.members[index % 2], id, { to: 'hired' })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    expect(await placementCount(vacancyId)).toBe(2);
    expect(await vacancyStatus(vacancyId)).toBe('filled');
    const { rows } = await t.db.query(`SELECT status, count(*)::int AS n FROM applications WHERE vacancy_id = $1 GROUP BY status ORDER BY status`, [vacancyId]);
    expect(rows).toEqual([
      { status: 'hired', n: 2 },
      { status: 'rejected', n: 4 },
    ]);
  });

  it('never records two placements for one application hired twice at once', async () => {
    const vacancyId = await createVacancy(t, company.id, { openings: 5 });
    const [seeker] = await seekers(1);
    const id = await apply(seeker, vacancyId);
    await toOffered(id);
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => move(company.members[i % 2], id, { to: 'hired' })));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(9);
    expect(await placementCount(vacancyId)).toBe(1);
    const history = await t.db.query(`SELECT count(*)::int AS n FROM application_transitions WHERE application_id = $1 AND to_status = 'hired'`, [id]);
    expect(history.rows[0].n).toBe(1);
  });

  it('shows placements to members of the company only', async () => {
    const rival = await createCompany(t, { name: 'PT Lain' });
    const theirs = await t.http.get('/api/employers/mine/placements').auth(rival.owner.accessToken, bearer).expect(200);
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    const seeker = await createSeeker(t);
    await t.http.get('/api/employers/mine/placements').auth(seeker.accessToken, bearer).expect(403);
    await t.http.get('/api/employers/mine/placements').auth((await createTrainingCentreUser(t)).accessToken, bearer).expect(403);
    await t.http.get('/api/employers/mine/placements').auth((await createCounsellor(t)).accessToken, bearer).expect(403);
    await t.http.get('/api/employers/mine/placements?limit=101').auth(company.owner.accessToken, bearer).expect(400);
  });
});

describe('the demo province', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('gives the demo employer applicants along the pipeline and the demo seeker applications', async () => {
    const { loadDemoData } = await import('../../scripts/demo/load-demo.js');
    const { DEMO_ACCOUNTS } = await import('../../scripts/demo/province.js');
    const { login } = await import('../support/factories.js');
    const { hash } = await import('argon2');
    const password = 'Coba-Kerjaku-2026';
    const started = Date.now();
    const result = await loadDemoData(t.db, { passwordHash: await hash(password, { type: 2 }), seekers: 400, employers: 30, vacancies: 80 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.counts.applications).toBeGreaterThan(6);
    const employer = await login(t.http, DEMO_ACCOUNTS.employer.email, password);
    const seeker = await login(t.http, DEMO_ACCOUNTS.job_seeker.email, password);
    const { rows } = await t.db.query(
      `SELECT v.id FROM vacancies v JOIN applications a ON a.vacancy_id = v.id JOIN employer_members m ON m.employer_id = v.employer_id JOIN users u ON u.id = m.user_id
        WHERE u.email = $1 GROUP BY v.id ORDER BY count(*) DESC LIMIT 1`,
      [DEMO_ACCOUNTS.employer.email],
    );
    const board = await t.http.get(`/api/vacancies/${rows[0].id}/applications`).auth(employer.accessToken, bearer).expect(200);
    expect(board.body.total).toBeGreaterThan(1);
    const withInterview = board.body.items.find((item: { status: string }) => item.status === 'interview');
    expect(withInterview).toBeDefined();
    const detail = await t.http.get(`/api/applications/${withInterview.id}`).auth(employer.accessToken, bearer).expect(200);
    expect(detail.body.history.map((h: { to: string }) => h.to)).toEqual(['submitted', 'screening', 'interview']);
    expect(detail.body.interview).not.toBeNull();
    const mine = await t.http.get('/api/applications/mine').auth(seeker.accessToken, bearer).expect(200);
    expect(mine.body.total).toBe(2);
  });
});
