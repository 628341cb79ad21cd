import type { Route } from 'playwright-core';
import { expectAccessible, PHONE_VIEWPORT, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The vacancy routes are built on another branch (feat/employers-vacancies); until the branches
// are merged this file answers GET /api/vacancies from fixtures shaped exactly like the contract's,
// and checks what the page asks for and how it shows the answer.
const EMPLOYER = { id: '6a1f3c2e-3b7a-4d7e-9a51-0c3f1e6d2b10', name: 'PT Maju Jaya' };
const vacancies = Array.from({ length: 25 }, (_, index) => ({
  id: `0b6f8a4e-2a53-4c43-9a0e-${String(index).padStart(12, '0')}`,
  title: index === 0 ? 'Tukang Las Listrik' : `Operator Produksi ${index}`,
  employer: EMPLOYER,
  regency: { code: '3374', name: 'Kota Semarang' },
  isRemote: false,
  wageMin: 2_500_000,
  wageMax: 3_200_000,
  employmentType: 'full_time',
  publishedAt: '2026-11-01T02:00:00.000Z',
  deadline: '2026-12-31',
  highlight: {
    title: index === 0 ? 'Tukang <mark>Las</mark> Listrik' : `Operator Produksi ${index}`,
    description: 'Mengoperasikan mesin <mark>las</mark> di pabrik &amp; gudang',
  },
}));

describe('vacancy search (browser)', () => {
  let b: BrowserTest;
  const requests: URLSearchParams[] = [];

  beforeAll(async () => {
    b = await startBrowserTest();
    await b.page.route(/\/api\/vacancies(\?|$)/, (route: Route) => {
      const params = new URL(route.request().url()).searchParams;
      requests.push(params);
      const page = Number(params.get('page') ?? 1);
      const limit = Number(params.get('limit') ?? 20);
      return route.fulfill({ json: { items: vacancies.slice((page - 1) * limit, page * limit), total: vacancies.length, page, limit } });
    });
    await b.page.route(/\/api\/vacancies\/[0-9a-f-]+$/, (route: Route) => {
      const id = route.request().url().split('/').pop();
      const summary = vacancies.find((vacancy) => vacancy.id === id);
      if (!summary) return route.fulfill({ status: 404, json: { statusCode: 404, error: 'Not Found', message: 'No such vacancy' } });
      return route.fulfill({
        json: {
          ...summary,
          status: 'published',
          employer: { ...EMPLOYER, verified: true },
          occupationCode: '7212',
          description: 'Mengoperasikan mesin las di pabrik.\nSif pagi dan malam.',
          openings: 3,
          educationMin: 'SMK',
          fieldsOfStudy: [],
          experienceMinMonths: 12,
          accommodations: ['wheelchair_access'],
          skills: [{ skillId: 'c1', name: { id: 'Pengelasan', en: 'Welding' }, importance: 'required' }],
        },
      });
    });
  });
  afterAll(() => b.close());

  it('lists vacancies with the matches highlighted, at phone width without sideways scrolling', async () => {
    const { page } = b;
    await visit(page, '/', 'Cari lowongan kerja');
    await page.getByRole('heading', { name: '25 lowongan ditemukan' }).waitFor();
    expect(await page.getByTestId('vacancy-card').count()).toBe(10);
    const first = page.getByTestId('vacancy-card').first();
    expect(await first.locator('mark').first().textContent()).toBe('Las');
    // Only <mark> is kept from the highlight; entities are shown as text.
    expect(await first.textContent()).toContain('pabrik & gudang');
    expect(await first.textContent()).toContain('Kota Semarang');
    const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  });

  it('sends the query, regency, filters and sort, and keeps them in the address', async () => {
    const { page } = b;
    await page.getByLabel('Pekerjaan, keahlian atau perusahaan').fill('las');
    await page.getByRole('combobox', { name: 'Kabupaten atau kota' }).click();
    await page.getByRole('combobox', { name: 'Kabupaten atau kota' }).fill('Kota Semarang');
    await page.getByRole('option', { name: 'Kota Semarang' }).click();
    await page.getByRole('combobox', { name: 'Urutkan' }).click();
    await page.getByRole('option', { name: 'Terbaru' }).click();
    await page.getByRole('button', { name: 'Filter lainnya' }).click();
    await page.getByLabel('Hanya kerja jarak jauh').check();
    await page.getByLabel('Upah bulanan minimal (Rp)').fill('2500000');
    await expectAccessible(page, 'the search form with filters open');
    // Wait for the search itself: the previous answer has the same count, so the heading proves nothing.
    const searched = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/vacancies' && new URL(request.url()).searchParams.get('q') === 'las');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const sent = new URL((await searched).url()).searchParams;
    await page.waitForURL(/q=las/);
    expect(sent.get('regency')).toBe('3374');
    expect(sent.get('sort')).toBe('newest');
    expect(sent.get('remote')).toBe('true');
    expect(sent.get('minWage')).toBe('2500000');
    expect(sent.get('page')).toBe('1');
  });

  it('pages through the results', async () => {
    const { page } = b;
    await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
    await page.waitForURL(/page=2/);
    await page.getByText('Operator Produksi 10', { exact: true }).waitFor();
    expect(requests[requests.length - 1].get('page')).toBe('2');
    expect(requests[requests.length - 1].get('q')).toBe('las');
    await expectAccessible(page, 'the second page of results');
    await page.goBack();
    await page.getByText('Tukang Las Listrik').waitFor();
  });

  it('opens a vacancy and asks a visitor to log in to apply', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Tukang Las Listrik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tukang Las Listrik' }).waitFor();
    await page.getByText('Pengelasan (wajib)').waitFor();
    await page.getByText('Akses kursi roda').waitFor();
    await expectAccessible(page, 'the vacancy page');
    await page.getByRole('link', { name: 'Masuk sebagai pencari kerja untuk melamar' }).click();
    await page.waitForURL(/\/login\?next=/);
  });
});
