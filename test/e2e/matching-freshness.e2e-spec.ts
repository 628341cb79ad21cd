import type { INestApplicationContext } from '@nestjs/common';
import { Queue, type ConnectionOptions } from 'bullmq';
import { JobName, QueueName, redisConnectionOptions } from '#queue';
import { MatchingProcessor } from '../../apps/worker/src/processors/matching.processor.js';
import { VacanciesProcessor } from '../../apps/worker/src/processors/vacancies.processor.js';
import { takeAssessment } from '../support/assessments.js';
import { ADMIN_ENV, createCompany, publishedVacancy, type Company } from '../support/exchange.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { completeProfile, referenceCodes, type ReferenceCodes } from '../support/job-seekers.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';

interface JobList {
  vacancy_ids: string[];
  scores: number[];
  components: number[];
  computed_at: Date;
  source_changed_at: Date | null;
  weight_set_id: number | null;
  scoring_version: string;
}

describe('matching freshness', () => {
  let t: TestContext;
  let queue: Queue;
  let worker: INestApplicationContext;
  let codes: ReferenceCodes;
  let company: Company;
  let seeker: RegisteredUser;
  let vacancyId: string;

  const jobList = async (seekerId: string): Promise<JobList | undefined> =>
    (await t.db.query(`SELECT * FROM seeker_job_matches WHERE seeker_id = $1`, [seekerId])).rows[0];
  const pendingChange = async (kind: string, id: string): Promise<boolean> =>
    (await t.db.query(`SELECT 1 FROM match_changes WHERE kind = $1 AND entity_id = $2`, [kind, id])).rowCount! > 0;

  beforeAll(async () => {
    // Reconciling is called by the tests that need it, not by the schedule.
    t = await createTestContext({ ...ADMIN_ENV, RECONCILE_EVERY_SECONDS: '3600' });
    queue = new Queue(QueueName.Matching, { connection: redisConnectionOptions(t.env.REDIS_URL, true) as ConnectionOptions, prefix: t.env.QUEUE_PREFIX });
    codes = await referenceCodes(t.db);
    company = await createCompany(t);
    vacancyId = await publishedVacancy(t, company, {
      occupationCode: codes.occupationCode,
      openings: 1,
      skills: [{ skillId: codes.skillIds[0], importance: 'required', weight: 2 }],
    });
    seeker = await registerUser(t.http);
    await completeProfile(t.http, seeker, codes);
    worker = await t.startWorker();
  }, 60_000);

  afterAll(async () => {
    await queue.close();
    await t.close();
  });

  it('matches what changed before the worker started, and settles the changes', async () => {
    const list = await eventually(async () => {
      const row = await jobList(seeker.id);
      return row && row.vacancy_ids.includes(vacancyId) ? row : undefined;
    }, 20_000, 'the seeker to be matched to the vacancy');
    expect(list.scores).toHaveLength(list.vacancy_ids.length);
    expect(list.components).toHaveLength(8 * list.vacancy_ids.length);
    expect(list.scoring_version).toBe('2026.1');
    const { rows } = await t.db.query(`SELECT id FROM match_weight_sets WHERE active`);
    expect(list.weight_set_id).toBe(rows[0].id);
    const candidates = await eventually(async () => (await t.db.query(`SELECT seeker_ids FROM vacancy_candidate_matches WHERE vacancy_id = $1`, [vacancyId])).rows[0], 10_000, 'the candidate list');
    expect(candidates.seeker_ids).toContain(seeker.id);
    await eventually(async () => !(await pendingChange('seeker', seeker.id)) && !(await pendingChange('vacancy', vacancyId)), 10_000, 'the changes to be settled');
  });

  it('a profile update through the API reaches the stored list within a second (p95 of ten updates)', async () => {
    const first = (await jobList(seeker.id))!;
    const latencies: number[] = [];
    let last = first;
    for (let i = 0; i < 10; i += 1) {
      const started = Date.now();
      await t.http
        .put('/api/job-seekers/me/preferences')
        .auth(seeker.accessToken, { type: 'bearer' })
        .send({ occupations: [codes.occupationCode], regencies: ['3374'], maxCommuteKm: 40 + i, minimumWage: 9_000_000, employmentTypes: ['full_time'], openToRemote: false })
        .expect(200);
      for (;;) {
        const row = await jobList(seeker.id);
        if (row && row.computed_at > last.computed_at && !(await pendingChange('seeker', seeker.id))) {
          last = row;
          break;
        }
        if (Date.now() - started > 10_000) throw new Error('the re-matched list did not appear within 10 s');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      latencies.push(Date.now() - started);
    }
    // The wage asked now exceeds the vacancy's range, so the wage component falls.
    const wage = (list: JobList) => list.components[list.vacancy_ids.indexOf(vacancyId) * 8 + 4];
    expect(wage(last)).toBeLessThan(wage(first));
    expect(last.source_changed_at).not.toBeNull();
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    // The target is p95 ≤ 1 s (the benchmark measures it at scale); a loaded test machine gets some slack.
    expect(p95).toBeLessThan(2_000);
    if (process.env.KERJAKU_PRINT_FRESHNESS) process.stdout.write(`freshness ms: median ${latencies[5]}, p95 ${p95}, all ${latencies.join(' ')}\n`);
  });

  it('a burst of twenty edits costs one re-match (at most two)', async () => {
    const since = Date.now();
    for (let i = 0; i < 20; i += 1) {
      await t.http
        .put('/api/job-seekers/me/preferences')
        .auth(seeker.accessToken, { type: 'bearer' })
        .send({ occupations: [codes.occupationCode], regencies: ['3374'], maxCommuteKm: 30 + i, employmentTypes: ['full_time'], openToRemote: false })
        .expect(200);
    }
    await eventually(async () => !(await pendingChange('seeker', seeker.id)), 10_000, 'the burst to be matched');
    const jobs = await queue.getJobs(['completed', 'active', 'waiting', 'delayed', 'failed']);
    const runs = jobs.filter((job) => job.name === JobName.MatchSeeker && job.data.seekerId === seeker.id && job.timestamp >= since);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeLessThanOrEqual(2);
    const row = await jobList(seeker.id);
    expect(row!.vacancy_ids).toContain(vacancyId);
  });

  it('a vacancy closed while it is being matched leaves every list within a few seconds', async () => {
    const other = await publishedVacancy(t, company, { occupationCode: codes.occupationCode, title: 'Penjahit Sampel' });
    // Closed right after publishing: its publish re-match may still be waiting or running.
    await t.http.post(`/api/vacancies/${other}/close`).auth(company.owner.accessToken, { type: 'bearer' }).send({}).expect(200);
    const closedAt = Date.now();
    await eventually(async () => {
      const inJobs = await t.db.query(`SELECT 1 FROM seeker_job_matches WHERE $1::uuid = ANY(vacancy_ids)`, [other]);
      const own = await t.db.query(`SELECT 1 FROM vacancy_candidate_matches WHERE vacancy_id = $1`, [other]);
      return inJobs.rowCount === 0 && own.rowCount === 0 && !(await pendingChange('vacancy', other));
    }, 10_000, 'the closed vacancy to leave every list');
    expect(Date.now() - closedAt).toBeLessThan(5_000);

    // A vacancy that was in a list and closes leaves it too.
    const third = await publishedVacancy(t, company, { occupationCode: codes.occupationCode, title: 'Penjahit Kemeja' });
    await eventually(async () => (await jobList(seeker.id))?.vacancy_ids.includes(third), 10_000, 'the new vacancy in the list');
    await t.http.post(`/api/vacancies/${third}/close`).auth(company.owner.accessToken, { type: 'bearer' }).send({}).expect(200);
    await eventually(async () => {
      const inJobs = await t.db.query(`SELECT 1 FROM seeker_job_matches WHERE $1::uuid = ANY(vacancy_ids)`, [third]);
      return inJobs.rowCount === 0;
    }, 5_000, 'the closed vacancy to leave the list');
  });

  it('the reconciler re-queues a change whose job was lost', async () => {
    // A change marked in PostgreSQL whose job never reached Redis (as when Redis is down at commit).
    await t.db.query(`UPDATE job_seekers SET max_commute_km = 12, updated_at = now() WHERE user_id = $1`, [seeker.id]);
    await t.db.query(
      `INSERT INTO match_changes (kind, entity_id, changed_at) VALUES ('seeker', $1, now() - interval '1 minute')
       ON CONFLICT (kind, entity_id) DO UPDATE SET changed_at = EXCLUDED.changed_at`,
      [seeker.id],
    );
    const before = (await jobList(seeker.id))!;
    const result = await worker.get(MatchingProcessor).reconcile(5);
    expect(result.changes).toBeGreaterThanOrEqual(1);
    await eventually(async () => {
      const row = await jobList(seeker.id);
      return row && row.computed_at > before.computed_at && !(await pendingChange('seeker', seeker.id));
    }, 10_000, 'the re-queued change to be matched');
  });

  it('the reconciler finds a list older than its seeker and one that is missing', async () => {
    const late = await registerUser(t.http);
    // A profile written without the hook (as an import would): no change marked, no job queued.
    await t.db.query(
      `INSERT INTO job_seekers (user_id, birth_date, gender, domicile_regency_code, education_level, experience_months) VALUES ($1, '1999-01-02', 'M', '3374', 'SMK', 6)`,
      [late.id],
    );
    await t.db.query(`INSERT INTO job_seeker_skills (seeker_id, skill_id, level) VALUES ($1, $2, 3)`, [late.id, codes.skillIds[0]]);
    await t.db.query(`UPDATE job_seekers SET updated_at = now() WHERE user_id = $1`, [seeker.id]);
    const result = await worker.get(MatchingProcessor).reconcile(5);
    expect(result.seekers).toBeGreaterThanOrEqual(2);
    await eventually(async () => (await jobList(late.id))?.vacancy_ids.includes(vacancyId), 10_000, 'the missing list');
    await eventually(async () => {
      const { rows } = await t.db.query(
        `SELECT m.computed_at >= s.updated_at AS fresh FROM seeker_job_matches m JOIN job_seekers s ON s.user_id = m.seeker_id WHERE s.user_id = $1`,
        [seeker.id],
      );
      return rows[0]?.fresh === true;
    }, 10_000, 'the outdated list');
  });

  it('a stored interest result re-matches the seeker, and interest fit then counts in their job list', async () => {
    const before = (await jobList(seeker.id))!;
    expect(before.components[before.vacancy_ids.indexOf(vacancyId) * 8 + 7]).toBe(-1);
    // A clear profile: realistic high, social low, the rest in between.
    await takeAssessment(t, seeker, 'riasec-48', (item) => {
      const level = item.scale === 'R' ? 5 : item.scale === 'S' ? 1 : item.scale === 'C' ? 4 : 2;
      return item.key === 1 ? level : 6 - level;
    });
    const after = await eventually(async () => {
      const row = await jobList(seeker.id);
      return row && row.computed_at > before.computed_at && row.components[row.vacancy_ids.indexOf(vacancyId) * 8 + 7] !== -1 ? row : undefined;
    }, 15_000, 'the list to count interest fit');
    const interest = after.components[after.vacancy_ids.indexOf(vacancyId) * 8 + 7];
    expect(interest).toBeGreaterThanOrEqual(0);
    expect(interest).toBeLessThanOrEqual(1);
  });

  it('a vacancy the deadline job closes leaves every list', async () => {
    const expiring = await publishedVacancy(t, company, { occupationCode: codes.occupationCode, title: 'Penjahit Musiman' });
    await eventually(async () => (await jobList(seeker.id))?.vacancy_ids.includes(expiring), 10_000, 'the vacancy in the list');
    await t.db.query(`UPDATE vacancies SET deadline = (now() AT TIME ZONE 'Asia/Jakarta')::date - 1 WHERE id = $1`, [expiring]);
    expect((await worker.get(VacanciesProcessor).closeExpired()).closed).toBeGreaterThanOrEqual(1);
    await eventually(async () => {
      const inJobs = await t.db.query(`SELECT 1 FROM seeker_job_matches WHERE $1::uuid = ANY(vacancy_ids)`, [expiring]);
      const own = await t.db.query(`SELECT 1 FROM vacancy_candidate_matches WHERE vacancy_id = $1`, [expiring]);
      return inJobs.rowCount === 0 && own.rowCount === 0;
    }, 5_000, 'the expired vacancy to leave the lists');
  });

  it('a hire that fills the vacancy and places the seeker removes both from the lists', async () => {
    const apply = await t.http.post('/api/applications').auth(seeker.accessToken, { type: 'bearer' }).send({ vacancyId, shareAssessment: false });
    expect(apply.status).toBe(201);
    const applicationId = apply.body.id as string;
    for (const to of ['screening', 'interview', 'offered', 'hired'] as const) {
      const body: Record<string, unknown> = { to };
      if (to === 'interview') body.interview = { startsAt: new Date(Date.now() + 86_400_000).toISOString(), mode: 'in_person', place: 'Kantor HRD' };
      const moved = await t.http.post(`/api/applications/${applicationId}/transitions`).auth(company.owner.accessToken, { type: 'bearer' }).send(body);
      expect([200, 201]).toContain(moved.status);
    }
    await eventually(async () => {
      const own = await jobList(seeker.id);
      const inJobs = await t.db.query(`SELECT 1 FROM seeker_job_matches WHERE $1::uuid = ANY(vacancy_ids)`, [vacancyId]);
      const inCandidates = await t.db.query(`SELECT 1 FROM vacancy_candidate_matches WHERE $1::uuid = ANY(seeker_ids)`, [seeker.id]);
      return own?.vacancy_ids.length === 0 && inJobs.rowCount === 0 && inCandidates.rowCount === 0;
    }, 10_000, 'the placed seeker and the filled vacancy to leave the lists');
  });
});
