import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import fc from 'fast-check';
import { DEFAULT_MATCH_WEIGHTS, MATCH_COMPONENTS } from '#domain';
import { storeMatchLists } from '#persistence';
import { QueueName } from '#queue';
import type { RegisteredUser } from '../support/factories.js';
import { createCompany, createSeeker, createTrainingCentreUser, createVacancy, type Company, type Seeker } from '../support/exchange-fixtures.js';
import { staffUser } from '../support/job-seekers.js';
import { activeWeightSetId, insertWeightSet, storeCandidateList, storeJobList } from '../support/matching.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

const bearer = { type: 'bearer' } as const;
const MISSING_ID = '3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13';

describe('matching API', () => {
  let t: TestContext;
  let company: Company;
  let otherCompany: Company;
  let dewi: Seeker;
  let budi: Seeker;
  let sari: Seeker;
  let eko: Seeker;
  let fajar: Seeker;
  let admin: RegisteredUser;
  let semarangCounsellor: RegisteredUser;
  let cilacapCounsellor: RegisteredUser;
  let trainingCentre: RegisteredUser;
  let skillIds: number[];
  /** Published vacancies of `company`, in the order of dewi's stored list. */
  let listed: string[];
  let closedVacancy: string;
  let expiredVacancy: string;
  let draftVacancy: string;
  let farVacancy: string;
  let oldWeightSet: number;

  const get = (user: { accessToken: string }, path: string) => t.http.get(path).auth(user.accessToken, bearer);

  beforeAll(async () => {
    t = await createTestContext();
    company = await createCompany(t, { members: 2, name: 'PT Maju Jaya' });
    otherCompany = await createCompany(t, { name: 'PT Lain Sendiri' });
    dewi = await createSeeker(t, { fullName: 'Dewi Lestari' });
    budi = await createSeeker(t, { fullName: 'Budi Santoso' });
    sari = await createSeeker(t, { fullName: 'Sari Opt Out' });
    eko = await createSeeker(t, { fullName: 'Eko Placed' });
    fajar = await createSeeker(t, { fullName: 'Fajar Account Closed' });
    await t.db.query(`UPDATE job_seekers SET searchable = false WHERE user_id = $1`, [sari.id]);
    admin = await staffUser(t.http, t.db, 'admin');
    semarangCounsellor = await staffUser(t.http, t.db, 'counsellor', '3374');
    cilacapCounsellor = await staffUser(t.http, t.db, 'counsellor', '3301');
    trainingCentre = await createTrainingCentreUser(t);
    skillIds = (await t.db.query<{ id: number }>(`SELECT id FROM skills ORDER BY id LIMIT 4`)).rows.map((row) => row.id);

    listed = [];
    for (const title of ['Operator Jahit', 'Penjahit Senior', 'Quality Control', 'Staf Gudang', 'Admin Produksi']) {
      listed.push(await createVacancy(t, company.id, { title }));
    }
    closedVacancy = listed[2]!;
    expiredVacancy = listed[3]!;
    draftVacancy = await createVacancy(t, company.id, { status: 'draft', title: 'Draft Lowongan' });
    farVacancy = await createVacancy(t, company.id, { title: 'Penjahit Cilacap' });
    await t.db.query(`UPDATE vacancies SET regency_code = '3301' WHERE id = $1`, [farVacancy]);
    // The first vacancy asks for a skill dewi holds (the first two by id) and one she lacks.
    await t.db.query(`INSERT INTO vacancy_skills (vacancy_id, skill_id, importance, weight) VALUES ($1, $2, 'required', 2), ($1, $3, 'required', 1), ($1, $4, 'preferred', 1)`, [
      listed[0],
      skillIds[0],
      skillIds[3],
      skillIds[2],
    ]);

    // dewi has an interest result and recorded disability data: neither may reach an employer.
    const { rows } = await t.db.query(
      `INSERT INTO assessments (user_id, instrument_id, instrument_version, locale, status, submitted_at, scored_at)
       SELECT $1, instrument_id, version, 'id', 'scored', now(), now() FROM instrument_versions WHERE instrument_id = 'riasec-48' LIMIT 1 RETURNING id`,
      [dewi.id],
    );
    await t.db.query(`INSERT INTO assessment_results (assessment_id, scoring_version, status, result) VALUES ($1, '2026.1', 'valid', $2)`, [
      rows[0].id,
      { scales: { R: { raw: 35 }, I: { raw: 20 }, A: { raw: 12 }, S: { raw: 15 }, E: { raw: 18 }, C: { raw: 25 } } },
    ]);
    await t.db.query(
      `INSERT INTO job_seeker_disabilities (seeker_id, disabilities, accommodations, consent_given_at, consent_text_version)
       VALUES ($1, '{physical}', '{wheelchair_access,accessible_toilet}', now(), '2026-11-v1')`,
      [dewi.id],
    );

    oldWeightSet = await insertWeightSet(t.db, { ...DEFAULT_MATCH_WEIGHTS, skills: 2 });
    await storeJobList(
      t.db,
      dewi.id,
      [
        { id: listed[0]!, score: 0.9, components: [0.75, 1, 1, 1, 1, 1, 1, 0.6] },
        { id: listed[1]!, score: 0.8 },
        { id: closedVacancy, score: 0.7 },
        { id: expiredVacancy, score: 0.6 },
        { id: listed[4]!, score: 0.5 },
      ],
      oldWeightSet,
    );
    await t.db.query(`UPDATE vacancies SET status = 'closed', closed_at = now() WHERE id = $1`, [closedVacancy]);
    await t.db.query(`UPDATE vacancies SET deadline = current_date - 3 WHERE id = $1`, [expiredVacancy]);

    await storeCandidateList(t.db, listed[0]!, [
      { id: dewi.id, score: 0.9, components: [0.75, 1, 1, 1, 1, 1, 1, -1] },
      { id: sari.id, score: 0.85 },
      { id: eko.id, score: 0.8 },
      { id: fajar.id, score: 0.75 },
      { id: budi.id, score: 0.7 },
    ]);
    await t.db.query(`UPDATE job_seekers SET status = 'placed' WHERE user_id = $1`, [eko.id]);
    await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [fajar.id]);
  });
  afterAll(() => t.close());

  describe('GET /api/matching/jobs', () => {
    it('says pending while a seeker has no list yet, and ready with nothing for a placed seeker', async () => {
      const response = await get(budi, '/api/matching/jobs').expect(200);
      expect(response.body).toEqual({ status: 'pending', computedAt: null, scoringVersion: null, weightSetId: null, total: 0, page: 1, limit: 20, items: [] });
      const placed = await get(eko, '/api/matching/jobs').expect(200);
      expect(placed.body).toMatchObject({ status: 'ready', total: 0, items: [] });
    });

    it('serves the stored list in pages and order, without vacancies closed or past their deadline since', async () => {
      const first = await get(dewi, '/api/matching/jobs?page=1&limit=2').expect(200);
      expect(first.body).toMatchObject({ status: 'ready', scoringVersion: '2026.1', weightSetId: oldWeightSet, total: 3, page: 1, limit: 2 });
      expect(first.body.computedAt).toEqual(expect.any(String));
      expect(first.body.items.map((item: { vacancy: { id: string } }) => item.vacancy.id)).toEqual([listed[0], listed[1]]);
      const second = await get(dewi, '/api/matching/jobs?page=2&limit=2').expect(200);
      expect(second.body.items.map((item: { vacancy: { id: string } }) => item.vacancy.id)).toEqual([listed[4]]);
      expect(second.body.total).toBe(3);
      const beyond = await get(dewi, '/api/matching/jobs?page=5&limit=2').expect(200);
      expect(beyond.body).toMatchObject({ total: 3, items: [] });
      const all = await get(dewi, '/api/matching/jobs?limit=50').expect(200);
      const ids = all.body.items.map((item: { vacancy: { id: string } }) => item.vacancy.id);
      expect(ids).not.toContain(closedVacancy);
      expect(ids).not.toContain(expiredVacancy);
    });

    it('gives each item the stored score and components with the weights of the set it was computed with, and named skill details', async () => {
      const response = await get(dewi, '/api/matching/jobs?limit=1').expect(200);
      const [item] = response.body.items;
      expect(item.vacancy).toEqual({
        id: listed[0],
        title: 'Operator Jahit',
        employerName: 'PT Maju Jaya',
        occupationCode: expect.any(String),
        regencyCode: '3374',
        isRemote: false,
        wageMin: null,
        wageMax: null,
        employmentType: 'full_time',
        deadline: null,
      });
      expect(item.score).toBeCloseTo(0.9, 5);
      expect(item.components.map((c: { component: string }) => c.component)).toEqual([...MATCH_COMPONENTS]);
      const skills = item.components.find((c: { component: string }) => c.component === 'skills');
      expect(skills).toMatchObject({ value: 0.75, weight: 2 });
      const weightTotal = 2 + MATCH_COMPONENTS.filter((c) => c !== 'skills').reduce((sum, c) => sum + DEFAULT_MATCH_WEIGHTS[c], 0);
      expect(skills.contribution).toBeCloseTo((2 * 0.75) / weightTotal, 5);
      expect(item.skills.matched).toEqual([expect.objectContaining({ skillId: skillIds[0], importance: 'required', nameId: expect.any(String), nameEn: expect.any(String) })]);
      expect(item.skills.missingRequired).toEqual([expect.objectContaining({ skillId: skillIds[3], nameId: expect.any(String), nameEn: expect.any(String) })]);
      expect(item.skills.missingPreferred).toEqual([expect.objectContaining({ skillId: skillIds[2], nameEn: expect.any(String) })]);
      expect(item.distanceKm).toBe(0);
    });

    it('leaves out the interest component when it did not count', async () => {
      const response = await get(dewi, '/api/matching/jobs?page=2&limit=1').expect(200);
      expect(response.body.items[0].components.map((c: { component: string }) => c.component)).not.toContain('interest');
    });

    it("lets the seeker's regency counsellor and an admin read the list, and nobody else", async () => {
      for (const reader of [semarangCounsellor, admin]) {
        const response = await get(reader, `/api/matching/jobs?seekerId=${dewi.id}`).expect(200);
        expect(response.body.total).toBe(3);
      }
      await get(dewi, `/api/matching/jobs?seekerId=${dewi.id}`).expect(200);
      for (const [who, reader] of [
        ['another seeker', budi],
        ['a counsellor of another regency', cilacapCounsellor],
      ] as const) {
        const response = await get(reader, `/api/matching/jobs?seekerId=${dewi.id}`);
        expect({ who, status: response.status }).toEqual({ who, status: 404 });
        expect(JSON.stringify(response.body)).not.toContain('Operator Jahit');
      }
      await get(admin, `/api/matching/jobs?seekerId=${MISSING_ID}`).expect(404);
      for (const reader of [company.owner, trainingCentre]) await get(reader, `/api/matching/jobs?seekerId=${dewi.id}`).expect(403);
      const withoutId = await get(semarangCounsellor, '/api/matching/jobs').expect(400);
      expect(withoutId.body.message).toMatch(/seekerId/);
    });

    it('refuses bad paging and filters with a message naming the field', async () => {
      expect((await get(dewi, '/api/matching/jobs?limit=51').expect(400)).body.message).toMatch(/limit must be at most 50/);
      expect((await get(dewi, '/api/matching/jobs?page=0').expect(400)).body.message).toMatch(/page/);
      expect((await get(dewi, '/api/matching/jobs?accommodations=all').expect(400)).body.message).toMatch(/accommodations/);
      expect((await get(dewi, '/api/matching/jobs?seekerId=nope').expect(400)).body.message).toMatch(/seekerId/);
      await get(dewi, '/api/matching/jobs?colour=red').expect(400);
    });
  });

  describe('accommodations=only', () => {
    it('asks a seeker without recorded accommodations to record them first (422)', async () => {
      const response = await get(budi, '/api/matching/jobs?accommodations=only').expect(422);
      expect(response.body.message).toMatch(/record/i);
    });

    it('scores live over open vacancies offering every accommodation the seeker recorded, and records the read', async () => {
      const both = await createVacancy(t, company.id, { title: 'Operator Ramah Kursi Roda' });
      const more = await createVacancy(t, otherCompany.id, { title: 'Staf Administrasi Inklusif' });
      const one = await createVacancy(t, company.id, { title: 'Hanya Toilet' });
      const closed = await createVacancy(t, company.id, { title: 'Sudah Ditutup', status: 'closed' });
      const far = await createVacancy(t, company.id, { title: 'Jauh di Cilacap' });
      const remote = await createVacancy(t, otherCompany.id, { title: 'Operator Data Jarak Jauh' });
      await t.db.query(`UPDATE vacancies SET accommodations = '{wheelchair_access,accessible_toilet}' WHERE id = ANY($1::uuid[])`, [[both, closed, far, remote]]);
      await t.db.query(`UPDATE vacancies SET regency_code = '3301' WHERE id = $1`, [far]);
      await t.db.query(`UPDATE vacancies SET regency_code = NULL, is_remote = true WHERE id = $1`, [remote]);
      await t.db.query(`UPDATE vacancies SET accommodations = '{wheelchair_access,accessible_toilet,screen_reader}' WHERE id = $1`, [more]);
      await t.db.query(`UPDATE vacancies SET accommodations = '{accessible_toilet}' WHERE id = $1`, [one]);
      const before = await t.db.query(`SELECT count(*)::int AS n FROM sensitive_data_reads WHERE subject_id = $1`, [dewi.id]);

      const response = await get(dewi, '/api/matching/jobs?accommodations=only').expect(200);
      expect(response.body).toMatchObject({ status: 'ready', scoringVersion: '2026.1', weightSetId: await activeWeightSetId(t.db), total: 3, page: 1, limit: 20 });
      const ids = response.body.items.map((item: { vacancy: { id: string } }) => item.vacancy.id);
      expect([...ids].sort()).toEqual([both, more, remote].sort());
      const scores = response.body.items.map((item: { score: number }) => item.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(response.body.items[0].components.length).toBeGreaterThanOrEqual(7);
      // The accommodations only choose which vacancies are scored: each score is the pair's ordinary score.
      for (const item of response.body.items) {
        const explained = await get(dewi, `/api/matching/explanation?vacancyId=${item.vacancy.id}`).expect(200);
        expect(item.score).toBe(explained.body.score);
        expect(item.components).toEqual(explained.body.components);
      }

      const reads = await t.db.query(`SELECT reader_id, reader_role, data_kind, purpose FROM sensitive_data_reads WHERE subject_id = $1 ORDER BY read_at`, [dewi.id]);
      expect(reads.rows.length).toBe(before.rows[0].n + 1);
      expect(reads.rows.at(-1)).toEqual({ reader_id: dewi.id, reader_role: 'job_seeker', data_kind: 'disability', purpose: 'matching_accommodations_filter' });

      const byCounsellor = await get(semarangCounsellor, `/api/matching/jobs?accommodations=only&seekerId=${dewi.id}&limit=1`).expect(200);
      expect(byCounsellor.body).toMatchObject({ total: 3, items: [{ vacancy: { id: ids[0] } }] });
      const counsellorRead = await t.db.query(`SELECT reader_role FROM sensitive_data_reads WHERE subject_id = $1 AND reader_id = $2`, [dewi.id, semarangCounsellor.id]);
      expect(counsellorRead.rows).toEqual([{ reader_role: 'counsellor' }]);
      await get(cilacapCounsellor, `/api/matching/jobs?accommodations=only&seekerId=${dewi.id}`).expect(404);
    });
  });

  describe('GET /api/vacancies/:id/candidates', () => {
    it('serves the stored candidates to every member of the company, without those who opted out, are no longer active or whose account was disabled', async () => {
      const applied = await t.db.query(`INSERT INTO applications (vacancy_id, seeker_id, employer_id) VALUES ($1, $2, $3) RETURNING id`, [listed[0], budi.id, company.id]);
      for (const member of company.members) {
        const response = await get(member, `/api/vacancies/${listed[0]}/candidates`).expect(200);
        expect(response.body).toMatchObject({ status: 'ready', scoringVersion: '2026.1', total: 2, page: 1, limit: 20 });
        expect(response.body.items.map((item: { seeker: { id: string } }) => item.seeker.id)).toEqual([dewi.id, budi.id]);
        const [first, second] = response.body.items;
        expect(first.seeker).toEqual({ id: dewi.id, name: 'Dewi Lestari', regencyCode: '3374', educationLevel: 'SMK', experienceMonths: 18 });
        expect(first.applicationId).toBeNull();
        expect(second.applicationId).toBe(applied.rows[0].id);
        expect(first.skills.matched).toEqual([expect.objectContaining({ skillId: skillIds[0], nameId: expect.any(String), nameEn: expect.any(String) })]);
        expect(first.distanceKm).toBe(0);
      }
      const page2 = await get(company.owner, `/api/vacancies/${listed[0]}/candidates?page=2&limit=1`).expect(200);
      expect(page2.body).toMatchObject({ total: 2, items: [{ seeker: { id: budi.id } }] });
    });

    it('never carries interest, psychometric or disability data', async () => {
      const response = await get(company.owner, `/api/vacancies/${listed[0]}/candidates`).expect(200);
      const json = JSON.stringify(response.body);
      for (const word of ['interest', 'riasec', 'holland', 'assessment', 'disabilit', 'accommodation', 'wheelchair', 'physical', 'correlation']) {
        expect({ word, found: json.toLowerCase().includes(word) }).toEqual({ word, found: false });
      }
      for (const item of response.body.items) {
        expect(item.components.map((c: { component: string }) => c.component)).toEqual(MATCH_COMPONENTS.filter((c) => c !== 'interest'));
        expect(Object.keys(item).sort()).toEqual(['applicationId', 'components', 'distanceKm', 'score', 'seeker', 'skills']);
        expect(Object.keys(item.seeker).sort()).toEqual(['educationLevel', 'experienceMonths', 'id', 'name', 'regencyCode']);
      }
    });

    it('says pending for a vacancy not matched yet, and nothing once the vacancy closes', async () => {
      const pendingResponse = await get(company.owner, `/api/vacancies/${listed[1]}/candidates`).expect(200);
      expect(pendingResponse.body).toMatchObject({ status: 'pending', total: 0, items: [] });
      await storeCandidateList(t.db, closedVacancy, [{ id: dewi.id, score: 0.9 }]);
      const closed = await get(company.owner, `/api/vacancies/${closedVacancy}/candidates`).expect(200);
      expect(closed.body).toMatchObject({ status: 'ready', total: 0, items: [] });
      // The worker drops a closed vacancy's list; a draft never had one: neither is "pending".
      await t.db.query(`DELETE FROM vacancy_candidate_matches WHERE vacancy_id = $1`, [closedVacancy]);
      for (const id of [closedVacancy, draftVacancy]) {
        const response = await get(company.owner, `/api/vacancies/${id}/candidates`).expect(200);
        expect(response.body).toMatchObject({ status: 'ready', total: 0, items: [] });
      }
    });

    it("answers 404 to everyone outside the company, as for a missing vacancy", async () => {
      const missing = await get(company.owner, `/api/vacancies/${MISSING_ID}/candidates`).expect(404);
      for (const [who, user] of [
        ['another company member', otherCompany.owner],
        ['a job seeker', dewi],
        ['a training-centre user', trainingCentre],
        ['a counsellor', semarangCounsellor],
        ['an admin', admin],
      ] as const) {
        const response = await get(user, `/api/vacancies/${listed[0]}/candidates`);
        expect({ who, status: response.status, body: response.body }).toEqual({ who, status: 404, body: missing.body });
      }
      expect((await get(company.owner, '/api/vacancies/not-a-uuid/candidates').expect(400)).body.message).toMatch(/id must be a UUID/);
    });
  });

  describe('GET /api/matching/explanation', () => {
    it('explains a listed pair to the seeker with names of the vacancy, the seeker and the skills', async () => {
      const response = await get(dewi, `/api/matching/explanation?vacancyId=${listed[0]}`).expect(200);
      expect(response.body).toMatchObject({
        direction: 'jobs',
        eligible: true,
        excludedBecause: [],
        scoringVersion: '2026.1',
        weightSetId: await activeWeightSetId(t.db),
        vacancy: { id: listed[0], title: 'Operator Jahit', employerName: 'PT Maju Jaya' },
        seeker: { id: dewi.id, name: 'Dewi Lestari' },
        distanceKm: 0,
      });
      expect(response.body.components.map((c: { component: string }) => c.component)).toEqual([...MATCH_COMPONENTS]);
      expect(response.body).toHaveProperty('interestCorrelation');
      expect(response.body.skills.missingRequired).toEqual([expect.objectContaining({ skillId: skillIds[3], nameId: expect.any(String), nameEn: expect.any(String) })]);
      await get(dewi, `/api/matching/explanation?vacancyId=${listed[0]}&seekerId=${dewi.id}`).expect(200);
    });

    it('says why not for pairs that no list holds', async () => {
      const closed = await get(dewi, `/api/matching/explanation?vacancyId=${closedVacancy}`).expect(200);
      expect(closed.body).toMatchObject({ eligible: false, excludedBecause: ['vacancy_not_open'] });
      const far = await get(semarangCounsellor, `/api/matching/explanation?vacancyId=${farVacancy}&seekerId=${dewi.id}`).expect(200);
      expect(far.body).toMatchObject({ eligible: false, excludedBecause: ['too_far'] });
      expect(far.body.distanceKm).toBeGreaterThan(25);
      const placed = await get(admin, `/api/matching/explanation?vacancyId=${listed[0]}&seekerId=${eko.id}`).expect(200);
      expect(placed.body.excludedBecause).toEqual(['seeker_not_active']);
    });

    it("answers 404 for another seeker's pair, a counsellor of another regency, and a draft vacancy", async () => {
      const missing = await get(admin, `/api/matching/explanation?vacancyId=${listed[0]}&seekerId=${MISSING_ID}`).expect(404);
      for (const [who, user] of [
        ['another seeker', budi],
        ['a counsellor of another regency', cilacapCounsellor],
      ] as const) {
        const response = await get(user, `/api/matching/explanation?vacancyId=${listed[0]}&seekerId=${dewi.id}`);
        expect({ who, status: response.status, body: response.body }).toEqual({ who, status: 404, body: missing.body });
      }
      for (const user of [company.owner, trainingCentre]) await get(user, `/api/matching/explanation?vacancyId=${listed[0]}&seekerId=${dewi.id}`).expect(403);
      await get(dewi, `/api/matching/explanation?vacancyId=${draftVacancy}`).expect(404);
      await get(dewi, `/api/matching/explanation?vacancyId=${MISSING_ID}`).expect(404);
      expect((await get(dewi, '/api/matching/explanation').expect(400)).body.message).toMatch(/vacancyId/);
    });
  });

  describe('admin weights and status', () => {
    it('shows the active weights to admins only', async () => {
      const response = await get(admin, '/api/admin/matching/weights').expect(200);
      expect(response.body).toMatchObject({ scoringVersion: '2026.1', weights: DEFAULT_MATCH_WEIGHTS, defaults: DEFAULT_MATCH_WEIGHTS, maxWeight: 10 });
      expect(response.body.active).toMatchObject({ id: await activeWeightSetId(t.db), active: true, weights: DEFAULT_MATCH_WEIGHTS });
      for (const user of [dewi, company.owner, semarangCounsellor, trainingCentre]) {
        await get(user, '/api/admin/matching/weights').expect(403);
        await get(user, '/api/admin/matching/status').expect(403);
        await t.http.put('/api/admin/matching/weights').auth(user.accessToken, bearer).send({ weights: DEFAULT_MATCH_WEIGHTS, reason: 'try' }).expect(403);
      }
    });

    it('refuses unusable weights with 422 listing each problem', async () => {
      const put = (body: unknown) => t.http.put('/api/admin/matching/weights').auth(admin.accessToken, bearer).send(body as object);
      const bad = await put({ weights: { ...DEFAULT_MATCH_WEIGHTS, skills: -1, wage: 11, colour: 2 }, reason: 'Tuning for the pilot' }).expect(422);
      expect(bad.body.message).toMatch(/colour is not a component/);
      expect(bad.body.message).toMatch(/weights\.skills must be a number from 0 to 10/);
      expect(bad.body.message).toMatch(/weights\.wage must be a number from 0 to 10/);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['weights.colour', 'weights.skills', 'weights.wage']);
      const zero = await put({ weights: Object.fromEntries(MATCH_COMPONENTS.map((c) => [c, c === 'interest' ? 1 : 0])), reason: 'All zero' }).expect(422);
      expect(zero.body.message).toMatch(/at least one component/);
      expect((await put({ weights: 'heavy', reason: 'Tuning' }).expect(422)).body.message).toMatch(/weights must be an object/);
      expect((await put({ weights: DEFAULT_MATCH_WEIGHTS }).expect(400)).body.message).toMatch(/reason/);
      expect((await put({ weights: DEFAULT_MATCH_WEIGHTS, reason: '    ' }).expect(400)).body.message).toMatch(/reason must be 3 to 500 characters/);
      expect((await put({ weights: DEFAULT_MATCH_WEIGHTS, reason: 'ok', active: true }).expect(400)).body.message).toMatch(/active/);
      expect(await activeWeightSetId(t.db)).toBe((await get(admin, '/api/admin/matching/weights')).body.active.id);
    });

    it('stores new weights as the only active set and queues a rebuild', async () => {
      const before = await activeWeightSetId(t.db);
      const weights = { ...DEFAULT_MATCH_WEIGHTS, skills: 5, interest: 0.5 };
      const response = await t.http.put('/api/admin/matching/weights').auth(admin.accessToken, bearer).send({ weights, reason: 'More weight on skills for the pilot' }).expect(200);
      expect(response.body).toMatchObject({ weights, rebuildQueued: true, active: { weights, reason: 'More weight on skills for the pilot', createdBy: { id: admin.id }, active: true } });
      expect(response.body.active.id).not.toBe(before);
      const active = await t.db.query(`SELECT id FROM match_weight_sets WHERE active`);
      expect(active.rows).toEqual([{ id: response.body.active.id }]);
      const queue = t.app.get<Queue>(getQueueToken(QueueName.Matching));
      const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'prioritized']);
      expect(jobs.map((job) => job.name)).toContain('rebuild-matches');

      const explanation = await get(dewi, `/api/matching/explanation?vacancyId=${listed[0]}`).expect(200);
      expect(explanation.body.weightSetId).toBe(response.body.active.id);
      expect(explanation.body.components.find((c: { component: string }) => c.component === 'skills').weight).toBe(5);
      // A stored list keeps the weights it was computed with until the rebuild reaches it.
      const list = await get(dewi, '/api/matching/jobs?limit=1').expect(200);
      expect(list.body.weightSetId).toBe(oldWeightSet);
      expect(list.body.items[0].components[0].weight).toBe(2);
    });

    it('reports the weights, rebuild progress, changes still to match and stored lists', async () => {
      await t.db.query(`INSERT INTO match_changes (kind, entity_id) VALUES ('seeker', $1), ('vacancy', $2) ON CONFLICT DO NOTHING`, [budi.id, listed[1]]);
      const response = await get(admin, '/api/admin/matching/status').expect(200);
      expect(response.body).toMatchObject({
        scoringVersion: '2026.1',
        activeWeightSet: { id: await activeWeightSetId(t.db) },
        pendingChanges: { seekers: expect.any(Number), vacancies: expect.any(Number), total: expect.any(Number) },
        lists: { seekers: 1, vacancies: 1, seekersWithOtherWeights: 1, vacanciesWithOtherWeights: 1 },
        population: { activeSeekers: expect.any(Number), openVacancies: expect.any(Number) },
      });
      expect(response.body.pendingChanges.total).toBeGreaterThanOrEqual(2);
      expect(response.body).toHaveProperty('rebuild');
    });
  });

  it("reads lists exactly as the worker's writer stores them, both ways", async () => {
    const gita = await createSeeker(t, { fullName: 'Gita Writer' });
    const weightSetId = await activeWeightSetId(t.db);
    const jobComponents = Float64Array.from([0.5, 1, 0.25, 0.9, 0.8, 1, 0.6, 0.7, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, -1]);
    await storeMatchLists(t.db, 'jobs', [{ ownerId: gita.id, ids: [listed[1]!, listed[4]!], scores: Float64Array.from([0.8123456, 0.4]), components: jobComponents, sourceChangedAt: null }], weightSetId);
    const jobs = await get(gita, '/api/matching/jobs').expect(200);
    expect(jobs.body).toMatchObject({ status: 'ready', weightSetId, total: 2 });
    expect(jobs.body.items.map((item: { vacancy: { id: string } }) => item.vacancy.id)).toEqual([listed[1], listed[4]]);
    expect(jobs.body.items[0].score).toBeCloseTo(0.812346, 5);
    expect(jobs.body.items[0].components.map((c: { value: number }) => c.value)).toEqual([0.5, 1, 0.25, 0.9, 0.8, 1, 0.6, 0.7]);
    expect(jobs.body.items[1].components.map((c: { component: string; value: number }) => [c.component, c.value])).toEqual(
      MATCH_COMPONENTS.slice(0, 7).map((component, i) => [component, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7][i]]),
    );

    await storeMatchLists(t.db, 'candidates', [{ ownerId: listed[4]!, ids: [budi.id, gita.id], scores: [0.7, 0.6], components: [...jobComponents.slice(0, 7), -1, ...jobComponents.slice(8, 15), -1], sourceChangedAt: null }], weightSetId);
    const candidates = await get(company.owner, `/api/vacancies/${listed[4]}/candidates`).expect(200);
    expect(candidates.body.items.map((item: { seeker: { id: string } }) => item.seeker.id)).toEqual([budi.id, gita.id]);
    expect(candidates.body.items[1].components.map((c: { value: number }) => c.value)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('documents every route in the OpenAPI document', async () => {
    const json = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/matching/jobs', '/api/matching/explanation', '/api/vacancies/{id}/candidates', '/api/admin/matching/weights', '/api/admin/matching/status']),
    );
  });

  describe('generated input never gets a 5xx', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('', '0', '-1', '51', '1e3', 'null', 'only', 'true', '[]', MISSING_ID, 'a'.repeat(300), '%00', '../'),
    );
    // Keys may repeat (page=1&page=2 arrives as an array) or look like nested fields.
    const queryString = fc
      .array(fc.tuple(fc.constantFrom('page', 'limit', 'seekerId', 'vacancyId', 'accommodations', 'x', 'seekerId[]', 'page[a]', '__proto__'), text), { maxLength: 5 })
      .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'));

    it('on the read routes', async () => {
      const users = [dewi, semarangCounsellor, admin, company.owner];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('/api/matching/jobs', '/api/matching/explanation', `/api/vacancies/${listed[0]}/candidates`, '/api/admin/matching/status'), queryString, fc.nat(users.length - 1), async (path, query, who) => {
          const response = await get(users[who]!, `${path}?${query}`);
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: 60 },
      );
    });

    it('on PUT /api/admin/matching/weights', async () => {
      const weightValue = fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null), fc.boolean(), fc.constant([]));
      const body = fc.oneof(
        fc.record({ weights: fc.dictionary(fc.constantFrom(...MATCH_COMPONENTS, 'other'), weightValue), reason: fc.oneof(fc.string({ maxLength: 600 }), fc.integer(), fc.constant(null)) }, { requiredKeys: [] }),
        fc.anything(),
      );
      await fc.assert(
        fc.asyncProperty(body, async (generated) => {
          const response = await t.http
            .put('/api/admin/matching/weights')
            .auth(admin.accessToken, bearer)
            .set('content-type', 'application/json')
            .send(JSON.stringify(generated) ?? 'null');
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: 60 },
      );
    });
  });
});
