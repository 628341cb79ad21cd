import { DataSource } from 'typeorm';
import type { NotificationInput } from '#domain';
import { NotificationWriter } from '#platform';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { expectAccessible, startBrowserTest, storedRefreshToken, visit, type BrowserTest } from './support/browser.js';

describe('notifications (browser)', () => {
  let b: BrowserTest;
  let siti: RegisteredUser;

  const notify = (input: Omit<NotificationInput, 'userId'>) =>
    b.t.app.get(DataSource).transaction((db) => b.t.app.get(NotificationWriter).write(db, { userId: siti.id, ...input }));

  beforeAll(async () => {
    b = await startBrowserTest();
    siti = await registerUser(b.t.http, { fullName: 'Siti Rahayu' });
    await notify({
      kind: 'application_status',
      title: { id: 'Lamaran Anda diproses', en: 'Your application is being reviewed' },
      body: { id: 'PT Maju Jaya sedang meninjau lamaran Anda.', en: 'PT Maju Jaya is reviewing your application.' },
      link: '/applications',
    });
    await notify({
      kind: 'interview',
      title: { id: 'Undangan wawancara', en: 'Interview invitation' },
      body: { id: 'Wawancara Senin pukul 09.00.', en: 'Interview on Monday at 09:00.' },
    });
    await b.page.route('**/api/vacancies?*', (route) => route.fulfill({ json: { items: [], total: 0, page: 1, limit: 10 } }));
  });
  afterAll(() => b.close());

  async function logIn(): Promise<void> {
    const { page } = b;
    await visit(page, '/login', 'Masuk');
    await page.getByLabel('E-mail atau nomor HP').fill(siti.email);
    await page.getByLabel('Kata sandi').fill(siti.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL('**/profile');
  }

  it('shows the unread count in the menu, lists notifications, marks one and then all read', async () => {
    const { page } = b;
    await logIn();
    const badge = page.getByTestId('unread-badge');
    await badge.filter({ hasText: '2' }).waitFor();
    await page.getByRole('link', { name: /Notifikasi/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
    await page.getByText('Undangan wawancara').waitFor();
    await expectAccessible(page, 'the notifications page');
    expect(await page.getByTestId('notification').count()).toBe(2);

    await page.getByRole('button', { name: 'Tandai sudah dibaca: Undangan wawancara' }).click();
    await badge.filter({ hasText: '1' }).waitFor();
    await page.locator('label[for$="-unread"]').click();
    await page.getByText('Lamaran Anda diproses').waitFor();
    expect(await page.getByTestId('notification').count()).toBe(1);

    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.getByText('Tidak ada notifikasi.').waitFor();
    await badge.waitFor({ state: 'detached' });
    const { rows } = await b.t.db.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [siti.id]);
    expect(rows[0].unread).toBe(0);
  });

  it('shows the notifications in English after a language switch', async () => {
    const { page } = b;
    await page.getByLabel('Bahasa').selectOption('en');
    await page.locator('label[for$="-all"]').click();
    await page.getByText('Interview invitation').waitFor();
    await page.getByText('Interview on Monday at 09:00.').waitFor();
    await expectAccessible(page, 'the notifications page in English');
    await page.getByLabel('Language').selectOption('id');
  });

  it('saves the e-mail preferences', async () => {
    const { page, t } = b;
    const toggle = page.getByRole('switch', { name: 'Jadwal wawancara' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck({ force: true });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
    const { rows } = await t.db.query(`SELECT email FROM notification_preferences WHERE user_id = $1 AND kind = 'interview'`, [siti.id]);
    expect(rows).toEqual([{ email: false }]);
    await page.reload();
    await page.getByRole('switch', { name: 'Jadwal wawancara' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Jadwal wawancara' }).isChecked()).toBe(false);
  });

  it('refreshes an expired access token once and retries, however many requests got the 401', async () => {
    const { page } = b;
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
    // Let the page's own requests finish first, so that only the navigation below meets the 401s.
    await page.getByText('Undangan wawancara').waitFor();
    await page.waitForLoadState('networkidle');
    const before = await storedRefreshToken(page);
    // Listen before the refusals start, so that a fast refresh cannot slip by unseen.
    const refreshes: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/auth/refresh') && refreshes.push(request.url()));
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/auth/refresh'));
    const retried = page.waitForResponse((response) => /\/api\/notifications\?/.test(response.url()) && response.status() === 200);
    // The next two notification requests answer 401, as they would once the access token expires.
    let refusals = 2;
    await page.route('**/api/notifications**', (route) => (refusals-- > 0 ? route.fulfill({ status: 401, json: { statusCode: 401, error: 'Unauthorized', message: 'expired' } }) : route.fallback()));
    await page.getByRole('link', { name: 'Lowongan' }).click();
    await page.getByRole('link', { name: /Notifikasi/ }).click();
    expect((await refreshed).status()).toBe(200);
    await retried;
    await page.getByText('Undangan wawancara').waitFor();
    expect(refusals).toBeLessThanOrEqual(0);
    expect(refreshes).toHaveLength(1);
    expect(await storedRefreshToken(page)).not.toBe(before);
    await page.unroute('**/api/notifications**');
    // The spent token is refused by the server (the app rotated it).
    await b.t.http.post('/api/auth/refresh').send({ refreshToken: before }).expect(401);
  });
});
