import { linkTokenFromOutbox, createTestContext, type TestContext } from '../support/test-context.js';
import { login, phoneNumber, registerUser, registration, STRONG_PASSWORD } from '../support/factories.js';

const ADMIN = { email: 'admin@kerjaku.test', password: 'Admin-Pass-Kendal-2026' };

describe('accounts and authentication', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('registration', () => {
    it('registers a job seeker, returns tokens and queues a verification e-mail', async () => {
      const body = registration();
      const response = await t.http.post('/api/auth/register').send(body).expect(201);
      expect(response.body.user).toMatchObject({ role: 'job_seeker', email: body.email, emailVerified: false, fullName: 'Siti Rahayu' });
      expect(response.body.user).not.toHaveProperty('passwordHash');
      expect(response.body.tokens).toMatchObject({ tokenType: 'Bearer', accessTokenExpiresIn: 900 });
      const { rows } = await t.db.query(`SELECT template, status FROM outbox_emails WHERE recipient = $1`, [body.email]);
      expect(rows).toEqual([{ template: 'verify_email', status: 'pending' }]);
    });

    it.each(['employer', 'training_centre'])('registers %s staff', async (role) => {
      const response = await t.http.post('/api/auth/register').send(registration({ role })).expect(201);
      expect(response.body.user.role).toBe(role);
    });

    it('registers with a phone number only and normalizes it', async () => {
      const phone = phoneNumber();
      const response = await t.http
        .post('/api/auth/register')
        .send(registration({ email: undefined, phone }))
        .expect(201);
      expect(response.body.user.phone).toBe(`+62${phone.slice(1)}`);
      await login(t.http, phone, STRONG_PASSWORD);
    });

    it.each(['admin', 'counsellor'])('refuses to register as %s', async (role) => {
      const response = await t.http.post('/api/auth/register').send(registration({ role })).expect(400);
      expect(response.body.message).toMatch(/role must be one of job_seeker, employer, training_centre/);
    });

    it.each([['emailVerifiedAt', '2026-01-01T00:00:00Z'], ['status', 'active'], ['id', '00000000-0000-4000-8000-000000000000'], ['passwordHash', 'x']])(
      'refuses the field %s, which a user may not set',
      async (field, value) => {
        const response = await t.http.post('/api/auth/register').send(registration({ [field]: value })).expect(400);
        expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
        expect(response.body.message).toContain(`property ${field} should not exist`);
      },
    );

    it('names the field when a type is wrong', async () => {
      const response = await t.http.post('/api/auth/register').send(registration({ fullName: 42 })).expect(400);
      expect(response.body.message).toMatch(/fullName/);
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'fullName' })]));
    });

    it('refuses a common password and a short one, saying what to change', async () => {
      const common = await t.http.post('/api/auth/register').send(registration({ password: 'password123' })).expect(400);
      expect(common.body.message).toMatch(/not among the most common/);
      const short = await t.http.post('/api/auth/register').send(registration({ password: 'Ab1!x' })).expect(400);
      expect(short.body.message).toMatch(/at least 8 characters/);
    });

    it('refuses a malformed e-mail and a malformed phone', async () => {
      await t.http.post('/api/auth/register').send(registration({ email: 'not-an-email' })).expect(400);
      const phone = await t.http.post('/api/auth/register').send(registration({ email: undefined, phone: '12345' })).expect(400);
      expect(phone.body.message).toMatch(/phone must be an Indonesian mobile number/);
      const none = await t.http.post('/api/auth/register').send(registration({ email: undefined })).expect(400);
      expect(none.body.message).toMatch(/e-mail address or a phone number/);
    });

    it('refuses a second account with the same e-mail, also when both arrive at once', async () => {
      const body = registration();
      const responses = await Promise.all([1, 2, 3].map(() => t.http.post('/api/auth/register').send(body)));
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [body.email]);
      expect(rows[0].n).toBe(1);
    });

    it('answers 413 to an oversized body and 400 to malformed JSON', async () => {
      const big = registration({ fullName: 'x'.repeat(2 * 1024 * 1024) });
      const tooLarge = await t.http.post('/api/auth/register').send(big);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.message).toMatch(/too large/);
      const broken = await t.http.post('/api/auth/register').set('content-type', 'application/json').send('{"role": ');
      expect(broken.status).toBe(400);
      expect(broken.body.message).toMatch(/not valid JSON/);
    });

    it('refuses an over-long field with a message naming it', async () => {
      const response = await t.http.post('/api/auth/register').send(registration({ fullName: 'x'.repeat(500) })).expect(400);
      expect(response.body.message).toMatch(/fullName must be 2 to 120 characters/);
    });
  });

  describe('e-mail verification', () => {
    it('confirms the address once with the e-mailed token', async () => {
      const user = await registerUser(t.http);
      const token = await linkTokenFromOutbox(t.db, user.email, 'verify_email');
      const response = await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
      expect(response.body.emailVerified).toBe(true);
      const me = await t.http.get('/api/auth/me').auth(user.accessToken, { type: 'bearer' }).expect(200);
      expect(me.body.emailVerified).toBe(true);
      const again = await t.http.post('/api/auth/verify-email').send({ token }).expect(400);
      expect(again.body.message).toMatch(/not valid or has expired/);
    });

    it('refuses an unknown token and re-sends on request', async () => {
      await t.http.post('/api/auth/verify-email').send({ token: 'x'.repeat(43) }).expect(400);
      const user = await registerUser(t.http);
      await t.http.post('/api/auth/verify-email/resend').auth(user.accessToken, { type: 'bearer' }).expect(202);
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM outbox_emails WHERE recipient = $1 AND template = 'verify_email'`, [user.email]);
      expect(rows[0].n).toBe(2);
    });
  });

  describe('login', () => {
    it('logs in with e-mail (any case) and returns the user', async () => {
      const user = await registerUser(t.http);
      const response = await t.http.post('/api/auth/login').send({ login: user.email.toUpperCase(), password: user.password }).expect(200);
      expect(response.body.user.id).toBe(user.id);
      expect(response.body.tokens.accessToken).toEqual(expect.any(String));
    });

    it('gives a wrong password and an unknown account the same answer', async () => {
      const user = await registerUser(t.http);
      const wrong = await t.http.post('/api/auth/login').send({ login: user.email, password: 'Wrong-password-123' }).expect(401);
      const unknown = await t.http.post('/api/auth/login').send({ login: `nobody.${Date.now()}@example.org`, password: 'Wrong-password-123' }).expect(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.message).toBe('The login or the password is wrong.');
    });

    it('needs the login and password fields', async () => {
      const response = await t.http.post('/api/auth/login').send({ login: 'someone@example.org' }).expect(400);
      expect(response.body.message).toMatch(/password/);
    });

    it('limits failed attempts per account with 429 and Retry-After', async () => {
      const user = await registerUser(t.http);
      for (let attempt = 0; attempt < t.config.auth.maxFailuresPerAccount; attempt++) {
        await t.http.post('/api/auth/login').send({ login: user.email, password: 'Wrong-password-123' }).expect(401);
      }
      const blocked = await t.http.post('/api/auth/login').send({ login: user.email, password: user.password }).expect(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body.message).toMatch(/Too many login attempts/);
      // Another account from the same IP is not blocked by this one's failures.
      const other = await registerUser(t.http);
      await login(t.http, other.email, other.password);
    });
  });

  describe('sessions', () => {
    it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
      const user = await registerUser(t.http);
      const first = await t.http.post('/api/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
      expect(first.body.refreshToken).not.toBe(user.refreshToken);
      const second = await t.http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
      await t.http.get('/api/auth/me').auth(second.body.accessToken, { type: 'bearer' }).expect(200);

      // Someone replays the first token: the whole session closes, including the newest tokens.
      const replay = await t.http.post('/api/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
      expect(replay.body.code).toBe('AUTH.REFRESH_TOKEN_REUSED');
      await t.http.post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
      await t.http.get('/api/auth/me').auth(second.body.accessToken, { type: 'bearer' }).expect(401);
    });

    it('lets only one of two simultaneous refreshes with one token win', async () => {
      const user = await registerUser(t.http);
      const results = await Promise.all([1, 2].map(() => t.http.post('/api/auth/refresh').send({ refreshToken: user.refreshToken })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('refuses an unknown refresh token', async () => {
      await t.http.post('/api/auth/refresh').send({ refreshToken: 'y'.repeat(43) }).expect(401);
    });

    it('logs out: the session and its access token stop working; other sessions go on', async () => {
      const user = await registerUser(t.http);
      const other = await login(t.http, user.email, user.password);
      await t.http.post('/api/auth/logout').auth(user.accessToken, { type: 'bearer' }).send({ refreshToken: user.refreshToken }).expect(204);
      await t.http.get('/api/auth/me').auth(user.accessToken, { type: 'bearer' }).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
      await t.http.get('/api/auth/me').auth(other.accessToken, { type: 'bearer' }).expect(200);
    });

    it('refuses requests without a token or with a forged one', async () => {
      await t.http.get('/api/auth/me').expect(401);
      await t.http.get('/api/auth/me').auth('not.a.jwt', { type: 'bearer' }).expect(401);
    });
  });

  describe('password reset', () => {
    it('answers the same whether or not the address has an account', async () => {
      const user = await registerUser(t.http);
      const known = await t.http.post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
      const unknown = await t.http.post('/api/auth/password-reset/request').send({ email: `nobody.${Date.now()}@example.org` }).expect(202);
      expect(known.body).toEqual(unknown.body);
    });

    it('sets a new password with the e-mailed token, closes every session, and the token works once', async () => {
      const user = await registerUser(t.http);
      await t.http.post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
      const token = await linkTokenFromOutbox(t.db, user.email, 'reset_password');
      const weak = await t.http.post('/api/auth/password-reset/confirm').send({ token, password: '12345678' }).expect(400);
      expect(weak.body.message).toMatch(/most common/);
      const newPassword = 'Merapi-Merbabu-Pagi-7';
      await t.http.post('/api/auth/password-reset/confirm').send({ token, password: newPassword }).expect(204);
      await t.http.get('/api/auth/me').auth(user.accessToken, { type: 'bearer' }).expect(401);
      await t.http.post('/api/auth/login').send({ login: user.email, password: user.password }).expect(401);
      await login(t.http, user.email, newPassword);
      await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'Another-Good-Pass-9' }).expect(400);
      const { rows } = await t.db.query(`SELECT template FROM outbox_emails WHERE recipient = $1 ORDER BY created_at`, [user.email]);
      expect(rows.map((r: { template: string }) => r.template)).toEqual(['verify_email', 'reset_password', 'password_changed']);
    });
  });

  describe('roles and admin-created accounts', () => {
    it('creates the first admin from configuration', async () => {
      const tokens = await login(t.http, ADMIN.email, ADMIN.password);
      const me = await t.http.get('/api/auth/me').auth(tokens.accessToken, { type: 'bearer' }).expect(200);
      expect(me.body).toMatchObject({ role: 'admin', emailVerified: true });
    });

    it('lets an admin create a counsellor, who sets a password through the e-mailed link', async () => {
      const admin = await login(t.http, ADMIN.email, ADMIN.password);
      const office = await t.db.query(`INSERT INTO counselling_offices (regency_code, name, address) VALUES ('3374', 'Disnaker Kota Semarang', 'Jl. Pemuda') RETURNING id`);
      const email = `konselor.${Date.now()}@disnaker.example.org`;
      const created = await t.http
        .post('/api/admin/accounts')
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ role: 'counsellor', fullName: 'Budi Santoso', email, officeId: office.rows[0].id })
        .expect(201);
      expect(created.body).toMatchObject({ role: 'counsellor', email });
      const token = await linkTokenFromOutbox(t.db, email, 'reset_password');
      await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'Lawang-Sewu-Malam-3' }).expect(204);
      const counsellor = await login(t.http, email, 'Lawang-Sewu-Malam-3');
      const me = await t.http.get('/api/auth/me').auth(counsellor.accessToken, { type: 'bearer' }).expect(200);
      expect(me.body).toMatchObject({ role: 'counsellor', emailVerified: true });
      const fetched = await t.http.get(`/api/admin/accounts/${created.body.id}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
      expect(fetched.body.id).toBe(created.body.id);
    });

    it('needs an office for a counsellor and refuses other roles', async () => {
      const admin = await login(t.http, ADMIN.email, ADMIN.password);
      const noOffice = await t.http
        .post('/api/admin/accounts')
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ role: 'counsellor', fullName: 'Tanpa Kantor', email: `k.${Date.now()}@example.org` })
        .expect(400);
      expect(noOffice.body.message).toMatch(/officeId/);
      await t.http
        .post('/api/admin/accounts')
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ role: 'job_seeker', fullName: 'Salah Peran', email: `s.${Date.now()}@example.org` })
        .expect(400);
    });

    it.each(['job_seeker', 'employer', 'training_centre'])('refuses admin routes to a %s', async (role) => {
      const user = await registerUser(t.http, { role });
      const response = await t.http
        .post('/api/admin/accounts')
        .auth(user.accessToken, { type: 'bearer' })
        .send({ role: 'admin', fullName: 'Naik Pangkat', email: `up.${Date.now()}@example.org` })
        .expect(403);
      expect(response.body.message).toMatch(/admin accounts only/);
      await t.http.get(`/api/admin/accounts/${user.id}`).auth(user.accessToken, { type: 'bearer' }).expect(403);
    });

    it('answers 400 to a malformed id and 404 to an unknown one', async () => {
      const admin = await login(t.http, ADMIN.email, ADMIN.password);
      const malformed = await t.http.get('/api/admin/accounts/not-a-uuid').auth(admin.accessToken, { type: 'bearer' }).expect(400);
      expect(malformed.body.message).toMatch(/id must be a UUID/);
      await t.http.get('/api/admin/accounts/00000000-0000-4000-8000-000000000000').auth(admin.accessToken, { type: 'bearer' }).expect(404);
    });
  });
});
