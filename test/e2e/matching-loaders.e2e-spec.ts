import { MatchContext, explainMatch } from '#domain';
import { loadActiveWeightSet, loadMatchReference, loadMatchSeekers, loadMatchVacancies, streamMatchSeekers, streamMatchVacancies } from '#persistence';
import { createCompany, createSeeker, createVacancy } from '../support/exchange-fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

describe('matching loaders', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('reads reference data, seekers with skills and interests, and vacancies as the scoring function takes them', async () => {
    const reference = await loadMatchReference(t.db);
    expect(reference.regions.length).toBeGreaterThanOrEqual(35);
    expect(reference.occupations.every((o) => o.interests.length === 6 && o.interests.every(Number.isFinite))).toBe(true);
    expect(reference.skillRelations.length).toBeGreaterThan(1000);

    const company = await createCompany(t);
    const seeker = await createSeeker(t);
    await t.db.query(`UPDATE job_seekers SET preferred_regencies = '{3322}', employment_types = '{full_time}', expected_wage_min = 2500000 WHERE user_id = $1`, [seeker.id]);
    const open = await createVacancy(t, company.id);
    const closed = await createVacancy(t, company.id, { status: 'closed' });
    const expired = await createVacancy(t, company.id, { deadline: '2020-01-01' });
    await t.db.query(`INSERT INTO vacancy_skills (vacancy_id, skill_id, importance, weight) SELECT $1, id, 'required', 2 FROM skills ORDER BY id LIMIT 3`, [open]);

    const [loaded] = await loadMatchSeekers(t.db, [seeker.id]);
    expect(loaded).toMatchObject({
      id: seeker.id,
      active: true,
      searchable: true,
      regencyCode: '3374',
      educationLevel: 'SMK',
      experienceMonths: 18,
      wageMin: 2_500_000,
      preferredRegencies: ['3322'],
      employmentTypes: ['full_time'],
      interests: null,
    });
    expect(loaded!.skills).toHaveLength(2);

    const vacancies = await loadMatchVacancies(t.db, [open, closed, expired]);
    const byId = new Map(vacancies.map((v) => [v.id, v]));
    expect(byId.get(open)).toMatchObject({ open: true, regencyCode: '3374', employmentType: 'full_time' });
    expect(byId.get(open)!.skills).toHaveLength(3);
    expect(byId.get(closed)!.open).toBe(false);
    expect(byId.get(expired)!.open).toBe(false);

    const streamed = [];
    for await (const page of streamMatchVacancies(t.db, 1)) streamed.push(...page.map((v) => v.id));
    expect(streamed).toEqual([open]);
    const seekers = [];
    for await (const page of streamMatchSeekers(t.db, 1)) seekers.push(...page.map((s) => s.id));
    expect(seekers).toContain(seeker.id);
    expect([...seekers].sort()).toEqual(seekers);

    const weights = await loadActiveWeightSet(t.db);
    const explanation = explainMatch(loaded!, byId.get(open)!, MatchContext.create(reference, weights.weights, weights.id), 'jobs');
    expect(explanation.eligible).toBe(true);
    expect(explanation.skills.matched.length).toBe(2);
  });

  it('takes the interests of the latest usable interest result', async () => {
    const seeker = await createSeeker(t);
    const scales = (r: number) => ({ R: { raw: r }, I: { raw: 20 }, A: { raw: 12 }, S: { raw: 15 }, E: { raw: 18 }, C: { raw: 25 } });
    const insert = async (status: string, raw: number, scoredAt: string) => {
      const { rows } = await t.db.query(
        `INSERT INTO assessments (user_id, instrument_id, instrument_version, locale, status, submitted_at, scored_at)
         SELECT $1, instrument_id, version, 'id', 'scored', $2, $2 FROM instrument_versions WHERE instrument_id = 'riasec-48' LIMIT 1 RETURNING id`,
        [seeker.id, scoredAt],
      );
      await t.db.query(`INSERT INTO assessment_results (assessment_id, scoring_version, status, result) VALUES ($1, '2026.1', $2, $3)`, [
        rows[0].id,
        status,
        { scales: scales(raw) },
      ]);
    };
    await insert('valid', 30, '2026-01-01T00:00:00Z');
    await insert('invalid', 40, '2026-03-01T00:00:00Z');
    await insert('questionable', 35, '2026-02-01T00:00:00Z');
    const [loaded] = await loadMatchSeekers(t.db, [seeker.id]);
    expect(loaded!.interests).toEqual([35, 20, 12, 15, 18, 25]);
  });
});
