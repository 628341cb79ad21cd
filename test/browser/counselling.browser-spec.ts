import type { Page } from 'playwright-core';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { createCompany, createVacancy, type Company } from '../support/exchange-fixtures.js';
import { completeProfile, referenceCodes, staffUser, type ReferenceCodes } from '../support/job-seekers.js';
import { storeJobList } from '../support/matching.js';
import { createCentre, openCohort, publishedProgramme } from '../support/training.js';
import { expectAccessible, startBrowserTest, type BrowserTest } from './support/browser.js';

// The counselling pages against the real API and database, at phone size: a counsellor's caseload,
// a seeker's case with profiling, plan and sessions, the seeker's "Konselor saya", and issue 6's
// journey (2): a counsellor refers a seeker to a vacancy and the employer sees it on the board.

async function signIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await page.goto('/login');
  await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  await page.goto('/login');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

describe('counselling pages (browser, phone size)', () => {
  let b: BrowserTest;
  let codes: ReferenceCodes;
  let counsellor: RegisteredUser;
  let company: Company;
  let jahit: string;
  let budi: RegisteredUser;
  let sari: RegisteredUser;
  let agus: RegisteredUser;
  let nik = 300;

  async function seekerWithCard(fullName: string, gender: 'F' | 'M'): Promise<RegisteredUser> {
    const { t } = b;
    const user = await registerUser(t.http, { fullName });
    await completeProfile(t.http, user, codes, { regency: '3374', gender, birthDate: '1990-05-10', sequence: nik++ });
    await t.http.post('/api/ak1/me').auth(user.accessToken, { type: 'bearer' }).expect(201);
    return user;
  }

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  beforeAll(async () => {
    b = await startBrowserTest();
    const { t } = b;
    codes = await referenceCodes(t.db);
    await t.db.query(`INSERT INTO counselling_offices (regency_code, name, address) VALUES ('3374', 'Disnaker Kota Semarang', 'Jl. Pemuda 1') ON CONFLICT (regency_code) DO NOTHING`);
    counsellor = await staffUser(t.http, t.db, 'counsellor', '3374');
    company = await createCompany(t, { name: 'PT Garmen Jaya' });
    jahit = await createVacancy(t, company.id, { title: 'Operator Jahit', openings: 3 });
    const gudang = await createVacancy(t, company.id, { title: 'Staf Gudang' });
    budi = await seekerWithCard('Budi Santoso', 'M');
    sari = await seekerWithCard('Sari Wulandari', 'F');
    agus = await seekerWithCard('Agus Prasetyo', 'M');
    // Known risks and follow-ups, so the sorts have an order to show.
    const set = (seeker: RegisteredUser, score: number, level: string, followUp: string | null) =>
      t.db.query(`UPDATE cases SET risk_score = $2, risk_level = $3, next_follow_up_on = $4 WHERE seeker_id = $1`, [seeker.id, score, level, followUp]);
    await set(budi, 40, 'medium', '2030-03-01');
    await set(sari, 72, 'high', '2030-05-01');
    await set(agus, 12, 'low', '2030-01-01');
    await storeJobList(t.db, budi.id, [
      { id: jahit, score: 0.82, components: [0.7, 1, 1, 1, 1, 1, 1, -1] },
      { id: gudang, score: 0.41, components: [0.2, 1, 0.5, 1, 0.5, 0, 0, -1] },
    ]);
  }, 180_000);
  afterAll(() => b.close());

  it('shows the caseload sorted by risk, re-sorted by follow-up and filtered by priority group and level', async () => {
    const { page } = b;
    await signIn(page, counsellor, /\/counsellor\/cases$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Daftar kasus' }).click();
    await heading(page, 'Daftar kasus');
    const rows = page.getByTestId('case-row');
    await rows.first().waitFor();
    const names = async () => (await rows.getByRole('heading').allTextContents()).map((s) => s.trim());
    expect(await names()).toEqual(['Sari Wulandari', 'Budi Santoso', 'Agus Prasetyo']);
    await page.getByText('Disnaker Kota Semarang: 3 kasus terbuka.').waitFor();
    await rows.first().getByText('Risiko tinggi · 72').waitFor();
    await rows.first().getByText('Perempuan').waitFor();
    await expectAccessible(page, 'the caseload');

    await page.getByLabel('Urutkan').selectOption('followUpDue');
    await page.waitForURL(/sort=followUpDue/);
    await rows.first().getByRole('heading', { name: 'Agus Prasetyo' }).waitFor();
    expect(await names()).toEqual(['Agus Prasetyo', 'Budi Santoso', 'Sari Wulandari']);

    await page.getByLabel('Kelompok prioritas').selectOption('women');
    await rows.first().getByRole('heading', { name: 'Sari Wulandari' }).waitFor();
    await rows.nth(1).waitFor({ state: 'detached' });
    expect(await names()).toEqual(['Sari Wulandari']);
    await page.getByLabel('Kelompok prioritas').selectOption('');
    await page.getByLabel('Tingkat risiko').selectOption('medium');
    await rows.first().getByRole('heading', { name: 'Budi Santoso' }).waitFor();
    await rows.nth(1).waitFor({ state: 'detached' });
    expect(await names()).toEqual(['Budi Santoso']);
    await expectAccessible(page, 'the filtered caseload');

    // In English the labels follow; the filters stay.
    await page.getByLabel('Bahasa').selectOption('en');
    await heading(page, 'Caseload');
    await rows.first().getByText('Medium risk · 40').waitFor();
    await page.getByLabel('Risk level').waitFor();
    await expectAccessible(page, 'the caseload in English');
    await page.getByLabel('Language').selectOption('id');
    await heading(page, 'Daftar kasus');
  });

  it("brings the seeker's case together, shows the risk factors and takes an override only with a reason", async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Budi Santoso' }).click();
    await heading(page, 'Budi Santoso');
    await page.getByTestId('section-case').getByText('Disnaker Kota Semarang · konselor: Konselor Dinas').waitFor();
    await page.getByTestId('section-profile').getByText(/^3374/).waitFor();
    const recommendations = page.getByTestId('section-recommendations');
    await recommendations.getByText('Operator Jahit · PT Garmen Jaya · 82%', { exact: false }).waitFor();
    expect(await recommendations.getByRole('link', { name: 'Mengapa (tidak) cocok: Operator Jahit' }).getAttribute('href')).toBe(`/counsellor/seekers/${budi.id}/why/${jahit}`);
    expect(await recommendations.getByRole('link', { name: 'Semua rekomendasi & mengapa tidak' }).getAttribute('href')).toBe(`/counsellor/seekers/${budi.id}/matches`);
    expect(await page.getByTestId('section-assessments').getByRole('link').getAttribute('href')).toBe(`/counsellor/seekers/${budi.id}/assessments`);
    expect(await page.getByTestId('section-enrolments').getByRole('link').getAttribute('href')).toBe(`/counsellor/seekers/${budi.id}/skill-gaps`);
    await expectAccessible(page, 'the case page');

    await page.getByRole('link', { name: 'Faktor dan ubah tingkat' }).click();
    await heading(page, 'Profil risiko Budi Santoso');
    const factors = page.getByTestId('risk-factors');
    await factors.getByText('Lama tanpa pekerjaan (bulan)').waitFor();
    expect(await factors.locator('tbody tr').count()).toBe(8);
    await expectAccessible(page, 'the risk profile');
    await page.getByLabel('Tingkat baru').selectOption('high');
    await page.getByLabel('Alasan').fill('Sakit');
    await page.getByRole('button', { name: 'Simpan perubahan tingkat' }).click();
    await page.getByText('Tulis alasannya, minimal 10 karakter.').waitFor();
    await page.getByLabel('Alasan').fill('Baru di-PHK, tiga tanggungan');
    await page.getByRole('button', { name: 'Simpan perubahan tingkat' }).click();
    await page.getByTestId('risk-override').getByText('Diubah menjadi Risiko tinggi: Baru di-PHK, tiga tanggungan').waitFor();
    await page.getByTestId('risk-badge').getByText(/Risiko tinggi · \d+ · diubah konselor/).waitFor();
    await expectAccessible(page, 'the risk profile with an override');
  });

  it('keeps an action plan: a goal with a due date, reviewed to done', async () => {
    const { page } = b;
    await page.goto(`/counsellor/cases/${budi.id}/plan`);
    await heading(page, 'Rencana tindak Budi Santoso');
    await page.getByLabel('Jenis tujuan').selectOption('apply_jobs');
    await page.getByRole('textbox', { name: /^Tujuan/ }).fill('Melamar tiga lowongan garmen');
    await page.getByLabel('Tenggat').fill('2030-12-15');
    await page.getByRole('button', { name: 'Tambah tujuan' }).click();
    const goal = page.getByTestId('goal');
    await goal.getByRole('heading', { name: 'Melamar tiga lowongan garmen' }).waitFor();
    await goal.getByText('Tenggat 15 Des 2030').waitFor();
    await page.getByTestId('plan-progress').getByText('Rencana 0% selesai').waitFor();
    await expectAccessible(page, 'the action plan');
    await goal.getByLabel('Status').selectOption('done');
    await goal.getByLabel('Catatan tinjauan').fill('Sudah melamar ke tiga perusahaan');
    await goal.getByRole('button', { name: 'Simpan tinjauan' }).click();
    await page.getByTestId('plan-progress').getByText('Rencana 100% selesai').waitFor();
    await goal.getByText('Sudah melamar ke tiga perusahaan', { exact: false }).waitFor();
    await expectAccessible(page, 'the reviewed action plan');
  });

  it('records a session with an internal and a shared note; the seeker sees only the shared one', async () => {
    const { page } = b;
    await page.goto(`/counsellor/cases/${budi.id}`);
    await heading(page, 'Budi Santoso');
    await page.getByRole('link', { name: 'Sesi baru' }).click();
    await heading(page, 'Sesi baru dengan Budi Santoso');
    await expectAccessible(page, 'the new session form');
    await page.getByLabel('Cara').selectOption('phone');
    await page.getByLabel('Catatan internal').fill('Tampak kurang percaya diri saat wawancara.');
    await page.getByLabel('Catatan untuk pencari kerja').fill('Siapkan CV baru sebelum Senin.');
    await page.getByRole('button', { name: 'Simpan sesi' }).click();
    await heading(page, 'Budi Santoso');
    const session = page.getByTestId('session').first();
    await session.getByText('Tampak kurang percaya diri saat wawancara.').waitFor();
    await session.getByText('Siapkan CV baru sebelum Senin.').waitFor();
    await session.getByText('Internal', { exact: true }).waitFor();
    await session.getByText('Dibagikan', { exact: true }).waitFor();
    await expectAccessible(page, 'the case page with a session');
    // A note added later to the same session, shared with the seeker.
    await session.getByRole('button', { name: /^Tambah catatan pada sesi / }).click();
    await session.getByRole('textbox', { name: /^Catatan/ }).fill('Bawa ijazah asli ke sesi berikutnya.');
    await session.getByLabel('Siapa yang melihat').selectOption('shared');
    await session.getByRole('button', { name: 'Simpan catatan' }).click();
    await session.getByTestId('note').filter({ hasText: 'Bawa ijazah asli ke sesi berikutnya.' }).getByText('Dibagikan').waitFor();
    expect(await session.getByTestId('note').count()).toBe(3);

    // And one scheduled for later, through the API.
    await b.t.http
      .post(`/api/counselling/cases/${budi.id}/sessions`)
      .auth(counsellor.accessToken, { type: 'bearer' })
      .send({ mode: 'video', startsAt: '2030-06-03T10:00:00+07:00' })
      .expect(201);
    await signIn(page, budi, /\/profile$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Konselor saya' }).click();
    await heading(page, 'Konselor saya');
    await page.getByTestId('my-counsellor-name').getByText('Konselor Dinas').waitFor();
    await page.getByTestId('my-upcoming').getByText('3 Jun 2030', { exact: false }).waitFor();
    await page.getByTestId('my-upcoming').getByText('Panggilan video', { exact: false }).waitFor();
    await page.getByTestId('my-counsellor').getByText('Disnaker Kota Semarang').waitFor();
    await page.getByTestId('my-notes').getByText('Siapkan CV baru sebelum Senin.').waitFor();
    await page.getByTestId('my-notes').getByText('Bawa ijazah asli ke sesi berikutnya.').waitFor();
    expect(await page.getByText('Tampak kurang percaya diri', { exact: false }).count()).toBe(0);
    await page.getByTestId('my-plan').getByText('Melamar tiga lowongan garmen').waitFor();
    await expectAccessible(page, 'the seeker’s My counsellor page');
  });

  it('journey (2): a counsellor refers a seeker to a recommended vacancy and the employer sees the referral on the board', async () => {
    const { page } = b;
    await signIn(page, counsellor, /\/counsellor\//);
    await page.goto(`/counsellor/cases/${budi.id}`);
    await heading(page, 'Budi Santoso');
    await page.getByRole('link', { name: 'Rujuk', exact: true }).click();
    await heading(page, 'Rujuk Budi Santoso');
    await expectAccessible(page, 'the referral page');
    await page.getByLabel('Operator Jahit · PT Garmen Jaya').check({ force: true });
    await page.getByLabel('Catatan (opsional)').fill('Cocok dengan pengalaman menjahitnya');
    await page.getByRole('button', { name: 'Rujuk ke lowongan ini' }).click();
    await heading(page, 'Budi Santoso');
    await page.getByTestId('referral').getByText('Lowongan Operator Jahit · PT Garmen Jaya', { exact: false }).waitFor();
    await page.getByTestId('case-application').getByText('Dirujuk').waitFor();
    await expectAccessible(page, 'the case page after the referral');

    await signIn(page, company.owner, /\/employer\//);
    await page.goto(`/employer/vacancies/${jahit}/applicants`);
    await heading(page, /Operator Jahit/);
    const card = page.getByTestId('column-submitted').getByTestId('applicant').filter({ hasText: 'Budi Santoso' });
    await card.getByTestId('referred-badge').getByText('Dirujuk oleh Disnaker Kota Semarang').waitFor();
    await expectAccessible(page, 'the applicant board with a referred applicant');
  });

  it('refers the seeker to a training cohort found by a search, and keeps follow-ups that are marked done', async () => {
    const { page, t } = b;
    const centre = await createCentre(t);
    const programme = await publishedProgramme(t, centre, { title: 'Menjahit Pakaian Dasar' });
    await openCohort(t, centre, programme);
    await signIn(page, counsellor, /\/counsellor\//);
    await page.goto(`/counsellor/cases/${budi.id}/refer`);
    await heading(page, 'Rujuk Budi Santoso');
    await page.getByRole('textbox', { name: 'Cari pelatihan' }).fill('Menjahit');
    await page.getByRole('search', { name: 'Cari pelatihan' }).getByRole('button', { name: 'Cari' }).click();
    const option = page.getByLabel(/^Menjahit Pakaian Dasar · UPTD BLK Uji \d+ · mulai /);
    await option.waitFor();
    await expectAccessible(page, 'the referral page with training search results');
    await option.check({ force: true });
    await page.getByRole('button', { name: 'Rujuk ke pelatihan ini' }).click();
    await heading(page, 'Budi Santoso');
    await page.getByTestId('referral').getByText('Pelatihan Menjahit Pakaian Dasar', { exact: false }).waitFor();
    await page.getByTestId('case-enrolment').getByText('Menjahit Pakaian Dasar', { exact: false }).waitFor();

    const followUps = page.getByTestId('section-follow-ups');
    await followUps.getByLabel('Tanggal').fill('2030-02-01');
    await followUps.getByLabel('Catatan (opsional)').fill('Tanya hasil wawancara');
    await followUps.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    const item = followUps.getByTestId('follow-up').filter({ hasText: 'Tanya hasil wawancara' });
    await item.getByText('1 Feb 2030 · akan datang').waitFor();
    await expectAccessible(page, 'the case page with a follow-up');
    await item.getByRole('button', { name: 'Tandai tindak lanjut 1 Feb 2030 selesai' }).click();
    await item.getByText('1 Feb 2030 · selesai').waitFor();
    // The follow-up reminder's notification links to /counselling/cases/:seekerId, which opens the same page.
    await page.goto(`/counselling/cases/${budi.id}`);
    await heading(page, 'Budi Santoso');
  });

  it("answers a counsellor of another office as if the seeker's case did not exist", async () => {
    const { page, t } = b;
    const elsewhere = await staffUser(t.http, t.db, 'counsellor', '3301');
    await signIn(page, elsewhere, /\/counsellor\//);
    await page.goto(`/counsellor/cases/${budi.id}`);
    await page.getByRole('alert').getByText('There is no such case in your office.').waitFor();
    expect(await page.getByText('Budi Santoso').count()).toBe(0);
    await page.goto('/counsellor/cases');
    await heading(page, 'Daftar kasus');
    await page.getByText('Tidak ada kasus yang cocok.').waitFor();
    await expectAccessible(page, 'an empty caseload');
  });

  it('moves a case to another counsellor of the office, with a reason', async () => {
    const { page, t } = b;
    const second = await staffUser(t.http, t.db, 'counsellor', '3374');
    await t.db.query(`UPDATE users SET full_name = 'Konselor Kedua' WHERE id = $1`, [second.id]);
    await signIn(page, counsellor, /\/counsellor\//);
    await page.goto(`/counsellor/cases/${agus.id}`);
    await heading(page, 'Agus Prasetyo');
    const section = page.getByTestId('section-case');
    await section.getByRole('button', { name: 'Pindahkan ke konselor lain' }).click();
    await section.getByRole('combobox', { name: /^Konselor/ }).selectOption({ label: 'Konselor Kedua (0 kasus)' });
    await section.getByRole('textbox', { name: /^Alasan/ }).fill('Membagi beban kasus');
    await expectAccessible(page, 'the reassignment form');
    await section.getByRole('button', { name: 'Pindahkan', exact: true }).click();
    await section.getByText('Disnaker Kota Semarang · konselor: Konselor Kedua').waitFor();
  });

  it('pages through a larger caseload, 20 cases a page', async () => {
    const { page, t } = b;
    await t.db.query(`INSERT INTO counselling_offices (regency_code, name, address) VALUES ('3319', 'Disnaker Kabupaten Kudus', 'Jl. Kudus 1') ON CONFLICT (regency_code) DO NOTHING`);
    const kudus = await staffUser(t.http, t.db, 'counsellor', '3319');
    // 23 seekers with open cases written in SQL, risk 100 down to 78, so the order is known.
    await t.db.query(
      `WITH made AS (
         INSERT INTO users (email, password_hash, role, full_name)
         SELECT 'kudus' || n || '@kerjaku.test', 'not-a-hash', 'job_seeker', 'Pencari Kudus ' || lpad(n::text, 2, '0') FROM generate_series(1, 23) AS n
         RETURNING id, full_name),
       seekers AS (INSERT INTO job_seekers (user_id, domicile_regency_code) SELECT id, '3319' FROM made RETURNING user_id)
       INSERT INTO cases (seeker_id, office_id, counsellor_id, risk_score, risk_level)
       SELECT m.id, o.id, $1, 100 - right(m.full_name, 2)::int + 1, 'high' FROM made m CROSS JOIN counselling_offices o WHERE o.regency_code = '3319'`,
      [kudus.id],
    );
    await signIn(page, kudus, /\/counsellor\//);
    await page.goto('/counsellor/cases');
    await heading(page, 'Daftar kasus');
    const rows = page.getByTestId('case-row');
    await page.getByText('Disnaker Kabupaten Kudus: 23 kasus terbuka.').waitFor();
    expect(await rows.count()).toBe(20);
    await rows.first().getByRole('heading', { name: 'Pencari Kudus 01' }).waitFor();
    await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
    await rows.first().getByRole('heading', { name: 'Pencari Kudus 21' }).waitFor();
    await page.waitForURL(/page=2/);
    expect(await rows.count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Halaman berikutnya' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'the second page of the caseload');
  });
});
