import type { Page } from 'playwright-core';
import { createSeeker, type Seeker } from '../support/exchange-fixtures.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { staffUser } from '../support/job-seekers.js';
import { linkTokenFromOutbox } from '../support/test-context.js';
import { openCohort, publishedProgramme, today, type Centre } from '../support/training.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The training pages against the real API and database at phone size: BLK staff register, invite
// and write programmes and cohorts; the admin verifies; staff decide on applicants; the instructor
// takes attendance with one tap per person and completes; seekers apply, withdraw and download
// certificates; anyone checks a certificate. Each visited page passes axe.

async function logIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await page.goto('/login');
  await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

async function choose(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  if (await box.isEditable()) await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

const auth = (user: { accessToken: string }) => ['authorization', `Bearer ${user.accessToken}`] as const;

describe('training pages (browser, phone size)', () => {
  let b: BrowserTest;
  let staff: RegisteredUser;
  let instructor: RegisteredUser;
  let centre: Centre;
  let skill: { id: number; name_id: string };
  let programmeId: string;
  let cohortId: string;
  let ani: Seeker;
  let budi: Seeker;
  let citra: Seeker;

  beforeAll(async () => {
    b = await startBrowserTest();
    skill = (await b.t.db.query(`SELECT id, name_id FROM skills ORDER BY id OFFSET 30 LIMIT 1`)).rows[0];
    staff = await registerUser(b.t.http, { role: 'training_centre', fullName: 'Rina Staf' });
    instructor = await registerUser(b.t.http, { role: 'training_centre', fullName: 'Joko Instruktur' });
  }, 120_000);
  afterAll(() => b.close());

  it('lets BLK staff register the centre, shows it pending, and invites an instructor who joins by the e-mailed link', async () => {
    const { page, t } = b;
    await logIn(page, staff, /\/training\/centre$/);
    await page.getByRole('heading', { level: 1, name: 'Daftarkan balai latihan kerja' }).waitFor();
    await expectAccessible(page, 'the centre registration');
    await page.getByLabel('Nama BLK').fill('UPTD BLK Kota Semarang');
    await choose(page, 'Kabupaten/kota', 'Semarang', 'Kota Semarang');
    await page.getByLabel('Alamat').fill('Jl. Brigjen Sudiarto 118');
    await page.getByRole('button', { name: 'Daftarkan balai latihan kerja' }).click();
    await page.getByRole('heading', { level: 1, name: 'UPTD BLK Kota Semarang' }).waitFor();
    await page.getByTestId('centre-pending').waitFor();
    expect(await page.getByTestId('centre-status').textContent()).toBe('Menunggu verifikasi');
    await page.getByLabel('E-mail yang diundang').fill(instructor.email);
    await page.getByRole('button', { name: 'Kirim undangan' }).click();
    await page.getByText('Undangan terkirim.').waitFor();
    await expectAccessible(page, 'the pending centre');

    const token = await linkTokenFromOutbox(t.db, instructor.email, 'training_centre_invitation');
    await logIn(page, instructor, /\/training\/centre$/);
    await visit(page, `/training-centre-invitations/accept?token=${token}`, 'Daftarkan balai latihan kerja');
    expect(await page.getByLabel('Kode undangan').inputValue()).toBe(token);
    await page.getByRole('button', { name: 'Terima undangan' }).click();
    await page.getByRole('heading', { level: 1, name: 'UPTD BLK Kota Semarang' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Joko Instruktur (Instruktur)' }).waitFor();
    // An instructor neither invites nor writes programmes.
    expect(await page.getByRole('button', { name: 'Kirim undangan' }).count()).toBe(0);
    const { rows } = await t.db.query(`SELECT centre_id FROM training_centre_members WHERE user_id = $1`, [staff.id]);
    centre = { id: rows[0].centre_id, staff, instructor };
  });

  it('lets an admin verify the pending centre', async () => {
    const { page, t } = b;
    const admin = await staffUser(t.http, t.db, 'admin');
    await logIn(page, admin, /\/admin\/employers$/);
    await page.getByRole('link', { name: 'Verifikasi BLK' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verifikasi balai latihan kerja' }).waitFor();
    const card = page.getByTestId('pending-centre').filter({ hasText: 'UPTD BLK Kota Semarang' });
    await card.getByRole('heading', { name: 'UPTD BLK Kota Semarang' }).waitFor();
    await expectAccessible(page, 'pending centres');
    await page.getByRole('button', { name: 'Verifikasi UPTD BLK Kota Semarang' }).click();
    await page.getByText('Tidak ada BLK yang menunggu verifikasi.').waitFor();
    const { rows } = await t.db.query(`SELECT verified_at IS NOT NULL AS verified FROM training_centres WHERE id = $1`, [centre.id]);
    expect(rows[0].verified).toBe(true);
  });

  it('writes a programme with conferred skills and a legal age limit, publishes it, and opens a cohort with sessions', async () => {
    const { page, t } = b;
    await logIn(page, staff, /\/training\/centre$/);
    await page.getByRole('link', { name: 'Program pelatihan' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Program pelatihan' }).waitFor();
    await page.getByRole('link', { name: 'Program baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Program baru' }).waitFor();
    await page.getByLabel('Judul program').fill('Menjahit Pakaian Jadi');
    await page.getByLabel('Kejuruan').fill('Garmen');
    await page.getByLabel('Deskripsi').fill('Menjahit dengan mesin industri, dari pola sampai finishing.');
    await choose(page, 'Keterampilan yang diberikan', skill.name_id, skill.name_id);
    await page.keyboard.press('Escape');
    await page.getByLabel('Jumlah jam pelatihan').fill('160');
    await choose(page, 'Pendidikan minimal', 'SMP', /SMP/);
    await page.getByLabel('Ada batas usia').check();
    await page.getByLabel('Usia maksimal').fill('60');
    await page.getByLabel('Dasar hukum batas usia').fill('Permenaker 8/2014 pasal 5');
    await expectAccessible(page, 'the programme form');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/\/training\/programmes\/[0-9a-f-]{36}$/);
    programmeId = page.url().split('/').pop()!;
    const stored = await t.db.query(`SELECT age_min, age_max, age_legal_basis, status FROM training_programmes WHERE id = $1`, [programmeId]);
    expect(stored.rows[0]).toEqual({ age_min: null, age_max: 60, age_legal_basis: 'Permenaker 8/2014 pasal 5', status: 'draft' });
    await page.getByRole('button', { name: 'Terbitkan program' }).click();
    await page.getByTestId('programme-status').getByText('Diterbitkan').waitFor();

    await page.getByRole('heading', { level: 2, name: 'Angkatan' }).waitFor();
    expect(await page.getByTestId('cohort-unverified').count()).toBe(0);
    await page.getByLabel('Tanggal mulai').fill(today());
    await page.getByLabel('Tanggal selesai').fill(today());
    await page.getByLabel('Kapasitas peserta').fill('2');
    await choose(page, 'Instruktur', 'Joko', 'Joko Instruktur');
    await page.getByLabel('Tanggal sesi 1').fill(today());
    await page.getByRole('button', { name: 'Tambah sesi' }).click();
    await page.getByLabel('Tanggal sesi 2').fill(today());
    await page.getByLabel('Mulai sesi 2').fill('13:00');
    await page.getByLabel('Selesai sesi 2').fill('16:00');
    await expectAccessible(page, 'the cohort form');
    await page.getByRole('button', { name: 'Buat angkatan' }).click();
    await page.getByText('Angkatan dibuat.').waitFor();
    const cohort = await t.db.query(`SELECT id, capacity, selection, instructor_user_id FROM training_cohorts WHERE programme_id = $1`, [programmeId]);
    expect(cohort.rows[0]).toMatchObject({ capacity: 2, selection: true, instructor_user_id: instructor.id });
    cohortId = cohort.rows[0].id;
    const sessions = await t.db.query(`SELECT to_char(starts_at AT TIME ZONE 'Asia/Jakarta', 'HH24:MI') AS at FROM training_sessions WHERE cohort_id = $1 ORDER BY starts_at`, [cohortId]);
    expect(sessions.rows.map((row) => row.at)).toEqual(['08:00', '13:00']);
  });

  it('shows applicants for staff to accept, put on the waiting list or reject with a reason', async () => {
    const { page, t } = b;
    ani = await createSeeker(t, { fullName: 'Ani Lestari' });
    budi = await createSeeker(t, { fullName: 'Budi Santoso' });
    citra = await createSeeker(t, { fullName: 'Citra Dewi' });
    const dedi = await createSeeker(t, { fullName: 'Dedi Kurnia' });
    for (const seeker of [ani, budi, citra, dedi]) await t.http.post(`/api/cohorts/${cohortId}/enrolments`).set(...auth(seeker)).expect(201);

    await visit(page, `/training/cohorts/${cohortId}`, /Menjahit Pakaian Jadi, angkatan/);
    await page.getByRole('heading', { name: 'Menunggu keputusan (4)' }).waitFor();
    // What staff choose by: education and home regency.
    await page.getByTestId('enrolment').filter({ hasText: 'Ani Lestari' }).getByText('SMK · Kota Semarang').waitFor();
    await page.getByRole('button', { name: 'Terima Ani Lestari' }).click();
    await page.getByRole('heading', { name: 'Peserta (1)' }).waitFor();
    await page.getByRole('button', { name: 'Terima Budi Santoso' }).click();
    await page.getByRole('heading', { name: 'Peserta (2)' }).waitFor();
    await page.getByText('2 dari 2 tempat terisi').waitFor();
    await page.getByRole('button', { name: 'Daftar tunggu Citra Dewi' }).click();
    await page.getByTestId('enrolment').filter({ hasText: 'Citra Dewi' }).getByText('Urutan daftar tunggu: 1').waitFor();
    await page.getByRole('button', { name: 'Tolak Dedi Kurnia' }).click();
    await page.getByLabel('Alasan penolakan Dedi Kurnia').fill('Jadwal bentrok dengan pekerjaan');
    await page.getByRole('button', { name: 'Tolak', exact: true }).click();
    await page.getByTestId('enrolment').filter({ hasText: 'Dedi Kurnia' }).getByText('Alasan: Jadwal bentrok dengan pekerjaan').waitFor();
    await expectAccessible(page, 'the cohort with enrolments');

    // A session more, after the two planned.
    await page.getByLabel('Tanggal sesi baru').fill(today());
    await page.getByLabel('Mulai sesi baru').fill('17:00');
    await page.getByLabel('Selesai sesi baru').fill('18:00');
    await page.getByRole('button', { name: 'Tambah sesi' }).click();
    await page.getByRole('link', { name: /^Sesi 3: .*isi kehadiran$/ }).waitFor();
  });

  it('lets the instructor take attendance with one tap per person, then complete, naming who misses the attendance rule', async () => {
    const { page, t } = b;
    await logIn(page, instructor, /\/training\/centre$/);
    await page.getByRole('link', { name: 'Angkatan' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Angkatan' }).waitFor();
    // The pointer off the header, whose buttons have a hover colour of their own.
    await page.mouse.move(1, 600);
    await expectAccessible(page, 'the instructor’s cohorts');
    await page.getByTestId('cohort').getByRole('link', { name: /Menjahit Pakaian Jadi, angkatan/ }).click();
    await page.getByRole('heading', { level: 1, name: /Menjahit Pakaian Jadi, angkatan/ }).waitFor();
    // Instructors do not decide on applicants.
    expect(await page.getByRole('button', { name: /^Terima / }).count()).toBe(0);

    for (const [n, budiMark] of [[1, 'Tidak hadir'], [2, 'Hadir']] as const) {
      await page.getByRole('link', { name: new RegExp(`^Sesi ${n}: .*isi kehadiran$`) }).click();
      await page.getByRole('heading', { level: 1, name: `Kehadiran sesi ${n}` }).waitFor();
      await page.getByTestId('attendance-count').getByText('0 dari 2 sudah diisi').waitFor();
      await page.getByRole('group', { name: 'Ani Lestari' }).getByRole('radio', { name: 'Hadir', exact: true }).check();
      await page.getByTestId('attendance-count').getByText('1 dari 2 sudah diisi').waitFor();
      await page.getByRole('group', { name: 'Budi Santoso' }).getByRole('radio', { name: budiMark, exact: true }).check();
      await page.getByTestId('attendance-count').getByText('2 dari 2 sudah diisi').waitFor();
      await expectAccessible(page, `attendance of session ${n}`);
      await page.getByRole('link', { name: 'Kembali ke angkatan' }).click();
      await page.getByRole('heading', { level: 1, name: /Menjahit Pakaian Jadi, angkatan/ }).waitFor();
    }
    const marks = await t.db.query(`SELECT a.status, count(*)::int AS n FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.cohort_id = $1 GROUP BY a.status ORDER BY a.status`, [cohortId]);
    expect(marks.rows).toEqual([
      { status: 'absent', n: 1 },
      { status: 'present', n: 3 },
    ]);

    const budiCard = page.getByTestId('enrolment').filter({ hasText: 'Budi Santoso' });
    await budiCard.getByText('Kehadiran: 1 dari 2 sesi (50%) · kehadiran 50%, di bawah syarat 75%').waitFor();
    await page.getByRole('button', { name: 'Luluskan Budi Santoso' }).click();
    await budiCard.getByRole('alert').getByText(/75 %/).waitFor();
    await page.getByRole('button', { name: 'Luluskan seluruh angkatan' }).click();
    await page.getByText('1 sertifikat diterbitkan.').waitFor();
    await page.getByTestId('completion-not-met').getByText(/^Budi Santoso: .*1 of 2/).waitFor();
    await page.getByTestId('enrolment').filter({ hasText: 'Ani Lestari' }).getByText(/^Sertifikat: BLK-3374-\d{4}-000001$/).waitFor();
    await expectAccessible(page, 'the cohort after completion');
  });

  it('lets a seeker find a training, see why they may not apply, apply and withdraw', async () => {
    const { page, t } = b;
    const other = await openCohort(t, { id: centre.id, staff, instructor }, await publishedProgramme(t, { id: centre.id, staff, instructor }, { title: 'Operator Mesin Bordir', skills: [skill.id] }), {
      capacity: 1,
      selection: false,
    });
    const eko = await createSeeker(t, { fullName: 'Eko Prasetyo' });
    await t.db.query(`UPDATE job_seekers SET education_level = 'SD' WHERE user_id = $1`, [eko.id]);
    await logIn(page, eko, /\/profile$/);
    await page.getByRole('link', { name: 'Pelatihan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cari pelatihan' }).waitFor();
    const card = page.getByTestId('training').filter({ hasText: 'Operator Mesin Bordir' });
    await card.getByText('Sisa 1 tempat').waitFor();
    await expectAccessible(page, 'training search');
    await card.getByRole('button', { name: /^Daftar Operator Mesin Bordir angkatan/ }).click();
    const refused = page.getByTestId('apply-refused');
    await refused.getByText('Anda belum memenuhi syarat').waitFor();
    await refused.getByText(/needs at least .* education/).waitFor();

    await t.db.query(`UPDATE job_seekers SET education_level = 'SMK' WHERE user_id = $1`, [eko.id]);
    // The programme's own page, where the seeker applies.
    await card.getByRole('link', { name: 'Operator Mesin Bordir' }).click();
    await page.getByRole('heading', { level: 1, name: 'Operator Mesin Bordir' }).waitFor();
    await expectAccessible(page, 'a programme’s page');
    await page.getByRole('button', { name: /^Daftar Operator Mesin Bordir angkatan/ }).click();
    await page.getByTestId('apply-result').getByText('Anda diterima.').waitFor();
    await expectAccessible(page, 'training search after applying');
    await page.getByRole('link', { name: 'Lihat pelatihan saya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pelatihan saya' }).waitFor();
    await expectAccessible(page, 'my trainings');
    await page.getByRole('button', { name: 'Mengundurkan diri dari Operator Mesin Bordir' }).click();
    await page.getByTestId('my-enrolment').getByTestId('enrolment-status').getByText('Mengundurkan diri').waitFor();
    const { rows } = await t.db.query(`SELECT status FROM enrolments WHERE cohort_id = $1 AND seeker_id = $2`, [other.id, eko.id]);
    expect(rows).toEqual([{ status: 'withdrawn' }]);
  });

  it('shows the waiting-list position and the certificate, whose PDF downloads and whose number checks publicly', async () => {
    const { page } = b;
    await logIn(page, citra, /\/profile$/);
    await visit(page, '/my-trainings', 'Pelatihan saya');
    await page.getByTestId('waitlist-position').getByText('Urutan daftar tunggu: 1').waitFor();

    await logIn(page, ani, /\/profile$/);
    await visit(page, '/my-trainings', 'Pelatihan saya');
    const certificate = page.getByTestId('certificate');
    const numberText = (await certificate.getByText(/^Nomor BLK-/).textContent())!;
    const number = numberText.replace('Nomor ', '');
    await certificate.getByText(`Keterampilan tersertifikasi: ${skill.name_id}`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), certificate.getByRole('button', { name: 'Unduh PDF sertifikat Menjahit Pakaian Jadi' }).click()]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    await expectAccessible(page, 'my certificate');
    // The same page in English.
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'My trainings' }).waitFor();
    await certificate.getByRole('button', { name: 'Download PDF certificate of Menjahit Pakaian Jadi' }).waitFor();
    await page.getByTestId('my-enrolment').getByTestId('enrolment-status').getByText('Completed').waitFor();
    await expectAccessible(page, 'my trainings in English');
    await page.getByLabel('Language').selectOption('id');

    await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await visit(page, `/certificates/${number}`, 'Cek sertifikat pelatihan');
    const check = page.getByTestId('certificate-check');
    await check.getByText('Sertifikat asli').waitFor();
    await check.getByText('Pemegang: A. L.', { exact: false }).waitFor();
    await check.getByText('Program: Menjahit Pakaian Jadi').waitFor();
    await check.getByText('160 jam pelatihan').waitFor();
    await visit(page, '/sertifikat/BLK-3374-2026-999999', 'Cek sertifikat pelatihan');
    await page.getByText('Sertifikat tidak ditemukan').waitFor();
    await expectAccessible(page, 'an unknown certificate');
  });

  it('shows a seeker the skill-gaps page, reached from the recommendations', async () => {
    const { page } = b;
    await logIn(page, budi, /\/profile$/);
    await visit(page, '/recommendations', 'Rekomendasi pekerjaan');
    await page.getByRole('link', { name: 'Keterampilan yang sering diminta dan pelatihannya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keterampilan yang paling sering diminta yang belum Anda miliki' }).waitFor();
    await page.getByTestId('no-gaps').waitFor();
    await expectAccessible(page, 'skill gaps without matches');
  });
});
