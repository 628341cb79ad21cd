import { ADMIN_ENV, createCompany, publishedVacancy } from '../support/exchange.js';
import { createSeeker, type Seeker } from '../support/exchange-fixtures.js';
import { registerUser } from '../support/factories.js';
import { completeProfile, referenceCodes } from '../support/job-seekers.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';
import { addDays } from '#domain';
import { TrainingProcessor } from '../../apps/worker/src/processors/training.processor.js';
import { createCentre, openCohort, publishedProgramme, today, type Centre } from '../support/training.js';

const auth = (user: { accessToken: string }) => ['authorization', `Bearer ${user.accessToken}`] as const;

describe('training under concurrency', () => {
  let t: TestContext;
  let centre: Centre;

  beforeAll(async () => {
    t = await createTestContext({ ...ADMIN_ENV, RECONCILE_EVERY_SECONDS: '3600' });
    centre = await createCentre(t);
  });
  afterAll(() => t.close());

  const seekers = async (count: number): Promise<Seeker[]> => {
    const list: Seeker[] = [];
    for (let i = 0; i < count; i += 1) list.push(await createSeeker(t));
    return list;
  };

  const attendAll = async (cohort: { id: string; sessions: Array<{ id: string }> }, enrolmentIds: string[]) => {
    for (const session of cohort.sessions) {
      await t.http
        .put(`/api/cohorts/${cohort.id}/sessions/${session.id}/attendance`)
        .set(...auth(centre.instructor))
        .send({ records: enrolmentIds.map((enrolmentId) => ({ enrolmentId, status: 'present' })) })
        .expect(200);
    }
  };

  it('50 applications at once to 10 places: exactly 10 take places, 40 wait in order, none lost; freed places go to the first waiting', async () => {
    const cohort = await openCohort(t, centre, await publishedProgramme(t, centre), { capacity: 10 });
    const applicants = await seekers(50);
    const responses = await Promise.all(applicants.map((seeker) => t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker))));
    expect(responses.map((response) => response.status)).toEqual(applicants.map(() => 201));
    const statuses = responses.map((response) => response.body.status as string);
    expect(statuses.filter((status) => status === 'accepted')).toHaveLength(10);
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(40);
    const { rows } = await t.db.query(`SELECT status, count(*)::int AS n FROM enrolments WHERE cohort_id = $1 GROUP BY status ORDER BY status`, [cohort.id]);
    expect(rows).toEqual([
      { status: 'accepted', n: 10 },
      { status: 'waitlisted', n: 40 },
    ]);
    const waiting = await t.db.query(`SELECT id FROM enrolments WHERE cohort_id = $1 AND status = 'waitlisted' ORDER BY waitlisted_at, id`, [cohort.id]);
    const positions = new Map(responses.filter((r) => r.body.status === 'waitlisted').map((r) => [r.body.id as string, r.body.waitlistPosition as number]));
    expect([...positions.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    // Five trainees withdraw at once: the first five waiting take their places, still exactly 10.
    const accepted = responses.filter((r) => r.body.status === 'accepted').slice(0, 5);
    const byId = new Map(responses.map((r, index) => [r.body.id as string, applicants[index]]));
    await Promise.all(accepted.map((r) => t.http.post(`/api/enrolments/${r.body.id}/withdraw`).set(...auth(byId.get(r.body.id)!)).expect(200)));
    const after = await t.db.query(`SELECT id, status FROM enrolments WHERE cohort_id = $1 AND status IN ('accepted', 'attending', 'completed')`, [cohort.id]);
    expect(after.rows).toHaveLength(10);
    const movedUp = waiting.rows.slice(0, 5).map((row) => row.id);
    expect(after.rows.map((row) => row.id)).toEqual(expect.arrayContaining(movedUp));
    const stillWaiting = await t.http.get(`/api/enrolments/${waiting.rows[5].id}`).set(...auth(byId.get(waiting.rows[5].id)!)).expect(200);
    expect(stillWaiting.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('completion posted twice at once issues one certificate; a cohort completed twice at once numbers without gaps', async () => {
    const cohort = await openCohort(t, centre, await publishedProgramme(t, centre), { capacity: 8 });
    const trainees = await seekers(8);
    const ids: string[] = [];
    for (const seeker of trainees) ids.push((await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker)).expect(201)).body.id);
    await attendAll(cohort, ids);
    const [first, second] = await Promise.all([
      t.http.post(`/api/enrolments/${ids[0]}/complete`).set(...auth(centre.instructor)),
      t.http.post(`/api/enrolments/${ids[0]}/complete`).set(...auth(centre.staff)),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.certificate.number).toBe(second.body.certificate.number);
    const [a, b] = await Promise.all([
      t.http.post(`/api/cohorts/${cohort.id}/complete`).set(...auth(centre.staff)),
      t.http.post(`/api/cohorts/${cohort.id}/complete`).set(...auth(centre.instructor)),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    // The second waits for the first's lock, then finds no one left to complete.
    expect(a.body.completed.length + b.body.completed.length).toBe(7);
    const certificates = await t.db.query(`SELECT enrolment_id, number FROM certificates WHERE enrolment_id = ANY($1::uuid[]) ORDER BY number`, [ids]);
    expect(certificates.rows).toHaveLength(8);
    expect(new Set(certificates.rows.map((row) => row.enrolment_id)).size).toBe(8);
    const sequences = certificates.rows.map((row) => Number(row.number.slice(-6)));
    for (let i = 1; i < sequences.length; i += 1) expect(sequences[i]).toBe(sequences[i - 1] + 1);
    const counter = await t.db.query(`SELECT last_sequence FROM certificate_counters WHERE regency_code = '3374' AND year = $1`, [Number(today().slice(0, 4))]);
    expect(counter.rows[0].last_sequence).toBe(sequences.at(-1));
  });

  it("completion re-matches the seeker: the worker's stored list scores the vacancy higher once the skill is certified", async () => {
    const codes = await referenceCodes(t.db);
    const [certifiedSkill] = (await t.db.query(`SELECT id FROM skills WHERE id <> ALL($1::int[]) ORDER BY id LIMIT 1`, [codes.skillIds])).rows.map((row) => row.id as number);
    const company = await createCompany(t);
    const vacancyId = await publishedVacancy(t, company, {
      occupationCode: codes.occupationCode,
      openings: 1,
      skills: [
        { skillId: codes.skillIds[0], importance: 'required', weight: 1 },
        { skillId: certifiedSkill, importance: 'required', weight: 3 },
      ],
    });
    const seeker = await registerUser(t.http, { fullName: 'Sari Rahayu' });
    await completeProfile(t.http, seeker, codes);
    await t.startWorker();
    const scoreOf = async (): Promise<number | undefined> => {
      const { rows } = await t.db.query(`SELECT vacancy_ids, scores FROM seeker_job_matches WHERE seeker_id = $1`, [seeker.id]);
      const index = rows[0]?.vacancy_ids.indexOf(vacancyId) ?? -1;
      return index >= 0 ? rows[0].scores[index] : undefined;
    };
    const before = await eventually(scoreOf, 20_000, 'the seeker to be matched to the vacancy');

    const cohort = await openCohort(t, centre, await publishedProgramme(t, centre, { skills: [certifiedSkill] }), { capacity: 2 });
    const enrolment = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker)).expect(201);
    await attendAll(cohort, [enrolment.body.id]);
    await t.http.post(`/api/enrolments/${enrolment.body.id}/complete`).set(...auth(centre.instructor)).expect(200);
    const after = await eventually(async () => {
      const score = await scoreOf();
      return score !== undefined && score > before ? score : undefined;
    }, 20_000, 'the stored score to rise after the certificate');
    expect(after).toBeGreaterThan(before);
    const skill = await t.db.query(`SELECT source FROM job_seeker_skills WHERE seeker_id = $1 AND skill_id = $2`, [seeker.id, certifiedSkill]);
    expect(skill.rows).toEqual([{ source: 'certified' }]);
  });

  it('reminds accepted trainees of a cohort starting within three days, once however often the job runs', async () => {
    const soon = addDays(today(), 2);
    const later = addDays(today(), 20);
    const programmeId = await publishedProgramme(t, centre, { title: 'Barista Dasar' });
    const near = await openCohort(t, centre, programmeId, { startsOn: soon, endsOn: addDays(soon, 3), sessions: [], capacity: 1 });
    const far = await openCohort(t, centre, programmeId, { startsOn: later, endsOn: later, sessions: [] });
    const [accepted, waiting, distant] = await seekers(3);
    await t.http.post(`/api/cohorts/${near.id}/enrolments`).set(...auth(accepted)).expect(201);
    await t.http.post(`/api/cohorts/${near.id}/enrolments`).set(...auth(waiting)).expect(201);
    await t.http.post(`/api/cohorts/${far.id}/enrolments`).set(...auth(distant)).expect(201);
    const worker = await t.startWorker();
    const processor = worker.get(TrainingProcessor);
    // The worker's own schedule may run the job too; either way each trainee hears once.
    await processor.remindCohortStarts(new Date());
    expect((await processor.remindCohortStarts(new Date())).notified).toBe(0);
    const reminders = async (userId: string) =>
      (await t.db.query(`SELECT title_en FROM notifications WHERE user_id = $1 AND dedupe_key LIKE 'cohort-start:%'`, [userId])).rows;
    expect(await reminders(accepted.id)).toEqual([{ title_en: 'Barista Dasar starts soon' }]);
    expect(await reminders(waiting.id)).toEqual([]);
    expect(await reminders(distant.id)).toEqual([]);
  });
});
