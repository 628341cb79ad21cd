import fc from 'fast-check';
import { createTestContext, linkTokenFromOutbox, type TestContext } from '../support/test-context.js';
import { registerUser } from '../support/factories.js';
import { ADMIN_ENV, adminToken, companyBody, createCompany, createCounsellor, uniqueNib } from '../support/exchange.js';

describe('employers', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
  });
  afterAll(() => t.close());

  describe('registration', () => {
    it('registers a company for an employer without one; the caller becomes its owner and it waits for review', async () => {
      const owner = await registerUser(t.http, { role: 'employer', fullName: 'Budi Santoso' });
      const nib = uniqueNib();
      const created = await t.http
        .post('/api/employers')
        .auth(owner.accessToken, { type: 'bearer' })
        .send(companyBody({ nib: `${nib.slice(0, 4)} ${nib.slice(4)}` }))
        .expect(201);
      expect(created.body).toMatchObject({ nib, status: 'pending', regency: { code: '3374', name: 'Kota Semarang' } });
      expect(created.body.members).toEqual([{ userId: owner.id, fullName: 'Budi Santoso', role: 'owner' }]);
      const mine = await t.http.get('/api/employers/mine').auth(owner.accessToken, { type: 'bearer' }).expect(200);
      expect(mine.body.id).toBe(created.body.id);

      const again = await t.http.post('/api/employers').auth(owner.accessToken, { type: 'bearer' }).send(companyBody()).expect(409);
      expect(again.body.message).toMatch(/belong to a company already/);
    });

    it('checks the NIB: 13 digits, and unique (409)', async () => {
      const owner = await registerUser(t.http, { role: 'employer' });
      for (const nib of ['123', '12345678901234', 'abcdefghijklm', '']) {
        const response = await t.http.post('/api/employers').auth(owner.accessToken, { type: 'bearer' }).send(companyBody({ nib })).expect(400);
        expect(response.body.message).toMatch(/13-digit/);
      }
      const first = await createCompany(t, { verified: false });
      const mine = await t.http.get('/api/employers/mine').auth(first.owner.accessToken, { type: 'bearer' }).expect(200);
      const taken = await t.http.post('/api/employers').auth(owner.accessToken, { type: 'bearer' }).send(companyBody({ nib: mine.body.nib })).expect(409);
      expect(taken.body.message).toMatch(/NIB is registered already/);
    });

    it('refuses fields the company may not set, unknown regencies and other roles', async () => {
      const owner = await registerUser(t.http, { role: 'employer' });
      const status = await t.http.post('/api/employers').auth(owner.accessToken, { type: 'bearer' }).send(companyBody({ status: 'verified' })).expect(400);
      expect(status.body.message).toMatch(/status should not exist/);
      await t.http.post('/api/employers').auth(owner.accessToken, { type: 'bearer' }).send(companyBody({ verifiedAt: new Date().toISOString() })).expect(400);
      const regency = await t.http.post('/api/employers').auth(owner.accessToken, { type: 'bearer' }).send(companyBody({ regencyCode: '9999' })).expect(400);
      expect(regency.body.message).toMatch(/regencyCode 9999/);
      const seeker = await registerUser(t.http);
      await t.http.post('/api/employers').auth(seeker.accessToken, { type: 'bearer' }).send(companyBody()).expect(403);
      const none = await t.http.get('/api/employers/mine').auth(owner.accessToken, { type: 'bearer' }).expect(403);
      expect(none.body.message).toMatch(/not a member of a company/);
    });

    it('lets the owner change the details', async () => {
      const company = await createCompany(t, { verified: false });
      const changed = await t.http
        .patch('/api/employers/mine')
        .auth(company.owner.accessToken, { type: 'bearer' })
        .send({ name: 'PT Sinar Jaya Garmen Abadi', regencyCode: '3324' })
        .expect(200);
      expect(changed.body).toMatchObject({ name: 'PT Sinar Jaya Garmen Abadi', regency: { code: '3324' } });
      await t.http.patch('/api/employers/mine').auth(company.owner.accessToken, { type: 'bearer' }).send({ nib: uniqueNib() }).expect(400);
    });
  });

  describe('invitations', () => {
    it('invites a colleague by e-mail; the link works once, for that address, for an employer without a company', async () => {
      const company = await createCompany(t, { verified: false });
      const colleague = await registerUser(t.http, { role: 'employer', fullName: 'Sari Dewi' });
      const invited = await t.http
        .post('/api/employers/mine/invitations')
        .auth(company.owner.accessToken, { type: 'bearer' })
        .send({ email: colleague.email.toUpperCase() })
        .expect(201);
      expect(invited.body.email).toBe(colleague.email);
      const token = await linkTokenFromOutbox(t.db, colleague.email, 'employer_invitation');
      const { rows } = await t.db.query(`SELECT token_hash FROM employer_invitations WHERE id = $1`, [invited.body.id]);
      expect(rows[0].token_hash).not.toContain(token);
      const { rows: mail } = await t.db.query(`SELECT subject, body_text FROM outbox_emails WHERE recipient = $1 AND template = 'employer_invitation'`, [colleague.email]);
      expect(mail[0].subject).toMatch(/Undangan.*Invitation/);
      expect(mail[0].body_text).toMatch(/mengundang Anda/);
      expect(mail[0].body_text).toMatch(/invites you/);

      const stranger = await registerUser(t.http, { role: 'employer' });
      const wrong = await t.http.post('/api/employer-invitations/accept').auth(stranger.accessToken, { type: 'bearer' }).send({ token }).expect(403);
      expect(wrong.body.message).toMatch(/another e-mail address/);
      const seeker = await registerUser(t.http);
      await t.http.post('/api/employer-invitations/accept').auth(seeker.accessToken, { type: 'bearer' }).send({ token }).expect(403);

      const joined = await t.http.post('/api/employer-invitations/accept').auth(colleague.accessToken, { type: 'bearer' }).send({ token }).expect(200);
      expect(joined.body.members.map((m: { fullName: string; role: string }) => `${m.fullName}:${m.role}`)).toEqual(['Budi Santoso:owner', 'Sari Dewi:member']);
      const used = await t.http.post('/api/employer-invitations/accept').auth(colleague.accessToken, { type: 'bearer' }).send({ token }).expect(400);
      expect(used.body.message).toMatch(/used already or has expired/);

      // A member is not the owner.
      await t.http.post('/api/employers/mine/invitations').auth(colleague.accessToken, { type: 'bearer' }).send({ email: 'x@example.org' }).expect(403);
    });

    it('refuses an expired invitation and one for an employer who has a company', async () => {
      const company = await createCompany(t, { verified: false });
      const other = await createCompany(t, { verified: false });
      const invited = await t.http.post('/api/employers/mine/invitations').auth(company.owner.accessToken, { type: 'bearer' }).send({ email: other.owner.email }).expect(201);
      const token = await linkTokenFromOutbox(t.db, other.owner.email, 'employer_invitation');
      const busy = await t.http.post('/api/employer-invitations/accept').auth(other.owner.accessToken, { type: 'bearer' }).send({ token }).expect(409);
      expect(busy.body.message).toMatch(/belong to a company already/);
      await t.db.query(`UPDATE employer_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invited.body.id]);
      await t.http.post('/api/employer-invitations/accept').auth(other.owner.accessToken, { type: 'bearer' }).send({ token }).expect(400);
      await t.http.post('/api/employer-invitations/accept').auth(other.owner.accessToken, { type: 'bearer' }).send({ token: 'x'.repeat(43) }).expect(400);
    });
  });

  describe('admin review', () => {
    it('verifies or rejects with a reason and notifies the members', async () => {
      const admin = await adminToken(t);
      const company = await createCompany(t, { verified: false });
      const pending = await t.http.get('/api/admin/employers?status=pending&limit=100').auth(admin.accessToken, { type: 'bearer' }).expect(200);
      expect(pending.body.items.map((c: { id: string }) => c.id)).toContain(company.id);

      const noReason = await t.http.post(`/api/admin/employers/${company.id}/reject`).auth(admin.accessToken, { type: 'bearer' }).send({}).expect(400);
      expect(noReason.body.message).toMatch(/reason/);
      const rejected = await t.http
        .post(`/api/admin/employers/${company.id}/reject`)
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ reason: 'The NIB belongs to another company in OSS.' })
        .expect(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'The NIB belongs to another company in OSS.' });
      const verified = await t.http.post(`/api/admin/employers/${company.id}/verify`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
      expect(verified.body).toMatchObject({ status: 'verified', rejectionReason: null });

      const notes = await t.http.get('/api/notifications').auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
      expect(notes.body.items.map((n: { kind: string; title: { en: string } }) => `${n.kind}:${n.title.en}`)).toEqual([
        'account:Your company has been verified',
        'account:Company verification refused',
      ]);
      expect(notes.body.items[1].body.id).toMatch(/NIB belongs to another company/);
      await t.http.post('/api/admin/employers/3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13/verify').auth(admin.accessToken, { type: 'bearer' }).expect(404);
      await t.http.post('/api/admin/employers/not-a-uuid/verify').auth(admin.accessToken, { type: 'bearer' }).expect(400);
    });

    it('keeps the review routes for admins: employers, seekers, training centres and counsellors get 403', async () => {
      const company = await createCompany(t, { verified: false });
      const users = [company.owner, await registerUser(t.http), await registerUser(t.http, { role: 'training_centre' }), await createCounsellor(t)];
      for (const user of users) {
        await t.http.post(`/api/admin/employers/${company.id}/verify`).auth(user.accessToken, { type: 'bearer' }).expect(403);
        await t.http.post(`/api/admin/employers/${company.id}/reject`).auth(user.accessToken, { type: 'bearer' }).send({ reason: 'Not real at all' }).expect(403);
        await t.http.get('/api/admin/employers').auth(user.accessToken, { type: 'bearer' }).expect(403);
      }
      const mine = await t.http.get('/api/employers/mine').auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
      expect(mine.body.status).toBe('pending');
    });
  });

  it('never answers 5xx to generated bodies on the write routes', async () => {
    const owner = await registerUser(t.http, { role: 'employer' });
    const company = await createCompany(t, { verified: false });
    const admin = await adminToken(t);
    const body = fc.oneof(
      fc.anything(),
      fc.record(
        {
          name: fc.oneof(fc.string(), fc.integer()),
          nib: fc.oneof(fc.stringMatching(/^[0-9]{13}$/), fc.string()),
          sector: fc.oneof(fc.constant('retail_trade'), fc.string()),
          size: fc.oneof(fc.constantFrom('micro', 'large'), fc.string()),
          address: fc.string(),
          regencyCode: fc.oneof(fc.constantFrom('3374', '0000'), fc.string()),
          email: fc.oneof(fc.emailAddress(), fc.string()),
          token: fc.string(),
          reason: fc.oneof(fc.string(), fc.constant(null)),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const routes: Array<[string, string, string]> = [
          ['post', '/api/employers', owner.accessToken],
          ['patch', '/api/employers/mine', company.owner.accessToken],
          ['post', '/api/employers/mine/invitations', company.owner.accessToken],
          ['post', '/api/employer-invitations/accept', owner.accessToken],
          ['post', `/api/admin/employers/${company.id}/reject`, admin.accessToken],
        ];
        for (const [method, url, token] of routes) {
          const response = await (t.http as any)[method](url).auth(token, { type: 'bearer' }).set('content-type', 'application/json').send(JSON.stringify(payload ?? null));
          if (response.status >= 500) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)} to ${JSON.stringify(payload)}`);
        }
      }),
      { numRuns: 25 },
    );
  });
});
