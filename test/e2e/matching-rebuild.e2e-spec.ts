import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Queue, type ConnectionOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { compileSeeker, compileVacancy, MatchContext, type CompiledSeeker, type CompiledVacancy } from '#domain';
import { rankAllCandidates, rankAllJobs, type RankedList } from '#matching-engine';
import { loadActiveWeightSet, loadMatchReference, streamMatchSeekers, streamMatchVacancies } from '#persistence';
import { MatchChanges } from '#platform';
import { JobName, JobProducer, QueueName, redisConnectionOptions } from '#queue';
import { MatchingProcessor } from '../../apps/worker/src/processors/matching.processor.js';
import { createCompany } from '../support/exchange-fixtures.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';

const WORKER = join(process.cwd(), 'dist/apps/worker/src/main.js');
const SEEKERS = 400;
const VACANCIES = 60;
const CHUNK = 10;
const K = 50;

function startWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [WORKER], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
}

interface StoredList {
  owner: string;
  ids: string[];
  scores: number[];
  components: number[];
}

/** A stored list agrees with the one computed here: same ids in the same order, scores and components equal as reals. */
function expectSameList(stored: StoredList, expected: RankedList): void {
  expect({ owner: stored.owner, ids: stored.ids }).toEqual({ owner: stored.owner, ids: expected.ids });
  for (let i = 0; i < expected.ids.length; i++) expect(Math.abs(stored.scores[i]! - expected.scores[i]!)).toBeLessThan(1e-6);
  for (let i = 0; i < expected.components.length; i++) expect(Math.abs(stored.components[i]! - expected.components[i]!)).toBeLessThan(1e-6);
}

