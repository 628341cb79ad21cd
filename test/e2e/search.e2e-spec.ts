import { createTestContext, type TestContext } from '../support/test-context.js';
import { ADMIN_ENV, createCompany, publishedVacancy, vacancyBody } from '../support/exchange.js';

interface Item {
  id: string;
  title: string;
  regency: { code: string; name: string } | null;
  wageMax: number | null;
  highlight: { title: string; description: string };
}

describe('vacancy search', () => {
  let t: TestContext;
  const ids: Record<string, string> = {};

  const search = async (query: string, status = 200) => (await t.http.get(`/api/vacancies?${query}`).expect(status)).body;
  const titles = async (query: string) => ((await search(query)).items as Item[]).map((item) => item.title).sort();

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
    const semarang = await createCompany(t, { body: { name: 'PT Sinar Jaya Garmen' } });
    const kendal = await createCompany(t, { body: { name: 'CV Kendal Digital', regencyCode: '3324' } });
    const cilacap = await createCompany(t, { body: { name: 'PT Cilacap Bahari', regencyCode: '3301' } });
    ids.tailor = await publishedVacancy(t, semarang, {
      title: 'Penjahit Garmen',
      description: 'Menjahit pakaian jadi <script>alert("x")</script> sesuai standar mutu & mencatat hasil kerja harian.',
      wageMin: 3_455_000,
      wageMax: 3_900_000,
      accommodations: ['wheelchair_access', 'accessible_toilet'],
    });
    ids.cutter = await publishedVacancy(t, semarang, {
      title: 'Pemotong Kain',
      description: 'Memotong kain sesuai pola untuk penjahit di lini produksi; bekerja dalam shift pagi.',
      employmentType: 'contract',
      wageMin: 3_455_000,
      wageMax: 3_500_000,
      accommodations: ['wheelchair_access'],
    });
    ids.developer = await publishedVacancy(t, kendal, {
      occupationCode: '2512',
      title: 'Software Developer',
      description: 'We are looking for developers who build web applications and maintain our databases.',
      regencyCode: '3324',
      educationMin: 'S1',
      wageMin: 6_000_000,
      wageMax: 9_000_000,
    });
    ids.remote = await publishedVacancy(t, kendal, {
      occupationCode: '2512',
      title: 'Remote Data Developer',
      description: 'A remote role developing data pipelines for our clients across Indonesia.',
      regencyCode: null,
      isRemote: true,
      educationMin: 'S1',
      wageMin: null,
      wageMax: null,
    });
    ids.fisher = await publishedVacancy(t, cilacap, {
      occupationCode: '8322',
      title: 'Pengemudi Truk Ikan',
      description: 'Mengantar hasil tangkapan ikan dari pelabuhan ke pasar dan gudang pendingin.',
      regencyCode: '3301',
      educationMin: 'SMP',
      wageMin: 2_500_000,
      wageMax: 2_800_000,
    });
    // Neither a draft nor a closed vacancy is ever found.
    await t.http.post('/api/vacancies').auth(semarang.owner.accessToken, { type: 'bearer' }).send(vacancyBody({ title: 'Penjahit Draf' })).expect(201);
    const closed = await publishedVacancy(t, semarang, { title: 'Penjahit Lama' });
    await t.http.post(`/api/vacancies/${closed}/close`).auth(semarang.owner.accessToken, { type: 'bearer' }).expect(200);
  });
  afterAll(() => t.close());

  it('finds published vacancies by Indonesian words, stemmed (menjahit ~ penjahit ~ jahit)', async () => {
    expect(await titles('q=jahit')).toEqual(['Pemotong Kain', 'Penjahit Garmen']);
    expect(await titles('q=menjahit')).toEqual(['Pemotong Kain', 'Penjahit Garmen']);
    expect(await titles('q=%22pola%22%20-shift')).toEqual([]);
    expect(await titles('q=kain%20OR%20ikan')).toEqual(['Pemotong Kain', 'Pengemudi Truk Ikan']);
  });

  it('finds English words, stemmed (developing ~ developers ~ developer)', async () => {
    expect(await titles('q=developing')).toEqual(['Remote Data Developer', 'Software Developer']);
    expect(await titles('q=databases')).toEqual(['Software Developer']);
  });

  it('highlights matches with <mark> in escaped HTML', async () => {
    const body = await search('q=jahit&sort=newest');
    const tailor = (body.items as Item[]).find((item) => item.id === ids.tailor)!;
    expect(tailor.highlight.title).toBe('<mark>Penjahit</mark> Garmen');
    expect(tailor.highlight.description).toContain('<mark>Menjahit</mark>');
    expect(tailor.highlight.description).not.toMatch(/<script/);
    expect(tailor.highlight.description).toContain('&lt;script&gt;');
    expect(tailor.highlight.description.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    const english = await search('q=developers');
    expect((english.items as Item[]).find((item) => item.id === ids.developer)!.highlight.description).toContain('<mark>developers</mark>');
    const plain = await search('regency=3374&sort=newest');
    expect((plain.items as Item[])[0].highlight.description).not.toContain('<mark>');
    expect((plain.items as Item[]).find((item) => item.id === ids.tailor)!.highlight.description).toContain('&lt;script&gt;');
  });

  it('filters by regency, distance, occupation, education, employment type, wage, accommodations and remote', async () => {
    expect(await titles('regency=3374')).toEqual(['Pemotong Kain', 'Penjahit Garmen']);
    expect(await titles('regency=3374&withinKm=40')).toEqual(['Pemotong Kain', 'Penjahit Garmen', 'Software Developer']);
    expect(await titles('regency=3374&withinKm=400')).toEqual(['Pemotong Kain', 'Pengemudi Truk Ikan', 'Penjahit Garmen', 'Software Developer']);
    expect(await titles('occupation=2512')).toEqual(['Remote Data Developer', 'Software Developer']);
    expect(await titles('education=SMP')).toEqual(['Pengemudi Truk Ikan']);
    expect(await titles('education=SMK')).toEqual(['Pemotong Kain', 'Pengemudi Truk Ikan', 'Penjahit Garmen']);
    expect(await titles('employmentType=contract')).toEqual(['Pemotong Kain']);
    expect(await titles('minWage=3600000')).toEqual(['Penjahit Garmen', 'Software Developer']);
    expect(await titles('accommodations=wheelchair_access')).toEqual(['Pemotong Kain', 'Penjahit Garmen']);
    expect(await titles('accommodations=wheelchair_access,accessible_toilet')).toEqual(['Penjahit Garmen']);
    expect(await titles('remote=true')).toEqual(['Remote Data Developer']);
    expect(await titles('q=jahit&regency=3374&employmentType=full_time')).toEqual(['Penjahit Garmen']);
    const item = (await search('q=ikan')).items[0];
    expect(item).toMatchObject({ regency: { code: '3301', name: 'Kabupaten Cilacap' }, employer: { name: 'PT Cilacap Bahari' }, employmentType: 'full_time' });
  });

  it('sorts by relevance, newest and wage, and pages', async () => {
    const relevance = await search('q=jahit');
    expect(relevance.items[0].title).toBe('Penjahit Garmen'); // in the title weighs more
    const newest = await search('sort=newest');
    expect(newest.items.map((i: Item) => i.title)).toEqual(['Pengemudi Truk Ikan', 'Remote Data Developer', 'Software Developer', 'Pemotong Kain', 'Penjahit Garmen']);
    const wage = await search('sort=wage');
    expect(wage.items.map((i: Item) => i.wageMax)).toEqual([9_000_000, 3_900_000, 3_500_000, 2_800_000, null]);
    const page = await search('sort=wage&limit=2&page=2');
    expect(page).toMatchObject({ total: 5, page: 2, limit: 2 });
    expect(page.items.map((i: Item) => i.wageMax)).toEqual([3_500_000, 2_800_000]);
    expect((await search('sort=wage&limit=2&page=9')).items).toEqual([]);
  });

  it('says what to change in a bad query', async () => {
    expect((await search('sort=cheapest', 400)).message).toMatch(/sort must be one of relevance, newest, wage/);
    expect((await search('withinKm=20', 400)).message).toMatch(/withinKm needs regency/);
    expect((await search('regency=9999', 400)).message).toMatch(/regency 9999 is not a regency/);
    expect((await search('accommodations=jetpack', 400)).message).toMatch(/accommodations must be/);
    expect((await search('minWage=lots', 400)).message).toMatch(/minWage must be a whole number/);
    expect((await search('education=PHD', 400)).message).toMatch(/education PHD is not an education level/);
    expect((await search('remote=maybe', 400)).message).toMatch(/remote must be true or false/);
    expect((await search('gender=F', 400)).message).toMatch(/property gender should not exist/);
    expect((await search(`q=${'a'.repeat(201)}`, 400)).message).toMatch(/q must be at most 200/);
    // Stop words only, or symbols: no lexemes, no matches, no error.
    expect((await search('q=%26%26%26')).total).toBe(0);
    expect((await search('q=dan%20yang')).total).toBe(0);
  });
});
