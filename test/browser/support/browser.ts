import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { defaultWebDistDir } from '../../../apps/api/src/web-app.js';
import { createTestContext, type TestContext } from '../../support/test-context.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** A cheap Android phone, the device most job seekers use. */
export const PHONE_VIEWPORT = { width: 360, height: 740 };
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface BrowserTest {
  t: TestContext;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * The API with the built web app on a free port, over a database of this file's own, and Debian's
 * Chromium with a fresh profile at phone size.
 */
export async function startBrowserTest(): Promise<BrowserTest> {
  if (!existsSync(join(defaultWebDistDir(), 'index.html'))) {
    throw new Error('No web app build in apps/web/dist; npm test builds it (node -e "import(\'./scripts/bootstrap.mjs\').then((m) => m.buildWebApp())").');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; npm test installs it (apt-get install -y chromium).`);
  const t = await createTestContext();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('The API is not listening on a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const profileDir = mkdtempSync(join(tmpdir(), 'kerjaku-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: PHONE_VIEWPORT,
    baseURL: baseUrl,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    // No animations: a click during a panel's opening transition can miss its target on a busy machine.
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  // The app's own errors explain a failing test better than a timeout does.
  page.on('pageerror', (error) => process.stderr.write(`[browser] page error: ${error.message}\n`));
  page.on('console', (message) => {
    if (message.type() === 'error') process.stderr.write(`[browser] console: ${message.text()}\n`);
  });
  return {
    t,
    baseUrl,
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
      await t.close();
    },
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Runs axe-core on the page as it is now; fails on any serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length > 0) {
    const report = serious
      .map((violation) => `- [${violation.impact}] ${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`)
      .join('\n');
    throw new Error(`Accessibility violations on ${what} (${page.url()}):\n${report}`);
  }
}

/** Opens `path`, waits for its heading, and checks it with axe. */
export async function visit(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).first().waitFor();
  await expectAccessible(page, path);
}

/** The refresh token the app keeps on this device. */
export function storedRefreshToken(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('kerjaku.refreshToken'));
}
