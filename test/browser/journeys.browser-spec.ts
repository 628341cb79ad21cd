import type { Page } from 'playwright-core';
import type supertest from 'supertest';
import { login, registerUser, STRONG_PASSWORD, type RegisteredUser } from '../support/factories.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

/* The two journeys of issue 3, item 9, end to end in Chromium against the real API and database. */

/** A valid NIK for a woman born 17 May 1998 in Kota Semarang (day + 40 for women). */
const NIK = '3374015705980001';

async function choose(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  // Searchable selects take typing; the others only open their list.
  if (await box.isEditable()) await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function saveStep(page: Page, nextStep: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
  await page.getByRole('button', { name: nextStep }).first().waitFor();
}

async function skillId(b: BrowserTest, code: string): Promise<string> {
  const { rows } = await b.t.db.query(`SELECT id FROM skills WHERE code = $1`, [code]);
  return rows[0].id;
}

/** An admin account: registered, then promoted in the database (admins are created by admins). */
async function admin(b: BrowserTest): Promise<RegisteredUser & { token: string }> {
  const user = await registerUser(b.t.http, { fullName: 'Admin Provinsi' });
  await b.t.db.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [user.id]);
  const tokens = await login(b.t.http, user.email, user.password);
  return { ...user, token: tokens.accessToken };
}

const bearer = (request: supertest.Test, token: string) => request.auth(token, { type: 'bearer' });

/** A verified company with a published welding vacancy, through the API. */
async function publishedVacancy(b: BrowserTest, title: string): Promise<{ vacancyId: string; employer: RegisteredUser }> {
  const http = b.t.http;
  const employer = await registerUser(http, { role: 'employer', fullName: 'Rina Wulandari' });
  const company = await bearer(http.post('/api/employers'), employer.accessToken)
    .send({ name: 'PT Baja Semarang', nib: '8120000000001', sector: 'manufacturing', size: 'medium', address: 'Jl. Industri 1, Semarang', regencyCode: '3374' })
    .expect(201);
  const officer = await admin(b);
  await bearer(http.post(`/api/admin/employers/${company.body.id}/verify`), officer.token).expect((response) => expect(response.status).toBeLessThan(300));
  const vacancy = await bearer(http.post('/api/vacancies'), employer.accessToken)
    .send({
      occupationCode: '7212',
      title,
      description: 'Mengelas rangka baja di bengkel kami. Pelatihan keselamatan kerja disediakan.',
      regencyCode: '3374',
      isRemote: false,
      wageMin: 2_800_000,
      wageMax: 3_500_000,
      employmentType: 'full_time',
      openings: 2,
      educationMin: 'SMK',
      fieldsOfStudy: [],
      experienceMinMonths: 0,
      accommodations: [],
      skills: [{ skillId: await skillId(b, 'smaw-welding'), importance: 'required' }],
    })
    .expect(201);
  await bearer(http.post(`/api/vacancies/${vacancy.body.id}/publish`), employer.accessToken).expect((response) => expect(response.status).toBeLessThan(300));
  return { vacancyId: vacancy.body.id, employer };
}

