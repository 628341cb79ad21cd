import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#config';
import { compileSeeker, compileVacancy, MATCH_SCORING_VERSION, MatchContext, type CompiledSeeker, type CompiledVacancy } from '#domain';
import { MatchIndex, type RankedList } from '#matching-engine';
import {
  advanceMatchRebuild,
  copyMatchLists,
  deleteMatchLists,
  dropClosedCandidateLists,
  loadActiveWeightSet,
  loadMatchReference,
  loadMatchSeekers,
  loadMatchVacancies,
  matchChangeStamp,
  moveMatchRebuild,
  openVacancyIdsAfter,
  outdatedMatchLists,
  runningMatchRebuild,
  seekerIdsAfter,
  settleMatchChange,
  staleMatchChanges,
  startMatchRebuild,
  storeMatchLists,
  streamMatchSeekers,
  streamMatchVacancies,
  streamStoredMatchLists,
  type MatchListDirection,
  type MatchListToStore,
  type MatchRebuild,
  type SqlRunner,
} from '#persistence';
import { MatchChanges } from '#platform';
import { JobName, JobProducer, QueueName, type JobPayloads } from '#queue';
import type { JobHandlerSet } from './handler-set.js';

/** Entries kept per stored list (both directions). */
export const MATCH_LIST_SIZE = 50;
// More than a stored score (a real) can differ from the computed one.
const STORED_SCORE_TOLERANCE = 1e-5;
// Lists stored per statement when a change touches many of them.
const WRITE_BATCH = 2_000;
// From this many lists on, binary COPY (three round trips, no numbers as text) beats one `unnest` statement.
const COPY_FROM_LISTS = 20;
// A rebuild step runs at most this long, then queues its continuation; it ends sooner when a re-match
// of a fresh change is waiting (checked after every chunk), so that change waits for one chunk at most.
const REBUILD_STEP_MS = 5_000;
// Computing yields to the event loop this often, so that a write in flight and the job lock's renewal proceed.
const YIELD_EVERY_MS = 25;
// A change younger than this is normally waiting for its debounced job.
const RECONCILE_GRACE_SECONDS = 5;
const RECONCILE_BATCH = 1_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The matching engine's owner (queue `matching`, one job at a time): at start it loads every seeker
 * and open vacancy into the in-memory index, then keeps the stored top-K lists of both directions
 * fresh. A change re-matches the entity and the other side's lists it touches; a full rebuild
 * recomputes every list in chunks whose cursor is committed with the chunk; the reconciler re-queues
 * what PostgreSQL says is still to do. Only a worker with MATCHING_ENGINE=true takes these jobs.
 */
