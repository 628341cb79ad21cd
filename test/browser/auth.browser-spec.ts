import { phoneNumber, registerUser, STRONG_PASSWORD } from '../support/factories.js';
import { linkTokenFromOutbox } from '../support/test-context.js';
import { expectAccessible, startBrowserTest, storedRefreshToken, visit, type BrowserTest } from './support/browser.js';

describe('register, log in, stay logged in, log out (browser)', () => {
  let b: BrowserTest;
  beforeAll(async () => {
    b = await startBrowserTest();
    await b.page.route('**/api/vacancies?*', (route) => route.fulfill({ json: { items: [], total: 0, page: 1, limit: 10 } }));
  });
  afterAll(() => b.close());

  it('registers a job seeker with an e-mail address and lands on the profile', async () => {
    const { page, t } = b;
    const email = `dewi.${Date.now()}@example.org`;
    await visit(page, '/register', 'Buat akun');
    await page.getByLabel('Mencari kerja').check();
    await page.getByLabel('Nama lengkap').fill('Dewi Lestari');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.waitForURL('**/profile');
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    await expectAccessible(page, 'the profile page after registering');
    const { rows } = await t.db.query(`SELECT role, full_name FROM users WHERE email = $1`, [email]);
    expect(rows).toEqual([{ role: 'job_seeker', full_name: 'Dewi Lestari' }]);
  });

  it('says what to change when registration is refused', async () => {
    const { page } = b;
    await page.getByRole('button', { name: 'Keluar' }).click();
    await visit(page, '/register', 'Buat akun');
    await page.getByLabel('Nama lengkap').fill('Budi');
    await page.getByLabel('Kata sandi').fill('short');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText('Isi alamat e-mail atau nomor HP.').waitFor();
    await page.getByLabel('Nomor HP').fill(phoneNumber());
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();
    await expectAccessible(page, 'the registration page with an error');
  });

  it('logs in with a phone number, keeps the session over a reload with one refresh, and logs out', async () => {
    const { page, t } = b;
    const phone = phoneNumber();
    await registerUser(t.http, { role: 'employer', email: undefined, phone, fullName: 'Rina Wulandari' });
    await visit(page, '/login', 'Masuk');
    await page.getByLabel('E-mail atau nomor HP').fill(phone);
    await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL('**/employer/vacancies');
    await page.getByRole('link', { name: 'Perusahaan' }).waitFor();
    const first = await storedRefreshToken(page);
    expect(first).toBeTruthy();

    // After a reload the access token (kept in memory only) is gone: the app spends the refresh
    // token once, however many requests wait for it, and gets a new one (rotation).
    const refreshes: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/auth/refresh') && refreshes.push(request.url()));
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    expect(refreshes).toHaveLength(1);
    const second = await storedRefreshToken(page);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('link', { name: 'Masuk' }).waitFor();
    expect(await storedRefreshToken(page)).toBeNull();
    // The session is closed on the server too: the old refresh token is refused.
    await t.http.post('/api/auth/refresh').send({ refreshToken: second }).expect(401);
  });

  it('refuses a wrong password with the API message', async () => {
    const { page } = b;
    await visit(page, '/login', 'Masuk');
    await page.getByLabel('E-mail atau nomor HP').fill('nobody@example.org');
    await page.getByLabel('Kata sandi').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'The login or the password is wrong.' }).waitFor();
    await expectAccessible(page, 'the login page with an error');
  });

  it('confirms an e-mail address and resets a forgotten password from the e-mailed links', async () => {
    const { page, t } = b;
    const user = await registerUser(t.http, { fullName: 'Endang Susilowati' });
    const confirmation = await linkTokenFromOutbox(t.db, user.email, 'verify_email');
    await visit(page, `/verify-email?token=${confirmation}`, 'Konfirmasi alamat e-mail');
    await page.getByText('Alamat e-mail Anda sudah dikonfirmasi.').waitFor();
    const { rows } = await t.db.query(`SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1`, [user.id]);
    expect(rows[0].verified).toBe(true);

    await visit(page, '/login', 'Masuk');
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Atur ulang kata sandi' }).waitFor();
    await expectAccessible(page, 'the forgotten password page');
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByText('Jika ada akun dengan alamat ini', { exact: false }).waitFor();
    const reset = await linkTokenFromOutbox(t.db, user.email, 'reset_password');
    await visit(page, `/reset-password?token=${reset}`, 'Atur ulang kata sandi');
    await page.getByLabel('Kata sandi baru').fill('Gunung-Merbabu-Salatiga-7');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByText('Kata sandi Anda sudah diganti.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Masuk' }).last().click();
    await page.getByLabel('E-mail atau nomor HP').fill(user.email);
    await page.getByLabel('Kata sandi').fill('Gunung-Merbabu-Salatiga-7');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL('**/profile');
  });
});
