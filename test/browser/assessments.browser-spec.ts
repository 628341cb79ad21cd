import type { Page, Route } from 'playwright-core';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { eventually } from '../support/test-context.js';
import { expectAccessible, startBrowserTest, visit, type BrowserTest } from './support/browser.js';

// The assessment routes are built on another branch (feat/psy-backend). Until the merge, this file
// answers /api/assessments and /api/counsellor with fixtures shaped like the contract
// (/work/contract-psychometrics.md, section B), keeps the session state the way the server would,
// and checks what each page sends, what it shows, and that it passes axe. Login is real.

interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status?: number; json?: unknown };

const LABELS = { '1': 'Tidak suka', '2': 'Agak tidak suka', '3': 'Biasa saja', '4': 'Agak suka', '5': 'Suka' };
/** A short interest test: three pages of two statements (the real one has 48 on eight pages). */
const RIASEC_PAGES = [
  [
    { id: 'r1', position: 1, text: 'Menguji mutu suku cadang sebelum dikirim' },
    { id: 'i1', position: 2, text: 'Mempelajari struktur tubuh manusia' },
  ],
  [
    { id: 'a1', position: 3, text: 'Memimpin paduan suara' },
    { id: 's1', position: 4, text: 'Memberi bimbingan karier kepada orang lain' },
  ],
  [
    { id: 'e1', position: 5, text: 'Menjual waralaba restoran' },
    { id: 'c1', position: 6, text: 'Menyiapkan slip gaji bulanan kantor' },
  ],
];
const ITEM_COUNT = RIASEC_PAGES.flat().length;

const unnormed = (raw: number) => ({ raw, nMissing: 0, meanItem: raw / 8, pomp: ((raw - 8) / 32) * 100, band: null, z: null, T: null, percentile: null, sem: null, ci95: null });
const normed = (raw: number, band: 'low' | 'average' | 'high', percentile: number) => ({ ...unnormed(raw), band, z: 0, T: 50, percentile, sem: 2.1, ci95: [raw - 4, raw + 4] });

const INTEREST_RESULT = {
  assessmentId: 'a0000000-0000-4000-8000-000000000001',
  kind: 'interest',
  status: 'valid',
  flags: [],
  scales: { R: unnormed(30), I: unnormed(30), A: unnormed(25), S: unnormed(12), E: unnormed(10), C: unnormed(9) },
  holland: { code: 'RIA', ranking: 'RIASEC', ambiguous: true, tieWithinCode: true, tieAtBoundary: false, flat: false, gapsToNext: [0, 5, 13], distinctFromNext: [false, true, true] },
  consistency: 3,
  differentiation: { hollandRange: 21, iachanDI: 8.5, elevationMean: 19.3333 },
  explanations: {
    R: { id: 'Anda senang bekerja dengan tangan, alat dan mesin.', en: 'You enjoy working with your hands, tools and machines.' },
    I: { id: 'Anda senang meneliti dan memecahkan masalah.', en: 'You enjoy researching and solving problems.' },
  },
  normVersion: null,
  scoringVersion: '2026.1',
};
const PERSONALITY_RESULT = {
  assessmentId: 'b0000000-0000-4000-8000-000000000002',
  kind: 'personality',
  status: 'questionable',
  flags: [{ code: 'LONGSTRING', severity: 'warning', value: 11 }],
  scales: { E: normed(30, 'average', 52), A: normed(41, 'high', 88), C: normed(22, 'low', 12), ES: normed(33, 'average', 60), O: normed(36, 'high', 75), N: normed(27, 'average', 40) },
  explanations: { C: { id: 'Anda cenderung santai terhadap aturan dan jadwal.', en: 'You tend to be relaxed about rules and schedules.' } },
  normVersion: 'jateng-2026-11',
  scoringVersion: '2026.1',
};
const INVALID_RESULT = {
  assessmentId: 'c0000000-0000-4000-8000-000000000003',
  kind: 'interest',
  status: 'invalid',
  flags: [
    { code: 'ZERO_VARIANCE', severity: 'invalid', value: 0 },
    { code: 'FLAT_PROFILE', severity: 'invalid', value: null },
  ],
  scales: { R: unnormed(24), I: unnormed(24), A: unnormed(24), S: unnormed(24), E: unnormed(24), C: unnormed(24) },
  holland: { code: 'RIA', ranking: 'RIASEC', ambiguous: true, tieWithinCode: true, tieAtBoundary: true, flat: true },
  consistency: 3,
  differentiation: { hollandRange: 0, iachanDI: 0, elevationMean: 24 },
  explanations: {},
  normVersion: null,
  scoringVersion: '2026.1',
};
const METRICS = { nMissing: 0, longstring: 48, irv: 0, inconsistency: 0, pairsUsed: 8, meanItem: 3, secondsPerItem: 1.2, fastPages: 8 };
const SUGGESTIONS = {
  items: [
    {
      occupation: { code: '7212', title: { id: 'Tukang las', en: 'Welder' } },
      jobZone: 2,
      r: 0.81,
      band: 'best',
      cIndex: 15,
      sharedLetters: ['R', 'I'],
      vacancies: [{ id: '0b6f8a4e-2a53-4c43-9a0e-000000000001', title: 'Tukang Las Rangka', employer: 'PT Baja Semarang' }],
      trainings: [{ id: 't1', title: 'Pelatihan Las SMAW', centre: 'BLK Semarang' }],
    },
  ],
};

