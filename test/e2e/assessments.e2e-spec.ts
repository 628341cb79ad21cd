import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { InstrumentVersionConflictError, loadShippedInstruments, psychometrics, publishInstrument } from '#persistence';
import { AssessmentScoringProcessor } from '../../apps/worker/src/processors/assessment-scoring.processor.js';
import { shippedInstrument, storedProtocol, takeAssessment } from '../support/assessments.js';
import { ADMIN_ENV, adminToken } from '../support/exchange.js';
import { createCompany, createCounsellor, createSeeker, createTrainingCentreUser, createVacancy, type Company, type Seeker } from '../support/exchange-fixtures.js';
import type { RegisteredUser } from '../support/factories.js';
import { staffUser } from '../support/job-seekers.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';

const bearer = { type: 'bearer' } as const;
const MISSING_ID = '3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13';
const RIASEC = 'riasec-48';
const IPIP = 'ipip-bfm-50';

// One value per RIASEC type: S highest, then E, then A and C tied, I, R. No two neighbours in the
// administration order (R I A S E C R …) are equal, so there is no long string.
const BY_TYPE: Record<string, number> = { R: 1, I: 2, A: 3, S: 5, E: 4, C: 3 };

describe('assessments', () => {
  let t: TestContext;
  let seeker: Seeker;
  let counsellor: RegisteredUser;
  let admin: { accessToken: string };
  let company: Company;

  const get = (user: { accessToken: string }, path: string) => t.http.get(`/api/${path}`).auth(user.accessToken, bearer);

  beforeAll(async () => {
    t = await createTestContext({ ...ADMIN_ENV, RECONCILE_EVERY_SECONDS: '3600' });
    seeker = await createSeeker(t, { fullName: 'Sri Wahyuni' });
    counsellor = await createCounsellor(t);
    admin = await adminToken(t);
    company = await createCompany(t, { name: 'PT Sejahtera Abadi' });
  });
  afterAll(() => t.close());

  describe('taking a test', () => {
    let id: string;

    it('lists both inventories with their size and translation status', async () => {
      const response = await get(seeker, 'assessments/instruments').expect(200);
      const ids = response.body.map((i: { id: string }) => i.id);
      expect(ids).toEqual(expect.arrayContaining([RIASEC, IPIP]));
      const riasec = response.body.find((i: { id: string }) => i.id === RIASEC);
      expect(riasec).toMatchObject({ kind: 'interest', itemCount: 48, pageCount: shippedInstrument(RIASEC).pages.length, translation: { id: { status: expect.any(String) } } });
      expect(riasec.minutes).toBeGreaterThan(0);
    });

    it('starts one session per inventory; a second start returns the same one', async () => {
      const first = await t.http.post('/api/assessments').auth(seeker.accessToken, bearer).send({ instrumentId: RIASEC, locale: 'id' }).expect(201);
      id = first.body.id;
      expect(first.body).toMatchObject({ instrumentId: RIASEC, kind: 'interest', locale: 'id', status: 'in_progress', currentPage: 0, answered: 0, itemCount: 48 });
      const again = await t.http.post('/api/assessments').auth(seeker.accessToken, bearer).send({ instrumentId: RIASEC, locale: 'en' }).expect(200);
      expect(again.body.id).toBe(id);
      const unknown = await t.http.post('/api/assessments').auth(seeker.accessToken, bearer).send({ instrumentId: 'mbti', locale: 'id' }).expect(400);
      expect(unknown.body.message).toMatch(/instrumentId must be one of/);
    });

    it('serves pages in order with the scale labels, and refuses a page ahead of the current one', async () => {
      const page = await get(seeker, `assessments/${id}/pages/0`).expect(200);
      expect(page.body).toMatchObject({ index: 0, pageCount: shippedInstrument(RIASEC).pages.length, scale: { min: 1, max: 5, labels: expect.any(Object) } });
      expect(page.body.items[0]).toEqual({ id: expect.any(String), position: 1, text: expect.any(String), value: null });
      const ahead = await get(seeker, `assessments/${id}/pages/1`).expect(409);
      expect(ahead.body.message).toMatch(/page 0 first/);
      const put = await t.http.put(`/api/assessments/${id}/pages/1`).auth(seeker.accessToken, bearer).send({ answers: [{ itemId: 'R2', value: 3 }] }).expect(409);
      expect(put.body.message).toMatch(/page 0 first/);
      await get(seeker, `assessments/${id}/pages/99`).expect(400);
      await get(seeker, `assessments/${id}/pages/x`).expect(400);
    });

    it('wants every item of the page once, on the scale, with null for a skipped one', async () => {
      const page = await get(seeker, `assessments/${id}/pages/0`).expect(200);
      const items = page.body.items as Array<{ id: string }>;
      const partial = await t.http.put(`/api/assessments/${id}/pages/0`).auth(seeker.accessToken, bearer).send({ answers: [{ itemId: items[0].id, value: 3 }] }).expect(400);
      expect(partial.body.message).toMatch(/missing/);
      const wrong = await t.http
        .put(`/api/assessments/${id}/pages/0`)
        .auth(seeker.accessToken, bearer)
        .send({ answers: [...items.map((item) => ({ itemId: item.id, value: 9 })), { itemId: 'nope', value: 1 }] })
        .expect(400);
      expect(wrong.body.message).toMatch(/from 1 to 5/);
      expect(wrong.body.message).toMatch(/nope is not on page 0/);
      const noValue = await t.http.put(`/api/assessments/${id}/pages/0`).auth(seeker.accessToken, bearer).send({ answers: [{ itemId: items[0].id }] }).expect(400);
      expect(noValue.body.message).toMatch(/value must be a whole number/);
      await t.http.put(`/api/assessments/${id}/pages/0`).auth(seeker.accessToken, bearer).send({ answers: items.map((item) => ({ itemId: item.id, value: 3 })), status: 'scored' }).expect(400);
      const saved = await t.http
        .put(`/api/assessments/${id}/pages/0`)
        .auth(seeker.accessToken, bearer)
        .send({ answers: items.map((item, i) => ({ itemId: item.id, value: i === 0 ? null : 4 })) })
        .expect(200);
      expect(saved.body).toMatchObject({ currentPage: 1, answered: items.length });
      const reread = await get(seeker, `assessments/${id}/pages/0`).expect(200);
      expect(reread.body.items.map((item: { value: number | null }) => item.value)).toEqual(items.map((_, i) => (i === 0 ? null : 4)));
    });

    it('records the server time of each page, not the client clock', async () => {
      const { rows } = await t.db.query(`SELECT served_at, answered_at FROM assessment_pages WHERE assessment_id = $1 AND page_index = 0`, [id]);
      expect(rows[0].served_at).toBeInstanceOf(Date);
      expect(rows[0].answered_at.getTime()).toBeGreaterThanOrEqual(rows[0].served_at.getTime());
    });

    it('refuses to submit while pages are unanswered, naming them', async () => {
      const response = await t.http.post(`/api/assessments/${id}/submit`).auth(seeker.accessToken, bearer).expect(409);
      expect(response.body.message).toMatch(/unanswered pages: 1, 2/);
    });

    it('resumes where the seeker left off, lists it, and submits with 202', async () => {
      const session = await get(seeker, `assessments/${id}`).expect(200);
      expect(session.body).toMatchObject({ status: 'in_progress', currentPage: 1 });
      const resumed = await takeAssessment(t, seeker, RIASEC, (item) => BY_TYPE[item.scale]);
      expect(resumed).toBe(id);
      const mine = await get(seeker, 'assessments/mine').expect(200);
      expect(mine.body.items).toEqual([expect.objectContaining({ id, instrumentId: RIASEC, kind: 'interest', status: 'submitted', resultStatus: null })]);
      const pending = await get(seeker, `assessments/${id}/result`).expect(202);
      expect(pending.body).toEqual({ status: 'submitted' });
      await t.http.put(`/api/assessments/${id}/pages/0`).auth(seeker.accessToken, bearer).send({ answers: [{ itemId: 'R1', value: 3 }] }).expect(409);
      const twice = await t.http.post(`/api/assessments/${id}/submit`).auth(seeker.accessToken, bearer).expect(202);
      expect(twice.body).toEqual({ id, status: 'submitted' });
    });

    it('is scored by the worker exactly as the formulas give', async () => {
      await t.startWorker();
      const response = await eventually(async () => {
        const r = await get(seeker, `assessments/${id}/result`);
        return r.status === 200 ? r : undefined;
      }, 15_000, 'the result');
      const instrument = shippedInstrument(RIASEC);
      // The same input through the library…
      const expected = psychometrics.scoreProtocol(instrument, await storedProtocol(t, id, instrument));
      expect(response.body.status).toBe(expected.status);
      for (const [scale, score] of Object.entries(expected.scales)) {
        expect(response.body.scales[scale].raw).toBeCloseTo(score.raw!, 4);
        expect(response.body.scales[scale].pomp).toBeCloseTo(score.pomp!, 4);
      }
      expect(response.body.holland).toEqual(expected.holland);
      // …and by hand. Page 0 had 4 everywhere but a skipped first item (R1), the rest the per-type values.
      // R: R1 skipped, R2 on page 0 = 4, R3..R8 = 1 → mean of 7 = 10/7, prorated × 8.
      const page0 = new Set(instrument.pages[0]);
      const perType = (letter: string) => {
        const items = instrument.items.filter((item) => item.scale === letter);
        const values = items.map((item) => (page0.has(item.position) ? (item.position === 1 ? null : 4) : BY_TYPE[letter])).filter((v): v is number => v !== null);
        return values.length === items.length ? values.reduce((a, b) => a + b, 0) : (values.reduce((a, b) => a + b, 0) / values.length) * items.length;
      };
      expect(response.body.scales.S.raw).toBeCloseTo(perType('S'), 4);
      expect(response.body.scales.R.raw).toBeCloseTo(perType('R'), 4);
      expect(response.body.scales.S.pomp).toBeCloseTo((100 * (perType('S') - 8)) / 32, 4);
      expect(response.body.holland.code.slice(0, 2)).toBe('SE');
      expect(response.body).toMatchObject({ kind: 'interest', normVersion: null, scoringVersion: psychometrics.SCORING_VERSION });
      expect(response.body.scales.S).toMatchObject({ z: null, T: null, percentile: null, band: null });
      expect(response.body.explanations.S).toEqual({ id: expect.any(String), en: expect.stringMatching(/help/) });
      expect(response.body.metrics).toBeUndefined();
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM assessment_results WHERE assessment_id = $1`, [id]);
      expect(rows[0].n).toBe(1);
    });

    it('matches the hand-computed values of a complete protocol', async () => {
      const other = await createSeeker(t);
      const otherId = await takeAssessment(t, other, RIASEC, (item) => BY_TYPE[item.scale]);
      const response = await eventually(async () => {
        const r = await get(other, `assessments/${otherId}/result`);
        return r.status === 200 ? r : undefined;
      }, 15_000);
      // 8 items each: R 8, I 16, A 24, S 40, E 32, C 24 → SEA with A = C tied at the boundary (RIASEC order puts A first).
      expect(Object.fromEntries(Object.entries(response.body.scales).map(([k, v]) => [k, (v as { raw: number }).raw]))).toEqual({ R: 8, I: 16, A: 24, S: 40, E: 32, C: 24 });
      expect(response.body.scales.S.pomp).toBe(100);
      expect(response.body.scales.R.pomp).toBe(0);
      expect(response.body.scales.A.pomp).toBe(50);
      expect(response.body.holland).toMatchObject({ code: 'SEA', ranking: 'SEACIR', tieAtBoundary: true, tieWithinCode: false, flat: false, gapsToNext: [8, 8, 0] });
      // S and E are adjacent on the hexagon: high consistency. Range 40 − 8; Iachan DI = 40 − (32 + 24) / 2.
      expect(response.body.consistency).toBe(3);
      expect(response.body.differentiation).toMatchObject({ hollandRange: 32, iachanDI: 12 });
      expect(response.body.differentiation.elevationMean).toBeCloseTo(24, 4);
      expect(response.body.status).toBe('valid');
    });

    it('suggests occupations by profile correlation within the chosen job zones, with vacancies and trainings', async () => {
      const { rows } = await t.db.query(`SELECT code, job_zone FROM occupations ORDER BY code`);
      const zone = rows[0].job_zone as number;
      const vacancyId = await createVacancy(t, company.id, { title: 'Perawat Lansia' });
      const response = await get(seeker, `assessments/${id}/suggestions?jobZones=${zone}&limit=30`).expect(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      for (const item of response.body.items) {
        expect(item.jobZone).toBe(zone);
        expect(item).toMatchObject({ occupation: { code: expect.any(String), title: { id: expect.any(String), en: expect.any(String) } }, band: expect.any(String), sharedLetters: expect.any(Array) });
        expect(Array.isArray(item.vacancies) && Array.isArray(item.trainings)).toBe(true);
      }
      const rs = response.body.items.map((item: { r: number }) => item.r);
      expect(rs).toEqual([...rs].sort((a, b) => b - a));
      // createVacancy uses the first occupation code; it shows when that occupation is suggested.
      const all = await get(seeker, `assessments/${id}/suggestions?limit=30&jobZones=1,2,3,4,5`).expect(200);
      const first = all.body.items.find((item: { occupation: { code: string } }) => item.occupation.code === rows[0].code);
      if (first) expect(first.vacancies.map((v: { id: string }) => v.id)).toContain(vacancyId);
      const bad = await get(seeker, `assessments/${id}/suggestions?jobZones=0,9`).expect(400);
      expect(bad.body.message).toMatch(/jobZones must be/);
    });

    it('gives no suggestions for a flat profile, with a message', async () => {
      const flat = await createSeeker(t);
      const flatId = await takeAssessment(t, flat, RIASEC, (item) => (Math.floor((item.position - 1) / 6) % 2 === 0 ? 2 : 4));
      await eventually(async () => (await get(flat, `assessments/${flatId}/result`)).status === 200, 15_000);
      const response = await get(flat, `assessments/${flatId}/suggestions`).expect(200);
      expect(response.body).toMatchObject({ items: [], none: expect.stringMatching(/flat|invalid/), message: { id: expect.any(String), en: expect.any(String) } });
      expect(response.body.counsellorPrompt).toBeUndefined();
      const forCounsellor = await get(counsellor, `assessments/${flatId}/suggestions`).expect(200);
      expect(forCounsellor.body).toMatchObject({ items: [], counsellorPrompt: { id: expect.any(String), en: expect.any(String) } });
    });

    it('scores the personality inventory too, and refuses suggestions for it', async () => {
      const ipipId = await takeAssessment(t, seeker, IPIP, (item) => (item.key === 1 ? 4 : 2));
      const response = await eventually(async () => {
        const r = await get(seeker, `assessments/${ipipId}/result`);
        return r.status === 200 ? r : undefined;
      }, 15_000);
      const instrument = shippedInstrument(IPIP);
      const expected = psychometrics.scoreProtocol(instrument, await storedProtocol(t, ipipId, instrument));
      for (const scale of instrument.scales) expect(response.body.scales[scale.id].raw).toBeCloseTo(expected.scales[scale.id].raw!, 4);
      // Every keyed answer is 4: each scale sums to 40.
      expect(response.body.scales.E.raw).toBe(40);
      expect(response.body.holland).toBeUndefined();
      await get(seeker, `assessments/${ipipId}/suggestions`).expect(400);
    });
  });

  describe('who sees what', () => {
    let id: string;
    let others: Record<string, RegisteredUser>;

    beforeAll(async () => {
      const { rows } = await t.db.query(`SELECT a.id FROM assessments a WHERE a.user_id = $1 AND a.instrument_id = $2`, [seeker.id, RIASEC]);
      id = rows[0].id;
      others = {
        'another seeker': await createSeeker(t),
        'a company member': company.owner,
        'a training-centre user': await createTrainingCentreUser(t),
        'a counsellor of another regency': await staffUser(t.http, t.db, 'counsellor', '3301'),
      };
    });

    it('answers 404 on every id route to anyone else, as for a missing assessment', async () => {
      for (const [who, user] of Object.entries(others)) {
        for (const path of [`assessments/${id}`, `assessments/${id}/pages/0`, `assessments/${id}/result`, `assessments/${id}/suggestions`]) {
          const response = await get(user, path);
          expect({ who, path, status: response.status }).toEqual({ who, path, status: 404 });
        }
        const put = await t.http.put(`/api/assessments/${id}/pages/0`).auth(user.accessToken, bearer).send({ answers: [{ itemId: 'R1', value: 3 }] });
        expect({ who, status: put.status }).toEqual({ who, status: 404 });
        const submit = await t.http.post(`/api/assessments/${id}/submit`).auth(user.accessToken, bearer);
        expect({ who, status: submit.status }).toEqual({ who, status: 404 });
        await get(user, `counsellor/seekers/${seeker.id}/assessments`).expect(user === others['a counsellor of another regency'] ? 404 : 403);
      }
      await get(seeker, `assessments/${MISSING_ID}`).expect(404);
      await get(seeker, `assessments/not-a-uuid`).expect(400);
    });

    it("shows the seeker's counsellor the results with flags and metrics", async () => {
      const result = await get(counsellor, `assessments/${id}/result`).expect(200);
      expect(result.body.metrics).toEqual(expect.objectContaining({ nMissing: expect.any(Number) }));
      const feed = await get(counsellor, 'counsellor/assessments').expect(200);
      expect(feed.body.items.map((item: { assessmentId: string }) => item.assessmentId)).toContain(id);
      expect(feed.body.items[0]).toMatchObject({ seeker: { id: expect.any(String), fullName: expect.any(String) }, instrumentId: expect.any(String), flags: expect.any(Array) });
      const mine = await get(counsellor, `counsellor/seekers/${seeker.id}/assessments`).expect(200);
      expect(mine.body.seeker).toEqual({ id: seeker.id, fullName: 'Sri Wahyuni' });
      expect(mine.body.items).toHaveLength(2);
      expect(mine.body.items[0].metrics).toBeDefined();
      const elsewhere = await get(others['a counsellor of another regency'], 'counsellor/assessments').expect(200);
      expect(elsewhere.body.items).toEqual([]);
      await get(seeker, 'counsellor/assessments').expect(403);
    });

    it('shows an employer only the interest summary, and only when shared for that application', async () => {
      const vacancyId = await createVacancy(t, company.id, { title: 'Pramuniaga' });
      const applied = await t.http.post('/api/applications').auth(seeker.accessToken, bearer).send({ vacancyId, shareAssessment: false }).expect(201);
      const hidden = await get(company.owner, `applications/${applied.body.id}`).expect(200);
      expect(hidden.body.assessmentSummary).toBeNull();
      await t.http.put(`/api/applications/${applied.body.id}/sharing`).auth(seeker.accessToken, bearer).send({ shareAssessment: true }).expect(200);
      const shared = await get(company.owner, `applications/${applied.body.id}`).expect(200);
      expect(shared.body.assessmentSummary).toEqual({ interestCode: expect.stringMatching(/^SE/), themes: { id: expect.stringMatching(/Sosial/), en: expect.stringMatching(/Social/) }, takenAt: expect.any(String) });
      expect(JSON.stringify(shared.body)).not.toMatch(/pomp|"raw"|percentile/);
      const ownView = await get(seeker, `applications/${applied.body.id}`).expect(200);
      expect(ownView.body.assessmentSummary).toBeUndefined();
      // The list an employer reads for a vacancy carries no scores to rank or filter by.
      const list = await get(company.owner, `applications?vacancyId=${vacancyId}`);
      expect(JSON.stringify(list.body)).not.toMatch(/pomp|holland|interestCode/);
    });
  });

  describe('admin', () => {
    it('publishes a new instrument version, listing every problem of a bad one', async () => {
      const bad = await t.http.post('/api/admin/instruments').auth(admin.accessToken, bearer).send({ id: '', kind: 'aptitude', items: [] }).expect(400);
      expect(bad.body.details.length).toBeGreaterThanOrEqual(3);
      for (const problem of bad.body.details) expect(problem).toEqual({ path: expect.any(String), message: expect.any(String) });
      const existing = await t.http.post('/api/admin/instruments').auth(admin.accessToken, bearer).send(shippedInstrument(RIASEC)).expect(409);
      expect(existing.body.message).toMatch(/new version/);
      const next = { ...shippedInstrument(RIASEC), version: '1.0.1' };
      await t.http.post('/api/admin/instruments').auth(admin.accessToken, bearer).send(next).expect(201);
      const list = await get(admin, 'admin/instruments').expect(200);
      expect(list.body.items.filter((i: { id: string }) => i.id === RIASEC).map((i: { version: string }) => i.version)).toEqual(expect.arrayContaining(['1.0.0', '1.0.1']));
      await t.http.post('/api/admin/instruments').auth(seeker.accessToken, bearer).send(next).expect(403);
    });

    it('refuses a changed shipped definition under an existing version at load time, and accepts the unchanged one', async () => {
      const dataSource = t.app.get(DataSource);
      await expect(publishInstrument(dataSource, shippedInstrument(RIASEC))).resolves.toBe(false);
      const changed = { ...shippedInstrument(RIASEC), title: { id: 'Minat', en: 'Interests, reworded' } };
      await expect(publishInstrument(dataSource, changed)).rejects.toBeInstanceOf(InstrumentVersionConflictError);
      await expect(loadShippedInstruments(dataSource)).resolves.toEqual([]);
    });

    it('refuses any change to a published version in the database itself', async () => {
      await expect(t.db.query(`UPDATE instrument_versions SET definition = definition || '{"version":"9"}' WHERE instrument_id = $1`, [IPIP])).rejects.toThrow(/cannot change/);
    });

    it('computes reliability and norms on schedule, and lets an admin activate norms', async () => {
      // Two more valid, complete interest protocols, so that alpha has people to vary over.
      for (const profile of [{ R: 5, I: 4, A: 2, S: 1, E: 3, C: 4 }, { R: 2, I: 5, A: 4, S: 3, E: 1, C: 2 }] as Array<Record<string, number>>) {
        const person = await createSeeker(t);
        const personId = await takeAssessment(t, person, RIASEC, (item) => profile[item.scale]);
        await eventually(async () => (await get(person, `assessments/${personId}/result`)).status === 200, 15_000);
      }
      const worker = await t.startWorker();
      const processor = worker.get(AssessmentScoringProcessor);
      await processor.process({ name: 'compute-reliability', data: {} } as never);
      const reliability = await get(admin, 'admin/psychometrics/reliability').expect(200);
      expect(reliability.body.items.length).toBeGreaterThan(0);
      for (const item of reliability.body.items) expect(item.alarm).toBe(item.alpha === null || item.alpha < 0.7);
      await processor.process({ name: 'compute-norms', data: {} } as never);
      const norms = await get(admin, 'admin/psychometrics/norms').expect(200);
      // Too few protocols for any group: no norm version yet.
      expect(norms.body).toMatchObject({ minGroupSize: 300, items: [] });
      await t.http.post('/api/admin/psychometrics/norms/nope-1/activate').auth(admin.accessToken, bearer).expect(404);
      await t.http.post('/api/admin/psychometrics/norms/bad%20version/activate').auth(admin.accessToken, bearer).expect(400);
      await get(seeker, 'admin/psychometrics/reliability').expect(403);
    });
  });

  describe('generated bodies', () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));

    it('never answers 5xx to generated start, answer and submit bodies', async () => {
      const person = await createSeeker(t);
      const started = await t.http.post('/api/assessments').auth(person.accessToken, bearer).send({ instrumentId: IPIP, locale: 'en' }).expect(201);
      await fc.assert(
        fc.asyncProperty(
          fc.record({ instrumentId: fc.oneof(fc.constantFrom(RIASEC, IPIP), anything), locale: fc.oneof(fc.constantFrom('id', 'en'), anything), extra: anything }, { requiredKeys: [] }),
          fc.record(
            {
              answers: fc.oneof(
                fc.array(fc.record({ itemId: fc.oneof(fc.constantFrom('P1', 'E1', 'R1'), anything), value: fc.oneof(fc.integer({ min: -3, max: 8 }), anything) }, { requiredKeys: [] }), { maxLength: 12 }),
                anything,
              ),
            },
            { requiredKeys: [] },
          ),
          fc.oneof(fc.constantFrom('0', '1', '4', '-1', '99999999999'), fc.string({ maxLength: 5 }).map(encodeURIComponent)),
          async (start, page, index) => {
            expect((await t.http.post('/api/assessments').auth(person.accessToken, bearer).send(start)).status).toBeLessThan(500);
            expect((await t.http.put(`/api/assessments/${started.body.id}/pages/${index}`).auth(person.accessToken, bearer).send(page)).status).toBeLessThan(500);
            expect((await t.http.get(`/api/assessments/${started.body.id}/suggestions?jobZones=${encodeURIComponent(JSON.stringify(start.locale ?? ''))}`).auth(person.accessToken, bearer)).status).toBeLessThan(500);
          },
        ),
        { numRuns: 60 },
      );
      expect((await t.http.post(`/api/assessments/${started.body.id}/submit`).auth(person.accessToken, bearer).send({ any: 'thing' })).status).toBeLessThan(500);
    });

    it('never answers 5xx to generated instrument uploads', async () => {
      const base = shippedInstrument(IPIP) as unknown as Record<string, unknown>;
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.dictionary(fc.string(), anything, { maxKeys: 4 }), fc.array(anything, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...Object.keys(base)), anything, { maxKeys: 5 }).map((patch) => ({ ...base, ...patch, version: '2.0.0' }))), async (body) => {
          const response = await t.http.post('/api/admin/instruments').auth(admin.accessToken, bearer).send(body as object);
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: 40 },
      );
    });
  });
});
