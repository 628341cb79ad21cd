import type { Page } from 'playwright-core';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { createCompany, createSeeker, createVacancy, type Company, type Seeker } from '../support/exchange-fixtures.js';
import { staffUser } from '../support/job-seekers.js';
import { storeCandidateList, storeJobList } from '../support/matching.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The matching pages against the real API, with stored lists written in SQL the way the matching
// worker writes them (test/support/matching.ts): the scores and components are the stored ones, the
// skill details are computed from the records, so the records below decide what each page shows.

interface SkillRow {
  id: number;
  name_id: string;
}

async function signIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  // A new person on the same phone: nothing of the last session stays.
  await page.goto('/login');
  await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

describe('matching pages (browser, phone size)', () => {
  let b: BrowserTest;
  let company: Company;
  let dewi: Seeker;
  let budi: Seeker;
  let jahit: string;
  let gudang: string;
  let cilacap: string;
  let held: SkillRow;
  let relatedHeld: SkillRow;
  let relatedWanted: SkillRow;
  let missing: SkillRow;
  let applicationId: string;

  beforeAll(async () => {
    b = await startBrowserTest();
    const { t } = b;
    company = await createCompany(t, { name: 'PT Maju Jaya' });
    dewi = await createSeeker(t, { fullName: 'Dewi Lestari' });
    budi = await createSeeker(t, { fullName: 'Budi Santoso' });

    // Skills: one dewi holds, a pair of related skills (she holds one, the vacancy wants the other),
    // and one she lacks that is related to neither of hers.
    const relation = (await t.db.query(`SELECT from_skill_id, to_skill_id FROM skill_relations ORDER BY from_skill_id, to_skill_id LIMIT 1`)).rows[0];
    const byId = async (id: number): Promise<SkillRow> => (await t.db.query(`SELECT id, name_id FROM skills WHERE id = $1`, [id])).rows[0];
    relatedHeld = await byId(relation.from_skill_id);
    relatedWanted = await byId(relation.to_skill_id);
    const unrelated = (ids: number[]) =>
      t.db.query(
        `SELECT id, name_id FROM skills s WHERE s.id <> ALL($1::int[])
           AND NOT EXISTS (SELECT 1 FROM skill_relations r WHERE (r.from_skill_id = s.id AND r.to_skill_id = ANY($1::int[])) OR (r.to_skill_id = s.id AND r.from_skill_id = ANY($1::int[])))
         ORDER BY s.id LIMIT 2`,
        [ids],
      );
    const [first, second] = (await unrelated([relatedHeld.id, relatedWanted.id])).rows as SkillRow[];
    held = first!;
    missing = second!;
    await t.db.query(`DELETE FROM job_seeker_skills WHERE seeker_id = $1`, [dewi.id]);
    await t.db.query(`INSERT INTO job_seeker_skills (seeker_id, skill_id, level) VALUES ($1, $2, 4), ($1, $3, 3)`, [dewi.id, held.id, relatedHeld.id]);

    jahit = await createVacancy(t, company.id, { title: 'Operator Jahit' });
    gudang = await createVacancy(t, company.id, { title: 'Staf Gudang' });
    cilacap = await createVacancy(t, company.id, { title: 'Penjahit Cilacap' });
    await t.db.query(`UPDATE vacancies SET regency_code = '3301' WHERE id = $1`, [cilacap]);
    await t.db.query(`INSERT INTO vacancy_skills (vacancy_id, skill_id, importance, weight) VALUES ($1, $2, 'required', 2), ($1, $3, 'required', 1), ($1, $4, 'required', 1)`, [
      jahit,
      held.id,
      relatedWanted.id,
      missing.id,
    ]);
    await t.db.query(`UPDATE vacancies SET accommodations = '{wheelchair_access}' WHERE id = $1`, [jahit]);

    await storeJobList(t.db, dewi.id, [
      { id: jahit, score: 0.87, components: [0.7, 1, 1, 1, 1, 1, 1, -1] },
      { id: gudang, score: 0.43, components: [0.2, 1, 0.5, 1, 0.5, 0, 0, -1] },
    ]);
    applicationId = (
      await t.db.query(`INSERT INTO applications (vacancy_id, seeker_id, employer_id) VALUES ($1, $2, $3) RETURNING id`, [jahit, dewi.id, company.id])
    ).rows[0].id;
    await storeCandidateList(t.db, jahit, [
      { id: dewi.id, score: 0.87, components: [0.7, 1, 1, 1, 1, 1, 1, -1] },
      { id: budi.id, score: 0.52, components: [0.3, 1, 1, 1, 0.4, 1, 0, -1] },
    ]);
  }, 120_000);
  afterAll(() => b.close());

  it('shows a seeker their recommendations with score, reasons, matched, related and missing skills, and the explanation', async () => {
    const { page } = b;
    await signIn(page, dewi, /\/profile$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Rekomendasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekomendasi pekerjaan' }).waitFor();
    const cards = page.getByTestId('job-match');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    const first = cards.first();
    await first.getByRole('heading', { name: 'Operator Jahit' }).waitFor();
    expect(await first.getByTestId('match-score').textContent()).toBe('87% · Sangat cocok');
    await first.getByTestId('skills-missing').getByText(`${relatedWanted.name_id} (sebagian dihitung lewat keterampilan yang mirip)`).waitFor();
    // The strongest reasons first: skills carry the most points (4 × 0.7 / 9 ≈ 31.1).
    const reasons = first.getByTestId('match-components').getByRole('listitem');
    expect(await reasons.count()).toBe(3);
    expect(await reasons.first().textContent()).toBe('Keterampilan70%bobot 4 · +31,1 poin');
    await first.getByTestId('skills-matched').getByText(held.name_id).waitFor();
    await first.getByTestId('skills-related').getByText(`Anda punya ${relatedHeld.name_id}, mirip dengan ${relatedWanted.name_id}`, { exact: false }).waitFor();
    // Both required skills she lacks are listed (the related one earns part of its credit).
    const missingItems = first.getByTestId('skills-missing').getByRole('listitem');
    expect(await missingItems.count()).toBe(2);
    const missingItem = missingItems.filter({ hasText: missing.name_id });
    await missingItem.getByText('Belum ada:').waitFor();
    const training = missingItem.getByRole('link', { name: `cari pelatihan ${missing.name_id}` });
    expect(await training.getAttribute('href')).toBe(`/trainings?skillId=${missing.id}&skill=${encodeURIComponent(missing.name_id)}`);
    await first.getByText('Di kabupaten/kota yang sama').waitFor();
    expect(await cards.nth(1).getByTestId('match-score').textContent()).toBe('43% · Cukup cocok');
    await expectAccessible(page, 'the seeker’s recommendations');

    await first.getByRole('link', { name: 'Mengapa skor ini? Operator Jahit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mengapa skor ini? Operator Jahit' }).waitFor();
    const explanation = page.getByTestId('explanation');
    expect(await explanation.getByTestId('why-not').count()).toBe(0);
    // Every component that counts, each with its weight.
    for (const name of ['Keterampilan', 'Pendidikan', 'Pengalaman', 'Lokasi', 'Upah', 'Jenis pekerjaan', 'Jabatan pilihan']) {
      await explanation.getByTestId('match-components').getByText(name, { exact: true }).waitFor();
    }
    await explanation.getByTestId('component-skills').getByText(/bobot 4 ·/).waitFor();
    await explanation.getByTestId('skills-missing').getByText(missing.name_id).waitFor();
    await expectAccessible(page, 'the explanation of one recommendation');

    // In English the names follow.
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Why this score? Operator Jahit' }).waitFor();
    await explanation.getByTestId('component-employmentType').getByText('Employment type').waitFor();
    await expectAccessible(page, 'the explanation in English');
    await page.getByLabel('Language').selectOption('id');
  });

  it('filters by the accommodations the seeker recorded, and asks to record them first when there are none', async () => {
    const { page, t } = b;
    await page.goto('/recommendations');
    await page.getByTestId('job-match').first().waitFor();
    await page.getByLabel('Hanya lowongan dengan akomodasi yang saya perlukan').check({ force: true });
    const refusal = page.getByTestId('no-accommodations');
    await refusal.getByText('Belum ada akomodasi yang dicatat').waitFor();
    await refusal.getByText('Anda belum mencatat akomodasi yang Anda perlukan', { exact: false }).waitFor();
    await refusal.getByRole('link', { name: 'Catat akomodasi yang Anda perlukan di profil' }).waitFor();
    expect(await page.getByTestId('job-match').count()).toBe(0);
    await expectAccessible(page, 'the accommodations filter without recorded accommodations');

    await t.db.query(
      `INSERT INTO job_seeker_disabilities (seeker_id, disabilities, accommodations, consent_given_at, consent_text_version)
       VALUES ($1, '{physical}', '{wheelchair_access}', now(), '2026-11-v1')`,
      [dewi.id],
    );
    await page.reload();
    await page.getByTestId('job-match').first().waitFor();
    await page.getByLabel('Hanya lowongan dengan akomodasi yang saya perlukan').check({ force: true });
    await page.getByTestId('matches-total').getByText('1 lowongan cocok.').waitFor();
    expect(await page.getByTestId('job-match').count()).toBe(1);
    await page.getByTestId('job-match').getByRole('heading', { name: 'Operator Jahit' }).waitFor();
    await expectAccessible(page, 'recommendations offering the recorded accommodations');
  });

  it('explains from a vacancy’s page why it is not recommended', async () => {
    const { page } = b;
    await visit(page, `/vacancies/${cilacap}`, 'Penjahit Cilacap');
    await page.getByRole('link', { name: 'Seberapa cocok lowongan ini untuk saya?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mengapa skor ini? Penjahit Cilacap' }).waitFor();
    await page.getByTestId('why-not').getByRole('listitem').filter({ hasText: 'Di luar jangkauan lokasi' }).waitFor();
    await page.getByText(/Jarak sekitar \d+/).waitFor();
    await expectAccessible(page, 'why a vacancy is not recommended, for the seeker');
  });

  it('says the list is being calculated, and shows it when it arrives', async () => {
    const { page, t } = b;
    await signIn(page, budi, /\/profile$/);
    await visit(page, '/recommendations', 'Rekomendasi pekerjaan');
    await page.getByTestId('matches-pending').getByText('Rekomendasi sedang dihitung', { exact: false }).waitFor();
    await expectAccessible(page, 'recommendations being calculated');
    await storeJobList(t.db, budi.id, [{ id: gudang, score: 0.66, components: [0.5, 1, 1, 1, 0.5, 1, 0, -1] }]);
    await page.getByTestId('job-match').getByRole('heading', { name: 'Staf Gudang' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('matches-pending').count()).toBe(0);
  });

  it('shows an employer the candidates of a vacancy with reasons and skills, never interest, and a link to the application', async () => {
    const { page } = b;
    await signIn(page, company.owner, /\/employer\/vacancies$/);
    await page.getByRole('link', { name: 'Kandidat: Operator Jahit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidat: Operator Jahit' }).waitFor();
    const cards = page.getByTestId('candidate');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    await cards.first().getByRole('heading', { name: 'Dewi Lestari' }).waitFor();
    expect(await cards.first().getByTestId('match-score').textContent()).toBe('87% · Sangat cocok');
    await cards.first().getByTestId('skills-matched').getByText(held.name_id).waitFor();
    await cards.first().getByTestId('skills-related').getByText(`Punya ${relatedHeld.name_id}, mirip dengan ${relatedWanted.name_id}`, { exact: false }).waitFor();
    // An employer is not pointed to training searches, and never sees interest fit.
    expect(await cards.first().getByRole('link', { name: /cari pelatihan/ }).count()).toBe(0);
    expect(await page.getByText('Kecocokan minat').count()).toBe(0);
    await cards.nth(1).getByText('Belum melamar lowongan ini.').waitFor();
    await expectAccessible(page, 'the vacancy’s candidates');

    await cards.first().getByRole('link', { name: 'Lihat lamaran Dewi Lestari' }).click();
    await page.waitForURL(new RegExp(`/employer/vacancies/${jahit}/applicants$`));
    await page.getByRole('link', { name: 'Kandidat yang cocok untuk lowongan ini' }).waitFor();
    expect(applicationId).toBeTruthy();
  });

  it('shows a counsellor a seeker’s recommendations and why a vacancy is not among them', async () => {
    const { page, t } = b;
    const counsellor = await staffUser(t.http, t.db, 'counsellor', '3374');
    await signIn(page, counsellor, /\/counsellor\/cases$/);
    await page.goto(`/counsellor/seekers/${dewi.id}/assessments`);
    await page.getByRole('link', { name: 'Rekomendasi & mengapa tidak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekomendasi & mengapa tidak: Dewi Lestari' }).waitFor();
    const cards = page.getByTestId('job-match');
    await cards.first().getByRole('heading', { name: 'Operator Jahit' }).waitFor();
    await cards.first().getByTestId('skills-related').getByText(`Punya ${relatedHeld.name_id}`, { exact: false }).waitFor();
    await expectAccessible(page, 'a seeker’s recommendations for the counsellor');

    const box = page.getByTestId('why-not-box');
    await box.getByLabel('Judul lowongan').fill('Penjahit Cilacap');
    await box.getByRole('button', { name: 'Cari' }).click();
    await box.getByRole('button', { name: 'Jelaskan: Penjahit Cilacap · PT Maju Jaya' }).click();
    const whyNot = box.getByTestId('why-not');
    await whyNot.getByText('Mengapa tidak direkomendasikan').waitFor();
    await whyNot.getByRole('listitem').filter({ hasText: 'Di luar jangkauan lokasi' }).waitFor();
    await box.getByText('Skor seandainya tidak dikecualikan:').waitFor();
    await expectAccessible(page, 'the counsellor’s why-not box');

    await box.getByRole('link', { name: 'Buka penjelasan lengkap' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mengapa skor ini? Penjahit Cilacap' }).waitFor();
    await page.getByText('Dewi Lestari · PT Maju Jaya').waitFor();
    await page.getByTestId('why-not').getByText('Di luar jangkauan lokasi').waitFor();
    await expectAccessible(page, 'the full why-not explanation');
  });

  it('lets an admin change the weights with a reason, showing a refused weight next to its field', async () => {
    const { page, t } = b;
    const admin = await staffUser(t.http, t.db, 'admin');
    await signIn(page, admin, /\/admin\/employers$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Bobot pencocokan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bobot pencocokan' }).waitFor();
    await page.getByTestId('status-lists').getByText(/Daftar tersimpan: 2 pencari kerja, 1 lowongan/).waitFor();
    await page.getByTestId('status-pending').waitFor();
    await expectAccessible(page, 'the matching weights');

    const skills = page.getByRole('textbox', { name: 'Keterampilan' });
    expect(await skills.inputValue()).toBe('4');
    await skills.fill('11');
    await page.getByLabel('Alasan perubahan').fill('Uji coba bobot untuk kabupaten percontohan');
    await page.getByRole('button', { name: 'Simpan bobot' }).click();
    await page.getByTestId('weights-refused').waitFor();
    await page.getByText('weights.skills must be a number from 0 to 10').waitFor();
    expect(await skills.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'a refused weight');

    await skills.fill('3,5');
    await page.getByRole('button', { name: 'Simpan bobot' }).click();
    await page.getByTestId('weights-saved').waitFor();
    expect(await skills.inputValue()).toBe('3,5');
    await page.getByTestId('weights-history-table').getByText('Uji coba bobot untuk kabupaten percontohan').waitFor();
    const stored = await t.db.query(`SELECT weights, reason FROM match_weight_sets WHERE active`);
    expect(stored.rows[0].weights.skills).toBe(3.5);
    await expectAccessible(page, 'saved weights');
  });

  it('keeps the matching pages to their roles', async () => {
    const { page, t } = b;
    const other = await registerUser(t.http, { fullName: 'Rudi Hartono' });
    await signIn(page, other, /\/profile$/);
    await page.goto('/admin/matching');
    await page.waitForURL((url) => url.pathname === '/');
    // A job seeker without a profile is told to complete it rather than shown someone's match.
    await visit(page, `/recommendations/${jahit}/why`, 'Mengapa skor ini?');
    await page.getByRole('alert').getByText(/complete your profile/).waitFor();
  });
});
