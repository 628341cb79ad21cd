import fc from 'fast-check';
import type { INestApplicationContext } from '@nestjs/common';
import { VacanciesProcessor } from '../../apps/worker/src/processors/vacancies.processor.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { ADMIN_ENV, adminToken, createCompany, outsiders, publishedVacancy, vacancyBody, type Company } from '../support/exchange.js';
import type { RegisteredUser } from '../support/factories.js';

const MISSING = '3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13';

describe('vacancies', () => {
  let t: TestContext;
  let company: Company;
  let others: Record<string, RegisteredUser>;
  let worker: INestApplicationContext;

  const draft = async (owner: RegisteredUser, overrides: Record<string, unknown> = {}) =>
    (await t.http.post('/api/vacancies').auth(owner.accessToken, { type: 'bearer' }).send(vacancyBody(overrides)).expect(201)).body;

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
    company = await createCompany(t);
    others = await outsiders(t);
    worker = await t.startWorker();
  });
  afterAll(() => t.close());

  it('creates drafts; an unverified company cannot publish them (422 saying why)', async () => {
    const pending = await createCompany(t, { verified: false });
    const vacancy = await draft(pending.owner, { skills: [{ skillId: 1, importance: 'required', weight: 3 }], accommodations: ['wheelchair_access'] });
    expect(vacancy).toMatchObject({ status: 'draft', title: 'Penjahit Garmen', employer: { id: pending.id, verified: false }, accommodations: ['wheelchair_access'] });
    expect(vacancy.skills).toEqual([expect.objectContaining({ skillId: 1, importance: 'required', weight: 3 })]);
    const refused = await t.http.post(`/api/vacancies/${vacancy.id}/publish`).auth(pending.owner.accessToken, { type: 'bearer' }).expect(422);
    expect(refused.body.message).toMatch(/company is not verified yet/);

    const admin = await adminToken(t);
    await t.http.post(`/api/admin/employers/${pending.id}/verify`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
    const published = await t.http.post(`/api/vacancies/${vacancy.id}/publish`).auth(pending.owner.accessToken, { type: 'bearer' }).expect(200);
    expect(published.body).toMatchObject({ status: 'published', employer: { verified: true } });
    expect(published.body.publishedAt).toEqual(expect.any(String));
  });

  it.each([['gender', 'F'], ['religion', 'Islam'], ['maritalStatus', 'single'], ['appearance', 'menarik'], ['ageMax', 25], ['status', 'published'], ['employerId', MISSING]])(
    'refuses the field %s: the structured fields cannot express it',
    async (field, value) => {
      const response = await t.http.post('/api/vacancies').auth(company.owner.accessToken, { type: 'bearer' }).send(vacancyBody({ [field]: value })).expect(400);
      expect(response.body.message).toContain(`property ${field} should not exist`);
    },
  );

  it('checks references and the place', async () => {
    const occupation = await t.http.post('/api/vacancies').auth(company.owner.accessToken, { type: 'bearer' }).send(vacancyBody({ occupationCode: '0000' })).expect(400);
    expect(occupation.body.message).toMatch(/occupationCode 0000 is not an occupation/);
    const place = await t.http.post('/api/vacancies').auth(company.owner.accessToken, { type: 'bearer' }).send(vacancyBody({ regencyCode: null, isRemote: false })).expect(400);
    expect(place.body.message).toMatch(/regencyCode is required unless isRemote/);
    const wage = await t.http.post('/api/vacancies').auth(company.owner.accessToken, { type: 'bearer' }).send(vacancyBody({ wageMin: 5, wageMax: 4 })).expect(400);
    expect(wage.body.message).toMatch(/wageMin must not be more than wageMax/);
    const skills = await t.http
      .post('/api/vacancies')
      .auth(company.owner.accessToken, { type: 'bearer' })
      .send(vacancyBody({ skills: [{ skillId: 999999, importance: 'required' }] }))
      .expect(400);
    expect(skills.body.message).toMatch(/unknown skill ids: 999999/);
    const remote = await draft(company.owner, { regencyCode: null, isRemote: true });
    expect(remote.regency).toBeNull();
  });

  it('refuses discriminatory wording at publication, quoting each phrase', async () => {
    const vacancy = await draft(company.owner, {
      title: 'SPG Toko',
      description: 'Syarat: Wanita, usia maksimal 25 tahun, belum menikah, berpenampilan menarik. Gaji menarik dan jaminan hari tua.',
    });
    const refused = await t.http.post(`/api/vacancies/${vacancy.id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(422);
    expect(refused.body.code).toBe('VACANCY.DISCRIMINATORY_REQUIREMENT');
    for (const phrase of ['"Wanita"', '"usia maksimal 25 tahun"', '"belum menikah"', '"berpenampilan menarik"']) expect(refused.body.message).toContain(phrase);
    expect(refused.body.message).not.toContain('Gaji menarik');
    expect(refused.body.details.phrases).toContainEqual({ phrase: 'belum menikah', category: 'marital_status' });

    const fixed = await t.http
      .patch(`/api/vacancies/${vacancy.id}`)
      .auth(company.owner.accessToken, { type: 'bearer' })
      .send({ description: 'Melayani pelanggan toko, menata produk dan mencatat penjualan harian. Gaji menarik dan jaminan hari tua.' })
      .expect(200);
    expect(fixed.body.status).toBe('draft');
    await t.http.post(`/api/vacancies/${vacancy.id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
    // A published vacancy cannot gain such wording by an edit either.
    const edit = await t.http.patch(`/api/vacancies/${vacancy.id}`).auth(company.owner.accessToken, { type: 'bearer' }).send({ title: 'SPG Toko (good looking)' }).expect(422);
    expect(edit.body.message).toContain('"good looking"');
  });

  it('publishes flagged wording after an admin approves an exception for it, and not after a refusal', async () => {
    const admin = await adminToken(t);
    const vacancy = await draft(company.owner, {
      occupationCode: '5414',
      title: 'Petugas Keamanan',
      description: 'Menjaga keamanan kawasan pabrik. Tinggi badan minimal 165 cm sesuai Perkap 24/2007 tentang sistem manajemen pengamanan.',
    });
    await t.http.post(`/api/vacancies/${vacancy.id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(422);
    const short = await t.http.post(`/api/vacancies/${vacancy.id}/wording-exception`).auth(company.owner.accessToken, { type: 'bearer' }).send({ reason: 'law' }).expect(400);
    expect(short.body.message).toMatch(/reason must be 10 to 2000/);
    const asked = await t.http
      .post(`/api/vacancies/${vacancy.id}/wording-exception`)
      .auth(company.owner.accessToken, { type: 'bearer' })
      .send({ reason: 'Perkap 24/2007 sets a minimum height for security staff.' })
      .expect(201);
    expect(asked.body).toMatchObject({ status: 'pending', phrases: ['tinggi badan'] });
    await t.http.post(`/api/vacancies/${vacancy.id}/wording-exception`).auth(company.owner.accessToken, { type: 'bearer' }).send({ reason: 'Perkap 24/2007 again, twice.' }).expect(409);

    const pending = await t.http.get('/api/admin/wording-exceptions?status=pending').auth(admin.accessToken, { type: 'bearer' }).expect(200);
    expect(pending.body.items.map((x: { id: string }) => x.id)).toContain(asked.body.id);
    const noReason = await t.http.post(`/api/admin/wording-exceptions/${asked.body.id}/decide`).auth(admin.accessToken, { type: 'bearer' }).send({ approve: true }).expect(400);
    expect(noReason.body.message).toMatch(/reason/);
    const decided = await t.http
      .post(`/api/admin/wording-exceptions/${asked.body.id}/decide`)
      .auth(admin.accessToken, { type: 'bearer' })
      .send({ approve: true, reason: 'The regulation applies to security staff.' })
      .expect(200);
    expect(decided.body).toMatchObject({ status: 'approved', decision: { reason: 'The regulation applies to security staff.' } });
    await t.http.post(`/api/admin/wording-exceptions/${asked.body.id}/decide`).auth(admin.accessToken, { type: 'bearer' }).send({ approve: false, reason: 'Changed my mind.' }).expect(409);
    await t.http.post(`/api/vacancies/${vacancy.id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
    // Only the approved phrases: a new one is refused.
    const more = await t.http
      .patch(`/api/vacancies/${vacancy.id}`)
      .auth(company.owner.accessToken, { type: 'bearer' })
      .send({ description: `${vacancy.description} Diutamakan pria.` })
      .expect(422);
    expect(more.body.message).toContain('"Diutamakan pria"');
    expect(more.body.message).not.toContain('Tinggi badan');

    const refusedOne = await draft(company.owner, { description: 'Melayani tamu hotel dengan ramah. Berpenampilan menarik dan komunikatif.' });
    const asked2 = await t.http
      .post(`/api/vacancies/${refusedOne.id}/wording-exception`)
      .auth(company.owner.accessToken, { type: 'bearer' })
      .send({ reason: 'Our guests expect it, we think it is fine.' })
      .expect(201);
    await t.http
      .post(`/api/admin/wording-exceptions/${asked2.body.id}/decide`)
      .auth(admin.accessToken, { type: 'bearer' })
      .send({ approve: false, reason: 'Appearance is no legal requirement for this work.' })
      .expect(200);
    await t.http.post(`/api/vacancies/${refusedOne.id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(422);
    const notes = await t.http.get('/api/notifications').auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
    expect(notes.body.items.map((n: { title: { en: string } }) => n.title.en)).toEqual(expect.arrayContaining(['Wording exception approved', 'Wording exception refused']));
  });

  it('runs the lifecycle draft -> published -> closed or filled', async () => {
    const id = await publishedVacancy(t, company);
    await t.http.post(`/api/vacancies/${id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(409);
    const closed = await t.http.post(`/api/vacancies/${id}/close`).auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    await t.http.post(`/api/vacancies/${id}/close`).auth(company.owner.accessToken, { type: 'bearer' }).expect(409);
    const again = await t.http.post(`/api/vacancies/${id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(409);
    expect(again.body.message).toMatch(/cannot be published again/);
    await t.http.patch(`/api/vacancies/${id}`).auth(company.owner.accessToken, { type: 'bearer' }).send({ openings: 2 }).expect(409);
    const other = await publishedVacancy(t, company);
    const filled = await t.http.post(`/api/vacancies/${other}/close`).auth(company.owner.accessToken, { type: 'bearer' }).send({ filled: true }).expect(200);
    expect(filled.body.status).toBe('filled');
    const past = await draft(company.owner, { deadline: '2020-01-01' });
    const late = await t.http.post(`/api/vacancies/${past.id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(400);
    expect(late.body.message).toMatch(/deadline 2020-01-01 is in the past/);

    const mine = await t.http.get('/api/employers/mine/vacancies?status=filled').auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
    expect(mine.body.items.map((v: { id: string }) => v.id)).toEqual([other]);
  });

  it('shows published vacancies to everyone and drafts only to the company', async () => {
    const hidden = await draft(company.owner);
    const shown = await publishedVacancy(t, company, { skills: [{ skillId: 2, importance: 'preferred' }] });
    const open = await t.http.get(`/api/vacancies/${shown}`).expect(200);
    expect(open.body).toMatchObject({ id: shown, employer: { id: company.id, verified: true } });
    expect(open.body.skills[0]).toMatchObject({ skillId: 2, importance: 'preferred', name: { id: expect.any(String), en: expect.any(String) } });
    const missing = await t.http.get(`/api/vacancies/${MISSING}`).expect(404);
    expect((await t.http.get(`/api/vacancies/${hidden.id}`).expect(404)).body.message).toBe(missing.body.message);
    await t.http.get(`/api/vacancies/${hidden.id}`).auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
    await t.http.get(`/api/vacancies/${hidden.id}`).auth(await adminToken(t).then((a) => a.accessToken), { type: 'bearer' }).expect(200);
    await t.http.get(`/api/vacancies/${hidden.id}`).auth('not-a-token', { type: 'bearer' }).expect(401);
  });

  it("answers another company's member, a seeker, a training-centre user and a counsellor as if the vacancy did not exist", async () => {
    const hidden = await draft(company.owner);
    const shown = await publishedVacancy(t, company);
    const missing = await t.http.post(`/api/vacancies/${MISSING}/publish`).auth(others['another company member'].accessToken, { type: 'bearer' }).expect(404);
    for (const [who, user] of Object.entries(others)) {
      const attempts = [
        t.http.get(`/api/vacancies/${hidden.id}`).auth(user.accessToken, { type: 'bearer' }),
        t.http.patch(`/api/vacancies/${shown}`).auth(user.accessToken, { type: 'bearer' }).send({ openings: 9 }),
        t.http.post(`/api/vacancies/${hidden.id}/publish`).auth(user.accessToken, { type: 'bearer' }),
        t.http.post(`/api/vacancies/${shown}/close`).auth(user.accessToken, { type: 'bearer' }),
        t.http.post(`/api/vacancies/${hidden.id}/wording-exception`).auth(user.accessToken, { type: 'bearer' }).send({ reason: 'A reason long enough.' }),
      ];
      for (const response of (await Promise.all(attempts)) as unknown as Array<{ status: number; body: { message: string }; req: { method: string; path: string } }>) {
        const expected = who === 'another company member' || response.req.method === 'GET' ? 404 : 403;
        expect({ who, url: response.req.path, status: response.status }).toEqual({ who, url: response.req.path, status: expected });
        if (expected === 404) expect(response.body.message).toBe(missing.body.message);
      }
    }
    const still = await t.http.get(`/api/vacancies/${shown}`).expect(200);
    expect(still.body).toMatchObject({ status: 'published', openings: 3 });
    for (const user of Object.values(others)) {
      await t.http.get('/api/admin/wording-exceptions').auth(user.accessToken, { type: 'bearer' }).expect(403);
      await t.http.post(`/api/admin/wording-exceptions/${MISSING}/decide`).auth(user.accessToken, { type: 'bearer' }).send({ approve: true, reason: 'Because I can.' }).expect(403);
    }
  });

  it('closes published vacancies past their deadline and reminds the members 3 days before, once', async () => {
    const processor = worker.get(VacanciesProcessor);
    const expired = await publishedVacancy(t, company, { deadline: new Date(Date.now() + 86_400_000 * 10).toISOString().slice(0, 10) });
    await t.db.query(`UPDATE vacancies SET deadline = current_date - 1 WHERE id = $1`, [expired]);
    const soon = await publishedVacancy(t, company, { title: 'Operator Jahit Segera', deadline: new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10) });
    await t.db.query(`UPDATE vacancies SET deadline = current_date + 2 WHERE id = $1`, [soon]);

    expect((await processor.closeExpired()).closed).toBeGreaterThanOrEqual(1);
    expect(await processor.closeExpired()).toEqual({ closed: 0 });
    expect((await t.http.get(`/api/vacancies/${expired}`).auth(company.owner.accessToken, { type: 'bearer' }).expect(200)).body.status).toBe('closed');

    await processor.remindDeadlines();
    await processor.remindDeadlines();
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'vacancy_deadline' AND link LIKE $1`, [`%${soon}`]);
    expect(rows[0].n).toBe(1);
    const notes = await t.http.get('/api/notifications').auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
    expect(notes.body.items.find((n: { kind: string }) => n.kind === 'vacancy_deadline').title.en).toBe('"Operator Jahit Segera" closes soon');
  });

  it('never answers 5xx to generated bodies on the write routes', async () => {
    const admin = await adminToken(t);
    const target = await draft(company.owner);
    const asked = await draft(company.owner, { description: 'Menjaga gudang. Tinggi badan minimal 170 cm menurut peraturan.' });
    const exception = await t.http.post(`/api/vacancies/${asked.id}/wording-exception`).auth(company.owner.accessToken, { type: 'bearer' }).send({ reason: 'A regulation requires it.' }).expect(201);
    const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.object());
    const body = fc.oneof(
      fc.anything(),
      fc.record(
        {
          occupationCode: fc.oneof(fc.constantFrom('7531', '9999'), field),
          title: fc.oneof(fc.constant('Penjahit berpenampilan menarik'), field),
          description: fc.oneof(fc.lorem({ maxCount: 30 }), field),
          regencyCode: fc.oneof(fc.constantFrom('3374', '0000'), field),
          isRemote: field,
          wageMin: fc.oneof(fc.integer({ min: -10, max: 2 ** 31 }), field),
          wageMax: fc.oneof(fc.integer({ min: -10, max: 2 ** 31 }), field),
          employmentType: fc.oneof(fc.constant('daily'), field),
          openings: fc.oneof(fc.integer({ min: -1, max: 2 ** 31 }), field),
          educationMin: fc.oneof(fc.constantFrom('SMK', 'XX'), field),
          fieldsOfStudy: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), field),
          experienceMinMonths: field,
          accommodations: fc.oneof(fc.constant(['quiet_space']), field),
          deadline: fc.oneof(fc.constantFrom('2099-02-30', '2099-12-31', '1999-01-01'), field),
          skills: fc.oneof(fc.array(fc.record({ skillId: fc.integer({ min: -5, max: 3_000_000_000 }), importance: fc.constantFrom('required', 'x'), weight: field })), field),
          reason: fc.oneof(fc.string({ minLength: 10 }), field),
          approve: field,
          filled: field,
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const routes: Array<[string, string, string]> = [
          ['post', '/api/vacancies', company.owner.accessToken],
          ['patch', `/api/vacancies/${target.id}`, company.owner.accessToken],
          ['post', `/api/vacancies/${target.id}/wording-exception`, company.owner.accessToken],
          ['post', `/api/admin/wording-exceptions/${exception.body.id}/decide`, admin.accessToken],
          ['post', `/api/vacancies/${MISSING}/close`, company.owner.accessToken],
        ];
        for (const [method, url, token] of routes) {
          const response = await (t.http as any)[method](url).auth(token, { type: 'bearer' }).set('content-type', 'application/json').send(JSON.stringify(payload ?? null));
          if (response.status >= 500) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)} to ${JSON.stringify(payload)}`);
        }
      }),
      { numRuns: 40 },
    );
  });
});