// Jobs are short and compute yields often, so a short lock lets a killed worker's job be taken up within seconds.
@Processor(QueueName.Matching, { autorun: false, concurrency: 1, lockDuration: 10_000, stalledInterval: 5_000 })
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap, JobHandlerSet {
  readonly queue = QueueName.Matching;
  readonly handles = [JobName.MatchSeeker, JobName.MatchVacancy, JobName.RebuildMatches, JobName.ReconcileMatches];
  private readonly logger = new Logger(MatchingProcessor.name);
  private index: MatchIndex | null = null;
  private stopping = false;
  private starting: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobProducer,
    private readonly matchChanges: MatchChanges,
  ) {
    super();
  }

  /** Builds the index in the background (the worker's other queues run meanwhile), then takes jobs. */
  onApplicationBootstrap(): void {
    if (!this.config.matching.engine) return;
    this.starting = this.start().catch((error: unknown) => {
      this.logger.error(`The matching index could not be built; matching jobs wait until a worker starts: ${(error as Error).stack ?? error}`);
    });
  }

  /** Resolves once the index is built and jobs are being taken (at once when this worker does not run matching). */
  whenReady(): Promise<void> {
    return this.starting;
  }

  /** Stops taking jobs; a rebuild step in progress ends after its current chunk. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.starting;
    await this.worker.close();
  }

  private async start(): Promise<void> {
    const started = Date.now();
    this.index = await this.buildIndex();
    if (this.stopping) return;
    this.logger.log(`Matching index built: ${this.index.seekerCount} seekers, ${this.index.vacancyCount} vacancies (${Date.now() - started} ms)`);
    // A rebuild a stopped worker left unfinished goes on (its state is in PostgreSQL).
    if (await runningMatchRebuild(this.db)) await this.jobs.add(JobName.RebuildMatches, { resume: true });
    void this.worker.run().catch((error: unknown) => this.logger.error(`Matching worker stopped: ${(error as Error).message}`));
  }

  /** Every seeker and open vacancy, compiled under the active weight set, and the stored lists noted. */
  private async buildIndex(): Promise<MatchIndex> {
    const [reference, weightSet] = await Promise.all([loadMatchReference(this.db), loadActiveWeightSet(this.db)]);
    const ctx = MatchContext.create(reference, weightSet.weights, weightSet.id);
    const index = new MatchIndex(ctx);
    for await (const page of streamMatchVacancies(this.db)) {
      for (const vacancy of page) index.upsertVacancy(compileVacancy(vacancy, ctx));
      if (this.stopping) return index;
    }
    for await (const page of streamMatchSeekers(this.db)) {
      for (const seeker of page) index.upsertSeeker(compileSeeker(seeker, ctx));
      if (this.stopping) return index;
    }
    // What is stored, so that a change finds the lists it touches (the index keeps each list's k-th
    // score; the entries' components are not needed). Stored scores are reals (single precision, or
    // 6 decimals when written as text), so they are lowered a little: a list is then found touched
    // slightly too often, never too rarely.
    const noComponents = new Float64Array(MATCH_LIST_SIZE * 8);
    for (const direction of ['jobs', 'candidates'] as const) {
      for await (const page of streamStoredMatchLists(this.db, direction)) {
        for (const stored of page) {
          const scores = Float64Array.from(stored.scores, (score) => score - STORED_SCORE_TOLERANCE);
          const list: RankedList = { ids: stored.ids, scores, components: noComponents.subarray(0, stored.ids.length * 8) };
          if (direction === 'jobs' && index.hasSeeker(stored.ownerId)) index.noteJobsList(stored.ownerId, list, MATCH_LIST_SIZE);
          if (direction === 'candidates' && index.hasVacancy(stored.ownerId)) index.noteCandidatesList(stored.ownerId, list, MATCH_LIST_SIZE);
        }
        if (this.stopping) return index;
      }
    }
    return index;
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.MatchSeeker:
        return this.matchSeeker((job.data as JobPayloads[JobName.MatchSeeker]).seekerId);
      case JobName.MatchVacancy:
        return this.matchVacancy((job.data as JobPayloads[JobName.MatchVacancy]).vacancyId);
      case JobName.RebuildMatches:
        return this.rebuildStep((job.data as JobPayloads[JobName.RebuildMatches]).resume === true);
      case JobName.ReconcileMatches:
        return this.reconcile(RECONCILE_GRACE_SECONDS);
      default:
        throw new Error(`MatchingProcessor cannot handle ${job.name}`);
    }
  }

  private get engine(): MatchIndex {
    if (!this.index) throw new Error('The matching index is not built yet');
    return this.index;
  }

  private get context(): MatchContext {
    return this.engine.context;
  }

  /**
   * A seeker changed: their own job list first (its own statement, so freshness is not held up by
   * the rest), then every candidate list they were in or may now enter. The pending change is
   * settled only if no newer one arrived meanwhile.
   */
  async matchSeeker(seekerId: string): Promise<{ jobs: number; candidateLists: number }> {
    const index = this.engine;
    const stamp = await matchChangeStamp(this.db, 'seeker', seekerId);
    const [seeker] = await loadMatchSeekers(this.db, [seekerId]);
    const next = seeker ? compileSeeker(seeker, this.context) : null;
    const touched = index.candidateListsTouchedBySeeker(next, seekerId);
    if (next) index.upsertSeeker(next);
    else if (index.hasSeeker(seekerId)) index.removeSeeker(seekerId);

    let jobs = 0;
    if (next) {
      const list = index.topJobs(seekerId, MATCH_LIST_SIZE);
      await this.store('jobs', [this.toStore(seekerId, list, stamp)]);
      index.noteJobsList(seekerId, list, MATCH_LIST_SIZE);
      jobs = list.ids.length;
    }
    const vacancies = touched.filter((id) => index.hasVacancy(id));
    await this.storeCandidateLists(vacancies);
    await this.settle('seeker', seekerId, stamp);
    return { jobs, candidateLists: vacancies.length };
  }

  /**
   * A vacancy changed: when open, its candidate list first; when closed, filled, past its deadline
   * or deleted, it leaves the index and its candidate list goes. Then every job list it was in or
   * may now enter is recomputed.
   */
  async matchVacancy(vacancyId: string): Promise<{ candidates: number; jobLists: number }> {
    const index = this.engine;
    const stamp = await matchChangeStamp(this.db, 'vacancy', vacancyId);
    const [vacancy] = await loadMatchVacancies(this.db, [vacancyId]);
    const next = vacancy?.open ? compileVacancy(vacancy, this.context) : null;
    const touched = index.jobListsTouchedByVacancy(next, vacancyId);
    if (next) index.upsertVacancy(next);
    else if (index.hasVacancy(vacancyId)) index.removeVacancy(vacancyId);

    let candidates = 0;
    if (next) {
      const list = index.topCandidates(vacancyId, MATCH_LIST_SIZE);
      await this.store('candidates', [this.toStore(vacancyId, list, stamp)]);
      index.noteCandidatesList(vacancyId, list, MATCH_LIST_SIZE);
      candidates = list.ids.length;
    } else {
      await deleteMatchLists(this.db, 'candidates', [vacancyId]);
    }
    const seekers = touched.filter((id) => index.hasSeeker(id));
    await this.storeJobLists(seekers);
    await this.settle('vacancy', vacancyId, stamp);
    return { candidates, jobLists: seekers.length };
  }

  /**
   * Deletes the change this job matched; a change that arrived meanwhile stays and is queued again
   * at once (its own job may have been absorbed by this one's debounce window as it started).
   */
  private async settle(kind: 'seeker' | 'vacancy', id: string, stamp: string | null): Promise<void> {
    await settleMatchChange(this.db, kind, id, stamp);
    if ((await matchChangeStamp(this.db, kind, id)) !== null) await this.matchChanges.dispatch(kind, [id]);
  }

  private toStore(ownerId: string, list: RankedList, sourceChangedAt: string | null): MatchListToStore {
    return { ownerId, ids: list.ids, scores: list.scores, components: list.components, sourceChangedAt };
  }

  private store(direction: MatchListDirection, lists: MatchListToStore[]): Promise<void> {
    return storeMatchLists(this.db, direction, lists, this.context.weightSetId, MATCH_SCORING_VERSION);
  }

  /** Recomputes and stores the job lists of these seekers, in batches. */
  private storeJobLists(seekerIds: readonly string[]): Promise<void> {
    return this.recompute('jobs', seekerIds);
  }

  private storeCandidateLists(vacancyIds: readonly string[]): Promise<void> {
    return this.recompute('candidates', vacancyIds);
  }

  private async recompute(direction: MatchListDirection, ownerIds: readonly string[]): Promise<void> {
    for (let from = 0; from < ownerIds.length; from += WRITE_BATCH) {
      const batch = await this.computeLists(direction, ownerIds.slice(from, from + WRITE_BATCH));
      if (batch.length < COPY_FROM_LISTS) await this.store(direction, batch);
      else await this.inTransaction((client) => copyMatchLists(client, direction, batch, this.context.weightSetId, MATCH_SCORING_VERSION));
    }
  }

  /** A transaction on a connection of its own, with the pg client for COPY and a runner for queries. */
  private async inTransaction<T>(work: (client: pg.ClientBase, runner: SqlRunner) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const result = await work((runner as unknown as { databaseConnection: pg.ClientBase }).databaseConnection, runner);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Lists of these owners from the index, noted in its bookkeeping; yields to the event loop as it goes. */
  private async computeLists(direction: MatchListDirection, ownerIds: readonly string[]): Promise<MatchListToStore[]> {
    const index = this.engine;
    const out: MatchListToStore[] = [];
    let slice = Date.now();
    for (const ownerId of ownerIds) {
      if (direction === 'jobs') {
        if (!index.hasSeeker(ownerId)) continue;
        const list = index.topJobs(ownerId, MATCH_LIST_SIZE);
        index.noteJobsList(ownerId, list, MATCH_LIST_SIZE);
        out.push(this.toStore(ownerId, list, null));
      } else {
        if (!index.hasVacancy(ownerId)) continue;
        const list = index.topCandidates(ownerId, MATCH_LIST_SIZE);
        index.noteCandidatesList(ownerId, list, MATCH_LIST_SIZE);
        out.push(this.toStore(ownerId, list, null));
      }
      if (Date.now() - slice >= YIELD_EVERY_MS) {
        await yieldToEventLoop();
        slice = Date.now();
      }
    }
    return out;
  }

  /** Applies the active weight set when it is not the index's: a new context, and every list must be rebuilt. */
  private async followWeightSet(): Promise<boolean> {
    const active = await loadActiveWeightSet(this.db);
    if (active.id === this.context.weightSetId) return false;
    this.engine.setContext(this.context.withWeights(active.weights, active.id));
    this.logger.log(`Matching now uses weight set ${active.id ?? 'default'}; every list is rebuilt`);
    return true;
  }

  /**
   * One step of the full rebuild: starts one when none is running (or the running one was for other
   * weights), then stores chunks of lists in id order for up to REBUILD_STEP_MS — seekers' job lists,
   * then vacancies' candidate lists — each chunk in one transaction with the cursor, so a worker
   * killed midway resumes after the last committed chunk. Queues its own continuation until done.
   * With `resume`, only a running rebuild goes on (a continuation that finds it done does nothing),
   * unless the weights changed.
   */
  async rebuildStep(resume = false): Promise<{ rebuild: number | null; phase: string; seekersDone: number; vacanciesDone: number }> {
    const newWeights = await this.followWeightSet();
    const weightSetId = this.context.weightSetId;
    let run: MatchRebuild | null = await runningMatchRebuild(this.db);
    if (run && run.weightSetId !== weightSetId) {
      await moveMatchRebuild(this.db, run.id, 'done');
      this.logger.log(`Rebuild ${run.id} superseded by a new weight set`);
      run = null;
    }
    if (!run && resume && !newWeights) return { rebuild: null, phase: 'none', seekersDone: 0, vacanciesDone: 0 };
    run ??= await startMatchRebuild(this.db, weightSetId);
    const deadline = Date.now() + REBUILD_STEP_MS;
    const chunk = this.config.matching.rebuildChunk;
    // The chunk being written while the next is computed (one in flight at a time, committed in order).
    let writing: Promise<void> = Promise.resolve();

    while (run.phase !== 'done' && !this.stopping && Date.now() < deadline && !(await this.freshWorkWaiting())) {
      const phase: 'seekers' | 'vacancies' = run.phase;
      const cursor: string | null = phase === 'seekers' ? run.seekerCursor : run.vacancyCursor;
      const ids: string[] = phase === 'seekers' ? await seekerIdsAfter(this.db, cursor, chunk) : await openVacancyIdsAfter(this.db, cursor, chunk);
      if (ids.length === 0) {
        await writing;
        if (phase === 'seekers') {
          await moveMatchRebuild(this.db, run.id, 'vacancies');
          run = { ...run, phase: 'vacancies' };
        } else {
          await dropClosedCandidateLists(this.db);
          await moveMatchRebuild(this.db, run.id, 'done');
          run = { ...run, phase: 'done' };
          this.logger.log(`Rebuild ${run.id} done: ${run.seekersDone} job lists, ${run.vacanciesDone} candidate lists`);
        }
        continue;
      }
      await this.ensureIndexed(phase, ids);
      const lists = await this.computeLists(phase === 'seekers' ? 'jobs' : 'candidates', ids);
      await writing;
      const runId = run.id;
      const last: string = ids[ids.length - 1]!;
      writing = this.inTransaction(async (client, db) => {
        await copyMatchLists(client, phase === 'seekers' ? 'jobs' : 'candidates', lists, weightSetId, MATCH_SCORING_VERSION);
        await advanceMatchRebuild(db, runId, phase, last, lists.length);
      });
      // Caught here and rethrown by the next await, so an early failure is not left unhandled meanwhile.
      writing.catch(() => undefined);
      run = phase === 'seekers' ? { ...run, seekerCursor: last, seekersDone: run.seekersDone + lists.length } : { ...run, vacancyCursor: last, vacanciesDone: run.vacanciesDone + lists.length };
    }
    await writing;
    if (run.phase !== 'done' && !this.stopping) await this.jobs.add(JobName.RebuildMatches, { resume: true });
    return { rebuild: run.id, phase: run.phase, seekersDone: run.seekersDone, vacanciesDone: run.vacanciesDone };
  }

  /** A re-match of a fresh change is ready to run (background work waits prioritized, fresh work does not). */
  private async freshWorkWaiting(): Promise<boolean> {
    return (await this.jobs.ready(QueueName.Matching)) > 0;
  }

  /** Entities in PostgreSQL the index does not hold yet (created without a hook since start) are loaded first. */
  private async ensureIndexed(phase: MatchRebuild['phase'], ids: readonly string[]): Promise<void> {
    const index = this.engine;
    if (phase === 'seekers') {
      const missing = ids.filter((id) => !index.hasSeeker(id));
      for (const seeker of await loadMatchSeekers(this.db, missing)) index.upsertSeeker(compileSeeker(seeker, this.context));
    } else {
      const missing = ids.filter((id) => !index.hasVacancy(id));
      for (const vacancy of await loadMatchVacancies(this.db, missing)) if (vacancy.open) index.upsertVacancy(compileVacancy(vacancy, this.context));
    }
  }

  /**
   * Re-queues changes whose job was lost or failed, and seekers and vacancies whose list is missing,
   * older than their last change or from other weights (a bounded batch per run); a rebuild left
   * unfinished, or owed to a new weight set, is queued again.
   */
  async reconcile(graceSeconds: number): Promise<{ changes: number; seekers: number; vacancies: number; rebuild: boolean }> {
    const changes = await staleMatchChanges(this.db, graceSeconds, RECONCILE_BATCH);
    const changedSeekers = changes.filter((change) => change.kind === 'seeker').map((change) => change.id);
    const changedVacancies = changes.filter((change) => change.kind === 'vacancy').map((change) => change.id);
    // Everything the reconciler queues waits behind re-matches of fresh changes (whose jobs are not lost).
    await this.matchChanges.dispatch('seeker', changedSeekers, { background: true });
    await this.matchChanges.dispatch('vacancy', changedVacancies, { background: true });

    const active = await loadActiveWeightSet(this.db);
    const running = await runningMatchRebuild(this.db);
    const newWeights = active.id !== this.context.weightSetId;
    if (running || newWeights) {
      // The rebuild recomputes every list; re-matching them one by one meanwhile would only repeat it.
      await this.jobs.add(JobName.RebuildMatches, newWeights ? {} : { resume: true });
      return { changes: changes.length, seekers: 0, vacancies: 0, rebuild: true };
    }
    const outdated = await outdatedMatchLists(this.db, active.id, MATCH_SCORING_VERSION, RECONCILE_BATCH);
    if (outdated.seekers.length >= RECONCILE_BATCH || outdated.vacancies.length >= RECONCILE_BATCH) {
      // Many lists missing or outdated (a first start on loaded data, an import): a full rebuild is cheaper than one job each.
      await this.jobs.add(JobName.RebuildMatches, {});
      return { changes: changes.length, seekers: 0, vacancies: 0, rebuild: true };
    }
    if (outdated.seekers.length + outdated.vacancies.length > 0) {
      // Marked like any change, so the job settles them and this batch is not found again meanwhile.
      await this.db.transaction(async (db) => {
        await this.matchChanges.mark(db, 'seeker', outdated.seekers);
        await this.matchChanges.mark(db, 'vacancy', outdated.vacancies);
      });
      await this.matchChanges.dispatch('seeker', outdated.seekers, { background: true });
      await this.matchChanges.dispatch('vacancy', outdated.vacancies, { background: true });
    }
    const total = changes.length + outdated.seekers.length + outdated.vacancies.length;
    if (total > 0) this.logger.log(`Re-queued ${changes.length} pending change(s) and ${outdated.seekers.length + outdated.vacancies.length} outdated list(s)`);
    return { changes: changes.length, seekers: outdated.seekers.length, vacancies: outdated.vacancies.length, rebuild: false };
  }
}
