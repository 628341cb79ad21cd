import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

describe('language (browser)', () => {
  let b: BrowserTest;
  beforeAll(async () => {
    b = await startBrowserTest();
    // No vacancies route on this page's concern: answer the search with an empty page.
    await b.page.route('**/api/vacancies?*', (route) => route.fulfill({ json: { items: [], total: 0, page: 1, limit: 10 } }));
  });
  afterAll(() => b.close());

  it('speaks Bahasa Indonesia by default, switches to English, and remembers the choice', async () => {
    const { page } = b;
    await visit(page, '/', 'Cari lowongan kerja');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.getByRole('link', { name: 'Masuk' }).waitFor();

    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Find a job' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'the search page in English');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Find a job' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await visit(page, '/login', 'Log in');

    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
  });

  it('shows public pages that need no account: card verification and not found', async () => {
    const { page } = b;
    await visit(page, '/verify/3374-2026-999999', 'Periksa kartu AK/1');
    await page.getByText('Kartu tidak ditemukan').waitFor();
    await visit(page, '/no-such-page', 'Halaman tidak ditemukan');
  });

  it('announces loading accessibly while an answer is slow', async () => {
    const { page } = b;
    await page.route('**/api/ak1/verify/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.fallback();
    });
    await page.goto('/verify/3374-2026-000002');
    await page.getByRole('status').filter({ hasText: 'Memuat' }).waitFor();
    await expectAccessible(page, 'a page while it loads');
    await page.getByText('Kartu tidak ditemukan').waitFor();
    await page.unroute('**/api/ak1/verify/**');
  });

  it('sends people who are not logged in to the login page, and back after it', async () => {
    const { page } = b;
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/notifications');
  });
});