interface FakeSession {
  id: string;
  instrumentId: string;
  kind: 'interest' | 'personality';
  status: 'in_progress' | 'submitted' | 'scored';
  currentPage: number;
  answers: Map<string, number | null>;
  startedAt: string;
  submittedAt: string | null;
  resultPolls: number;
  refuseFirstSubmit: boolean;
}

/** The assessment API as the contract describes it, in memory. */
class FakeAssessmentApi {
  readonly calls: Call[] = [];
  readonly sessions = new Map<string, FakeSession>();

  constructor() {
    // A personality test taken earlier (scored, with norms) and an interest test answered carelessly.
    this.sessions.set(PERSONALITY_RESULT.assessmentId, this.session(PERSONALITY_RESULT.assessmentId, 'ipip-bfm-50', 'personality', 'scored'));
    this.sessions.set(INVALID_RESULT.assessmentId, this.session(INVALID_RESULT.assessmentId, 'riasec-48', 'interest', 'scored', '2026-11-01T02:00:00.000Z'));
  }

  private session(id: string, instrumentId: string, kind: 'interest' | 'personality', status: FakeSession['status'], startedAt = '2026-11-15T02:00:00.000Z'): FakeSession {
    return { id, instrumentId, kind, status, currentPage: status === 'in_progress' ? 0 : RIASEC_PAGES.length, answers: new Map(), startedAt, submittedAt: status === 'in_progress' ? null : startedAt, resultPolls: 0, refuseFirstSubmit: true };
  }

  private view(session: FakeSession) {
    return {
      id: session.id,
      instrumentId: session.instrumentId,
      instrumentVersion: '1.0.0',
      kind: session.kind,
      locale: 'id',
      status: session.status,
      pageCount: RIASEC_PAGES.length,
      currentPage: session.currentPage,
      answered: [...session.answers.values()].filter((value) => value !== null).length,
      itemCount: ITEM_COUNT,
    };
  }

  private resultOf(session: FakeSession) {
    if (session.id === PERSONALITY_RESULT.assessmentId) return PERSONALITY_RESULT;
    if (session.id === INVALID_RESULT.assessmentId) return INVALID_RESULT;
    return { ...INTEREST_RESULT, assessmentId: session.id };
  }

