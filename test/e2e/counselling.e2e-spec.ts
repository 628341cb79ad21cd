import fc from 'fast-check';
import { wibDate } from '#domain';
import { CounsellingProcessor } from '../../apps/worker/src/processors/counselling.processor.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { createCompany, createTrainingCentreUser, createVacancy, type Company } from '../support/exchange-fixtures.js';
import { completeProfile, referenceCodes, staffUser, type ReferenceCodes } from '../support/job-seekers.js';

const bearer = { type: 'bearer' } as const;
const MISSING_ID = '3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13';

describe('counselling', () => {
  let t: TestContext;
  let codes: ReferenceCodes;
  let nikSequence = 100;
  // Two counsellors of Kota Semarang (3374), in id order; one of Kabupaten Cilacap (3301).
  let first: RegisteredUser;
  let second: RegisteredUser;
  let elsewhere: RegisteredUser;
  let company: Company;
  let vacancyId: string;
  let budi: RegisteredUser; // not in a priority group
  let sari: RegisteredUser; // a woman: priority
  let agus: RegisteredUser;
  let admin: RegisteredUser;

  const as = (user: RegisteredUser) => ({
    get: (path: string) => t.http.get(path).auth(user.accessToken, bearer),
    post: (path: string, body: object = {}) => t.http.post(path).auth(user.accessToken, bearer).send(body),
    put: (path: string, body: object = {}) => t.http.put(path).auth(user.accessToken, bearer).send(body),
    delete: (path: string) => t.http.delete(path).auth(user.accessToken, bearer),
  });

  /** A seeker who completes the profile and gets an AK/1 card (which opens their case). */
  async function seekerWithCard(fullName: string, options: { regency?: string; gender?: 'F' | 'M'; birthDate?: string } = {}): Promise<RegisteredUser> {
    const user = await registerUser(t.http, { fullName });
    await completeProfile(t.http, user, codes, { regency: options.regency ?? '3374', gender: options.gender ?? 'M', birthDate: options.birthDate ?? '1990-05-10', sequence: nikSequence++ });
    await as(user).post('/api/ak1/me').expect(201);
    return user;
  }

  const caseOf = async (seekerId: string) => {
    const { rows } = await t.db.query(`SELECT id, counsellor_id, priority_groups, status FROM cases WHERE seeker_id = $1 ORDER BY opened_at DESC LIMIT 1`, [seekerId]);
    return rows[0] as { id: string; counsellor_id: string | null; priority_groups: string[]; status: string } | undefined;
  };

  beforeAll(async () => {
    t = await createTestContext();
    codes = await referenceCodes(t.db);
    const semarang = [await staffUser(t.http, t.db, 'counsellor', '3374'), await staffUser(t.http, t.db, 'counsellor', '3374')].sort((a, b) => (a.id < b.id ? -1 : 1));
    [first, second] = semarang;
    elsewhere = await staffUser(t.http, t.db, 'counsellor', '3301');
    admin = await staffUser(t.http, t.db, 'admin');
    company = await createCompany(t, { name: 'PT Garmen Jaya' });
    vacancyId = await createVacancy(t, company.id, { title: 'Operator Jahit', openings: 5 });
  });
  afterAll(() => t.close());

  describe('caseload assignment', () => {
    it('assigns a new card holder to the least-loaded counsellor of their office, ties by id, with a first risk profile', async () => {
      budi = await seekerWithCard('Budi Santoso');
      const budiCase = await caseOf(budi.id);
      expect(budiCase).toMatchObject({ counsellor_id: first.id, priority_groups: [], status: 'open' });
      sari = await seekerWithCard('Sari Wulandari', { gender: 'F' });
      expect(await caseOf(sari.id)).toMatchObject({ counsellor_id: second.id, priority_groups: ['women'] });
      // Loads: first 1, second 1.5 (a priority case weighs more): the next goes to first.
      agus = await seekerWithCard('Agus Prasetyo');
      expect((await caseOf(agus.id))!.counsellor_id).toBe(first.id);
      const page = await as(first).get(`/api/counselling/cases/${budi.id}`).expect(200);
      expect(page.body.risk).toMatchObject({ score: expect.any(Number), level: expect.stringMatching(/low|medium|high/), override: null });
      expect(page.body.risk.factors.map((f: { factor: string }) => f.factor)).toEqual(expect.arrayContaining(['monthsWithoutWork', 'education', 'skills']));
      expect(JSON.stringify(page.body.risk.factors)).not.toMatch(/gender|religion|marital|disabilit/i);
      expect(page.body.case.assignments).toEqual([expect.objectContaining({ from: null, to: { id: first.id, fullName: expect.any(String) }, reason: 'caseload' })]);
      expect(page.body.ak1).toMatchObject({ number: expect.stringMatching(/^3374/) });
    });

    it('serves a waiting priority seeker first, to the least-loaded counsellor', async () => {
      // Kabupaten Kudus (3319) has an office but no counsellor yet: both wait.
      await t.db.query(`INSERT INTO counselling_offices (regency_code, name, address) VALUES ('3319', 'Disnaker Kudus', 'Jl. Kudus 1')`);
      const plain = await seekerWithCard('Joko Susilo', { regency: '3319' });
      const youth = await seekerWithCard('Rina Putri', { regency: '3319', gender: 'M', birthDate: `${Number(wibDate(new Date()).slice(0, 4)) - 19}-01-15` });
      expect((await caseOf(plain.id))!.counsellor_id).toBeNull();
      expect(await caseOf(youth.id)).toMatchObject({ counsellor_id: null, priority_groups: ['youth'] });
      const kudus = [await staffUser(t.http, t.db, 'counsellor', '3319'), await staffUser(t.http, t.db, 'counsellor', '3319')].sort((a, b) => (a.id < b.id ? -1 : 1));
      const worker = await t.startWorker();
      // The worker's schedule may run the job first (its first run is at start); either way both are assigned once.
      await worker.get(CounsellingProcessor).assignCaseloads();
      expect((await caseOf(youth.id))!.counsellor_id).toBe(kudus[0].id);
      expect((await caseOf(plain.id))!.counsellor_id).toBe(kudus[1].id);
      expect((await worker.get(CounsellingProcessor).assignCaseloads()).assigned).toBe(0);

      // The nightly recomputation puts back what the facts say (here after a stale stored score).
      await t.db.query(`UPDATE cases SET risk_score = 0, risk_level = 'low' WHERE seeker_id = $1`, [plain.id]);
      const refreshed = await worker.get(CounsellingProcessor).refreshRiskProfiles(new Date());
      expect(refreshed.changed).toBeGreaterThanOrEqual(1);
      const { rows } = await t.db.query(`SELECT risk_score FROM cases WHERE seeker_id = $1`, [plain.id]);
      expect(rows[0].risk_score).toBeGreaterThan(0);
      expect((await worker.get(CounsellingProcessor).refreshRiskProfiles(new Date())).changed).toBe(0);
    });

    it('lets a counsellor of the office or an admin reassign, with a reason, to a counsellor of the same office', async () => {
      const missingReason = await as(second).post(`/api/counselling/cases/${budi.id}/reassign`, { counsellorId: second.id }).expect(400);
      expect(missingReason.body.message).toMatch(/reason/);
      const otherOffice = await as(second).post(`/api/counselling/cases/${budi.id}/reassign`, { counsellorId: elsewhere.id, reason: 'Pindah domisili' }).expect(400);
      expect(otherOffice.body.message).toMatch(/counsellor of the same office/);
      const moved = await as(second).post(`/api/counselling/cases/${budi.id}/reassign`, { counsellorId: second.id, reason: 'Rebalancing the caseload' }).expect(200);
      expect(moved.body.case.counsellor).toMatchObject({ id: second.id });
      expect(moved.body.case.assignments.at(-1)).toMatchObject({ from: { id: first.id }, to: { id: second.id }, reason: 'Rebalancing the caseload' });
      await as(admin).post(`/api/counselling/cases/${budi.id}/reassign`, { counsellorId: first.id, reason: 'Back to the first counsellor' }).expect(200);
      expect((await caseOf(budi.id))!.counsellor_id).toBe(first.id);
    });
  });

  describe('the dashboard', () => {
    it("lists the office's open cases, with every sort and filter, and mine=true for one's own", async () => {
      for (const sort of ['risk', 'lastContact', 'followUpDue', 'planProgress']) {
        const response = await as(first).get(`/api/counselling/cases?sort=${sort}`).expect(200);
        expect(response.body.total).toBe(3);
        expect(response.body.items.every((item: { seeker: { id: string } }) => typeof item.seeker.id === 'string')).toBe(true);
      }
      // Orders: highest risk first; never contacted, then longest ago; soonest follow-up; least progress.
      await t.db.query(`UPDATE cases SET last_contact_at = now() - interval '3 days', next_follow_up_on = current_date + 5, plan_progress = 80 WHERE seeker_id = $1`, [budi.id]);
      await t.db.query(`UPDATE cases SET last_contact_at = now() - interval '9 days', next_follow_up_on = current_date + 1, plan_progress = 20 WHERE seeker_id = $1`, [sari.id]);
      const order = async (query: string) =>
        ((await as(first).get(`/api/counselling/cases?${query}`).expect(200)).body.items as Array<{ seeker: { id: string } }>).map((i) => i.seeker.id).filter((id) => id === budi.id || id === sari.id);
      expect(await order('sort=lastContact')).toEqual([sari.id, budi.id]);
      expect(await order('sort=followUpDue')).toEqual([sari.id, budi.id]);
      expect(await order('sort=planProgress')).toEqual([sari.id, budi.id]);
      const ranks = (await as(first).get('/api/counselling/cases?sort=risk').expect(200)).body.items.map((i: { risk: { effectiveLevel: string; score: number } }) => [
        { low: 1, medium: 2, high: 3 }[i.risk.effectiveLevel],
        i.risk.score,
      ]);
      expect(ranks).toEqual([...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
      await t.db.query(`UPDATE cases SET last_contact_at = NULL, next_follow_up_on = NULL, plan_progress = NULL WHERE seeker_id = ANY($1::uuid[])`, [[budi.id, sari.id]]);
      const women = await as(first).get('/api/counselling/cases?priority=women').expect(200);
      expect(women.body.items.map((i: { seeker: { id: string } }) => i.seeker.id)).toEqual([sari.id]);
      const anyPriority = await as(first).get('/api/counselling/cases?priority=any').expect(200);
      expect(anyPriority.body.total).toBe(1);
      const mine = await as(second).get('/api/counselling/cases?mine=true').expect(200);
      expect(mine.body.items.map((i: { seeker: { id: string } }) => i.seeker.id)).toEqual([sari.id]);
      const level = (await as(first).get(`/api/counselling/cases/${budi.id}`).expect(200)).body.risk.level;
      const byLevel = await as(first).get(`/api/counselling/cases?riskLevel=${level}`).expect(200);
      expect(byLevel.body.items.map((i: { seeker: { id: string } }) => i.seeker.id)).toContain(budi.id);
      const bad = await as(first).get('/api/counselling/cases?sort=name&riskLevel=extreme&mine=maybe').expect(400);
      expect(bad.body.message).toMatch(/sort must be one of risk, lastContact, followUpDue, planProgress/);
      expect(bad.body.message).toMatch(/riskLevel must be one of/);
      const other = await as(elsewhere).get('/api/counselling/cases').expect(200);
      expect(other.body.total).toBe(0);
    });
  });

  describe('profiling', () => {
    it('overrides the level only with a reason, keeping the computed score and who/when', async () => {
      const none = await as(first).put(`/api/counselling/cases/${budi.id}/profiling/override`, { level: 'high' }).expect(400);
      expect(none.body.message).toMatch(/reason must say why/);
      await as(first).put(`/api/counselling/cases/${budi.id}/profiling/override`, { level: 'high', reason: '   ' }).expect(400);
      await as(first).put(`/api/counselling/cases/${budi.id}/profiling/override`, { level: 'urgent', reason: 'Recently laid off, three dependants' }).expect(400);
      const before = (await as(first).get(`/api/counselling/cases/${budi.id}`).expect(200)).body.risk;
      const risk = await as(first).put(`/api/counselling/cases/${budi.id}/profiling/override`, { level: 'high', reason: 'Recently laid off, three dependants' }).expect(200);
      expect(risk.body).toMatchObject({ score: before.score, level: before.level, effectiveLevel: 'high', override: { level: 'high', reason: 'Recently laid off, three dependants', by: { id: first.id }, at: expect.any(String) } });
      const dashboard = await as(first).get('/api/counselling/cases?riskLevel=high').expect(200);
      expect(dashboard.body.items.map((i: { seeker: { id: string } }) => i.seeker.id)).toContain(budi.id);
      const refreshed = await as(first).post(`/api/counselling/cases/${budi.id}/profiling`).expect(200);
      expect(refreshed.body.override).toMatchObject({ level: 'high' });
      const cleared = await as(first).delete(`/api/counselling/cases/${budi.id}/profiling/override`).expect(200);
      expect(cleared.body).toMatchObject({ override: null, effectiveLevel: before.level });
    });
  });

  describe('sessions, plan, referrals and the seeker side', () => {
    it('keeps internal notes from the seeker and notifies the seeker of a session', async () => {
      const startsAt = new Date(Date.now() - 3600 * 1000).toISOString();
      const created = await as(first)
        .post(`/api/counselling/cases/${budi.id}/sessions`, {
          mode: 'in_person',
          startsAt,
          notes: [
            { body: 'Discussed the CV; will apply to garment vacancies.', visibility: 'shared' },
            { body: 'INTERNAL: seems discouraged, check again soon.', visibility: 'internal' },
          ],
        })
        .expect(201);
      const sessionId = created.body.id as string;
      await as(first).post(`/api/counselling/cases/${budi.id}/sessions/${sessionId}/notes`, { body: 'INTERNAL: second remark', visibility: 'internal' }).expect(201);
      await as(first).post(`/api/counselling/cases/${budi.id}/sessions`, { mode: 'video', startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString() }).expect(201);
      const page = await as(first).get(`/api/counselling/cases/${budi.id}`).expect(200);
      expect(page.body.sessions.find((s: { id: string }) => s.id === sessionId).notes).toHaveLength(3);
      expect(page.body.case.lastContactAt).toBe(startsAt);

      const mine = await as(budi).get('/api/job-seekers/me/counselling').expect(200);
      expect(mine.body.counsellor).toMatchObject({ id: first.id });
      expect(mine.body.office).toMatchObject({ regencyCode: '3374' });
      expect(mine.body.upcomingSessions).toHaveLength(1);
      expect(JSON.stringify(mine.body)).not.toContain('INTERNAL');
      expect(JSON.stringify(mine.body)).toContain('Discussed the CV');

      const notifications = await as(budi).get('/api/notifications?limit=50').expect(200);
      expect(notifications.body.items.filter((n: { kind: string }) => n.kind === 'counselling')).toHaveLength(2);

      const none = await as(await registerUser(t.http)).get('/api/job-seekers/me/counselling').expect(200);
      expect(none.body).toMatchObject({ case: null, counsellor: null, sessions: [] });
    });

    it('keeps an action plan with reviews and its progress', async () => {
      const added = await as(first).post(`/api/counselling/cases/${budi.id}/goals`, { kind: 'apply_jobs', title: 'Apply to three vacancies', dueOn: '2030-01-15' }).expect(201);
      await as(first).post(`/api/counselling/cases/${budi.id}/goals`, { kind: 'get_document', title: 'Get a police certificate (SKCK)' }).expect(201);
      const goalId = added.body.plan.goals[0].id as string;
      expect(added.body.plan.progress).toBe(0);
      const reviewed = await as(first).post(`/api/counselling/cases/${budi.id}/goals/${goalId}/reviews`, { status: 'done', note: 'Applied to three.' }).expect(201);
      expect(reviewed.body.plan.progress).toBe(50);
      expect(reviewed.body.plan.goals[0]).toMatchObject({ status: 'done', reviews: [{ status: 'done', note: 'Applied to three.' }] });
      await as(first).post(`/api/counselling/cases/${budi.id}/goals`, { kind: 'travel', title: 'x', dueOn: '2030-02-30' }).expect(400);
      const mine = await as(budi).get('/api/job-seekers/me/counselling').expect(200);
      expect(mine.body.plan).toMatchObject({ progress: 50, goals: [{ title: 'Apply to three vacancies', status: 'done' }, { status: 'open' }] });
    });

    it('refers to a vacancy: an application marked as referred by the office, on the employer board', async () => {
      const referred = await as(first).post(`/api/counselling/cases/${budi.id}/referrals`, { kind: 'vacancy', vacancyId, note: 'Good fit for sewing' }).expect(201);
      const application = referred.body.applications.find((a: { vacancy: { id: string } }) => a.vacancy.id === vacancyId);
      expect(application).toMatchObject({ referred: true, status: 'submitted' });
      expect(referred.body.referrals[0]).toMatchObject({ kind: 'vacancy', vacancy: { id: vacancyId }, application: { id: application.id } });

      const board = await as(company.owner).get(`/api/vacancies/${vacancyId}/applications`).expect(200);
      expect(board.body.items).toEqual([expect.objectContaining({ id: application.id, referredBy: { office: { id: expect.any(String), name: 'Disnaker 3374' } } })]);
      const detail = await as(company.owner).get(`/api/applications/${application.id}`).expect(200);
      expect(detail.body.history[0]).toMatchObject({ to: 'submitted', by: { role: 'counsellor' } });

      const twice = await as(first).post(`/api/counselling/cases/${budi.id}/referrals`, { kind: 'vacancy', vacancyId }).expect(409);
      expect(twice.body.message).toMatch(/already has an open application/);
      await as(first).post(`/api/counselling/cases/${budi.id}/referrals`, { kind: 'vacancy' }).expect(400);
      await as(first).post(`/api/counselling/cases/${budi.id}/referrals`, { kind: 'vacancy', vacancyId: MISSING_ID }).expect(404);

      const seekerView = await as(budi).get('/api/job-seekers/me/counselling').expect(200);
      expect(seekerView.body.referrals[0]).toMatchObject({ kind: 'vacancy', vacancy: { id: vacancyId } });
      expect(seekerView.body.referrals[0].note).toBeUndefined();
      const notices = await as(budi).get('/api/notifications?limit=50').expect(200);
      expect(notices.body.items.some((n: { title: { en: string } }) => n.title.en === 'You were referred to a vacancy')).toBe(true);
    });

    it('refers to a training cohort: an enrolment request through the training service, naming the counsellor', async () => {
      const { rows } = await t.db.query(
        `WITH c AS (INSERT INTO training_centres (name, regency_code, address, verified_at) VALUES ('BLK Semarang', '3374', 'Jl. Brigjen', now()) RETURNING id),
              p AS (INSERT INTO training_programmes (centre_id, title, vocational_field, description, hours, education_min)
                    SELECT id, 'Menjahit Dasar', 'garment', 'Dasar menjahit', 120, 'SD' FROM c RETURNING id)
         INSERT INTO training_cohorts (programme_id, starts_on, ends_on, capacity) SELECT id, '2030-02-01', '2030-03-01', 20 FROM p RETURNING id`,
      );
      const cohortId = rows[0].id as string;
      const referred = await as(first).post(`/api/counselling/cases/${budi.id}/referrals`, { kind: 'training', cohortId, note: 'Sewing basics first' }).expect(201);
      expect(referred.body.referrals[0]).toMatchObject({ kind: 'training', cohort: { id: cohortId, programmeTitle: 'Menjahit Dasar', startsOn: '2030-02-01' }, enrolment: { id: expect.any(String) } });
      const enrolmentId = referred.body.referrals[0].enrolment.id as string;
      const { rows: enrolments } = await t.db.query(`SELECT seeker_id, status, referred_by FROM enrolments WHERE id = $1`, [enrolmentId]);
      expect(enrolments).toEqual([{ seeker_id: budi.id, status: 'accepted', referred_by: first.id }]);
      expect(referred.body.enrolments).toEqual([expect.objectContaining({ id: enrolmentId, status: 'accepted', cohortId, referred: true })]);
      // The training service's own rules answer: one live enrolment per cohort, and a missing cohort is missing.
      await as(first).post(`/api/counselling/cases/${budi.id}/referrals`, { kind: 'training', cohortId }).expect(409);
      await as(first).post(`/api/counselling/cases/${budi.id}/referrals`, { kind: 'training', cohortId: MISSING_ID }).expect(404);
      const seekerView = await as(budi).get('/api/job-seekers/me/counselling').expect(200);
      expect(seekerView.body.referrals[0]).toMatchObject({ kind: 'training', cohort: { id: cohortId } });
      const notices = await as(budi).get('/api/notifications?limit=50').expect(200);
      expect(notices.body.items.some((n: { title: { en: string } }) => n.title.en === 'You were referred to a training')).toBe(true);
    });

    it('reminds the counsellor of a due follow-up once, however often the job runs', async () => {
      const today = wibDate(new Date());
      const planned = await as(first).post(`/api/counselling/cases/${budi.id}/follow-ups`, { dueOn: today, note: 'Call about the interview' }).expect(201);
      await as(first).post(`/api/counselling/cases/${budi.id}/follow-ups`, { dueOn: '2030-06-01' }).expect(201);
      expect(planned.body.case.nextFollowUpOn).toBe(today);
      const worker = await t.startWorker();
      const processor = worker.get(CounsellingProcessor);
      await Promise.all([processor.remindFollowUps(new Date()), processor.remindFollowUps(new Date())]);
      await processor.remindFollowUps(new Date());
      const notices = await as(first).get('/api/notifications?limit=50').expect(200);
      const reminders = notices.body.items.filter((n: { kind: string; link: string }) => n.kind === 'counselling' && n.link === `/counselling/cases/${budi.id}`);
      expect(reminders).toHaveLength(1);
      expect(reminders[0].body.en).toContain('Budi Santoso');
      const followUpId = planned.body.followUps.find((f: { dueOn: string }) => f.dueOn === today).id;
      const done = await as(first).post(`/api/counselling/cases/${budi.id}/follow-ups/${followUpId}/done`, { note: 'Called' }).expect(200);
      expect(done.body.case.nextFollowUpOn).toBe('2030-06-01');
      expect(done.body.followUps.find((f: { id: string }) => f.id === followUpId)).toMatchObject({ state: 'done', doneNote: 'Called' });
    });
  });

  describe('who may reach a case', () => {
    let sessionId: string;
    let goalId: string;
    let followUpId: string;

    beforeAll(async () => {
      const page = await as(second).get(`/api/counselling/cases/${sari.id}`).expect(200);
      sessionId = (await as(second).post(`/api/counselling/cases/${sari.id}/sessions`, { mode: 'phone', startsAt: new Date().toISOString() }).expect(201)).body.id;
      goalId = (await as(second).post(`/api/counselling/cases/${sari.id}/goals`, { kind: 'other', title: 'Update CV' }).expect(201)).body.plan.goals[0].id;
      followUpId = (await as(second).post(`/api/counselling/cases/${sari.id}/follow-ups`, { dueOn: '2030-01-01' }).expect(201)).body.followUps[0].id;
      expect(page.body.case.office.regencyCode).toBe('3374');
    });

    const routes = (seekerId: string) => [
      ['GET', `/api/counselling/cases/${seekerId}`, undefined],
      ['POST', `/api/counselling/cases/${seekerId}/reassign`, { counsellorId: MISSING_ID, reason: 'Just because' }],
      ['POST', `/api/counselling/cases/${seekerId}/profiling`, {}],
      ['PUT', `/api/counselling/cases/${seekerId}/profiling/override`, { level: 'low', reason: 'She has an offer already' }],
      ['DELETE', `/api/counselling/cases/${seekerId}/profiling/override`, undefined],
      ['POST', `/api/counselling/cases/${seekerId}/sessions`, { mode: 'phone', startsAt: '2030-01-01T09:00:00+07:00' }],
      ['POST', `/api/counselling/cases/${seekerId}/sessions/${sessionId}/notes`, { body: 'x', visibility: 'shared' }],
      ['POST', `/api/counselling/cases/${seekerId}/goals`, { kind: 'other', title: 'x' }],
      ['POST', `/api/counselling/cases/${seekerId}/goals/${goalId}/reviews`, { status: 'done', note: 'x' }],
      ['POST', `/api/counselling/cases/${seekerId}/referrals`, { kind: 'vacancy', vacancyId }],
      ['POST', `/api/counselling/cases/${seekerId}/follow-ups`, { dueOn: '2030-01-01' }],
      ['POST', `/api/counselling/cases/${seekerId}/follow-ups/${followUpId}/done`, {}],
      ['POST', `/api/counselling/cases/${seekerId}/outcome`, { outcome: 'inactive' }],
    ] as const;

    const send = (user: RegisteredUser, [method, path, body]: readonly [string, string, object | undefined]) => {
      const request = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path).auth(user.accessToken, bearer);
      return body === undefined ? request : request.send(body);
    };

    it("answers a counsellor of another office like a missing case, for every route, and leaves the case as it was", async () => {
      for (const route of routes(sari.id)) {
        const response = await send(elsewhere, route);
        expect([route[1], response.status]).toEqual([route[1], 404]);
        expect(response.body.message).toBe('There is no such case in your office.');
        const missing = await send(elsewhere, [route[0], route[1].replace(sari.id, MISSING_ID), route[2]]);
        expect(missing.status).toBe(404);
      }
      expect(await caseOf(sari.id)).toMatchObject({ status: 'open', counsellor_id: second.id });
    });

    it('refuses seekers (also the case own seeker), employers and training-centre users', async () => {
      const outsiders = { 'the seeker': sari, 'another seeker': budi, 'an employer': company.owner, 'a training-centre user': await createTrainingCentreUser(t) };
      for (const [who, user] of Object.entries(outsiders)) {
        for (const route of routes(sari.id)) {
          const response = await send(user, route);
          expect([who, route[1], response.status]).toEqual([who, route[1], 403]);
        }
      }
      await as(company.owner).get('/api/counselling/cases').expect(403);
      await as(first).get('/api/job-seekers/me/counselling').expect(403);
    });

    it("answers ids of another case's session, goal or follow-up like missing ones", async () => {
      await as(first).post(`/api/counselling/cases/${budi.id}/sessions/${sessionId}/notes`, { body: 'x', visibility: 'internal' }).expect(404);
      await as(first).post(`/api/counselling/cases/${budi.id}/goals/${goalId}/reviews`, { status: 'done', note: 'x' }).expect(404);
      await as(first).post(`/api/counselling/cases/${budi.id}/follow-ups/${followUpId}/done`, {}).expect(404);
    });

    it('records an outcome, which closes the case to further changes', async () => {
      const closed = await as(second).post(`/api/counselling/cases/${sari.id}/outcome`, { outcome: 'placed', note: 'Hired by PT Garmen Jaya' }).expect(200);
      expect(closed.body.case).toMatchObject({ status: 'closed', outcome: 'placed' });
      const after = await as(second).post(`/api/counselling/cases/${sari.id}/goals`, { kind: 'other', title: 'x' }).expect(409);
      expect(after.body.message).toMatch(/closed/);
      const list = await as(second).get('/api/counselling/cases').expect(200);
      expect(list.body.items.map((i: { seeker: { id: string } }) => i.seeker.id)).not.toContain(sari.id);
    });

    it('closes the case as placed when the employer hires the seeker, and tells the counsellor', async () => {
      const dewi = await seekerWithCard('Dewi Lestari', { gender: 'F' });
      const counsellorId = (await caseOf(dewi.id))!.counsellor_id!;
      const counsellor = [first, second].find((c) => c.id === counsellorId)!;
      const applied = await as(dewi).post('/api/applications', { vacancyId, shareAssessment: false }).expect(201);
      const move = (body: object) => as(company.owner).post(`/api/applications/${applied.body.id}/transitions`, body).expect(200);
      await move({ to: 'screening' });
      await move({ to: 'interview', interview: { startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), mode: 'video', place: 'https://meet.example.org/r' } });
      await move({ to: 'offered' });
      await move({ to: 'hired', startDate: '2027-01-04' });

      const page = await as(counsellor).get(`/api/counselling/cases/${dewi.id}`).expect(200);
      expect(page.body.case).toMatchObject({ status: 'closed', outcome: 'placed' });
      const notices = await as(counsellor).get('/api/notifications?limit=50').expect(200);
      expect(notices.body.items.filter((n: { title: { en: string } }) => n.title.en === 'Your job seeker was hired')).toEqual([
        expect.objectContaining({ link: `/counselling/cases/${dewi.id}` }),
      ]);
      const list = await as(counsellor).get('/api/counselling/cases').expect(200);
      expect(list.body.items.map((i: { seeker: { id: string } }) => i.seeker.id)).not.toContain(dewi.id);
    });
  });

  describe('generated bodies', () => {
    const anything = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.boolean(), fc.constant(null), fc.double(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('a\u0000b'), anything);
    const dateish = fc.oneof(fc.constant('2030-02-30'), fc.constant('2030-01-15'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), anything);

    it('never answers 5xx to generated bodies at the write routes', async () => {
      const write = (path: string, body: unknown, method: 'post' | 'put' = 'post') => t.http[method](`/api/counselling/cases/${budi.id}${path}`).auth(first.accessToken, bearer).send(body as object);
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            {
              mode: fc.oneof(fc.constantFrom('in_person', 'phone', 'video'), anything),
              startsAt: dateish,
              notes: fc.oneof(fc.array(fc.record({ body: text, visibility: fc.oneof(fc.constantFrom('internal', 'shared'), anything) }, { requiredKeys: [] }), { maxLength: 3 }), anything),
              kind: fc.oneof(fc.constantFrom('apply_jobs', 'other', 'vacancy', 'training'), anything),
              title: text,
              dueOn: dateish,
              vacancyId: fc.oneof(fc.uuid(), fc.constant(vacancyId), anything),
              cohortId: fc.oneof(fc.uuid(), anything),
              note: text,
              level: fc.oneof(fc.constantFrom('low', 'high'), anything),
              reason: text,
              counsellorId: fc.oneof(fc.constant(first.id), fc.uuid(), anything),
              status: fc.oneof(fc.constantFrom('open', 'done', 'dropped'), anything),
              extra: anything,
            },
            { requiredKeys: [] },
          ),
          async (body) => {
            for (const [path, method] of [
              ['/sessions', 'post'],
              ['/goals', 'post'],
              ['/referrals', 'post'],
              ['/follow-ups', 'post'],
              ['/reassign', 'post'],
              ['/profiling/override', 'put'],
            ] as const) {
              const response = await write(path, body, method);
              expect([path, response.status < 500]).toEqual([path, true]);
            }
          },
        ),
        { numRuns: 25 },
      );
      const page = await as(first).get(`/api/counselling/cases/${budi.id}`).expect(200);
      expect(page.body.case.status).toBe('open');
    });

    it('never answers 5xx to generated bodies at the note, review, follow-up and outcome routes', async () => {
      const page = (await as(first).get(`/api/counselling/cases/${budi.id}`).expect(200)).body;
      const sessionId = page.sessions[0].id as string;
      const goalId = page.plan.goals[0].id as string;
      const followUpId = page.followUps[0].id as string;
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            {
              body: text,
              visibility: fc.oneof(fc.constantFrom('internal', 'shared'), anything),
              status: fc.oneof(fc.constantFrom('open', 'done', 'dropped'), anything),
              note: text,
              outcome: fc.oneof(fc.constantFrom('placed', 'in_training', 'inactive'), anything),
              extra: anything,
            },
            { requiredKeys: [] },
          ),
          async (body) => {
            for (const path of [
              `/api/counselling/cases/${budi.id}/sessions/${sessionId}/notes`,
              `/api/counselling/cases/${budi.id}/goals/${goalId}/reviews`,
              `/api/counselling/cases/${budi.id}/follow-ups/${followUpId}/done`,
              `/api/counselling/cases/${agus.id}/outcome`,
            ]) {
              const response = await as(first).post(path, body);
              expect([path, response.status < 500]).toEqual([path, true]);
            }
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});

describe('counselling in the demo province', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it("puts every demo seeker on a caseload, so the demo counsellor's dashboard has cases in every sort", async () => {
    const { loadDemoData } = await import('../../scripts/demo/load-demo.js');
    const { DEMO_ACCOUNTS } = await import('../../scripts/demo/province.js');
    const { login } = await import('../support/factories.js');
    const { hash } = await import('argon2');
    const password = 'Coba-Kerjaku-2026';
    const result = await loadDemoData(t.db, { passwordHash: await hash(password, { type: 2 }), seekers: 300, employers: 10, vacancies: 20 });
    const { rows } = await t.db.query(`SELECT count(*)::int AS seekers, (SELECT count(*) FROM cases)::int AS cases FROM job_seekers`);
    expect(result.counts.cases).toBe(rows[0].cases);
    expect(rows[0].cases).toBe(rows[0].seekers);
    const counsellor = await login(t.http, DEMO_ACCOUNTS.counsellor.email, password);
    for (const sort of ['risk', 'lastContact', 'followUpDue', 'planProgress']) {
      const page = await t.http.get(`/api/counselling/cases?sort=${sort}`).auth(counsellor.accessToken, bearer).expect(200);
      expect(page.body.total).toBeGreaterThan(0);
    }
    const first = (await t.http.get('/api/counselling/cases').auth(counsellor.accessToken, bearer).expect(200)).body.items[0];
    const page = await t.http.get(`/api/counselling/cases/${first.seeker.id}`).auth(counsellor.accessToken, bearer).expect(200);
    expect(page.body.risk.factors.length).toBeGreaterThan(0);
  });
});