describe('journeys of issue 3 (browser)', () => {
  let b: BrowserTest;
  beforeAll(async () => {
    b = await startBrowserTest();
  });
  afterAll(() => b.close());
  afterEach(async () => {
    // A failed test may leave the page on about:blank, which has no storage of its own.
    if (b.page.url().startsWith('http')) await b.page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  });

  it('a job seeker registers, completes the profile, gets the AK/1 card, finds a vacancy and applies', async () => {
    const { page, t } = b;
    await publishedVacancy(b, 'Tukang Las SMAW');

    // Register.
    const email = `sri.${Date.now()}@example.org`;
    await visit(page, '/register', 'Buat akun');
    await page.getByLabel('Mencari kerja').check();
    await page.getByLabel('Nama lengkap').fill('Sri Handayani');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profil saya' }).waitFor();
    await expectAccessible(page, 'the empty profile');

    // The profile, step by step.
    await page.getByLabel('NIK (16 angka, dari KTP Anda)').fill(NIK);
    await page.getByLabel('Tanggal lahir').fill('1998-05-17');
    await choose(page, 'Jenis kelamin', 'Perempuan', 'Perempuan');
    await choose(page, 'Kabupaten atau kota tempat tinggal', 'Semarang', 'Kota Semarang');
    await page.getByLabel('Alamat').fill('Jl. Pemuda 12, Semarang');
    await saveStep(page, /Pendidikan/);
    await choose(page, 'Pendidikan terakhir', 'Kejuruan', /Sekolah Menengah Kejuruan/);
    await saveStep(page, /Riwayat kerja/);
    await page.getByRole('button', { name: 'Tambah pekerjaan' }).click();
    await choose(page, 'Jabatan (KBJI)', 'Tukang Las', 'Tukang Las dan Pemotong Logam');
    await page.getByLabel('Nama jabatan').fill('Pembantu tukang las');
    await page.getByLabel('Tempat kerja').fill('Bengkel Las Sinar');
    await page.getByLabel('Bulan mulai').fill('2022-01');
    await page.getByLabel('Bulan selesai', { exact: true }).fill('2024-06');
    await expectAccessible(page, 'the work history step');
    await saveStep(page, /Keahlian/);
    await choose(page, 'Keahlian Anda', 'SMAW', /Las Busur Manual/);
    await page.keyboard.press('Escape');
    await saveStep(page, /Bahasa/);
    await saveStep(page, /Preferensi/);
    await choose(page, 'Pekerjaan yang Anda inginkan', 'Tukang Las', 'Tukang Las dan Pemotong Logam');
    await page.keyboard.press('Escape');
    await choose(page, 'Lokasi kerja yang Anda inginkan', 'Semarang', 'Kota Semarang');
    await page.keyboard.press('Escape');
    await saveStep(page, /Disabilitas/);
    await expectAccessible(page, 'the disability step');
    await page.getByRole('button', { name: 'Lewati' }).click();
    await page.getByText('Profil Anda sudah lengkap').waitFor();

    // The AK/1 card, its PDF and its public verification page.
    await page.getByRole('link', { name: 'Kartu AK/1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kartu pencari kerja AK/1' }).waitFor();
    await page.getByRole('button', { name: 'Ambil kartu AK/1 saya' }).click();
    await page.getByTestId('ak1-card').waitFor();
    await expectAccessible(page, 'the AK/1 card page');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh kartu (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^AK1-.+\.pdf$/);
    const pdf = await download.createReadStream();
    const head = await new Promise<Buffer>((resolve) => pdf.once('data', (chunk: Buffer) => resolve(chunk)));
    expect(head.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('link', { name: 'Halaman verifikasi publik' }).click();
    await page.getByText('Kartu ini sah').waitFor();
    await expectAccessible(page, 'the public verification page');

    // Find the vacancy and apply.
    await page.getByRole('link', { name: 'Lowongan', exact: true }).click();
    await page.getByLabel('Pekerjaan, keahlian atau perusahaan').fill('las');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByRole('link', { name: 'Tukang Las SMAW' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tukang Las SMAW' }).waitFor();
    await page.getByRole('button', { name: 'Lamar sekarang' }).click();
    await page.getByText('Lamaran Anda sudah terkirim.').waitFor();
    await page.getByRole('link', { name: 'Lihat lamaran saya' }).click();
    await page.getByTestId('application').filter({ hasText: 'Tukang Las SMAW' }).waitFor();
    await page.getByText('Terkirim').first().waitFor();
    await expectAccessible(page, 'my applications');
    const tokens = await login(t.http, email, STRONG_PASSWORD);
    const mine = await bearer(t.http.get('/api/applications/mine'), tokens.accessToken).expect(200);
    expect(mine.body.items.map((application: { vacancy: { title: string } }) => application.vacancy.title)).toEqual(['Tukang Las SMAW']);
  });

  it('an employer publishes a vacancy, sees the application and moves it to hired', async () => {
    const { page, t } = b;
    const officer = await admin(b);

    // Register and describe the company.
    const email = `hrd.${Date.now()}@example.org`;
    await visit(page, '/register', 'Buat akun');
    await page.getByLabel('Mencari karyawan untuk perusahaan').check();
    await page.getByLabel('Nama lengkap').fill('Agus Santoso');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lowongan saya' }).waitFor();
    await page.getByRole('link', { name: 'Perusahaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftarkan perusahaan Anda' }).waitFor();
    await expectAccessible(page, 'company registration');
    await page.getByLabel('Nama perusahaan').fill('CV Kayu Jepara Makmur');
    await page.getByLabel('NIB (Nomor Induk Berusaha)').fill('9120000000002');
    await choose(page, 'Sektor usaha', 'Mebel', 'Mebel dan kayu');
    await page.getByLabel('Alamat').fill('Jl. Raya Tahunan 5, Jepara');
    await choose(page, 'Kabupaten atau kota', 'Jepara', 'Kabupaten Jepara');
    await page.getByRole('button', { name: 'Daftarkan perusahaan Anda' }).click();
    await page.getByRole('heading', { level: 1, name: 'CV Kayu Jepara Makmur' }).waitFor();
    await page.getByText('Menunggu verifikasi').waitFor();

    // An officer verifies it in the admin pages.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await visit(page, '/login', 'Masuk');
    await page.getByLabel('E-mail atau nomor HP').fill(officer.email);
    await page.getByLabel('Kata sandi').fill(officer.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Perusahaan menunggu verifikasi' }).waitFor();
    await expectAccessible(page, 'company verification');
    await page.getByRole('button', { name: 'Verifikasi CV Kayu Jepara Makmur' }).click();
    await page.getByRole('button', { name: 'Verifikasi CV Kayu Jepara Makmur' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Keluar' }).click();

    // The employer writes a vacancy; discriminating wording is refused, then fixed and published.
    await visit(page, '/login', 'Masuk');
    await page.getByLabel('E-mail atau nomor HP').fill(email);
    await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('link', { name: 'Lowongan baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lowongan baru' }).waitFor();
    await page.getByLabel('Nama jabatan').fill('Tukang Las Rangka Mebel');
    await choose(page, 'Jabatan (KBJI)', 'Tukang Las', 'Tukang Las dan Pemotong Logam');
    await page.getByLabel('Deskripsi').fill('Mengelas rangka kursi dan meja besi. Wanita berpenampilan menarik, usia maksimal 25 tahun.');
    await choose(page, 'Kabupaten atau kota', 'Jepara', 'Kabupaten Jepara');
    await choose(page, 'Pendidikan minimal', 'Kejuruan', /Sekolah Menengah Kejuruan/);
    await choose(page, 'Keahlian wajib', 'SMAW', /Las Busur Manual/);
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'the vacancy form');
    await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await page.getByRole('heading', { level: 1, name: /Lowongan: Tukang Las Rangka Mebel/ }).waitFor();
    await page.getByRole('button', { name: 'Pasang lowongan' }).click();
    await page.getByText('Lowongan tidak dapat dipasang dengan kata-kata ini').waitFor();
    await expectAccessible(page, 'the wording refusal');
    await page.getByLabel('Deskripsi').fill('Mengelas rangka kursi dan meja besi. Terbuka untuk semua pelamar, termasuk penyandang disabilitas.');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
    await page.getByRole('button', { name: 'Pasang lowongan' }).click();
    await page.getByText('Lowongan sudah dipasang.').waitFor();
    const vacancyId = new URL(page.url()).pathname.split('/').pop()!;

    // A job seeker applies (through the API).
    const seeker = await registerUser(t.http, { fullName: 'Wahyu Pratama' });
    const as = (request: supertest.Test) => bearer(request, seeker.accessToken);
    await as(t.http.put('/api/job-seekers/me/identity')).send({ nik: '3320011203990002', birthDate: '1999-03-12', gender: 'M', domicileRegencyCode: '3320', address: 'Desa Tahunan RT 2, Jepara' });
    await as(t.http.put('/api/job-seekers/me/education')).send({ educationLevel: 'SMK' });
    await as(t.http.put('/api/job-seekers/me/skills')).send({ items: [{ skillId: await skillId(b, 'smaw-welding'), level: 3 }] });
    await as(t.http.put('/api/job-seekers/me/languages')).send({ items: [{ code: 'id', level: 'native' }] });
    await as(t.http.put('/api/job-seekers/me/preferences')).send({ occupations: ['7212'], regencies: ['3320'], maxCommuteKm: 30, employmentTypes: ['full_time'], openToRemote: false });
    await as(t.http.post('/api/applications')).send({ vacancyId, shareAssessment: false }).expect(201);

    // The applicant board: submitted → screening → interview → offered → hired.
    await page.getByRole('link', { name: 'Lihat pelamar' }).click();
    await page.getByRole('heading', { level: 1, name: /Pelamar: Tukang Las Rangka Mebel/ }).waitFor();
    await page.getByTestId('column-submitted').getByText('Wahyu Pratama').waitFor();
    await expectAccessible(page, 'the applicant board');
    const move = async (to: string, column: string, extra?: () => Promise<void>) => {
      await choose(page, 'Pindahkan Wahyu Pratama ke', to, to);
      if (extra) await extra();
      await page.getByRole('button', { name: 'Pindahkan', exact: true }).click();
      await page.getByTestId(column).getByText('Wahyu Pratama').waitFor();
    };
    await move('Seleksi berkas', 'column-screening');
    await move('Wawancara', 'column-interview', async () => {
      await page.getByLabel('Tanggal dan jam wawancara').fill('2026-12-07T09:00');
      await page.getByLabel('Tempat atau tautan').fill('Kantor CV Kayu Jepara Makmur');
      await expectAccessible(page, 'scheduling an interview');
    });
    await move('Ditawari', 'column-offered');
    await move('Diterima', 'column-hired');
    const mine = await bearer(t.http.get('/api/applications/mine'), seeker.accessToken).expect(200);
    expect(mine.body.items[0].status).toBe('hired');
  });
});
