import type { Page } from 'playwright-core';
import { createCompany, type Company } from '../support/exchange-fixtures.js';
import { vacancyBody } from '../support/exchange.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { completeProfile, referenceCodes } from '../support/job-seekers.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// A real journey: the API marks what changed, the matching worker matches it, and the pages show the
// lists it stored. Nothing here is written into the match tables by the test.

async function signIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await page.goto('/login');
  await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

describe('recommendations computed by the matching worker (browser, phone size)', () => {
  let b: BrowserTest;
  let company: Company;
  let vacancyId: string;
  let seeker: RegisteredUser;

  beforeAll(async () => {
    b = await startBrowserTest();
    const { t } = b;
    const codes = await referenceCodes(t.db);
    company = await createCompany(t, { name: 'PT Garmen Sejahtera' });
    const auth = { type: 'bearer' } as const;
    const draft = await t.http
      .post('/api/vacancies')
      .auth(company.owner.accessToken, auth)
      .send(vacancyBody({ occupationCode: codes.occupationCode, title: 'Penjahit Garmen Senior', skills: [{ skillId: codes.skillIds[0], importance: 'required', weight: 2 }] }))
      .expect(201);
    vacancyId = draft.body.id;
    await t.http.post(`/api/vacancies/${vacancyId}/publish`).auth(company.owner.accessToken, auth).expect(200);
    seeker = await registerUser(t.http, { fullName: 'Siti Aminah' });
    await t.startWorker();
  }, 120_000);
  afterAll(() => b.close());

  it('a new seeker waits while the list is computed, then sees the vacancy with its reasons and explanation', async () => {
    const { page, t } = b;
    await signIn(page, seeker, /\/profile$/);
    await visit(page, '/recommendations', 'Rekomendasi pekerjaan');
    await page.getByTestId('matches-pending').waitFor();
    await expectAccessible(page, 'recommendations before the first match');

    // Completing the profile through the API is a change the worker matches; the page asks again by itself.
    await completeProfile(t.http, seeker, await referenceCodes(t.db));
    const card = page.getByTestId('job-match').filter({ hasText: 'Penjahit Garmen Senior' });
    await card.getByRole('heading', { name: 'Penjahit Garmen Senior' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('matches-pending').count()).toBe(0);
    await card.getByTestId('match-score').waitFor();
    await card.getByTestId('component-skills').waitFor();
    expect(await card.getByTestId('skills-matched').count()).toBe(1);
    await expectAccessible(page, 'recommendations computed by the worker');

    await card.getByRole('link', { name: 'Mengapa skor ini? Penjahit Garmen Senior' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mengapa skor ini? Penjahit Garmen Senior' }).waitFor();
    expect(await page.getByTestId('why-not').count()).toBe(0);
    await expectAccessible(page, 'the explanation of a computed recommendation');
  });

  it('shows the employer the seeker among the vacancy’s candidates', async () => {
    const { page } = b;
    await signIn(page, company.owner, /\/employer\/vacancies$/);
    await page.getByRole('link', { name: 'Kandidat: Penjahit Garmen Senior' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidat: Penjahit Garmen Senior' }).waitFor();
    await page.getByTestId('candidate').getByRole('heading', { name: 'Siti Aminah' }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('Kecocokan minat').count()).toBe(0);
    await expectAccessible(page, 'candidates computed by the worker');
  });
});
