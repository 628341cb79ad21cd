import fc from 'fast-check';
import { ApplicationsProcessor } from '../../apps/worker/src/processors/applications.processor.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';
import type { RegisteredUser } from '../support/factories.js';
import { createCompany, createCounsellor, createSeeker, createTrainingCentreUser, createVacancy, type Company, type Seeker } from '../support/exchange-fixtures.js';

const bearer = { type: 'bearer' } as const;
const MISSING_ID = '3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13';
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

describe('applications', () => {
  let t: TestContext;
  let company: Company;
  let vacancyId: string;
  let dewi: Seeker;

  const apply = (user: RegisteredUser, body: Record<string, unknown>) => t.http.post('/api/applications').auth(user.accessToken, bearer).send(body);
  const move = (user: RegisteredUser, id: string, body: Record<string, unknown>) => t.http.post(`/api/applications/${id}/transitions`).auth(user.accessToken, bearer).send(body);
  const notificationsOf = async (user: RegisteredUser, kind: string) => {
    const response = await t.http.get('/api/notifications?limit=100').auth(user.accessToken, bearer).expect(200);
    return (response.body.items as Array<{ kind: string; title: { en: string }; body: { id: string; en: string }; link: string }>).filter((n) => n.kind === kind);
  };

  beforeAll(async () => {
    t = await createTestContext();
    company = await createCompany(t, { members: 2, name: 'PT Maju Jaya' });
    vacancyId = await createVacancy(t, company.id, { title: 'Operator Jahit', openings: 3 });
    dewi = await createSeeker(t, { fullName: 'Dewi Lestari' });
    // The profile feature's table (its migration 1732200000010), made here where that migration is absent.
    await t.db.query(`
      CREATE TABLE IF NOT EXISTS job_seeker_work_history (
        id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY, seeker_id uuid NOT NULL REFERENCES job_seekers (user_id) ON DELETE CASCADE,
        position smallint NOT NULL, occupation_code text NOT NULL, title text NOT NULL, employer_name text NOT NULL, start_month date NOT NULL, end_month date)`);
    await t.db.query(
      `INSERT INTO job_seeker_work_history (seeker_id, position, occupation_code, title, employer_name, start_month, end_month)
       SELECT $1, p, (SELECT code FROM occupations ORDER BY code LIMIT 1), title, 'CV Batik Laweyan', start_month::date, end_month::date
         FROM (VALUES (1, 'Penjahit', '2023-02-01', NULL), (0, 'Asisten Penjahit', '2021-07-01', '2023-01-01')) AS w(p, title, start_month, end_month)`,
      [dewi.id],
    );
  });
  afterAll(() => t.close());

  describe('the pipeline', () => {
    let applicationId: string;

    it('lets a seeker apply, and tells every member of the company', async () => {
      const response = await apply(dewi, { vacancyId, shareAssessment: false }).expect(201);
      applicationId = response.body.id;
      expect(response.body).toMatchObject({
        status: 'submitted',
        shareAssessment: false,
        vacancy: { id: vacancyId, title: 'Operator Jahit', employer: { id: company.id, name: 'PT Maju Jaya' } },
        interview: null,
        placement: null,
        history: [{ from: null, to: 'submitted', by: { role: 'job_seeker' }, at: expect.any(String) }],
      });
      expect(response.body.applicant).toBeUndefined();
      for (const member of company.members) {
        const [notice] = await notificationsOf(member, 'new_applicant');
        expect(notice).toMatchObject({ title: { en: 'New applicant' }, link: `/applications/${applicationId}` });
        expect(notice.body.en).toMatch(/Operator Jahit/);
      }
      const mine = await t.http.get('/api/applications/mine').auth(dewi.accessToken, bearer).expect(200);
      expect(mine.body).toMatchObject({ total: 1, page: 1, limit: 20, items: [{ id: applicationId, status: 'submitted', interview: null }] });
    });

    it('refuses a second open application to the same vacancy with 409', async () => {
      const again = await apply(dewi, { vacancyId, shareAssessment: true }).expect(409);
      expect(again.body.message).toMatch(/already applied/);
    });

    it('shows the company what it may see of the applicant, and nothing more', async () => {
      const list = await t.http.get(`/api/vacancies/${vacancyId}/applications`).auth(company.members[1].accessToken, bearer).expect(200);
      expect(list.body.total).toBe(1);
      const [item] = list.body.items;
      expect(Object.keys(item.applicant).sort()).toEqual(['domicileRegency', 'education', 'educationLevel', 'experienceMonths', 'fullName', 'skills', 'workHistory']);
      expect(item.applicant).toMatchObject({
        fullName: 'Dewi Lestari',
        educationLevel: 'SMK',
        experienceMonths: 18,
        domicileRegency: { code: '3374', name: expect.any(String) },
        skills: [expect.objectContaining({ skillId: expect.any(Number), name: { id: expect.any(String), en: expect.any(String) }, level: 4, source: 'declared' }), expect.anything()],
        workHistory: [
          { occupationCode: expect.any(String), title: 'Asisten Penjahit', employerName: 'CV Batik Laweyan', startMonth: '2021-07', endMonth: '2023-01' },
          { occupationCode: expect.any(String), title: 'Penjahit', employerName: 'CV Batik Laweyan', startMonth: '2023-02', endMonth: null },
        ],
      });
      const text = JSON.stringify(list.body);
      for (const secret of ['nik', 'birthDate', 'birth_date', 'gender', 'disab', 'email', 'phone', '2000-04-12']) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
      const filtered = await t.http.get(`/api/vacancies/${vacancyId}/applications?status=hired`).auth(company.owner.accessToken, bearer).expect(200);
      expect(filtered.body).toMatchObject({ items: [], total: 0 });
      await t.http.get(`/api/vacancies/${vacancyId}/applications?status=lost`).auth(company.owner.accessToken, bearer).expect(400);
    });

    it('lets the seeker choose, and change, whether the company may see the assessment summary', async () => {
      await t.http.put(`/api/applications/${applicationId}/sharing`).auth(dewi.accessToken, bearer).send({ shareAssessment: true }).expect(200);
      const seen = await t.http.get(`/api/applications/${applicationId}`).auth(company.owner.accessToken, bearer).expect(200);
      expect(seen.body.shareAssessment).toBe(true);
      const off = await t.http.put(`/api/applications/${applicationId}/sharing`).auth(dewi.accessToken, bearer).send({ shareAssessment: false }).expect(200);
      expect(off.body.shareAssessment).toBe(false);
      const byCompany = await t.http.put(`/api/applications/${applicationId}/sharing`).auth(company.owner.accessToken, bearer).send({ shareAssessment: true }).expect(403);
      expect(byCompany.body.message).toMatch(/Only the applicant/);
    });

    it('refuses a skipped step and says which moves are allowed', async () => {
      const skipped = await move(company.owner, applicationId, { to: 'offered' }).expect(409);
      expect(skipped.body.message).toBe('An application that is submitted cannot move to offered; allowed next: screening, rejected.');
      expect(skipped.body.details).toEqual({ from: 'submitted', to: 'offered', allowed: ['screening', 'rejected'] });
      const byApplicant = await move(dewi, applicationId, { to: 'screening' }).expect(403);
      expect(byApplicant.body.message).toMatch(/withdraw/);
    });

    it('moves through screening and an interview, telling the seeker each time', async () => {
      const screening = await move(company.owner, applicationId, { to: 'screening', note: 'CV rapi' }).expect(200);
      expect(screening.body.status).toBe('screening');
      const [status] = await notificationsOf(dewi, 'application_status');
      expect(status.body.en).toBe('Your application for Operator Jahit at PT Maju Jaya is now being screened.');

      const noPlan = await move(company.owner, applicationId, { to: 'interview' }).expect(400);
      expect(noPlan.body.message).toMatch(/interview is required/);
      const past = await move(company.owner, applicationId, { to: 'interview', interview: { startsAt: inDays(-1), mode: 'video', place: 'https://meet.example.org/a' } }).expect(400);
      expect(past.body.message).toMatch(/future/);
      const far = await move(company.owner, applicationId, { to: 'interview', interview: { startsAt: '9999-12-31T23:59:59Z', mode: 'phone', place: 'x' } }).expect(400);
      expect(far.body.message).toMatch(/within 365 days/);
      const badMode = await move(company.owner, applicationId, { to: 'interview', interview: { startsAt: inDays(2), mode: 'carrier_pigeon', place: 'x' } }).expect(400);
      expect(badMode.body.message).toMatch(/interview.mode must be one of in_person, phone, video/);

      const startsAt = inDays(3);
      const interview = await move(company.members[1], applicationId, {
        to: 'interview',
        interview: { startsAt, mode: 'in_person', place: 'Jl. Pemuda 12, Semarang' },
      }).expect(200);
      expect(interview.body).toMatchObject({ status: 'interview', interview: { startsAt, mode: 'in_person', place: 'Jl. Pemuda 12, Semarang' } });
      const [invitation] = await notificationsOf(dewi, 'interview');
      expect(invitation.title.en).toBe('Interview invitation');
      expect(invitation.body.en).toMatch(/WIB \(in person\): Jl. Pemuda 12, Semarang/);
      const mine = await t.http.get('/api/applications/mine').auth(dewi.accessToken, bearer).expect(200);
      expect(mine.body.items[0].interview).toMatchObject({ startsAt, mode: 'in_person' });
    });

    it('keeps every transition as history; notes only for the company', async () => {
      const offered = await move(company.owner, applicationId, { to: 'offered' }).expect(200);
      expect(offered.body.history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
        'null>submitted',
        'submitted>screening',
        'screening>interview',
        'interview>offered',
      ]);
      expect(offered.body.history[1]).toMatchObject({ by: { role: 'employer' }, note: 'CV rapi' });
      const seekerView = await t.http.get(`/api/applications/${applicationId}`).auth(dewi.accessToken, bearer).expect(200);
      expect(seekerView.body.history[1].note).toBeUndefined();
      expect(seekerView.body.applicant).toBeUndefined();
      const { rows } = await t.db.query(`SELECT actor_user_id FROM application_transitions WHERE application_id = $1 ORDER BY created_at`, [applicationId]);
      expect(rows.map((r) => r.actor_user_id)).toEqual([dewi.id, company.owner.id, company.members[1].id, company.owner.id]);
    });

    it('rejects with a structured reason, and a closed application moves no more', async () => {
      const noReason = await move(company.owner, applicationId, { to: 'rejected' }).expect(400);
      expect(noReason.body.message).toMatch(/reason is required to reject: one of qualifications, experience/);
      const badReason = await move(company.owner, applicationId, { to: 'rejected', reason: 'too_old' }).expect(400);
      expect(badReason.body.message).toMatch(/reason must be one of/);
      const rejected = await move(company.owner, applicationId, { to: 'rejected', reason: 'experience' }).expect(200);
      expect(rejected.body.history.at(-1)).toMatchObject({ from: 'offered', to: 'rejected', reason: 'experience' });
      const statusNotes = await notificationsOf(dewi, 'application_status');
      expect(statusNotes[0].body.en).toMatch(/Reason: the experience does not match/);
      const after = await move(company.owner, applicationId, { to: 'screening' }).expect(409);
      expect(after.body.message).toMatch(/rejected and closed/);
    });
  });

  describe('interview rounds', () => {
    it('schedules a second interview, and the latest one is shown', async () => {
      const seeker = await createSeeker(t);
      const id = (await apply(seeker, { vacancyId: await createVacancy(t, company.id), shareAssessment: false }).expect(201)).body.id;
      await move(company.owner, id, { to: 'screening' }).expect(200);
      await move(company.owner, id, { to: 'interview', interview: { startsAt: inDays(2), mode: 'phone', place: '+62 812 3456 7890' } }).expect(200);
      const second = await move(company.owner, id, { to: 'interview', interview: { startsAt: inDays(5), mode: 'video', place: 'https://meet.example.org/b' } }).expect(200);
      expect(second.body.interview).toMatchObject({ mode: 'video', place: 'https://meet.example.org/b' });
      expect(second.body.history.map((h: { to: string }) => h.to)).toEqual(['submitted', 'screening', 'interview', 'interview']);
      expect(await notificationsOf(seeker, 'interview')).toHaveLength(2);
    });
  });

  describe('withdrawing', () => {
    it('lets the seeker withdraw an open application and apply again later', async () => {
      const vacancy = await createVacancy(t, company.id);
      const first = await apply(dewi, { vacancyId: vacancy, shareAssessment: false }).expect(201);
      const byMember = await t.http.post(`/api/applications/${first.body.id}/withdraw`).auth(company.owner.accessToken, bearer).expect(403);
      expect(byMember.body.message).toMatch(/Only the applicant/);
      const withdrawn = await t.http.post(`/api/applications/${first.body.id}/withdraw`).auth(dewi.accessToken, bearer).expect(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      expect(withdrawn.body.history.at(-1)).toMatchObject({ from: 'submitted', to: 'withdrawn', by: { role: 'job_seeker' } });
      const told = await notificationsOf(company.owner, 'application_status');
      expect(told[0]).toMatchObject({ title: { en: 'Application withdrawn' }, link: `/applications/${first.body.id}` });
      const twice = await t.http.post(`/api/applications/${first.body.id}/withdraw`).auth(dewi.accessToken, bearer).expect(409);
      expect(twice.body.message).toMatch(/withdrawn and closed/);
      await move(company.owner, first.body.id, { to: 'screening' }).expect(409);
      const again = await apply(dewi, { vacancyId: vacancy, shareAssessment: true }).expect(201);
      expect(again.body.id).not.toBe(first.body.id);
    });
  });

  describe('which vacancies take applications', () => {
    it('refuses drafts (as missing), closed and filled vacancies, a past deadline, and a seeker without a profile', async () => {
      const draft = await apply(dewi, { vacancyId: await createVacancy(t, company.id, { status: 'draft' }), shareAssessment: false }).expect(404);
      const missing = await apply(dewi, { vacancyId: MISSING_ID, shareAssessment: false }).expect(404);
      expect(draft.body.message).toBe(missing.body.message);
      const closed = await apply(dewi, { vacancyId: await createVacancy(t, company.id, { status: 'closed' }), shareAssessment: false }).expect(409);
      expect(closed.body.message).toMatch(/closed and does not take applications/);
      await apply(dewi, { vacancyId: await createVacancy(t, company.id, { status: 'filled' }), shareAssessment: false }).expect(409);
      const late = await apply(dewi, { vacancyId: await createVacancy(t, company.id, { deadline: '2020-01-31' }), shareAssessment: false }).expect(409);
      expect(late.body.message).toMatch(/deadline of this vacancy \(2020-01-31\) has passed/);
      await apply(dewi, { vacancyId: await createVacancy(t, company.id, { deadline: inDays(1).slice(0, 10) }), shareAssessment: false }).expect(201);
      const noProfile = await createSeeker(t, { withProfile: false });
      const incomplete = await apply(noProfile, { vacancyId, shareAssessment: false }).expect(409);
      expect(incomplete.body.message).toMatch(/profile/);
      const employer = await apply(company.owner, { vacancyId, shareAssessment: false }).expect(403);
      expect(employer.body.message).toMatch(/job_seeker/);
    });

    it('takes exactly one of fifty simultaneous applications by one seeker', async () => {
      const seeker = await createSeeker(t);
      const vacancy = await createVacancy(t, company.id);
      const responses = await Promise.all(Array.from({ length: 50 }, () => apply(seeker, { vacancyId: vacancy, shareAssessment: false })));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM applications WHERE seeker_id = $1 AND vacancy_id = $2`, [seeker.id, vacancy]);
      expect(rows[0].n).toBe(1);
      const history = await t.db.query(`SELECT count(*)::int AS n FROM application_transitions t JOIN applications a ON a.id = t.application_id WHERE a.seeker_id = $1`, [seeker.id]);
      expect(history.rows[0].n).toBe(1);
    });
  });

  describe('what other users get', () => {
    let applicationId: string;
    let others: Array<[string, RegisteredUser]>;

    beforeAll(async () => {
      const seeker = await createSeeker(t);
      applicationId = (await apply(seeker, { vacancyId, shareAssessment: false }).expect(201)).body.id;
      const rival = await createCompany(t, { name: 'PT Saingan' });
      await createVacancy(t, rival.id);
      others = [
        ['another seeker', dewi],
        ["another company's member", rival.owner],
        ['a training-centre user', await createTrainingCentreUser(t)],
        ['a counsellor', await createCounsellor(t)],
      ];
    });

    const idRoutes = (id: string) => [
      (user: RegisteredUser) => t.http.get(`/api/applications/${id}`).auth(user.accessToken, bearer),
      (user: RegisteredUser) => t.http.post(`/api/applications/${id}/withdraw`).auth(user.accessToken, bearer),
      (user: RegisteredUser) => t.http.put(`/api/applications/${id}/sharing`).auth(user.accessToken, bearer).send({ shareAssessment: true }),
      (user: RegisteredUser) => t.http.post(`/api/applications/${id}/transitions`).auth(user.accessToken, bearer).send({ to: 'screening' }),
    ];

    it.each([0, 1, 2, 3])('answers other user #%d on every application route as if the application did not exist', async (index) => {
      const [, user] = others[index];
      for (const [route, call] of idRoutes(applicationId).entries()) {
        const theirs = await call(user);
        const missing = await idRoutes(MISSING_ID)[route](user);
        expect([theirs.status, route]).toEqual([404, route]);
        expect(theirs.body.message).toBe(missing.body.message);
      }
      const list = await t.http.get(`/api/vacancies/${vacancyId}/applications`).auth(user.accessToken, bearer).expect(404);
      const missing = await t.http.get(`/api/vacancies/${MISSING_ID}/applications`).auth(user.accessToken, bearer).expect(404);
      expect(list.body.message).toBe(missing.body.message);
      const { rows } = await t.db.query(`SELECT status, share_assessment FROM applications WHERE id = $1`, [applicationId]);
      expect(rows[0]).toEqual({ status: 'submitted', share_assessment: false });
    });

    it('needs a token, and a UUID', async () => {
      await t.http.get(`/api/applications/${applicationId}`).expect(401);
      await t.http.get('/api/applications/mine').expect(401);
      const bad = await t.http.get('/api/applications/not-an-id').auth(dewi.accessToken, bearer).expect(400);
      expect(bad.body.message).toMatch(/id must be a UUID/);
    });
  });

  describe('fields a user may not set, and generated bodies', () => {
    let applicationId: string;
    let seeker: Seeker;

    beforeAll(async () => {
      seeker = await createSeeker(t);
      applicationId = (await apply(seeker, { vacancyId, shareAssessment: false }).expect(201)).body.id;
    });

    it.each([
      ['status', 'hired'],
      ['seekerId', MISSING_ID],
      ['employerId', MISSING_ID],
      ['id', MISSING_ID],
    ])('refuses %s when applying', async (field, value) => {
      const other = await createVacancy(t, company.id);
      const response = await apply(seeker, { vacancyId: other, shareAssessment: false, [field]: value }).expect(400);
      expect(response.body.message).toMatch(new RegExp(`property ${field} should not exist`));
    });

    it.each([['from'], ['status'], ['applicationId'], ['actorRole'], ['hiredAt']])('refuses %s on a transition', async (field) => {
      const response = await move(company.owner, applicationId, { to: 'screening', [field]: 'x' }).expect(400);
      expect(response.body.message).toMatch(new RegExp(`property ${field} should not exist`));
    });

    it('refuses text a database cannot keep', async () => {
      const nul = await move(company.owner, applicationId, { to: 'screening', note: 'a\u0000b' }).expect(400);
      expect(nul.body.message).toMatch(/note must not contain/);
      const place = await move(company.owner, applicationId, { to: 'interview', interview: { startsAt: inDays(2), mode: 'phone', place: '\u0000' } }).expect(400);
      expect(place.body.message).toMatch(/interview.place must not contain/);
    });

    it('refuses anything but shareAssessment on sharing', async () => {
      await t.http.put(`/api/applications/${applicationId}/sharing`).auth(seeker.accessToken, bearer).send({ shareAssessment: true, status: 'hired' }).expect(400);
      const notBoolean = await t.http.put(`/api/applications/${applicationId}/sharing`).auth(seeker.accessToken, bearer).send({ shareAssessment: 'yes' }).expect(400);
      expect(notBoolean.body.message).toMatch(/shareAssessment must be true or false/);
    });

    const anything = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.boolean(), fc.constant(null), fc.double(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));
    const dateish = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string(), fc.constant('2026-02-30T10:00:00+07:00'), fc.integer());

    it('never answers 5xx to generated application bodies', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({ vacancyId: fc.oneof(fc.uuid(), fc.constant(vacancyId), anything), shareAssessment: anything, extra: anything }, { requiredKeys: [] }),
          async (body) => {
            const response = await apply(seeker, body);
            expect(response.status).toBeLessThan(500);
          },
        ),
        { numRuns: 40 },
      );
    });

    it('refuses an interview given as a list', async () => {
      const response = await move(company.owner, applicationId, { to: 'screening', interview: [] }).expect(400);
      expect(response.body.message).toMatch(/interview must be an object/);
    });

    it('never answers 5xx to generated transition and sharing bodies', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            {
              to: fc.oneof(fc.constantFrom('screening', 'interview', 'offered', 'hired', 'rejected', 'withdrawn'), anything),
              reason: fc.oneof(fc.constantFrom('qualifications', 'position_filled', 'other'), anything),
              note: fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: 'binary', maxLength: 50 }), anything),
              interview: fc.oneof(
                fc.record({ startsAt: dateish, mode: fc.oneof(fc.constantFrom('in_person', 'phone', 'video'), anything), place: fc.oneof(fc.string(), anything) }, { requiredKeys: [] }),
                anything,
              ),
              startDate: fc.oneof(fc.constant('2026-13-45'), fc.constant('2027-01-15'), anything),
            },
            { requiredKeys: [] },
          ),
          anything,
          async (body, share) => {
            const transition = await move(company.owner, applicationId, body);
            expect(transition.status).toBeLessThan(500);
            const sharing = await t.http.put(`/api/applications/${applicationId}/sharing`).auth(seeker.accessToken, bearer).send({ shareAssessment: share });
            expect(sharing.status).toBeLessThan(500);
          },
        ),
        { numRuns: 40 },
      );
    });
  });

  describe('unanswered applications', () => {
    it('reminds the company after 10 days and closes at 60, telling the seeker; running twice changes nothing', async () => {
      const idle = await createCompany(t, { members: 2, name: 'PT Diam Saja' });
      const vacancy = await createVacancy(t, idle.id, { title: 'Staf Gudang' });
      const waiting = await createSeeker(t);
      const fresh = await createSeeker(t);
      const applicationId = (await apply(waiting, { vacancyId: vacancy, shareAssessment: false }).expect(201)).body.id;
      const freshId = (await apply(fresh, { vacancyId: vacancy, shareAssessment: false }).expect(201)).body.id;
      await t.db.query(`UPDATE applications SET last_activity_at = now() - interval '11 days', created_at = now() - interval '11 days' WHERE id = $1`, [applicationId]);

      const worker = await t.startWorker();
      const sweep = () => worker.get(ApplicationsProcessor).sweepUnanswered();
      await sweep();
      await sweep();
      for (const member of idle.members) {
        const reminders = await eventually(async () => {
          const found = await notificationsOf(member, 'application_reminder');
          return found.length > 0 ? found : undefined;
        });
        expect(reminders).toHaveLength(1);
        expect(reminders[0]).toMatchObject({ link: `/applications/${applicationId}`, title: { en: 'An application is waiting for you' } });
      }
      let { rows } = await t.db.query(`SELECT id, status FROM applications WHERE id = ANY($1) ORDER BY id`, [[applicationId, freshId]]);
      expect(rows.every((r) => r.status === 'submitted')).toBe(true);

      await t.db.query(`UPDATE applications SET last_activity_at = now() - interval '61 days' WHERE id = $1`, [applicationId]);
      await sweep();
      await sweep();
      await eventually(async () => (await t.db.query(`SELECT status FROM applications WHERE id = $1`, [applicationId])).rows[0].status === 'not_answered');
      ({ rows } = await t.db.query(`SELECT status FROM applications WHERE id = $1`, [freshId]));
      expect(rows[0].status).toBe('submitted');
      const view = await t.http.get(`/api/applications/${applicationId}`).auth(waiting.accessToken, bearer).expect(200);
      expect(view.body.history.at(-1)).toMatchObject({ from: 'submitted', to: 'not_answered', by: { role: 'system' } });
      expect(view.body.history.filter((h: { to: string }) => h.to === 'not_answered')).toHaveLength(1);
      const closedNotes = await notificationsOf(waiting, 'application_status');
      expect(closedNotes).toHaveLength(1);
      expect(closedNotes[0].body.en).toMatch(/closed because it was not answered/);
      expect(await notificationsOf(fresh, 'application_status')).toHaveLength(0);
      // A closed application frees the seeker to apply again.
      await apply(waiting, { vacancyId: vacancy, shareAssessment: false }).expect(201);
    });

    it('counts an interview as activity until its time, and an employer move restarts the clock', async () => {
      const busy = await createCompany(t, { name: 'PT Sibuk' });
      const vacancy = await createVacancy(t, busy.id);
      const seeker = await createSeeker(t);
      const id = (await apply(seeker, { vacancyId: vacancy, shareAssessment: false }).expect(201)).body.id;
      await t.db.query(`UPDATE applications SET last_activity_at = now() - interval '70 days' WHERE id = $1`, [id]);
      await move(busy.owner, id, { to: 'screening' }).expect(200);
      const { rows } = await t.db.query(`SELECT last_activity_at > now() - interval '1 minute' AS fresh FROM applications WHERE id = $1`, [id]);
      expect(rows[0].fresh).toBe(true);
      const startsAt = inDays(20);
      await move(busy.owner, id, { to: 'interview', interview: { startsAt, mode: 'phone', place: '+62 812 0000 1111' } }).expect(200);
      const after = await t.db.query(`SELECT last_activity_at FROM applications WHERE id = $1`, [id]);
      expect(after.rows[0].last_activity_at.toISOString()).toBe(startsAt);
    });
  });
});