describe('matching rebuild', () => {
  let t: TestContext;
  let queue: Queue;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestContext({ RECONCILE_EVERY_SECONDS: '3600', MATCH_REBUILD_CHUNK: String(CHUNK) });
    queue = new Queue(QueueName.Matching, { connection: redisConnectionOptions(t.env.REDIS_URL, true) as ConnectionOptions, prefix: t.env.QUEUE_PREFIX });
    const company = await createCompany(t);
    // A small province written straight in SQL (no change marked, nothing queued): seekers and
    // vacancies sharing a pool of 25 skills, across Central Java's regencies, some not open to matching.
    await t.db.query(`SELECT setseed(0.4242)`);
    await t.db.query(
      `WITH regions AS (SELECT array_agg(code ORDER BY code) AS codes FROM regions WHERE code LIKE '33%'),
            levels AS (SELECT array_agg(code ORDER BY rank) AS codes FROM education_levels),
            people AS (
              INSERT INTO users (email, password_hash, role, full_name)
              SELECT 'rebuild' || g || '@kerjaku.test', 'x', 'job_seeker', 'Pencari ' || g FROM generate_series(1, $1) g RETURNING id)
       INSERT INTO job_seekers (user_id, birth_date, gender, domicile_regency_code, education_level, experience_months, expected_wage_min,
                                max_commute_km, open_to_remote, searchable, status)
       SELECT p.id, '1998-05-06', 'F', r.codes[1 + floor(random() * cardinality(r.codes))::int], l.codes[1 + floor(random() * cardinality(l.codes))::int],
              floor(random() * 72)::int, CASE WHEN random() < 0.5 THEN 2500000 + floor(random() * 3000000)::int END,
              10 + floor(random() * 120)::int, random() < 0.3, random() < 0.9, CASE WHEN random() < 0.05 THEN 'placed' ELSE 'active' END
         FROM people p, regions r, levels l`,
      [SEEKERS],
    );
    await t.db.query(
      `INSERT INTO job_seeker_skills (seeker_id, skill_id, level)
       SELECT DISTINCT s.user_id, k.id, 3 FROM job_seekers s
       CROSS JOIN LATERAL (SELECT id FROM (SELECT id FROM skills ORDER BY id LIMIT 25) pool WHERE random() < 0.12 + 0 * length(s.user_id::text)) k`,
    );
    await t.db.query(
      `WITH regions AS (SELECT array_agg(code ORDER BY code) AS codes FROM regions WHERE code LIKE '33%'),
            levels AS (SELECT array_agg(code ORDER BY rank) AS codes FROM education_levels WHERE rank <= 6),
            jobs AS (SELECT array_agg(code ORDER BY code) AS codes FROM (SELECT code FROM occupations ORDER BY code LIMIT 40) o)
       INSERT INTO vacancies (employer_id, occupation_code, title, description, regency_code, is_remote, wage_min, wage_max, employment_type,
                              education_min, experience_min_months, status, published_at)
       SELECT $1, j.codes[1 + floor(random() * cardinality(j.codes))::int], 'Lowongan ' || g, 'Pekerjaan produksi.',
              r.codes[1 + floor(random() * cardinality(r.codes))::int], random() < 0.1, 3000000, 3000000 + floor(random() * 2500000)::int,
              (ARRAY['full_time','part_time','contract'])[1 + floor(random() * 3)::int], l.codes[1 + floor(random() * cardinality(l.codes))::int],
              floor(random() * 36)::int, CASE WHEN random() < 0.85 THEN 'published' ELSE 'closed' END, now()
         FROM generate_series(1, $2) g, regions r, levels l, jobs j`,
      [company.id, VACANCIES],
    );
    await t.db.query(
      `INSERT INTO vacancy_skills (vacancy_id, skill_id, importance, weight)
       SELECT DISTINCT ON (v.id, k.id) v.id, k.id, CASE WHEN random() < 0.6 THEN 'required' ELSE 'preferred' END, 1 + floor(random() * 3)
         FROM vacancies v CROSS JOIN LATERAL (SELECT id FROM (SELECT id FROM skills ORDER BY id LIMIT 25) pool WHERE random() < 0.12 + 0 * length(v.id::text)) k`,
    );
    // Each chunk's commit takes a little longer, so that a worker can be killed midway through.
    await t.db.query(`CREATE FUNCTION slow_rebuild_progress() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.05); RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER tr_slow_rebuild_progress BEFORE UPDATE ON match_rebuilds FOR EACH ROW EXECUTE FUNCTION slow_rebuild_progress()`);
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await queue.close();
    await t.close();
  });

  it('a worker killed midway through a full rebuild is resumed by the next one, and every list is complete and stored once', async () => {
    await queue.add(JobName.RebuildMatches, {}, { deduplication: { id: JobName.RebuildMatches, keepLastIfActive: true } });
    const first = startWorkerProcess(t.env);
    children.push(first);
    const atKill = await eventually(async () => {
      const { rows } = await t.db.query(`SELECT seekers_done FROM match_rebuilds WHERE phase = 'seekers'`);
      return rows[0] && rows[0].seekers_done >= 100 ? (rows[0].seekers_done as number) : undefined;
    }, 60_000, 'a quarter of the seekers rebuilt');
    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await exited;
    const afterKill = (await t.db.query(`SELECT phase, seekers_done, seeker_cursor FROM match_rebuilds`)).rows;
    expect(afterKill).toHaveLength(1);
    expect(afterKill[0].phase).toBe('seekers');
    expect(afterKill[0].seekers_done).toBeGreaterThanOrEqual(atKill);
    expect(afterKill[0].seekers_done).toBeLessThan(SEEKERS);
    // Every list stored so far lies at or before the committed cursor: a chunk is stored with its cursor or not at all.
    const { rows: beyond } = await t.db.query(`SELECT count(*)::int AS n FROM seeker_job_matches WHERE seeker_id > $1`, [afterKill[0].seeker_cursor]);
    expect(beyond[0].n).toBe(0);
    const { rows: stored } = await t.db.query(`SELECT count(*)::int AS n FROM seeker_job_matches`);
    expect(stored[0].n).toBe(afterKill[0].seekers_done);

    const second = startWorkerProcess(t.env);
    children.push(second);
    await eventually(async () => (await t.db.query(`SELECT 1 FROM match_rebuilds WHERE phase = 'done'`)).rowCount === 1, 120_000, 'the rebuild to finish');
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    const [run] = (await t.db.query(`SELECT seekers_done, vacancies_done, finished_at FROM match_rebuilds`)).rows;
    const openVacancies = (await t.db.query(`SELECT count(*)::int AS n FROM vacancies WHERE status = 'published'`)).rows[0].n as number;
    // Chunks were counted once each: no chunk skipped, none stored twice.
    expect(run).toMatchObject({ seekers_done: SEEKERS, vacancies_done: openVacancies });
    expect(run.finished_at).not.toBeNull();

    // Every list equals scoring every pair with the same function.
    const [reference, weightSet] = await Promise.all([loadMatchReference(t.db), loadActiveWeightSet(t.db)]);
    const ctx = MatchContext.create(reference, weightSet.weights, weightSet.id);
    const seekers: CompiledSeeker[] = [];
    const vacancies: CompiledVacancy[] = [];
    for await (const page of streamMatchSeekers(t.db)) for (const seeker of page) seekers.push(compileSeeker(seeker, ctx));
    for await (const page of streamMatchVacancies(t.db)) for (const vacancy of page) vacancies.push(compileVacancy(vacancy, ctx));
    expect(seekers).toHaveLength(SEEKERS);
    expect(vacancies).toHaveLength(openVacancies);

    const jobLists: StoredList[] = (await t.db.query(`SELECT seeker_id AS owner, vacancy_ids AS ids, scores, components, weight_set_id FROM seeker_job_matches ORDER BY seeker_id`)).rows;
    expect(jobLists).toHaveLength(SEEKERS);
    const jobsBySeeker = new Map(jobLists.map((list) => [list.owner, list]));
    let nonEmpty = 0;
    for (const seeker of seekers) {
      const expected = rankAllJobs(seeker, vacancies, ctx, K);
      expect(expected.ids.length).toBe(Math.min(K, expected.ids.length));
      expectSameList(jobsBySeeker.get(seeker.id)!, expected);
      if (expected.ids.length > 0) nonEmpty += 1;
    }
    // The data is not degenerate: most active seekers have jobs within reach.
    expect(nonEmpty).toBeGreaterThan(SEEKERS / 2);

    const candidateLists: StoredList[] = (await t.db.query(`SELECT vacancy_id AS owner, seeker_ids AS ids, scores, components FROM vacancy_candidate_matches`)).rows;
    expect(candidateLists).toHaveLength(openVacancies);
    const candidatesByVacancy = new Map(candidateLists.map((list) => [list.owner, list]));
    for (const vacancy of vacancies) {
      const expected = rankAllCandidates(vacancy, seekers, ctx, K);
      expectSameList(candidatesByVacancy.get(vacancy.id)!, expected);
    }
    // No list names an entry twice.
    for (const list of [...jobLists, ...candidateLists]) expect(new Set(list.ids).size).toBe(list.ids.length);
  }, 240_000);

  it('a new weight set is found by the reconciler: every list is rebuilt under it', async () => {
    const worker = await t.startWorker();
    const processor = worker.get(MatchingProcessor);
    await processor.whenReady();
    const { rows } = await t.db.query(
      `WITH off AS (UPDATE match_weight_sets SET active = false WHERE active RETURNING id)
       INSERT INTO match_weight_sets (weights, reason, active) SELECT $1, 'Skills count more', true FROM (SELECT count(*) FROM off) o RETURNING id`,
      [JSON.stringify({ skills: 6, education: 1, experience: 1, location: 1, wage: 0.8, employmentType: 0.5, occupation: 0.5, interest: 1 })],
    );
    const weightSetId = rows[0].id as number;
    expect((await processor.reconcile(5)).rebuild).toBe(true);
    await eventually(async () => (await t.db.query(`SELECT 1 FROM match_rebuilds WHERE weight_set_id = $1 AND phase = 'done'`, [weightSetId])).rowCount === 1, 60_000, 'the rebuild under the new weights');
    const { rows: left } = await t.db.query(
      `SELECT (SELECT count(*) FROM seeker_job_matches WHERE weight_set_id IS DISTINCT FROM $1)::int AS jobs,
              (SELECT count(*) FROM vacancy_candidate_matches WHERE weight_set_id IS DISTINCT FROM $1)::int AS candidates`,
      [weightSetId],
    );
    expect(left[0]).toEqual({ jobs: 0, candidates: 0 });
    await expect(processor.reconcile(5)).resolves.toMatchObject({ rebuild: false });
    await worker.close();
  }, 120_000);

  it('a re-match of a fresh change waits for a chunk of a running rebuild, not for the rebuild', async () => {
    // Each chunk's commit now takes 0.3 s, so the rebuild runs for over ten seconds.
    await t.db.query(`CREATE OR REPLACE FUNCTION slow_rebuild_progress() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$`);
    const worker = await t.startWorker();
    await worker.get(MatchingProcessor).whenReady();
    await worker.get(JobProducer).add(JobName.RebuildMatches, {});
    const running = async () => (await t.db.query(`SELECT phase, seekers_done FROM match_rebuilds WHERE phase <> 'done'`)).rows[0] as { phase: string; seekers_done: number } | undefined;
    await eventually(async () => ((await running())?.seekers_done ?? 0) >= 3 * CHUNK, 60_000, 'the rebuild under way');

    // The seeker the rebuild reaches last, so that only the re-match can refresh their list meanwhile.
    const { rows } = await t.db.query(`SELECT user_id FROM job_seekers WHERE status = 'active' ORDER BY user_id DESC LIMIT 1`);
    const seekerId = rows[0].user_id as string;
    await t.db.query(`UPDATE job_seekers SET max_commute_km = max_commute_km + 5, updated_at = now() WHERE user_id = $1`, [seekerId]);
    const changedAt = new Date();
    const changes = worker.get(MatchChanges);
    await changes.mark(worker.get(DataSource), 'seeker', [seekerId]);
    await changes.dispatch('seeker', [seekerId]);
    const doneAtChange = (await running())!.seekers_done;

    await eventually(async () => {
      const { rows: lists } = await t.db.query(`SELECT computed_at FROM seeker_job_matches WHERE seeker_id = $1`, [seekerId]);
      return lists[0] && lists[0].computed_at > changedAt;
    }, 60_000, "the seeker's fresh list");
    const atFresh = await running();
    // The rebuild is still under way: the re-match went ahead of it, after at most the chunks
    // committed during the 250 ms debounce and the one being computed when it became ready.
    expect(atFresh).toMatchObject({ phase: 'seekers' });
    expect((atFresh!.seekers_done - doneAtChange) / CHUNK).toBeLessThanOrEqual(3);
    await eventually(async () => (await running()) === undefined, 120_000, 'the rebuild to finish');
    await worker.close();
  }, 180_000);

  it('a worker with MATCHING_ENGINE=false builds no index and takes no matching job', async () => {
    const worker = await t.startWorker({ MATCHING_ENGINE: 'false' });
    const processor = worker.get(MatchingProcessor);
    await processor.whenReady();
    expect(processor.worker.isRunning()).toBe(false);
  });
});
