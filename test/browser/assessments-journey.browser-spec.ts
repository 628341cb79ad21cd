import type { INestApplicationContext } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { staffUser } from '../support/job-seekers.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The whole journey against the real API and worker: a seeker of Kota Semarang takes both
// inventories in the browser and sees results and suggestions; the Semarang counsellor sees them
// with their flags and metrics.

async function logIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

/**
 * Answers every page in order with `answer(position)` (null = "Lewati"). Before the last page is
 * sent, the server's page times are moved back, as if the seeker had taken a few minutes: a bot
 * clicking in milliseconds would (rightly) be flagged as too fast.
 */
async function answerAll(b: BrowserTest, assessmentId: string, answer: (position: number) => number | null): Promise<void> {
  const { page } = b;
  for (;;) {
    const heading = await page.getByTestId('page-heading').textContent();
    const [, current, total] = /(\d+) dari (\d+)/.exec(heading ?? '') ?? [];
    const items = page.getByTestId('item');
    await items.first().waitFor();
    for (const item of await items.all()) {
      const legend = (await item.locator('legend').textContent()) ?? '';
      const position = Number(/Pernyataan (\d+):/.exec(legend)?.[1]);
      const value = answer(position);
      await item.locator(`input[value="${value ?? 'skip'}"]`).check();
    }
    if (current === total) {
      await b.t.db.query(`UPDATE assessment_pages SET served_at = served_at - interval '10 minutes' WHERE assessment_id = $1`, [assessmentId]);
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      return;
    }
    await page.getByRole('button', { name: 'Simpan dan lanjut', exact: true }).click();
    await page.getByTestId('page-heading').getByText(`Halaman ${Number(current) + 1} dari ${total}`).waitFor();
  }
}

const idOf = (page: Page) => /\/assessments\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

describe('assessments from start to counsellor, real API and worker (browser)', () => {
  let b: BrowserTest;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    b = await startBrowserTest();
    worker = await b.t.startWorker();
  });
  afterAll(async () => {
    await worker?.close().catch(() => undefined);
    await b.close();
  });

  it('a seeker takes both inventories and sees results and suggestions; the counsellor sees them with flags', async () => {
    const { page, t } = b;
    const seeker = await registerUser(t.http, { fullName: 'Ayu Kartika' });
    await t.db.query(
      `INSERT INTO job_seekers (user_id, domicile_regency_code) VALUES ($1, '3374')
       ON CONFLICT (user_id) DO UPDATE SET domicile_regency_code = EXCLUDED.domicile_regency_code`,
      [seeker.id],
    );
    const counsellor = await staffUser(t.http, t.db, 'counsellor', '3374');

    await logIn(page, seeker, /\/profile$/);
    await page.getByRole('link', { name: 'Tes minat & kepribadian' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tes minat & kepribadian' }).waitFor();
    await page.getByTestId('instrument-personality').waitFor();
    await expectAccessible(page, 'the list of tests (real API)');

    // Interests: social and enterprising liked most, investigative and conventional tied; one skip.
    await page.getByTestId('instrument-interest').getByRole('button').click();
    await page.getByTestId('page-heading').getByText('Halaman 1 dari').waitFor();
    await expectAccessible(page, 'the first page of the interest test (real API)');
    const riasec = idOf(page);
    const byLetter = [2, 3, 1, 5, 4, 3]; // R I A S E C, in the interleaved order of the items
    await answerAll(b, riasec, (position) => (position === 1 ? null : byLetter[(position - 1) % 6]));
    await page.waitForURL(/\/result$/);
    await page.getByRole('heading', { level: 1, name: 'Hasil tes minat kerja' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('holland-code').getByText('S E I = C', { exact: true }).waitFor();
    expect(await page.getByRole('img', { name: /Skor enam minat kerja/ }).locator('rect').count()).toBe(6);
    // One skipped statement is a warning, so the result comes with the caution banner.
    await page.getByTestId('caution-banner').waitFor();
    await page.getByTestId('suggestion').first().waitFor();
    await expectAccessible(page, 'the interest result (real API)');

    // Personality: ten answers a page, varied, none skipped.
    await page.getByRole('link', { name: 'Kembali ke daftar tes' }).click();
    await page.getByTestId('instrument-personality').getByRole('button').click();
    await page.getByTestId('page-heading').getByText('Halaman 1 dari').waitFor();
    const ipip = idOf(page);
    await answerAll(b, ipip, (position) => ((position * 2) % 5) + 1);
    await page.getByRole('heading', { level: 1, name: 'Hasil tes kepribadian' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('img', { name: /Skor lima sifat kepribadian/ }).locator('rect').count()).toBe(5);
    await page.getByTestId('explanations').waitFor();
    await expectAccessible(page, 'the personality result (real API)');
    await page.getByRole('button', { name: 'Keluar' }).click();

    // The counsellor of Kota Semarang.
    await logIn(page, counsellor, /\/counsellor\/cases$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Hasil tes pencari kerja' }).click();
    await page.waitForURL(/\/counsellor\/assessments$/);
    const rows = page.getByTestId('counsellor-row').filter({ hasText: 'Ayu Kartika' });
    await rows.nth(1).waitFor();
    await rows.first().getByText('Perlu hati-hati').or(rows.first().getByText('Sah')).first().waitFor();
    await expectAccessible(page, 'the counsellor’s recent results (real API)');
    await rows.first().getByRole('link', { name: 'Ayu Kartika' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hasil tes Ayu Kartika' }).waitFor();
    const results = page.getByTestId('counsellor-result');
    await results.nth(1).waitFor();
    expect(await results.count()).toBe(2);
    const interest = results.filter({ hasText: 'Hasil tes minat kerja' });
    await interest.getByTestId('flags').getByText('Beberapa pernyataan dilewati.', { exact: false }).waitFor();
    await interest.getByRole('row', { name: /Pernyataan dilewati 1/ }).waitFor();
    await expectAccessible(page, 'one seeker’s results for the counsellor (real API)');
  });
});
