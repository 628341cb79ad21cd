import type { Page } from 'playwright-core';
import { takeAssessment } from '../support/assessments.js';
import { createCompany, createSeeker, createVacancy } from '../support/exchange-fixtures.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { eventually } from '../support/test-context.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The admin's psychometrics page against the real API: a reliability alarm, activating a draft
// norm version, and an invalid instrument upload that lists every problem the API finds.

async function logIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

/**
 * The server keeps /admin/* for itself (the queue dashboard), so a reload of an admin page is the
 * server's 404: the admin reaches the page through the menu, as in real use.
 */
async function openPsychometrics(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Menu utama' });
  await nav.getByRole('link', { name: 'Verifikasi perusahaan' }).click();
  await page.waitForURL(/\/admin\/employers$/);
  await nav.getByRole('link', { name: 'Psikometri' }).click();
  await page.getByRole('heading', { level: 1, name: 'Psikometri' }).waitFor();
  await expectAccessible(page, 'the psychometrics page');
}

describe('admin psychometrics page, real API (browser)', () => {
  let b: BrowserTest;
  let instrument: { instrument_id: string; version: string };

  beforeAll(async () => {
    b = await startBrowserTest();
    const admin = await registerUser(b.t.http, { fullName: 'Sri Handayani' });
    await b.t.db.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [admin.id]);
    [instrument] = (await b.t.db.query(`SELECT instrument_id, version FROM instrument_versions ORDER BY instrument_id LIMIT 1`)).rows;
    await logIn(b.page, admin, /\/admin\/employers$/);
  });
  afterAll(async () => {
    await b.close();
  });

  it('shows the reliability alarm when a scale has an alpha under .70', async () => {
    const { page, t } = b;
    await t.db.query(
      `INSERT INTO reliability_runs (instrument_id, instrument_version, scale, alpha, item_total, alpha_if_deleted, n)
       VALUES ($1, $2, 'uji_rendah', 0.42, '{}'::jsonb, '{}'::jsonb, 250), ($1, $2, 'uji_baik', 0.86, '{}'::jsonb, '{}'::jsonb, 250)`,
      [instrument.instrument_id, instrument.version],
    );
    await openPsychometrics(page);
    const table = page.getByTestId('reliability-table');
    await table.getByRole('row', { name: /uji_rendah/ }).getByText('0.42').waitFor();
    await table.getByRole('row', { name: /uji_baik/ }).getByText('0.86').waitFor();
    const alarm = page.getByRole('alert').filter({ hasText: 'Ada skala yang kurang reliabel' });
    await alarm.waitFor();
    expect(await alarm.textContent()).toMatch(/di bawah \.70/);
    expect(await alarm.textContent()).toMatch(/terjemahan/);
    await expectAccessible(page, 'the reliability alarm');
  });

  it('activates a draft norm version after confirming', async () => {
    const { page, t } = b;
    const version = 'uji-norma-2026-11';
    await t.db.query(
      `INSERT INTO norm_versions (version, instrument_id, instrument_version, group_key, status, "table", n)
       VALUES ($1, $2, $3, 'semua', 'draft', '{}'::jsonb, 412)`,
      [version, instrument.instrument_id, instrument.version],
    );
    await openPsychometrics(page);
    const row = page.getByTestId('norm-version').filter({ hasText: version });
    await row.getByTestId('norm-status').getByText('Draf', { exact: true }).waitFor();
    await row.getByText('semua (n = 412)').waitFor();
    await expectAccessible(page, 'the norm versions');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: `Aktifkan versi norma ${version}` }).click();
    await row.getByTestId('norm-status').getByText('Aktif', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    const {
      rows: [stored],
    } = await t.db.query(`SELECT status, activated_at FROM norm_versions WHERE version = $1`, [version]);
    expect(stored.status).toBe('active');
    expect(stored.activated_at).not.toBeNull();
  });

  it('lists every problem of an invalid instrument upload', async () => {
    const { page } = b;
    await openPsychometrics(page);
    await page.getByTestId('instruments-table').getByText(instrument.instrument_id).first().waitFor();
    await page.getByLabel('Definisi instrumen (JSON)').fill(JSON.stringify({ id: 'uji', kind: 'nonsense', items: 'none' }));
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    const problems = page.getByTestId('upload-problems');
    await problems.waitFor();
    expect(await problems.getAttribute('role')).toBe('alert');
    expect(await problems.getByRole('listitem').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'the upload problems');

    await page.getByLabel('Definisi instrumen (JSON)').fill('{ not json');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ini bukan JSON yang sah' }).waitFor();
  });

  it("shows the employer a seeker's interest summary on the board only for the application it was shared with", async () => {
    const { page, t } = b;
    const worker = await t.startWorker();
    try {
      const company = await createCompany(t);
      const vacancyId = await createVacancy(t, company.id, { title: 'Pramuniaga Toko' });
      const sharing = await createSeeker(t, { fullName: 'Dewi Lestari' });
      const private_ = await createSeeker(t, { fullName: 'Bima Saputra' });
      // S highest, then E: the summary names the social theme.
      const byType: Record<string, number> = { R: 1, I: 2, A: 3, S: 5, E: 4, C: 3 };
      const ids = [await takeAssessment(t, sharing, 'riasec-48', (item) => byType[item.scale]), await takeAssessment(t, private_, 'riasec-48', (item) => byType[item.scale])];
      await eventually(async () => (await t.db.query(`SELECT count(*)::int AS n FROM assessments WHERE id = ANY($1::uuid[]) AND status = 'scored'`, [ids])).rows[0].n === 2, 30_000, 'both scored');
      await t.http.post('/api/applications').auth(sharing.accessToken, { type: 'bearer' }).send({ vacancyId, shareAssessment: true }).expect(201);
      await t.http.post('/api/applications').auth(private_.accessToken, { type: 'bearer' }).send({ vacancyId, shareAssessment: false }).expect(201);

      await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
      await logIn(page, company.owner, /\/employer\/vacancies$/);
      await page.goto(`/employer/vacancies/${vacancyId}/applicants`);
      const cards = page.getByTestId('applicant');
      const shared = cards.filter({ hasText: 'Dewi Lestari' });
      const hidden = cards.filter({ hasText: 'Bima Saputra' });
      await shared.waitFor();
      expect(await page.getByTestId('interest-summary').count()).toBe(0);
      await shared.getByRole('button', { name: 'Ringkasan minat Dewi Lestari' }).click();
      await hidden.getByRole('button', { name: 'Ringkasan minat Bima Saputra' }).click();
      const summary = shared.getByTestId('interest-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(/^Ringkasan minat: .*Sosial/);
      expect(await summary.textContent()).not.toMatch(/\d/);
      await hidden.getByTestId('interest-summary-none').waitFor();
      expect(await hidden.getByTestId('interest-summary').count()).toBe(0);
      await expectAccessible(page, 'the applicant board with an interest summary');
    } finally {
      await worker.close().catch(() => undefined);
    }
  });
});