  handle(call: Call): Answer | undefined {
    const { method, path } = call;
    const notFound = { status: 404, json: { statusCode: 404, error: 'Not Found', message: 'Assessment not found' } };
    if (method === 'GET' && path === '/assessments/instruments') {
      return {
        json: [
          { id: 'riasec-48', version: '1.0.0', kind: 'interest', title: { id: 'Minat kerja RIASEC', en: 'RIASEC work interests' }, itemCount: 48, pageCount: 8, minutes: 8, translation: { id: { status: 'provisional', note: '' } } },
          { id: 'ipip-bfm-50', version: '1.0.0', kind: 'personality', title: { id: 'Kepribadian Lima Besar', en: 'Big Five personality' }, itemCount: 50, pageCount: 5, minutes: 10, translation: { id: { status: 'provisional', note: '' } } },
        ],
      };
    }
    if (method === 'GET' && path === '/assessments/mine') {
      const items = [...this.sessions.values()].map((s) => ({ id: s.id, instrumentId: s.instrumentId, kind: s.kind, status: s.status, startedAt: s.startedAt, submittedAt: s.submittedAt, resultStatus: s.status === 'scored' ? this.resultOf(s).status : null }));
      return { json: { items } };
    }
    if (method === 'POST' && path === '/assessments') {
      const { instrumentId } = call.body as { instrumentId: string };
      const open = [...this.sessions.values()].find((s) => s.instrumentId === instrumentId && s.status === 'in_progress');
      if (open) return { status: 200, json: this.view(open) };
      const id = `d0000000-0000-4000-8000-00000000000${this.sessions.size + 1}`;
      const created = this.session(id, instrumentId, instrumentId === 'riasec-48' ? 'interest' : 'personality', 'in_progress', new Date().toISOString());
      this.sessions.set(id, created);
      return { status: 201, json: this.view(created) };
    }
    const match = /^\/assessments\/([^/?]+)(\/.*)?$/.exec(path.split('?')[0]);
    if (match) {
      const session = this.sessions.get(match[1]);
      if (!session) return notFound;
      const rest = match[2] ?? '';
      if (method === 'GET' && rest === '') return { json: this.view(session) };
      const pageMatch = /^\/pages\/(\d+)$/.exec(rest);
      if (pageMatch) {
        const index = Number(pageMatch[1]);
        if (index > session.currentPage || index >= RIASEC_PAGES.length) return { status: 409, json: { statusCode: 409, error: 'Conflict', message: `Answer page ${session.currentPage + 1} first.` } };
        const items = RIASEC_PAGES[index];
        if (method === 'GET') {
          return { json: { index, pageCount: RIASEC_PAGES.length, scale: { min: 1, max: 5, labels: LABELS }, items: items.map((item) => ({ ...item, value: session.answers.has(item.id) ? session.answers.get(item.id) : null })) } };
        }
        if (method === 'PUT') {
          const { answers } = call.body as { answers: Array<{ itemId: string; value: number | null }> };
          const ids = answers.map((answer) => answer.itemId).sort();
          if (JSON.stringify(ids) !== JSON.stringify(items.map((item) => item.id).sort())) {
            return { status: 400, json: { statusCode: 400, error: 'Bad Request', message: 'answers must name every item of the page exactly once' } };
          }
          for (const answer of answers) session.answers.set(answer.itemId, answer.value);
          session.currentPage = Math.max(session.currentPage, index + 1);
          return { json: this.view(session) };
        }
      }
      if (method === 'POST' && rest === '/submit') {
        if (session.refuseFirstSubmit) {
          // As if one page had been lost (answered on another device): the server names it.
          session.refuseFirstSubmit = false;
          return { status: 409, json: { statusCode: 409, error: 'Conflict', message: 'Answer every page first; unanswered pages: 1', details: { unansweredPages: [1] } } };
        }
        session.status = 'submitted';
        session.submittedAt = new Date().toISOString();
        return { status: 202, json: { id: session.id, status: 'submitted' } };
      }
      if (method === 'GET' && rest === '/result') {
        if (session.status === 'in_progress') return { status: 409, json: { statusCode: 409, error: 'Conflict', message: 'This assessment is not submitted yet' } };
        if (session.status === 'submitted') {
          // The first poll finds the worker still scoring.
          session.resultPolls += 1;
          if (session.resultPolls < 2) return { status: 202, json: { status: 'submitted' } };
          session.status = 'scored';
        }
        return { json: this.resultOf(session) };
      }
      if (method === 'GET' && rest === '/suggestions') {
        if (this.resultOf(session).status === 'invalid') return { json: { items: [], none: 'invalid', message: { id: 'Hasil tidak sah.', en: 'The result is invalid.' } } };
        return { json: SUGGESTIONS };
      }
    }
    if (method === 'GET' && path.startsWith('/counsellor/assessments')) {
      return {
        json: {
          items: [
            { assessmentId: INVALID_RESULT.assessmentId, seeker: { id: SEEKER_ID, fullName: 'Wahyu Pratama' }, instrumentId: 'riasec-48', status: 'invalid', flags: INVALID_RESULT.flags, scoredAt: '2026-11-01T02:05:00.000Z' },
            { assessmentId: PERSONALITY_RESULT.assessmentId, seeker: { id: SEEKER_ID, fullName: 'Wahyu Pratama' }, instrumentId: 'ipip-bfm-50', status: 'questionable', flags: PERSONALITY_RESULT.flags, scoredAt: '2026-11-15T02:20:00.000Z' },
          ],
        },
      };
    }
    if (method === 'GET' && path === `/counsellor/seekers/${SEEKER_ID}/assessments`) {
      return {
        json: {
          seeker: { id: SEEKER_ID, fullName: 'Wahyu Pratama' },
          items: [
            { ...INVALID_RESULT, metrics: METRICS, flags: INVALID_RESULT.flags.map((flag) => ({ ...flag, message: flag.code === 'ZERO_VARIANCE' ? { id: 'Semua 48 jawaban sama (IRV = 0).', en: 'All 48 answers are the same (IRV = 0).' } : undefined })) },
            { ...PERSONALITY_RESULT, metrics: { ...METRICS, longstring: 11, irv: 1.21, inconsistency: 0.8, pairsUsed: 10, secondsPerItem: 5.5, fastPages: 0 } },
          ],
        },
      };
    }
    if (method === 'GET' && path.startsWith('/counsellor/seekers/')) return notFound;
    return undefined;
  }
}

