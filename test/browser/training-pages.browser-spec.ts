import type { Page, Route } from 'playwright-core';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { staffUser } from '../support/job-seekers.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The training pages against the route shapes of the contract (/work/contract-blk-counselling.md),
// answered by playwright routing: what each page sends, what it shows, and that it passes axe at
// phone size. Login and the reference data (regions, skills, education levels) are real.

interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status?: number; json?: unknown; body?: Buffer; contentType?: string } | undefined;

function mockTrainingApi(page: Page, calls: Call[], handler: (call: Call) => Answer) {
  return page.route(/\/api\/(training-centres|training-centre-invitations|training-programmes|training-cohorts|training-enrolments|trainings|certificates|admin\/training-centres|job-seekers\/me\/(enrolments|certificates|skill-gaps))(\/|\?|$)/, (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const call = { method: request.method(), path: url.pathname.replace(/^\/api/, '') + url.search, body: request.postDataJSON() as unknown };
    calls.push(call);
    const answer = handler(call);
    if (!answer) return route.fulfill({ status: 404, json: { statusCode: 404, error: 'Not Found', message: 'Not found in the fixture' } });
    if (answer.body) return route.fulfill({ status: answer.status ?? 200, body: answer.body, contentType: answer.contentType });
    return route.fulfill({ status: answer.status ?? 200, json: answer.json ?? {} });
  });
}

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

const lastCall = (calls: Call[], method: string, path: string | RegExp) =>
  [...calls].reverse().find((call) => call.method === method && (typeof path === 'string' ? call.path === path : path.test(call.path)));

const CENTRE_ID = '5a1f0c3e-0000-4000-8000-000000000001';
const PROGRAMME_ID = '5a1f0c3e-0000-4000-8000-000000000002';
const COHORT_ID = '5a1f0c3e-0000-4000-8000-000000000003';
const SESSION_IDS = ['s1', 's2'];
const INSTRUCTOR_ID = '5a1f0c3e-0000-4000-8000-000000000009';

