import type { Page } from 'playwright-core';
import { createCompany } from '../support/exchange-fixtures.js';
import { vacancyBody } from '../support/exchange.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { completeProfile, referenceCodes, staffUser } from '../support/job-seekers.js';
import { createCentre, openCohort, publishedProgramme, type Centre } from '../support/training.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// Issue 6, journey 1: a seeker's recommendation lacks a skill; the missing skill leads to a training,
// the seeker applies, the instructor takes attendance and completes the cohort in the browser, and the
// matching worker re-matches the seeker, whose recommendation now counts the certified skill. Nothing
// here writes into the match tables: the API marks the change and the worker stores the new list.

async function signIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await page.goto('/login');
  await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

describe('an instructor completes a cohort and the seeker’s recommendations change (browser, phone size)', () => {
  let b: BrowserTest;
  let seeker: RegisteredUser;
  let centre: Centre;
  let skill: { id: number; name_id: string };
  const title = 'Penjahit Garmen Bordir';

  beforeAll(async () => {
    b = await startBrowserTest();
    const { t } = b;
    const codes = await referenceCodes(t.db);
    skill = (await t.db.query(`SELECT id, name_id FROM skills WHERE id <> ALL($1::int[]) ORDER BY id LIMIT 1`, [codes.skillIds])).rows[0];
    const company = await createCompany(t, { name: 'PT Bordir Semarang' });
    const auth = { type: 'bearer' } as const;
    const draft = await t.http
      .post('/api/vacancies')
      .auth(company.owner.accessToken, auth)
      .send(
        vacancyBody({
          occupationCode: codes.occupationCode,
          title,
          skills: [
            { skillId: codes.skillIds[0], importance: 'required', weight: 1 },
            { skillId: skill.id, importance: 'required', weight: 3 },
          ],
        }),
      )
      .expect(201);
    await t.http.post(`/api/vacancies/${draft.body.id}/publish`).auth(company.owner.accessToken, auth).expect(200);
    seeker = await registerUser(t.http, { fullName: 'Sari Rahayu' });
    await completeProfile(t.http, seeker, codes);
    centre = await createCentre(t);
    const programmeId = await publishedProgramme(t, centre, { title: 'Bordir Mesin Komputer', skills: [skill.id] });
    await openCohort(t, centre, programmeId, { capacity: 5, selection: false });
    await t.startWorker();
  }, 120_000);
  afterAll(() => b.close());

  it('the missing skill leads the seeker to a training, where they take a place', async () => {
    const { page } = b;
    await signIn(page, seeker, /\/profile$/);
    await visit(page, '/recommendations', 'Rekomendasi pekerjaan');
    const card = page.getByTestId('job-match').filter({ hasText: title });
    await card.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });
    await card.getByTestId('skills-missing').getByText(skill.name_id, { exact: false }).waitFor();

    // The skills missed most often, with the programme that teaches this one and its nearest cohort.
    await page.getByRole('link', { name: 'Keterampilan yang sering diminta dan pelatihannya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keterampilan yang paling sering diminta yang belum Anda miliki' }).waitFor();
    const gap = page.getByTestId('skill-gap').filter({ has: page.getByRole('heading', { name: skill.name_id, exact: true }) });
    await gap.getByText('Diminta oleh 1 lowongan').waitFor();
    await gap.getByText('Bordir Mesin Komputer').waitFor();
    await gap.getByText('Sisa 5 tempat', { exact: false }).waitFor();
    await expectAccessible(page, 'the seeker’s skill gaps');
    await page.goBack();
    await card.getByTestId('skills-missing').getByRole('link', { name: `cari pelatihan ${skill.name_id}` }).click();

    await page.getByRole('heading', { level: 1, name: 'Cari pelatihan' }).waitFor();
    await page.getByTestId('skill-filter').getByText(`Pelatihan untuk keterampilan: ${skill.name_id}`).waitFor();
    const training = page.getByTestId('training').filter({ hasText: 'Bordir Mesin Komputer' });
    await expectAccessible(page, 'trainings for the missing skill');
    await training.getByRole('button', { name: /^Daftar Bordir Mesin Komputer angkatan/ }).click();
    await page.getByTestId('apply-result').getByText('Anda diterima.').waitFor();
  });

  it('shows the seeker’s counsellor the same gaps', async () => {
    const { page, t } = b;
    const counsellor = await staffUser(t.http, t.db, 'counsellor', '3374');
    await signIn(page, counsellor, /\/counsellor\/cases$/);
    await visit(page, `/counsellor/seekers/${seeker.id}/matches`, 'Rekomendasi & mengapa tidak');
    await page.getByRole('link', { name: 'Keterampilan yang kurang dan pelatihannya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keterampilan yang paling sering diminta yang belum dimiliki pencari kerja ini' }).waitFor();
    await page.getByTestId('skill-gap').getByRole('heading', { name: skill.name_id, exact: true }).waitFor();
    await expectAccessible(page, 'a seeker’s skill gaps for the counsellor');
  });

  it('the instructor takes attendance and completes the cohort', async () => {
    const { page } = b;
    await signIn(page, centre.instructor, /\/training\/centre$/);
    await visit(page, '/training/cohorts', 'Angkatan');
    await page.getByTestId('cohort').getByRole('link', { name: /Bordir Mesin Komputer, angkatan/ }).click();
    await page.getByRole('heading', { level: 1, name: /Bordir Mesin Komputer, angkatan/ }).waitFor();
    await page.getByRole('link', { name: /^Sesi 1: .*isi kehadiran$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kehadiran sesi 1' }).waitFor();
    await page.getByRole('group', { name: 'Sari Rahayu' }).getByRole('radio', { name: 'Hadir', exact: true }).check();
    await page.getByTestId('attendance-count').getByText('1 dari 1 sudah diisi').waitFor();
    await page.getByRole('link', { name: 'Kembali ke angkatan' }).click();
    await page.getByRole('button', { name: 'Luluskan seluruh angkatan' }).click();
    await page.getByText('1 sertifikat diterbitkan.').waitFor();
    await page.getByTestId('enrolment').filter({ hasText: 'Sari Rahayu' }).getByTestId('enrolment-status').getByText('Lulus').waitFor();
    await expectAccessible(page, 'the completed cohort');
    const { rows } = await b.t.db.query(`SELECT source FROM job_seeker_skills WHERE seeker_id = $1 AND skill_id = $2`, [seeker.id, skill.id]);
    expect(rows).toEqual([{ source: 'certified' }]);
  });

  it('the seeker’s recommendation now counts the certified skill, and the certificate is theirs', async () => {
    const { page } = b;
    await signIn(page, seeker, /\/profile$/);
    await visit(page, '/recommendations', 'Rekomendasi pekerjaan');
    const card = page.getByTestId('job-match').filter({ hasText: title });
    // The worker re-matches the seeker after the certificate; the page shows the stored list on reload.
    const deadline = Date.now() + 30_000;
    for (;;) {
      await card.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
      if ((await card.getByTestId('skills-matched').getByText(skill.name_id, { exact: true }).count()) > 0) break;
      if (Date.now() > deadline) throw new Error('The recommendation did not count the certified skill within 30 s');
      await page.waitForTimeout(1_000);
      await page.reload();
    }
    expect(await card.getByTestId('skills-missing').getByText(skill.name_id, { exact: false }).count()).toBe(0);
    await expectAccessible(page, 'recommendations after the certificate');

    await page.getByRole('link', { name: 'Pelatihan saya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pelatihan saya' }).waitFor();
    await page.getByTestId('certificate').getByText(`Keterampilan tersertifikasi: ${skill.name_id}`).waitFor();
  });
});
