import { DEFAULT_MATCH_WEIGHTS } from '#domain';
import { ADMIN_ENV, adminToken, createCompany, publishedVacancy, type Company } from '../support/exchange.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { completeProfile, referenceCodes, type ReferenceCodes } from '../support/job-seekers.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';

// The whole way round with the real worker: what people do through the API reaches the lists the
// worker stores, and the matching routes serve them (the read routes' own tests insert lists in SQL).

const bearer = { type: 'bearer' } as const;

interface JobItem {
  vacancy: { id: string };
  score: number;
  components: Array<{ component: string; value: number; weight: number }>;
  skills: { matched: Array<{ skillId: number; nameEn: string }> };
}

describe('matching through the API with the worker', () => {
  let t: TestContext;
  let codes: ReferenceCodes;
  let company: Company;
  let seeker: RegisteredUser;
  let vacancyId: string;

  const jobs = async (user: RegisteredUser, query = '') => (await t.http.get(`/api/matching/jobs${query}`).auth(user.accessToken, bearer).expect(200)).body;

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
    codes = await referenceCodes(t.db);
    company = await createCompany(t);
    vacancyId = await publishedVacancy(t, company, {
      title: 'Operator Mesin Jahit',
      occupationCode: codes.occupationCode,
      skills: [
        { skillId: codes.skillIds[0], importance: 'required', weight: 2 },
        { skillId: codes.skillIds[4], importance: 'preferred', weight: 1 },
      ],
    });
    seeker = await registerUser(t.http, { fullName: 'Ayu Pratiwi' });
    await completeProfile(t.http, seeker, codes);
    await t.startWorker();
  }, 60_000);
  afterAll(() => t.close());

  it('recommends the vacancy to the seeker with the same score and reasons an explanation gives', async () => {
    const list = await eventually(async () => {
      const body = await jobs(seeker);
      return body.status === 'ready' && body.items.some((item: JobItem) => item.vacancy.id === vacancyId) ? body : undefined;
    }, 20_000, 'the seeker to be matched');
    const item = list.items.find((candidate: JobItem) => candidate.vacancy.id === vacancyId) as JobItem;
    expect(item.skills.matched).toEqual([expect.objectContaining({ skillId: codes.skillIds[0], nameEn: expect.any(String) })]);
    const explanation = await t.http.get(`/api/matching/explanation?vacancyId=${vacancyId}`).auth(seeker.accessToken, bearer).expect(200);
    expect(explanation.body.eligible).toBe(true);
    expect(item.score).toBeCloseTo(explanation.body.score, 5);
    expect(item.components.map((c) => c.component)).toEqual(explanation.body.components.map((c: { component: string }) => c.component));
    item.components.forEach((component, i) => expect(component.value).toBeCloseTo(explanation.body.components[i].value, 5));
  });

  it("shows the seeker among the vacancy's candidates, without interest fit", async () => {
    const body = await eventually(async () => {
      const response = await t.http.get(`/api/vacancies/${vacancyId}/candidates`).auth(company.owner.accessToken, bearer).expect(200);
      return response.body.items.some((item: { seeker: { id: string } }) => item.seeker.id === seeker.id) ? response.body : undefined;
    }, 10_000, 'the candidate list');
    const item = body.items.find((candidate: { seeker: { id: string } }) => candidate.seeker.id === seeker.id);
    expect(item).toMatchObject({ seeker: { name: 'Ayu Pratiwi', regencyCode: '3374', educationLevel: 'SMK' }, applicationId: null });
    expect(item.components.map((c: { component: string }) => c.component)).not.toContain('interest');
  });

  it('drops a vacancy from the list as soon as it closes', async () => {
    await t.http.post(`/api/vacancies/${vacancyId}/close`).auth(company.owner.accessToken, bearer).send({}).expect(200);
    const body = await jobs(seeker);
    expect(body.items.map((item: JobItem) => item.vacancy.id)).not.toContain(vacancyId);
    const candidates = await t.http.get(`/api/vacancies/${vacancyId}/candidates`).auth(company.owner.accessToken, bearer).expect(200);
    expect(candidates.body).toMatchObject({ total: 0, items: [] });
  });

  it("rebuilds the lists with an admin's new weights", async () => {
    const other = await publishedVacancy(t, company, { title: 'Penjahit Pola', occupationCode: codes.occupationCode, skills: [{ skillId: codes.skillIds[1], importance: 'required', weight: 1 }] });
    await eventually(async () => (await jobs(seeker)).items.some((item: JobItem) => item.vacancy.id === other), 20_000, 'the new vacancy to be matched');
    const admin = await adminToken(t);
    const weights = { ...DEFAULT_MATCH_WEIGHTS, skills: 6 };
    const saved = await t.http.put('/api/admin/matching/weights').auth(admin.accessToken, bearer).send({ weights, reason: 'Skills first for the pilot' }).expect(200);
    const list = await eventually(async () => {
      const body = await jobs(seeker);
      return body.weightSetId === saved.body.active.id ? body : undefined;
    }, 30_000, 'the list to be rebuilt with the new weights');
    expect(list.items[0].components.find((c: { component: string }) => c.component === 'skills').weight).toBe(6);
    const status = await t.http.get('/api/admin/matching/status').auth(admin.accessToken, bearer).expect(200);
    expect(status.body.activeWeightSet.id).toBe(saved.body.active.id);
  });
});