describe('training pages against the contract (browser, phone size)', () => {
  let b: BrowserTest;
  const calls: Call[] = [];
  let centreRegistered = false;
  let skill: { id: number; name_id: string };
  const enrolments = [
    { id: 'e1', cohortId: COHORT_ID, status: 'applied', seeker: { id: 's1', fullName: 'Dewi Lestari' }, attendance: null },
    { id: 'e2', cohortId: COHORT_ID, status: 'waitlisted', waitlistPosition: 1, seeker: { id: 's2', fullName: 'Budi Santoso' }, attendance: null },
    { id: 'e3', cohortId: COHORT_ID, status: 'attending', seeker: { id: 's3', fullName: 'Sri Wahyuni' }, attendance: { held: 2, present: 2, rate: 1, meetsRule: true } },
    { id: 'e4', cohortId: COHORT_ID, status: 'attending', seeker: { id: 's4', fullName: 'Agus Salim' }, attendance: { held: 2, present: 1, rate: 0.5, meetsRule: false } },
  ];
  const attendance: Record<string, string | null> = { e3: null, e4: null };
  let seekerWithdrew = false;

  const centre = () => ({
    id: CENTRE_ID,
    name: 'BLK Semarang',
    regencyCode: '3374',
    regency: { code: '3374', name: 'Kota Semarang' },
    address: 'Jl. Brigjen Sudiarto 118',
    status: 'pending',
    myRole: 'staff',
    members: [
      { userId: 'staff-1', fullName: 'Rina Staf', role: 'staff' },
      { userId: INSTRUCTOR_ID, fullName: 'Pak Joko Instruktur', role: 'instructor' },
    ],
  });
  const cohort = {
    id: COHORT_ID,
    programmeId: PROGRAMME_ID,
    startsOn: '2026-12-01',
    endsOn: '2026-12-20',
    capacity: 2,
    selection: true,
    status: 'running',
    instructorUserId: INSTRUCTOR_ID,
    instructor: { userId: INSTRUCTOR_ID, fullName: 'Pak Joko Instruktur' },
    placesTaken: 2,
    waitlisted: 1,
    sessions: [
      { id: SESSION_IDS[0], startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T05:00:00.000Z' },
      { id: SESSION_IDS[1], startsAt: '2026-12-02T01:00:00.000Z', endsAt: '2026-12-02T05:00:00.000Z' },
    ],
    programme: { id: PROGRAMME_ID, title: 'Menjahit Pakaian Jadi', hours: 160 },
  };
  const programme = () => ({
    id: PROGRAMME_ID,
    centre: { id: CENTRE_ID, name: 'BLK Semarang' },
    vocationalField: 'Garmen',
    title: 'Menjahit Pakaian Jadi',
    description: 'Menjahit dengan mesin industri, dari pola sampai finishing.',
    skills: [{ skillId: skill.id, nameId: skill.name_id, nameEn: skill.name_id }],
    hours: 160,
    cost: 0,
    educationMin: 'SMP',
    ageMin: null,
    ageMax: null,
    ageLegalBasis: null,
    regencyCode: '3374',
    regency: { code: '3374', name: 'Kota Semarang' },
    address: 'Jl. Brigjen Sudiarto 118',
    cohorts: [cohort, { ...cohort, id: 'c2', startsOn: '2027-01-10', endsOn: '2027-01-30', status: 'open', placesTaken: 0, capacity: 20 }],
  });
  const certificate = { number: 'BLK-3374-2026-000001', programme: { title: 'Menjahit Pakaian Jadi', hours: 160 }, centre: { name: 'BLK Semarang' }, issuedAt: '2026-12-20T08:00:00.000Z' };

  beforeAll(async () => {
    b = await startBrowserTest();
    skill = (await b.t.db.query(`SELECT id, name_id FROM skills ORDER BY id LIMIT 1`)).rows[0];
    await mockTrainingApi(b.page, calls, (call) => {
      const { method, path } = call;
      if (method === 'GET' && path === '/training-centres/mine') return centreRegistered ? { json: centre() } : { status: 404 };
      if (method === 'POST' && path === '/training-centres') {
        centreRegistered = true;
        return { status: 201, json: centre() };
      }
      if (method === 'POST' && path === '/training-centres/mine/invitations') return { status: 201, json: { email: (call.body as { email: string }).email } };
      if (method === 'GET' && path === '/training-centres/mine/programmes') return { json: [programme()] };
      if (method === 'POST' && path === '/training-centres/mine/programmes') return { status: 201, json: { ...programme(), ...(call.body as object), id: PROGRAMME_ID, cohorts: [] } };
      if (method === 'GET' && path === `/training-programmes/${PROGRAMME_ID}`) return { json: programme() };
      if (method === 'PATCH' && path === `/training-programmes/${PROGRAMME_ID}`) return { json: programme() };
      if (method === 'POST' && path === `/training-programmes/${PROGRAMME_ID}/cohorts`) return { status: 201, json: { ...cohort, id: 'c3' } };
      if (method === 'GET' && path === '/training-centres/mine/cohorts') return { json: [cohort] };
      if (method === 'GET' && path === `/training-cohorts/${COHORT_ID}`) return { json: cohort };
      if (method === 'GET' && path === `/training-cohorts/${COHORT_ID}/enrolments`) return { json: enrolments };
      const action = /^\/training-enrolments\/(e\d)\/(accept|reject|drop|complete)$/.exec(path);
      if (method === 'POST' && action) {
        const enrolment = enrolments.find((e) => e.id === action[1])!;
        if (action[2] === 'complete' && enrolment.attendance?.meetsRule === false)
          return { status: 422, json: { statusCode: 422, error: 'Unprocessable Entity', message: 'Kehadiran 50% di bawah syarat 75% dari sesi yang sudah berlangsung.' } };
        enrolment.status = { accept: 'accepted', reject: 'rejected', drop: 'dropped', complete: 'completed' }[action[2]]!;
        if (action[2] === 'reject') (enrolment as { reason?: string }).reason = (call.body as { reason: string }).reason;
        return { json: { ...enrolment, certificateNumber: action[2] === 'complete' ? certificate.number : undefined } };
      }
      const session = /^\/training-cohorts\/[^/]+\/sessions\/([^/]+)\/attendance$/.exec(path);
      if (session && method === 'GET') return { json: enrolments.filter((e) => e.id in attendance).map((e) => ({ enrolmentId: e.id, seeker: e.seeker, mark: attendance[e.id] })) };
      if (session && method === 'PUT') {
        for (const mark of (call.body as { marks: Array<{ enrolmentId: string; mark: string }> }).marks) attendance[mark.enrolmentId] = mark.mark;
        return { json: {} };
      }
      if (method === 'POST' && path === `/training-cohorts/${COHORT_ID}/complete`)
        return {
          json: {
            completed: [{ enrolmentId: 'e3', certificateNumber: certificate.number }],
            notMet: [{ enrolmentId: 'e4', fullName: 'Agus Salim', reason: 'Kehadiran 50% di bawah syarat 75% dari sesi yang sudah berlangsung.' }],
          },
        };
      if (method === 'GET' && path.startsWith('/admin/training-centres?')) return { json: { items: [centre()], total: 1, page: 1, limit: 100 } };
      if (method === 'POST' && path === `/admin/training-centres/${CENTRE_ID}/verify`) return { json: { ...centre(), status: 'verified' } };
      if (method === 'GET' && path.startsWith('/trainings')) return { json: { items: [programme()], total: 1, page: 1, limit: 20 } };
      if (method === 'POST' && path === `/training-cohorts/${COHORT_ID}/apply`)
        return { status: 422, json: { statusCode: 422, error: 'Unprocessable Entity', message: 'Pendidikan Anda (SD) di bawah syarat minimal program ini (SMP).' } };
      if (method === 'POST' && path === '/training-cohorts/c2/apply') return { status: 201, json: { id: 'm1', cohortId: 'c2', status: 'waitlisted', waitlistPosition: 3 } };
      if (method === 'GET' && path === '/job-seekers/me/enrolments')
        return {
          json: [
            {
              id: 'm1',
              cohortId: 'c2',
              status: seekerWithdrew ? 'withdrawn' : 'waitlisted',
              waitlistPosition: seekerWithdrew ? null : 3,
              programme: { id: PROGRAMME_ID, title: 'Menjahit Pakaian Jadi' },
              centre: { id: CENTRE_ID, name: 'BLK Semarang' },
              cohort: { id: 'c2', startsOn: '2027-01-10', endsOn: '2027-01-30' },
            },
          ],
        };
      if (method === 'POST' && path === '/training-enrolments/m1/withdraw') {
        seekerWithdrew = true;
        return { json: { id: 'm1', status: 'withdrawn' } };
      }
      if (method === 'GET' && path === '/job-seekers/me/certificates') return { json: [certificate] };
      if (method === 'GET' && path === `/job-seekers/me/certificates/${certificate.number}/certificate.pdf`) return { body: Buffer.from('%PDF-1.4\n%%EOF\n'), contentType: 'application/pdf' };
      if (method === 'GET' && path.startsWith('/job-seekers/me/skill-gaps'))
        return {
          json: {
            items: [
              {
                skill: { skillId: skill.id, nameId: skill.name_id, nameEn: skill.name_id },
                vacancies: 7,
                programmes: [{ id: PROGRAMME_ID, title: 'Menjahit Pakaian Jadi', centre: { id: CENTRE_ID, name: 'BLK Semarang' }, cohorts: [{ id: 'c2', startsOn: '2027-01-10', endsOn: '2027-01-30', distanceKm: 12 }] }],
              },
            ],
          },
        };
      if (method === 'GET' && path === `/certificates/${certificate.number}/verify`)
        return { json: { number: certificate.number, valid: true, holderInitials: 'S. W.', programme: 'Menjahit Pakaian Jadi', centre: 'BLK Semarang', hours: 160, issuedOn: '2026-12-20' } };
      return undefined;
    });
  }, 120_000);
  afterAll(() => b.close());

  it('lets BLK staff register the centre, see it pending, and invite an instructor', async () => {
    const { page, t } = b;
    const staff = await registerUser(t.http, { role: 'training_centre', fullName: 'Rina Staf' });
    await logIn(page, staff, /\/training\/centre$/);
    await page.getByRole('heading', { level: 1, name: 'Daftarkan balai latihan kerja' }).waitFor();
    await expectAccessible(page, 'the centre registration');
    await page.getByLabel('Nama BLK').fill('BLK Semarang');
    await choose(page, 'Kabupaten/kota', 'Semarang', 'Kota Semarang');
    await page.getByLabel('Alamat').fill('Jl. Brigjen Sudiarto 118');
    await page.getByRole('button', { name: 'Daftarkan balai latihan kerja' }).click();
    await page.getByRole('heading', { level: 1, name: 'BLK Semarang' }).waitFor();
    expect(lastCall(calls, 'POST', '/training-centres')?.body).toEqual({ name: 'BLK Semarang', regencyCode: '3374', address: 'Jl. Brigjen Sudiarto 118' });
    await page.getByTestId('centre-pending').waitFor();
    expect(await page.getByTestId('centre-status').textContent()).toBe('Menunggu verifikasi');
    await page.getByLabel('E-mail yang diundang').fill('joko@example.org');
    await page.getByRole('button', { name: 'Kirim undangan' }).click();
    await page.getByText('Undangan terkirim.').waitFor();
    expect(lastCall(calls, 'POST', '/training-centres/mine/invitations')?.body).toEqual({ email: 'joko@example.org', role: 'instructor' });
    await expectAccessible(page, 'the pending centre');
  });

  it('creates a programme with conferred skills and an age limit only with its legal basis, then a cohort with sessions', async () => {
    const { page } = b;
    await visit(page, '/training/programmes', 'Program pelatihan');
    await page.getByTestId('programme').getByRole('link', { name: 'Menjahit Pakaian Jadi' }).waitFor();
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
    await page.getByLabel('Usia maksimal').fill('29');
    await page.getByLabel('Dasar hukum batas usia').fill('Permenaker 8/2014 pasal 5');
    await expectAccessible(page, 'the programme form');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(new RegExp(`/training/programmes/${PROGRAMME_ID}$`));
    const sent = lastCall(calls, 'POST', '/training-centres/mine/programmes')?.body as Record<string, unknown>;
    expect(sent).toMatchObject({ title: 'Menjahit Pakaian Jadi', vocationalField: 'Garmen', skills: [skill.id], hours: 160, cost: 0, educationMin: 'SMP', ageMax: 29, ageLegalBasis: 'Permenaker 8/2014 pasal 5', regencyCode: '3374' });
    expect(sent).not.toHaveProperty('ageMin');

    await page.getByRole('heading', { level: 2, name: 'Angkatan' }).waitFor();
    await page.getByTestId('cohort-unverified').waitFor();
    await page.getByLabel('Tanggal mulai').fill('2027-02-01');
    await page.getByLabel('Tanggal selesai').fill('2027-02-20');
    await page.getByLabel('Kapasitas peserta').fill('20');
    await choose(page, 'Instruktur', 'Joko', 'Pak Joko Instruktur');
    await page.getByLabel('Tanggal sesi 1').fill('2027-02-01');
    await page.getByRole('button', { name: 'Tambah sesi' }).click();
    await page.getByLabel('Tanggal sesi 2').fill('2027-02-02');
    await expectAccessible(page, 'the cohort form');
    await page.getByRole('button', { name: 'Buat angkatan' }).click();
    await page.getByText('Angkatan dibuat.').waitFor();
    const cohortBody = lastCall(calls, 'POST', `/training-programmes/${PROGRAMME_ID}/cohorts`)?.body as { sessions: Array<{ startsAt: string }> } & Record<string, unknown>;
    expect(cohortBody).toMatchObject({ startsOn: '2027-02-01', endsOn: '2027-02-20', capacity: 20, instructorUserId: INSTRUCTOR_ID, selection: true });
    // 08:00 in Jakarta (UTC+7).
    expect(cohortBody.sessions.map((s) => s.startsAt)).toEqual(['2027-02-01T01:00:00.000Z', '2027-02-02T01:00:00.000Z']);
  });

  it('shows the enrolments with the waiting list, accepts and rejects with a reason, and completes the cohort naming who misses the attendance rule', async () => {
    const { page } = b;
    await visit(page, `/training/cohorts/${COHORT_ID}`, /Menjahit Pakaian Jadi, angkatan/);
    await page.getByText('2 dari 2 tempat terisi').waitFor();
    await page.getByRole('heading', { name: 'Daftar tunggu (1)' }).waitFor();
    const budi = page.getByTestId('enrolment').filter({ hasText: 'Budi Santoso' });
    await budi.getByText('Urutan daftar tunggu: 1').waitFor();
    const agus = page.getByTestId('enrolment').filter({ hasText: 'Agus Salim' });
    await agus.getByText('Kehadiran: 1 dari 2 sesi (50%) · kehadiran 50%, di bawah syarat 75%').waitFor();

    await page.getByRole('button', { name: 'Terima Dewi Lestari' }).click();
    await page.getByRole('heading', { name: 'Peserta (3)' }).waitFor();
    await page.getByRole('button', { name: 'Tolak Budi Santoso' }).click();
    await page.getByLabel('Alasan penolakan Budi Santoso').fill('Jadwal bentrok dengan pekerjaan');
    await page.getByRole('button', { name: 'Tolak', exact: true }).click();
    await budi.getByText('Alasan: Jadwal bentrok dengan pekerjaan').waitFor();
    expect(lastCall(calls, 'POST', '/training-enrolments/e2/reject')?.body).toEqual({ reason: 'Jadwal bentrok dengan pekerjaan' });

    // Completing one person who misses the rule: the API's reason is shown on their card.
    await page.getByRole('button', { name: 'Luluskan Agus Salim' }).click();
    await agus.getByRole('alert').getByText('Kehadiran 50% di bawah syarat 75%', { exact: false }).waitFor();
    await expectAccessible(page, 'the cohort with enrolments');

    await page.getByRole('button', { name: 'Luluskan seluruh angkatan' }).click();
    await page.getByText('1 sertifikat diterbitkan.').waitFor();
    await page.getByTestId('completion-not-met').getByText('Agus Salim: Kehadiran 50% di bawah syarat 75%', { exact: false }).waitFor();
    await expectAccessible(page, 'the cohort after completion');
  });

  it('takes attendance with one tap per person', async () => {
    const { page } = b;
    await visit(page, `/training/cohorts/${COHORT_ID}/sessions/${SESSION_IDS[0]}`, 'Kehadiran sesi 1');
    await page.getByTestId('attendance-count').getByText('0 dari 2 sudah diisi').waitFor();
    const sri = page.getByRole('group', { name: 'Sri Wahyuni' });
    await sri.getByRole('radio', { name: 'Hadir', exact: true }).check();
    await page.getByTestId('attendance-count').getByText('1 dari 2 sudah diisi').waitFor();
    expect(lastCall(calls, 'PUT', /\/attendance$/)?.body).toEqual({ marks: [{ enrolmentId: 'e3', mark: 'present' }] });
    await page.getByRole('group', { name: 'Agus Salim' }).getByRole('radio', { name: 'Izin' }).check();
    await page.getByTestId('attendance-count').getByText('2 dari 2 sudah diisi').waitFor();
    expect(attendance).toEqual({ e3: 'present', e4: 'excused' });
    expect(await sri.getByRole('radio', { name: 'Hadir', exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, 'attendance');
  });

  it('lets an admin verify a pending centre', async () => {
    const { page, t } = b;
    const admin = await staffUser(t.http, t.db, 'admin');
    await logIn(page, admin, /\/admin\/employers$/);
    await page.getByRole('link', { name: 'Verifikasi BLK' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verifikasi balai latihan kerja' }).waitFor();
    await page.getByTestId('pending-centre').getByRole('heading', { name: 'BLK Semarang' }).waitFor();
    await expectAccessible(page, 'pending centres');
    await page.getByRole('button', { name: 'Verifikasi BLK Semarang' }).click();
    await eventuallyCalled(calls, 'POST', `/admin/training-centres/${CENTRE_ID}/verify`);
  });

  it('lets a seeker find trainings, see why they may not apply, join a waiting list, withdraw, and download a certificate', async () => {
    const { page, t } = b;
    const seeker = await registerUser(t.http, { fullName: 'Sri Wahyuni' });
    await logIn(page, seeker, /\/profile$/);
    await page.getByRole('link', { name: 'Pelatihan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cari pelatihan' }).waitFor();
    const card = page.getByTestId('training').filter({ hasText: 'Menjahit Pakaian Jadi' });
    await card.getByText('Gratis', { exact: false }).first().waitFor();
    await expectAccessible(page, 'training search');

    await card.getByRole('button', { name: /^Daftar Menjahit Pakaian Jadi angkatan 1 Des 2026/ }).click();
    const refused = page.getByTestId('apply-refused');
    await refused.getByText('Pendidikan Anda (SD) di bawah syarat minimal program ini (SMP).').waitFor();
    await refused.getByText('Anda belum memenuhi syarat').waitFor();
    await card.getByRole('button', { name: /^Daftar Menjahit Pakaian Jadi angkatan 10 Jan 2027/ }).click();
    await page.getByTestId('apply-result').getByText('Anda masuk daftar tunggu, urutan ke-3.').waitFor();
    await expectAccessible(page, 'training search after applying');

    await page.getByRole('link', { name: 'Lihat pelatihan saya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pelatihan saya' }).waitFor();
    await page.getByTestId('waitlist-position').getByText('Urutan daftar tunggu: 3').waitFor();
    await expectAccessible(page, 'my trainings');
    await page.getByRole('button', { name: 'Mengundurkan diri dari Menjahit Pakaian Jadi' }).click();
    await page.getByTestId('my-enrolment').getByTestId('enrolment-status').getByText('Mengundurkan diri').waitFor();

    const certificateCard = page.getByTestId('certificate');
    await certificateCard.getByText('Nomor BLK-3374-2026-000001').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), certificateCard.getByRole('button', { name: 'Unduh PDF sertifikat Menjahit Pakaian Jadi' }).click()]);
    expect(download.suggestedFilename()).toBe('BLK-3374-2026-000001.pdf');
  });

  it('shows the skills the seeker lacks most often with trainings and their nearest cohorts', async () => {
    const { page } = b;
    await visit(page, '/recommendations', 'Rekomendasi pekerjaan');
    await page.getByRole('link', { name: 'Keterampilan yang sering diminta dan pelatihannya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keterampilan yang paling sering diminta yang belum Anda miliki' }).waitFor();
    const gap = page.getByTestId('skill-gap');
    await gap.getByText('Diminta oleh 7 lowongan').waitFor();
    await gap.getByText('± 12 km', { exact: false }).waitFor();
    await expectAccessible(page, 'skill gaps');
    await gap.getByRole('link', { name: `Lihat dan daftar pelatihan untuk ${skill.name_id}` }).click();
    await page.getByTestId('skill-filter').getByText(`Pelatihan untuk keterampilan: ${skill.name_id}`).waitFor();
    expect(lastCall(calls, 'GET', /^\/trainings\?/)?.path).toContain(`skillId=${skill.id}`);
  });

  it('checks a certificate publicly, without an account', async () => {
    const { page } = b;
    await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await visit(page, '/sertifikat/BLK-3374-2026-000001', 'Cek sertifikat pelatihan');
    const check = page.getByTestId('certificate-check');
    await check.getByText('Sertifikat asli').waitFor();
    await check.getByText('Pemegang: S. W.').waitFor();
    await check.getByText('160 jam pelatihan').waitFor();
    await visit(page, '/sertifikat/BLK-3374-2026-999999', 'Cek sertifikat pelatihan');
    await page.getByText('Sertifikat tidak ditemukan').waitFor();
    await expectAccessible(page, 'an unknown certificate');
  });
});

async function eventuallyCalled(calls: Call[], method: string, path: string): Promise<void> {
  for (let i = 0; i < 50 && !lastCall(calls, method, path); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(lastCall(calls, method, path)).toBeDefined();
}
