import type { Page, Route } from 'playwright-core';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { eventually } from '../support/test-context.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The seeker, employer and admin pages call routes built on the other exchange branches. Until the
// merge, this file answers those routes with contract-shaped fixtures (playwright routing) and checks
// what each page sends, what it shows, and that it passes axe. Login and reference data are real.

interface Call {
  method: string;
  path: string;
  body: unknown;
}

function mockApi(page: Page, calls: Call[], handler: (call: Call) => { status?: number; json?: unknown } | undefined) {
  return page.route(/\/api\/(job-seekers|ak1|applications|employers|vacancies|saved-searches|admin\/employers|admin\/wording-exceptions)(\/|\?|$)/, (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const call = { method: request.method(), path: url.pathname.replace(/^\/api/, '') + url.search, body: request.postDataJSON() as unknown };
    calls.push(call);
    const answer = handler(call);
    if (!answer) return route.fulfill({ status: 404, json: { statusCode: 404, error: 'Not Found', message: 'Not found in the fixture' } });
    return route.fulfill({ status: answer.status ?? 200, json: answer.json ?? {} });
  });
}

const profile = {
  userId: 'u1',
  fullName: 'Dewi Lestari',
  nikMasked: null,
  birthDate: null,
  gender: null,
  domicileRegencyCode: null,
  address: null,
  educationLevel: null,
  fieldOfStudy: null,
  experienceMonths: 0,
  workHistory: [],
  skills: [],
  languages: [],
  preferences: { occupations: [], regencies: [], maxCommuteKm: 25, minimumWage: null, employmentTypes: [], openToRemote: false },
  completeness: { complete: false, missing: ['nik', 'educationLevel', 'skills'] },
  ak1: null,
};

async function logIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

