import fc from 'fast-check';
import type { INestApplicationContext } from '@nestjs/common';
import { VacanciesProcessor } from '../../apps/worker/src/processors/vacancies.processor.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { ADMIN_ENV, createCompany, createCounsellor, publishedVacancy, type Company } from '../support/exchange.js';

describe('saved searches', () => {
  let t: TestContext;
  let seeker: RegisteredUser;
  let company: Company;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
    seeker = await registerUser(t.http, { fullName: 'Dewi Lestari' });
    company = await createCompany(t);
    worker = await t.startWorker();
  });
  afterAll(() => t.close());

  it('saves, lists and deletes my searches', async () => {
    const saved = await t.http
      .post('/api/saved-searches')
      .auth(seeker.accessToken, { type: 'bearer' })
      .send({ name: 'Penjahit di Semarang', query: { q: 'penjahit', regency: '3374', withinKm: 30, accommodations: ['wheelchair_access'], remote: false } })
      .expect(201);
    expect(saved.body).toMatchObject({ name: 'Penjahit di Semarang', query: { q: 'penjahit', regency: '3374', withinKm: 30, accommodations: ['wheelchair_access'], remote: false } });
    const list = await t.http.get('/api/saved-searches').auth(seeker.accessToken, { type: 'bearer' }).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: saved.body.id }] });
    await t.http.delete(`/api/saved-searches/${saved.body.id}`).auth(seeker.accessToken, { type: 'bearer' }).expect(204);
    await t.http.delete(`/api/saved-searches/${saved.body.id}`).auth(seeker.accessToken, { type: 'bearer' }).expect(404);
  });

  it('says what to change in a bad search', async () => {
    const bad = await t.http.post('/api/saved-searches').auth(seeker.accessToken, { type: 'bearer' }).send({ name: 'x', query: { regency: '9999' } }).expect(400);
    expect(bad.body.message).toMatch(/regency 9999 is not a regency/);
    const unknown = await t.http.post('/api/saved-searches').auth(seeker.accessToken, { type: 'bearer' }).send({ name: 'x', query: { gender: 'F' } }).expect(400);
    expect(unknown.body.message).toMatch(/gender should not exist/);
    await t.http.post('/api/saved-searches').auth(seeker.accessToken, { type: 'bearer' }).send({ name: 'x' }).expect(400);
    await t.http.post('/api/saved-searches').auth(seeker.accessToken, { type: 'bearer' }).send({ name: 'x', query: { withinKm: 5 } }).expect(400);
  });

  it("answers another seeker as if my search did not exist; other roles may not use saved searches", async () => {
    const saved = await t.http.post('/api/saved-searches').auth(seeker.accessToken, { type: 'bearer' }).send({ name: 'Semua', query: {} }).expect(201);
    const other = await registerUser(t.http);
    const missing = await t.http.delete('/api/saved-searches/3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13').auth(other.accessToken, { type: 'bearer' }).expect(404);
    const theirs = await t.http.delete(`/api/saved-searches/${saved.body.id}`).auth(other.accessToken, { type: 'bearer' }).expect(404);
    expect(theirs.body.message).toBe(missing.body.message);
    expect((await t.http.get('/api/saved-searches').auth(other.accessToken, { type: 'bearer' }).expect(200)).body.total).toBe(0);
    for (const user of [company.owner, await registerUser(t.http, { role: 'training_centre' }), await createCounsellor(t)]) {
      await t.http.delete(`/api/saved-searches/${saved.body.id}`).auth(user.accessToken, { type: 'bearer' }).expect(403);
      await t.http.get('/api/saved-searches').auth(user.accessToken, { type: 'bearer' }).expect(403);
    }
    await t.http.delete(`/api/saved-searches/${saved.body.id}`).auth(seeker.accessToken, { type: 'bearer' }).expect(204);
  });

  it('sends one daily digest per search of the vacancies published since the last one', async () => {
    const processor = worker.get(VacanciesProcessor);
    const dewi = await registerUser(t.http, { fullName: 'Dewi Lestari' });
    await publishedVacancy(t, company, { title: 'Penjahit Lama' }); // before the search was saved
    const saved = await t.http
      .post('/api/saved-searches')
      .auth(dewi.accessToken, { type: 'bearer' })
      .send({ name: 'Penjahit di Semarang', query: { q: 'penjahit', regency: '3374' } })
      .expect(201);
    await publishedVacancy(t, company, { title: 'Penjahit Garmen' });
    await publishedVacancy(t, company, { title: 'Penjahit Butik' });
    await publishedVacancy(t, company, { title: 'Sopir Ekspedisi', occupationCode: '8322', description: 'Mengantar barang ke pelanggan di Jawa Tengah dengan aman.' });

    const first = await processor.sendDigests();
    expect(first.notified).toBeGreaterThanOrEqual(1);
    const notes = await t.http.get('/api/notifications').auth(dewi.accessToken, { type: 'bearer' }).expect(200);
    expect(notes.body.items).toHaveLength(1);
    expect(notes.body.items[0]).toMatchObject({ kind: 'saved_search_alert', title: { id: '2 lowongan baru: Penjahit di Semarang', en: '2 new vacancies: Penjahit di Semarang' } });
    expect(notes.body.items[0].body.en).toContain('Penjahit Butik');
    expect(notes.body.items[0].body.en).not.toContain('Penjahit Lama');
    expect(notes.body.items[0].body.en).not.toContain('Sopir');
    const { rows: mail } = await t.db.query(`SELECT subject FROM outbox_emails WHERE recipient = $1 AND template = 'notification_saved_search_alert'`, [dewi.email]);
    expect(mail).toEqual([{ subject: '2 lowongan baru: Penjahit di Semarang / 2 new vacancies: Penjahit di Semarang' }]);

    // The same day again: nothing more, even with a new match.
    await publishedVacancy(t, company, { title: 'Penjahit Seragam' });
    await processor.sendDigests();
    expect((await t.http.get('/api/notifications').auth(dewi.accessToken, { type: 'bearer' }).expect(200)).body.total).toBe(1);

    // The next day: only what was published since the last digest.
    await t.db.query(`UPDATE saved_searches SET last_digest_on = current_date - 1 WHERE id = $1`, [saved.body.id]);
    await t.db.query(`DELETE FROM notifications WHERE user_id = $1`, [dewi.id]); // the dedupe key is per day; today's is taken
    await processor.sendDigests();
    const next = await t.http.get('/api/notifications').auth(dewi.accessToken, { type: 'bearer' }).expect(200);
    expect(next.body.items.map((n: { title: { en: string } }) => n.title.en)).toEqual(['1 new vacancy: Penjahit di Semarang']);
    expect(next.body.items[0].body.id).toContain('Penjahit Seragam');
  });

  it('never answers 5xx to generated bodies', async () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.object());
    const body = fc.oneof(
      fc.anything(),
      fc.record(
        {
          name: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), field),
          query: fc.oneof(
            field,
            fc.record(
              {
                q: fc.oneof(fc.string(), field),
                regency: fc.oneof(fc.constantFrom('3374', '0000'), field),
                withinKm: fc.oneof(fc.integer({ min: -5, max: 2000 }), field),
                occupation: fc.oneof(fc.constant('7531'), field),
                education: fc.oneof(fc.constantFrom('SMK', 'XX'), field),
                employmentType: fc.oneof(fc.constant('daily'), field),
                minWage: fc.oneof(fc.integer(), field),
                accommodations: fc.oneof(fc.constant(['quiet_space']), fc.constant('quiet_space,remote_work'), field),
                remote: field,
              },
              { requiredKeys: [] },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    const user = await registerUser(t.http);
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await t.http.post('/api/saved-searches').auth(user.accessToken, { type: 'bearer' }).set('content-type', 'application/json').send(JSON.stringify(payload ?? null));
        if (response.status >= 500) throw new Error(`answered ${response.status}: ${JSON.stringify(response.body)} to ${JSON.stringify(payload)}`);
        if (response.status === 201) await t.http.delete(`/api/saved-searches/${response.body.id}`).auth(user.accessToken, { type: 'bearer' }).expect(204);
      }),
      { numRuns: 60 },
    );
    // The digest copes with whatever was saved.
    await expect(worker.get(VacanciesProcessor).sendDigests()).resolves.toEqual(expect.objectContaining({ searches: expect.any(Number) }));
  });
});