const SEEKER_ID = 'e0000000-0000-4000-8000-000000000009';

function mockAssessmentApi(page: Page, fake: FakeAssessmentApi) {
  return page.route(/\/api\/(assessments|counsellor)(\/|\?|$)/, (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const call = { method: request.method(), path: url.pathname.replace(/^\/api/, '') + url.search, body: request.postDataJSON() as unknown };
    fake.calls.push(call);
    const answer = fake.handle(call);
    if (!answer) return route.fulfill({ status: 404, json: { statusCode: 404, error: 'Not Found', message: 'Not found in the fixture' } });
    return route.fulfill({ status: answer.status ?? 200, json: answer.json ?? {} });
  });
}

async function logIn(page: Page, user: RegisteredUser, landing: RegExp): Promise<void> {
  await visit(page, '/login', 'Masuk');
  await page.getByLabel('E-mail atau nomor HP').fill(user.email);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(landing);
}

/** The statement's group of answer buttons, found by its text. */
const statement = (page: Page, text: string) => page.getByRole('group', { name: new RegExp(text) });

describe('interest and personality tests against the contract (browser, phone size)', () => {
  let b: BrowserTest;
  const fake = new FakeAssessmentApi();

  beforeAll(async () => {
    b = await startBrowserTest();
    await mockAssessmentApi(b.page, fake);
  });
  afterAll(() => b.close());

  const puts = () => fake.calls.filter((call) => call.method === 'PUT');

  it('takes a test page by page with a skip, goes back, leaves and resumes', async () => {
    const { page } = b;
    const seeker = await registerUser(b.t.http, { fullName: 'Dewi Lestari' });
    await logIn(page, seeker, /\/profile$/);
    await page.getByRole('link', { name: 'Tes minat & kepribadian' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tes minat & kepribadian' }).waitFor();
    await page.getByTestId('instrument-interest').getByRole('heading', { name: 'Minat kerja RIASEC' }).waitFor();
    await page.getByRole('link', { name: 'Lihat hasil Kepribadian Lima Besar' }).waitFor();
    await expectAccessible(page, 'the list of tests');

    await page.getByRole('button', { name: 'Kerjakan lagi Minat kerja RIASEC' }).click();
    await page.getByRole('heading', { name: 'Halaman 1 dari 3' }).waitFor();
    expect(fake.calls.find((call) => call.method === 'POST' && call.path === '/assessments')?.body).toEqual({ instrumentId: 'riasec-48', locale: 'id' });
    expect(await page.getByRole('progressbar', { name: 'Kemajuan: halaman 1 dari 3' }).count()).toBe(1);
    // Every value of the scale is a radio button with its label, and skipping is one more.
    const first = statement(page, 'Menguji mutu suku cadang');
    for (const label of ['Tidak suka', 'Agak tidak suka', 'Biasa saja', 'Agak suka', 'Suka', 'Lewati']) await first.getByRole('radio', { name: label, exact: true }).waitFor();
    await expectAccessible(page, 'page 1 of the interest test');

    await first.getByRole('radio', { name: 'Suka', exact: true }).check();
    await page.getByRole('button', { name: 'Simpan dan lanjut' }).click();
    // Nothing is sent while a statement has neither an answer nor a skip.
    await page.getByTestId('choose-or-skip').waitFor();
    expect(puts()).toHaveLength(0);
    await expectAccessible(page, 'a page with a statement left open');
    await statement(page, 'struktur tubuh').getByRole('radio', { name: 'Lewati' }).check();
    await page.getByRole('button', { name: 'Simpan dan lanjut' }).click();
    await page.getByRole('heading', { name: 'Halaman 2 dari 3' }).waitFor();
    expect(puts()[0]).toMatchObject({ path: '/assessments/d0000000-0000-4000-8000-000000000003/pages/0', body: { answers: [{ itemId: 'r1', value: 5 }, { itemId: 'i1', value: null }] } });

    await statement(page, 'paduan suara').getByRole('radio', { name: 'Agak suka' }).check();
    await statement(page, 'bimbingan karier').getByRole('radio', { name: 'Biasa saja' }).check();
    await page.getByRole('button', { name: 'Simpan dan lanjut' }).click();
    await page.getByRole('heading', { name: 'Halaman 3 dari 3' }).waitFor();

    // Back to page 1: the saved answer and the skip are shown as chosen.
    await page.getByRole('button', { name: 'Sebelumnya' }).click();
    await page.getByRole('heading', { name: 'Halaman 2 dari 3' }).waitFor();
    await page.getByRole('button', { name: 'Sebelumnya' }).click();
    await page.getByRole('heading', { name: 'Halaman 1 dari 3' }).waitFor();
    expect(await statement(page, 'Menguji mutu').getByRole('radio', { name: 'Suka', exact: true }).isChecked()).toBe(true);
    expect(await statement(page, 'struktur tubuh').getByRole('radio', { name: 'Lewati' }).isChecked()).toBe(true);

    // Leave, and resume later at the first page not yet answered.
    await page.getByRole('button', { name: 'Berhenti dulu, lanjutkan nanti' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tes minat & kepribadian' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Lanjutkan Minat kerja RIASEC' }).click();
    await page.getByRole('heading', { name: 'Halaman 3 dari 3' }).waitFor();
    await page.getByText('3 dari 6 pernyataan sudah disimpan.').waitFor();
    // The result of a test not yet sent leads back to the test.
    await page.goto('/assessments/d0000000-0000-4000-8000-000000000003/result');
    await page.getByRole('heading', { name: 'Halaman 3 dari 3' }).waitFor();

    // In English the page speaks English, and the statements stay in the language the test began in.
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByTestId('locale-note').getByText('started in Indonesian', { exact: false }).waitFor();
    await statement(page, 'waralaba restoran').getByRole('radio', { name: 'Skip' }).waitFor();
    await expectAccessible(page, 'a test page in English, begun in Indonesian');
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('heading', { name: 'Halaman 3 dari 3' }).waitFor();
  });

  it('submits, shows the server’s refusal, then “being calculated”, then the result with chart and suggestions', async () => {
    const { page } = b;
    await statement(page, 'waralaba restoran').getByRole('radio', { name: 'Tidak suka', exact: true }).check();
    await statement(page, 'slip gaji').getByRole('radio', { name: 'Agak tidak suka' }).check();
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByTestId('submit-refused').getByText('Answer every page first; unanswered pages: 1').waitFor();
    await page.getByTestId('submit-refused').getByText('Halaman yang belum dijawab: 2.').waitFor();
    await expectAccessible(page, 'a refused submission');
    await page.getByRole('button', { name: 'Ke halaman yang belum dijawab' }).click();
    await page.getByRole('heading', { name: 'Halaman 2 dari 3' }).waitFor();
    await page.getByRole('button', { name: 'Simpan dan lanjut', exact: true }).click();
    await page.getByRole('heading', { name: 'Halaman 3 dari 3' }).waitFor();

    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.waitForURL(/\/result$/);
    await page.getByText('Hasil sedang dihitung').waitFor();
    await expectAccessible(page, 'the result being calculated');

    await page.getByRole('heading', { level: 1, name: 'Hasil tes minat kerja' }).waitFor({ timeout: 10_000 });
    // The tie between R and I is shown as a tie.
    await page.getByTestId('holland-code').getByText('R = I A', { exact: true }).waitFor();
    const chart = page.getByRole('img', { name: /Skor enam minat kerja/ });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('rect').count()).toBe(6);
    expect(await page.getByTestId('score-table').getByRole('row').count()).toBe(7);
    await page.getByRole('row', { name: /Realistis 30 69 dari 100/ }).waitFor();
    await page.getByText('Anda senang bekerja dengan tangan, alat dan mesin.').waitFor();
    await page.getByTestId('suggestion').getByRole('heading', { name: 'Tukang las' }).waitFor();
    await page.getByRole('link', { name: 'Tukang Las Rangka' }).waitFor();
    await page.getByText('Pelatihan Las SMAW · BLK Semarang').waitFor();
    expect(fake.calls.some((call) => call.path.endsWith('/suggestions?jobZones=2,3'))).toBe(true);
    await expectAccessible(page, 'the interest result');

    await page.getByLabel('Tingkat persiapan yang ingin dicapai').selectOption('4');
    await eventually(() => fake.calls.some((call) => call.path.endsWith('/suggestions?jobZones=2,4')), 5_000, 'suggestions for job zones 2 and 4');

    // The explanations follow the chosen language.
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Work interest test result' }).waitFor();
    await page.getByText('You enjoy working with your hands, tools and machines.').waitFor();
    await expectAccessible(page, 'the interest result in English');
    await page.getByLabel('Language').selectOption('id');
  });

  it('shows bands and the caution banner for a questionable personality result', async () => {
    const { page } = b;
    await visit(page, `/assessments/${PERSONALITY_RESULT.assessmentId}/result`, 'Hasil tes kepribadian');
    await page.getByTestId('caution-banner').getByText('Jawaban yang sama dipilih berturut-turut untuk banyak pernyataan.').waitFor();
    await page.getByRole('row', { name: /Keramahan 41 Tinggi \(persentil 88\)/ }).waitFor();
    expect(await page.getByRole('img', { name: /Skor lima sifat kepribadian/ }).locator('rect').count()).toBe(5);
    expect(await page.getByTestId('suggestions').count()).toBe(0);
  });

  it('shows the message and no suggestions for an invalid protocol', async () => {
    const { page } = b;
    const before = fake.calls.length;
    await visit(page, `/assessments/${INVALID_RESULT.assessmentId}/result`, 'Hasil tes minat kerja');
    await page.getByTestId('invalid-notice').getByText('Semua pernyataan dijawab dengan jawaban yang sama.').waitFor();
    expect(await page.getByTestId('suggestions').count()).toBe(0);
    expect(await page.getByTestId('score-chart').count()).toBe(0);
    expect(fake.calls.slice(before).some((call) => call.path.includes('/suggestions'))).toBe(false);
    await page.getByRole('button', { name: 'Keluar' }).click();
  });

  it('shows the counsellor recent results with flags, and a seeker’s results with flags and metrics', async () => {
    const { page, t } = b;
    const counsellor = await registerUser(t.http, { fullName: 'Sri Rahayu' });
    await t.db.query(`UPDATE users SET role = 'counsellor' WHERE id = $1`, [counsellor.id]);
    await logIn(page, counsellor, /\/counsellor\/cases$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Hasil tes pencari kerja' }).click();
    await page.waitForURL(/\/counsellor\/assessments$/);
    await page.getByRole('heading', { level: 1, name: 'Hasil tes pencari kerja' }).waitFor();
    const rows = page.getByTestId('counsellor-row');
    await rows.first().getByText('Tidak sah').waitFor();
    await rows.first().getByText('Semua pernyataan dijawab dengan jawaban yang sama.').waitFor();
    await rows.nth(1).getByText('Perlu hati-hati').waitFor();
    await expectAccessible(page, 'the counsellor’s recent results');

    await page.getByRole('link', { name: 'Wahyu Pratama' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hasil tes Wahyu Pratama' }).waitFor();
    const invalid = page.getByTestId('counsellor-result').first();
    await invalid.getByTestId('flags').getByText('Semua 48 jawaban sama (IRV = 0).').waitFor();
    await invalid.getByRole('row', { name: /Jawaban sama berturut-turut \(terpanjang\) 48/ }).waitFor();
    await invalid.getByRole('row', { name: /Detik per pernyataan 1,2/ }).waitFor();
    await invalid.getByText('Ajak pencari kerja berbicara', { exact: false }).waitFor();
    await page.getByTestId('counsellor-result').nth(1).getByRole('row', { name: /Keragaman jawaban \(IRV\) 1,21/ }).waitFor();
    await expectAccessible(page, 'one seeker’s results for the counsellor');
  });
});