describe('seeker, employer and admin pages against the contract (browser)', () => {
  let b: BrowserTest;
  const calls: Call[] = [];
  let ak1Issued = false;

  beforeAll(async () => {
    b = await startBrowserTest();
    await mockApi(b.page, calls, (call) => {
      const { method, path } = call;
      if (method === 'GET' && path === '/job-seekers/me') return { json: profile };
      if (method === 'PUT' && path.startsWith('/job-seekers/me/')) return { json: profile };
      if (method === 'GET' && path === '/job-seekers/me/disability') return { status: 404 };
      if (method === 'GET' && path === '/ak1/me') return ak1Issued ? { json: card } : { status: 404 };
      if (method === 'POST' && path === '/ak1/me') {
        if (!ak1Issued) {
          ak1Issued = true;
          return { status: 422, json: { statusCode: 422, error: 'Unprocessable Entity', message: 'Complete your profile first.', details: { missing: ['nik', 'skills'] } } };
        }
        return { status: 201, json: card };
      }
      if (method === 'GET' && path.startsWith('/vacancies?')) return { json: { items: [], total: 0, page: 1, limit: 10 } };
      if (method === 'POST' && path === '/saved-searches') return { status: 201, json: { ...savedSearch, ...(call.body as object) } };
      if (method === 'GET' && path.startsWith('/saved-searches')) return { json: { items: [savedSearch], total: 1, page: 1, limit: 100 } };
      if (method === 'DELETE' && path === `/saved-searches/${savedSearch.id}`) return { status: 204 };
      if (method === 'GET' && path === '/applications/mine') return { json: { items: [application] } };
      if (method === 'GET' && path === `/applications/${application.id}`) return { json: { ...application, history: [{ from: null, to: 'submitted', by: { role: 'job_seeker' }, at: '2026-11-10T03:00:00.000Z' }] } };
      if (method === 'PUT' && path.endsWith('/sharing')) return { json: {} };
      if (method === 'POST' && path.endsWith('/withdraw')) return { json: { ...application, status: 'withdrawn' } };
      if (method === 'GET' && path === `/vacancies/${vacancy.id}`) return { json: vacancy };
      if (method === 'GET' && path.startsWith(`/vacancies/${vacancy.id}/applications`)) return { json: { items: [applicant], total: 1, page: 1, limit: 100 } };
      if (method === 'POST' && path === `/applications/${applicant.id}/transitions`) return { status: 201, json: {} };
      if (method === 'POST' && path === `/vacancies/${vacancy.id}/publish`)
        return { status: 422, json: { statusCode: 422, error: 'Unprocessable Entity', message: 'The description asks for a gender and an appearance.', details: { phrases: ['wanita', 'berpenampilan menarik'] } } };
      if (method === 'POST' && path === `/vacancies/${vacancy.id}/wording-exception`) return { status: 201, json: { id: 'x1', status: 'pending' } };
      if (method === 'GET' && path.startsWith('/admin/employers')) return { json: { items: [company], total: 1, page: 1, limit: 100 } };
      if (method === 'POST' && path === `/admin/employers/${company.id}/verify`) return { status: 201, json: { ...company, status: 'verified' } };
      if (method === 'GET' && path.startsWith('/admin/wording-exceptions')) return { json: { items: [exception], total: 1, page: 1, limit: 100 } };
      if (method === 'POST' && path === `/admin/wording-exceptions/${exception.id}/decide`) return { json: { ...exception, status: 'approved' } };
      return undefined;
    });
  });
  afterAll(() => b.close());

  const savedSearch = { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Las di Semarang', query: { q: 'las', regency: '3374', remote: true }, createdAt: '2026-11-15T01:00:00.000Z' };
  const card = { number: '3374-2026-000123', status: 'active', issuedAt: '2026-11-20T00:00:00.000Z', validUntil: '2028-11-20', reconfirmBy: '2027-05-20', regency: { code: '3374', name: 'Kota Semarang' } };
  const vacancy = {
    id: '0b6f8a4e-2a53-4c43-9a0e-000000000001',
    status: 'draft',
    title: 'Tukang Las Rangka',
    occupationCode: '7212',
    description: 'Wanita berpenampilan menarik.',
    regencyCode: '3374',
    isRemote: false,
    wageMin: 2_800_000,
    wageMax: null,
    employmentType: 'full_time',
    openings: 2,
    educationMin: 'SMK',
    fieldsOfStudy: [],
    experienceMinMonths: 0,
    accommodations: [],
    deadline: null,
    employer: { id: 'c1', name: 'PT Baja Semarang', verified: true },
    skills: [],
  };
  const application = {
    id: '5d1f1a2e-0000-4000-8000-000000000001',
    status: 'submitted',
    vacancy: { id: vacancy.id, title: 'Tukang Las Rangka', employer: { name: 'PT Baja Semarang' } },
    createdAt: '2026-11-10T03:00:00.000Z',
    updatedAt: '2026-11-10T03:00:00.000Z',
    interview: null,
    shareAssessment: false,
  };
  const applicant = {
    id: '5d1f1a2e-0000-4000-8000-000000000002',
    status: 'submitted',
    createdAt: '2026-11-10T03:00:00.000Z',
    applicant: { fullName: 'Wahyu Pratama', educationLevel: 'SMK', experienceMonths: 18, domicileRegency: { code: '3320', name: 'Kabupaten Jepara' }, skills: [] },
  };
  const exception = {
    id: '9a1b2c3d-0000-4000-8000-000000000003',
    vacancy: { id: vacancy.id, title: 'Satpam Malam', employer: { id: 'c1', name: 'PT Baja Semarang' } },
    reason: 'Peraturan Kapolri mensyaratkan usia minimal 21 tahun untuk satpam.',
    phrases: ['usia minimal 21 tahun'],
    status: 'pending',
    createdAt: '2026-11-18T02:00:00.000Z',
  };
  const company = { id: 'c2', name: 'CV Kayu Jepara Makmur', nib: '9120000000002', sector: 'furniture', size: 'small', address: 'Jl. Raya Tahunan 5', regency: { code: '3320', name: 'Kabupaten Jepara' }, status: 'pending', members: [] };

  it('walks the seeker profile steps, sending each step as the contract says', async () => {
    const { page } = b;
    const seeker = await registerUser(b.t.http, { fullName: 'Dewi Lestari' });
    await logIn(page, seeker, /\/profile$/);
    await page.getByRole('heading', { level: 1, name: 'Profil saya' }).waitFor();
    await page.getByText('Masih perlu diisi: NIK, pendidikan, keahlian').waitFor();
    await expectAccessible(page, 'the profile, identity step');
    await page.getByLabel('NIK (16 angka, dari KTP Anda)').fill('3374-0157 0598 0001');
    await page.getByLabel('Tanggal lahir').fill('1998-05-17');
    await page.getByRole('combobox', { name: 'Jenis kelamin' }).click();
    await page.getByRole('option', { name: 'Perempuan' }).click();
    await page.getByRole('combobox', { name: 'Kabupaten atau kota tempat tinggal' }).fill('Semarang');
    await page.getByRole('option', { name: 'Kota Semarang' }).click();
    await page.getByLabel('Alamat').fill('Jl. Pemuda 12');
    await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
    await page.getByRole('combobox', { name: 'Pendidikan terakhir' }).waitFor();
    const identity = calls.find((call) => call.path === '/job-seekers/me/identity');
    expect(identity?.body).toEqual({ nik: '3374015705980001', birthDate: '1998-05-17', gender: 'F', domicileRegencyCode: '3374', address: 'Jl. Pemuda 12' });
    await expectAccessible(page, 'the education step');

    await page.getByRole('button', { name: /Keahlian/ }).first().click();
    await page.getByRole('textbox', { name: 'Keahlian Anda' }).or(page.getByLabel('Keahlian Anda')).first().click();
    await page.keyboard.type('SMAW');
    await page.getByRole('option', { name: /Las Busur Manual/ }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel(/Tingkat Las Busur Manual/).fill('4');
    await expectAccessible(page, 'the skills step');
    await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
    await page.getByRole('button', { name: 'Tambah bahasa' }).waitFor();
    const skills = calls.find((call) => call.path === '/job-seekers/me/skills');
    const { rows } = await b.t.db.query(`SELECT id FROM skills WHERE code = 'smaw-welding'`);
    expect(skills?.body).toEqual({ items: [{ skillId: rows[0].id, level: 4 }] });

    await page.getByRole('button', { name: /Disabilitas/ }).first().click();
    await page.getByText('Langkah ini tidak wajib').waitFor();
    await expectAccessible(page, 'the disability step');
    await page.getByLabel(/Saya setuju Kerjaku menyimpan/).check();
    await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
    await page.getByText('Semua langkah tersimpan.', { exact: false }).waitFor();
    expect(calls.find((call) => call.path === '/job-seekers/me/disability' && call.method === 'PUT')?.body).toEqual({ consent: true, disabilities: [], accommodations: [] });
  });

  it('asks to complete the profile when the AK/1 card is refused, then shows the card', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Kartu AK/1' }).click();
    await page.getByRole('button', { name: 'Ambil kartu AK/1 saya' }).click();
    await page.getByText('Lengkapi profil Anda dulu').waitFor();
    await page.getByRole('alert').getByText('keahlian').waitFor();
    await expectAccessible(page, 'the refused AK/1 card');
    await page.getByRole('button', { name: 'Ambil kartu AK/1 saya' }).click();
    await page.getByText('No. 3374-2026-000123').waitFor();
    await page.getByText('Aktif').waitFor();
    await expectAccessible(page, 'the AK/1 card');
  });

  it('saves a search, opens it from the alert link and from the list, and deletes it', async () => {
    const { page } = b;
    await page.goto('/?q=las&regency=3374&sort=newest&minWage=2500000');
    await page.getByLabel('Nama pencarian ini').fill('Las di Semarang');
    await expectAccessible(page, 'the search page of a logged-in seeker');
    await page.getByRole('button', { name: 'Simpan pencarian ini' }).click();
    await page.getByText('Pencarian sudah disimpan.').waitFor();
    // The saved-searches API takes the filters only (no sort, no page), with their types.
    expect(calls.find((call) => call.method === 'POST' && call.path === '/saved-searches')?.body).toEqual({ name: 'Las di Semarang', query: { q: 'las', regency: '3374', minWage: 2500000 } });

    const searched = page.waitForRequest((request) => /\/api\/vacancies\?/.test(request.url()) && new URL(request.url()).searchParams.get('remote') === 'true');
    await page.goto(`/vacancies?savedSearch=${savedSearch.id}`);
    const request = new URL((await searched).url());
    expect(request.searchParams.get('q')).toBe('las');
    expect(request.searchParams.get('regency')).toBe('3374');

    await page.getByRole('link', { name: 'Pencarian tersimpan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pencarian tersimpan' }).waitFor();
    await expectAccessible(page, 'saved searches');
    await page.getByRole('button', { name: 'Hapus pencarian tersimpan Las di Semarang' }).click();
    await eventually(() => calls.some((call) => call.method === 'DELETE' && call.path === `/saved-searches/${savedSearch.id}`), 5_000, 'DELETE saved search');
  });

  it('lists my applications with their history, sharing and withdrawal', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Lamaran saya' }).click();
    await page.getByRole('button', { name: /Tukang Las Rangka/ }).click();
    await page.getByText('Izinkan perusahaan melihat hasil tes saya').waitFor();
    await expectAccessible(page, 'my applications, opened');
    await page.getByRole('switch', { name: /Izinkan perusahaan/ }).click({ force: true });
    const sharing = await eventually(() => calls.find((call) => call.path.endsWith('/sharing')), 5_000, 'PUT sharing');
    expect(sharing.body).toEqual({ shareAssessment: true });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Batalkan lamaran' }).click();
    await eventually(() => calls.some((call) => call.method === 'POST' && call.path.endsWith('/withdraw')), 5_000, 'POST withdraw');
    await page.getByRole('button', { name: 'Keluar' }).click();
  });

  it('shows the wording refusal with the phrases and sends an exception request', async () => {
    const { page } = b;
    const employer = await registerUser(b.t.http, { role: 'employer', fullName: 'Rina Wulandari' });
    await logIn(page, employer, /\/employer\/vacancies$/);
    await page.goto(`/employer/vacancies/${vacancy.id}`);
    await page.getByRole('heading', { level: 1, name: 'Lowongan: Tukang Las Rangka' }).waitFor();
    await expectAccessible(page, 'the vacancy editor');
    await page.getByRole('button', { name: 'Pasang lowongan' }).click();
    await page.getByText('Lowongan tidak dapat dipasang dengan kata-kata ini').waitFor();
    await page.getByText('“berpenampilan menarik”').waitFor();
    await expectAccessible(page, 'the wording refusal');
    await page.getByLabel('Mengapa persyaratan ini diperlukan?').fill('Peraturan keselamatan kerja mewajibkannya.');
    await page.getByRole('button', { name: 'Ajukan pengecualian' }).click();
    await page.getByText('Permohonan Anda sudah terkirim.', { exact: false }).waitFor();
    expect(calls.find((call) => call.path.endsWith('/wording-exception'))?.body).toEqual({ reason: 'Peraturan keselamatan kerja mewajibkannya.' });
  });

  it('moves an applicant on the board and schedules an interview', async () => {
    const { page } = b;
    await page.goto(`/employer/vacancies/${vacancy.id}/applicants`);
    await page.getByTestId('column-submitted').getByText('Wahyu Pratama').waitFor();
    await expectAccessible(page, 'the applicant board');
    await page.getByRole('combobox', { name: 'Pindahkan Wahyu Pratama ke' }).click();
    await page.getByRole('option', { name: 'Wawancara' }).click();
    await page.getByLabel('Tanggal dan jam wawancara').fill('2026-12-07T09:00');
    await page.getByLabel('Tempat atau tautan').fill('Kantor PT Baja Semarang');
    await expectAccessible(page, 'scheduling an interview');
    await page.getByRole('button', { name: 'Pindahkan', exact: true }).click();
    const moved = await eventually(() => calls.find((call) => call.path === `/applications/${applicant.id}/transitions`), 5_000, 'the first transition');
    expect(moved.body).toEqual({ to: 'interview', interview: { startsAt: '2026-12-07T02:00:00.000Z', mode: 'in_person', place: 'Kantor PT Baja Semarang' } });

    await page.getByRole('combobox', { name: 'Pindahkan Wahyu Pratama ke' }).click();
    await page.getByRole('option', { name: 'Tidak lolos' }).click();
    await page.getByRole('combobox', { name: 'Alasan' }).click();
    await page.getByRole('option', { name: 'Posisi sudah terisi' }).click();
    await page.getByRole('button', { name: 'Pindahkan', exact: true }).click();
    const rejected = await eventually(() => calls.filter((call) => call.path === `/applications/${applicant.id}/transitions`)[1], 5_000, 'the second transition');
    expect(rejected.body).toEqual({ to: 'rejected', reason: 'position_filled' });
    await page.getByRole('button', { name: 'Keluar' }).click();
  });

  it('lets an admin verify a company', async () => {
    const { page, t } = b;
    const officer = await registerUser(t.http, { fullName: 'Admin Provinsi' });
    await t.db.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [officer.id]);
    await logIn(page, officer, /\/admin\/employers$/);
    await page.getByText('CV Kayu Jepara Makmur').waitFor();
    await expectAccessible(page, 'company verification');
    await page.getByRole('button', { name: 'Verifikasi CV Kayu Jepara Makmur' }).click();
    await eventually(() => calls.some((call) => call.method === 'POST' && call.path === `/admin/employers/${company.id}/verify`), 5_000, 'POST verify');
  });

  it('lets an admin decide a wording exception, with a reason', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Pengecualian kata' }).click();
    await page.getByRole('heading', { level: 1, name: 'Permohonan pengecualian kata' }).waitFor();
    await page.getByText('“usia minimal 21 tahun”').waitFor();
    await expectAccessible(page, 'wording exceptions');
    await page.getByLabel('Alasan keputusan Anda').fill('Dasar hukumnya jelas.');
    await page.getByRole('button', { name: 'Setujui' }).click();
    const decided = await eventually(() => calls.find((call) => call.path === `/admin/wording-exceptions/${exception.id}/decide`), 5_000, 'POST decide');
    expect(decided.body).toEqual({ approve: true, reason: 'Dasar hukumnya jelas.' });
  });
});
