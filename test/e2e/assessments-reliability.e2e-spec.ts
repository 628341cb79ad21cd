import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Queue, type ConnectionOptions } from 'bullmq';
import pg from 'pg';
import { psychometrics } from '#persistence';
import { JobName, QueueName, redisConnectionOptions, scoreJobId } from '#queue';
import { AssessmentScoringProcessor } from '../../apps/worker/src/processors/assessment-scoring.processor.js';
import { insertSubmittedProtocols } from '../../scripts/demo/assessment-protocols.js';
import { ADMIN_ENV, adminToken } from '../support/exchange.js';
import { createSeeker } from '../support/exchange-fixtures.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';

const SUBMISSIONS = 10_000;
const WORKER = join(process.cwd(), 'dist/apps/worker/src/main.js');

function startWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [WORKER], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function count(t: TestContext, sql: string, values: unknown[] = []): Promise<number> {
  const { rows } = await t.db.query(sql, values);
  return rows[0].n as number;
}

describe('assessment scoring reliability', () => {
  let t: TestContext;
  let queue: Queue;
  let userIds: string[];
  const children: ChildProcess[] = [];
  const riasec = psychometrics.SHIPPED_INSTRUMENTS.find((i) => i.id === 'riasec-48')!;

  beforeAll(async () => {
    // The schedules of this file's workers run rarely, so each test decides when reconciling happens.
    t = await createTestContext({ ...ADMIN_ENV, RECONCILE_EVERY_SECONDS: '3600' });
    queue = new Queue(QueueName.AssessmentScoring, { connection: redisConnectionOptions(t.env.REDIS_URL, true) as ConnectionOptions, prefix: t.env.QUEUE_PREFIX });
    userIds = [];
    for (let i = 0; i < 3; i += 1) userIds.push((await createSeeker(t)).id);
    // Every result written, counted by a trigger: a second write for one submission would show here.
    await t.db.query(`CREATE TABLE result_writes (assessment_id uuid NOT NULL, scoring_version text NOT NULL)`);
    await t.db.query(`CREATE FUNCTION count_result_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO result_writes VALUES (NEW.assessment_id, NEW.scoring_version); RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER tr_count_result_write AFTER INSERT ON assessment_results FOR EACH ROW EXECUTE FUNCTION count_result_write()`);
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await queue.close();
    await t.close();
    // Half a million answer rows: dropping the database discards its dirty pages and spares the
    // files that run next a checkpoint and autovacuum on them.
    const admin = new pg.Client({ connectionString: t.env.DATABASE_URL.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(t.env.DATABASE_URL).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
  });

  it('scores every one of ten thousand submissions exactly once when a worker is killed with SIGKILL midway', async () => {
    const ids = await insertSubmittedProtocols(t.db, { userIds, instrument: riasec, count: SUBMISSIONS, seed: 11 });
    await queue.addBulk(ids.map((assessmentId) => ({ name: JobName.ScoreAssessment, data: { assessmentId }, opts: { jobId: scoreJobId(assessmentId), attempts: 6 } })));
    const first = startWorkerProcess(t.env);
    children.push(first);
    const scoredAtKill = await eventually(async () => {
      const n = await count(t, `SELECT count(*)::int AS n FROM assessments WHERE status = 'scored' AND id = ANY($1::uuid[])`, [ids]);
      return n >= SUBMISSIONS / 5 ? n : undefined;
    }, 60_000, 'a fifth of the submissions scored');
    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await exited;
    const afterKill = await count(t, `SELECT count(*)::int AS n FROM assessments WHERE status = 'scored' AND id = ANY($1::uuid[])`, [ids]);
    expect(afterKill).toBeGreaterThanOrEqual(scoredAtKill);
    expect(afterKill).toBeLessThan(SUBMISSIONS);

    const second = startWorkerProcess(t.env);
    children.push(second);
    await eventually(async () => (await count(t, `SELECT count(*)::int AS n FROM assessments WHERE status = 'submitted' AND id = ANY($1::uuid[])`, [ids])) === 0, 150_000, 'every submission scored');
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    expect(await count(t, `SELECT count(*)::int AS n FROM assessments WHERE status = 'scored' AND id = ANY($1::uuid[])`, [ids])).toBe(SUBMISSIONS);
    expect(await count(t, `SELECT count(*)::int AS n FROM assessment_results WHERE assessment_id = ANY($1::uuid[])`, [ids])).toBe(SUBMISSIONS);
    expect(await count(t, `SELECT count(*)::int AS n FROM result_writes WHERE assessment_id = ANY($1::uuid[])`, [ids])).toBe(SUBMISSIONS);
    expect(await count(t, `SELECT count(DISTINCT assessment_id)::int AS n FROM result_writes WHERE assessment_id = ANY($1::uuid[])`, [ids])).toBe(SUBMISSIONS);
  }, 260_000);

  it('re-queues submissions whose jobs were lost when Redis was emptied, and scores them', async () => {
    const ids = await insertSubmittedProtocols(t.db, { userIds, instrument: riasec, count: 300, seed: 12, submittedAt: new Date(Date.now() - 3600_000) });
    await queue.addBulk(ids.map((assessmentId) => ({ name: JobName.ScoreAssessment, data: { assessmentId }, opts: { jobId: scoreJobId(assessmentId) } })));
    // Redis loses everything before any worker runs.
    await queue.obliterate({ force: true });
    expect(await queue.getJobCountByTypes('wait', 'active', 'delayed')).toBe(0);
    expect(await queue.getJob(scoreJobId(ids[0]))).toBeUndefined();
    // The worker's reconcile schedule runs once as it starts, so its first pass and this explicit
    // one may share the work; between them every lost job is queued again.
    const worker = await t.startWorker();
    const processor = worker.get(AssessmentScoringProcessor);
    const report = await processor.reconcile(30);
    expect(report.checked).toBeLessThanOrEqual(300);
    await eventually(async () => (await count(t, `SELECT count(*)::int AS n FROM assessments WHERE status = 'scored' AND id = ANY($1::uuid[])`, [ids])) === 300, 30_000);
    // A second pass finds nothing left to do.
    expect(await processor.reconcile(30)).toEqual({ checked: 0, requeued: 0 });
    expect(await count(t, `SELECT count(*)::int AS n FROM result_writes WHERE assessment_id = ANY($1::uuid[])`, [ids])).toBe(300);
  }, 60_000);

  it('keeps a malformed answer set as a scoring failure, once, without retries', async () => {
    const [id] = await insertSubmittedProtocols(t.db, { userIds, instrument: riasec, count: 1, seed: 13 });
    await t.db.query(`UPDATE assessment_responses SET value = 9 WHERE assessment_id = $1 AND item_id = 'R1'`, [id]);
    await queue.add(JobName.ScoreAssessment, { assessmentId: id }, { jobId: scoreJobId(id), attempts: 6, backoff: { type: 'fixed', delay: 10 } });
    const job = await eventually(async () => {
      const found = await queue.getJob(scoreJobId(id));
      return found && (await found.getState()) === 'failed' ? found : undefined;
    }, 20_000, 'the job failed');
    expect(job.attemptsMade).toBe(1);
    const { rows } = await t.db.query(`SELECT a.status, f.message FROM assessments a JOIN scoring_failures f ON f.assessment_id = a.id WHERE a.id = $1`, [id]);
    expect(rows).toEqual([{ status: 'failed', message: expect.stringMatching(/R1/) }]);
    // Not submitted any more, so the reconciler leaves it alone.
    const worker = await t.startWorker();
    expect((await worker.get(AssessmentScoringProcessor).reconcile(0)).checked).toBe(0);
  }, 60_000);

  it('builds draft norms for a group of 300 valid protocols; once an admin activates them, new results carry z, T, percentile and bands', async () => {
    const worker = await t.startWorker();
    const processor = worker.get(AssessmentScoringProcessor);
    const reliability = await processor.process({ name: JobName.ComputeReliability, data: {} } as never);
    expect(reliability).toMatchObject({ runs: expect.any(Number) });
    const admin = await adminToken(t);
    const alphas = await t.http.get('/api/admin/psychometrics/reliability').auth(admin.accessToken, { type: 'bearer' }).expect(200);
    const riasecAlphas = alphas.body.items.filter((item: { instrumentId: string }) => item.instrumentId === 'riasec-48');
    expect(riasecAlphas).toHaveLength(6);
    for (const item of riasecAlphas) expect(item).toMatchObject({ alpha: expect.any(Number), n: expect.any(Number), alarm: item.alpha < 0.7 });
    // A scale whose items work against each other raises the alarm.
    await t.db.query(`INSERT INTO reliability_runs (instrument_id, instrument_version, scale, alpha, item_total, alpha_if_deleted, n) VALUES ('ipip-bfm-50', '1.0.0', 'O', -0.12, '{}', '{}', 400)`);
    const alarmed = await t.http.get('/api/admin/psychometrics/reliability').auth(admin.accessToken, { type: 'bearer' }).expect(200);
    expect(alarmed.body.items.find((item: { instrumentId: string; scale: string }) => item.instrumentId === 'ipip-bfm-50' && item.scale === 'O')).toMatchObject({ alpha: -0.12, alarm: true });

    const { versions } = (await processor.process({ name: JobName.ComputeNorms, data: {} } as never)) as { versions: string[] };
    expect(versions).toHaveLength(1);
    const norms = await t.http.get('/api/admin/psychometrics/norms').auth(admin.accessToken, { type: 'bearer' }).expect(200);
    expect(norms.body.items[0]).toMatchObject({ version: versions[0], instrumentId: 'riasec-48', status: 'draft', groups: [{ groupKey: expect.stringMatching(/^id\|F\|/), n: expect.any(Number) }] });
    expect(norms.body.items[0].groups[0].n).toBeGreaterThanOrEqual(300);
    // Nothing changed: no second draft.
    expect(await processor.process({ name: JobName.ComputeNorms, data: {} } as never)).toEqual({ versions: [] });

    const [before] = await insertSubmittedProtocols(t.db, { userIds, instrument: riasec, count: 1, seed: 21 });
    await processor.reconcile(-60);
    await eventually(async () => (await count(t, `SELECT count(*)::int AS n FROM assessments WHERE id = $1 AND status = 'scored'`, [before])) === 1, 15_000);
    const { rows: unnormed } = await t.db.query(`SELECT norm_version, result -> 'scales' -> 'S' AS s FROM assessment_results WHERE assessment_id = $1`, [before]);
    expect(unnormed[0]).toMatchObject({ norm_version: null, s: expect.objectContaining({ z: null, percentile: null }) });

    await t.http.post(`/api/admin/psychometrics/norms/${versions[0]}/activate`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
    const [after] = await insertSubmittedProtocols(t.db, { userIds, instrument: riasec, count: 1, seed: 22 });
    await processor.reconcile(-60);
    await eventually(async () => (await count(t, `SELECT count(*)::int AS n FROM assessments WHERE id = $1 AND status = 'scored'`, [after])) === 1, 15_000);
    const { rows: normed } = await t.db.query(`SELECT norm_version, result -> 'scales' -> 'S' AS s FROM assessment_results WHERE assessment_id = $1`, [after]);
    expect(normed[0].norm_version).toBe(versions[0]);
    expect(normed[0].s).toMatchObject({ z: expect.any(Number), T: expect.any(Number), percentile: expect.any(Number), sem: expect.any(Number) });
    expect(normed[0].s.T).toBeCloseTo(50 + 10 * normed[0].s.z, 6);
  }, 120_000);
});
