import {
  MATCH_COMPONENT_COUNT,
  countsInterest,
  indexOfSorted,
  locationFit,
  matchScore,
  NEUTRAL,
  scoreCeilingWithoutSkillOverlap,
  type CompiledSeeker,
  type CompiledVacancy,
  type MatchContext,
} from '#domain';
import { otherComponentsSum } from './bounds.js';
import { CommuteList, growFloat64, growInt32, IntList, WeightedList } from './lists.js';
import { emptyRankedList, TopK, type RankedList } from './ranked.js';
import { ACTIVE, HAS_INTERESTS, readSeeker, SEARCHABLE, SeekerScratch, SeekerStore } from './seeker-store.js';

/** Candidates are scored in bands of their skill bound, best band first; 256 bands keep each band small. */
const LEVELS = 256;
/** A bound computed in another order than `matchScore` may be off in the last bits; this absorbs it. */
const BOUND_EPSILON = 1e-9;
/** Stored scores may come back as float32 (`real[]`): a threshold a little low only touches a list more. */
const THRESHOLD_SLACK = 1e-6;
const MAX_EPOCH = 0x7fffffff;

/**
 * The in-memory matching index: seekers and vacancies by internal slot, postings from each skill to
 * the seekers holding it (by home region, and by a chosen region that is out of commuting reach) and
 * to the vacancies listing it (by region, remote ones apart), so that a query scores only pairs that
 * can be in reach and skips, band by band, those whose skills cannot lift them above the k-th best.
 * It returns exactly what scoring every pair with `matchScore` returns (`rankAllJobs`,
 * `rankAllCandidates`): same entries, same scores, same order.
 *
 * It also keeps, per stored list, the score an entity needs to be in it, so that a change finds the
 * lists it touches by scoring only the pairs in reach whose bound reaches that score.
 */
export class MatchIndex {
  private ctx: MatchContext;
  private readonly regions: number;

  private readonly skillIndex = new Map<number, number>();

  private readonly seekers = new SeekerStore();
  private readonly seekerSlots = new Map<string, number>();
  private readonly freeSeekerSlots: number[] = [];
  private seekerHighWater = 0;
  private seekerCapacity = 0;
  /** skill × (regions + 1) + home region (regions = no home region): active seekers holding the skill. */
  private readonly seekerPostings: Array<CommuteList | undefined> = [];
  /** skill × regions + region: active seekers holding the skill who chose the region and cannot commute to it. */
  private readonly preferredPostings: Array<IntList | undefined> = [];
  private readonly homeSeekers: CommuteList[] = [];
  private readonly preferringSeekers: IntList[] = [];
  /** The longest commute of any seeker ever placed in a home region (an upper bound; never lowered). */
  private readonly homeMaxCommute: Float64Array;

  private readonly vacancies: Array<CompiledVacancy | undefined> = [];
  private readonly vacancySlots = new Map<string, number>();
  private readonly freeVacancySlots: number[] = [];
  private vacancyHighWater = 0;
  private vacancyCapacity = 0;
  /** The bucket of an open vacancy: its region, `regions` when remote, -1 when in no bucket (closed, or nowhere). */
  private vacancyBucket = new Int32Array(0);
  /** Each vacancy's skillWeightTotal, as a column (reading it from the objects costs a cache miss each). */
  private vacancyWeightTotal = new Float64Array(0);
  /** skill × (regions + 1) + bucket: open vacancies listing the skill, with the skill's effective weight. */
  private readonly vacancyPostings: Array<WeightedList | undefined> = [];
  private readonly bucketVacancies: IntList[] = [];
  private readonly bucketVacanciesWithoutSkills: IntList[] = [];

  /** The score a seeker needs to be in a stored list (k-th score, or 0 when the list is not full); NaN when none noted. */
  private jobsThreshold = new Float64Array(0);
  private candidatesThreshold = new Float64Array(0);
  /**
   * The noted lists an entity with no skill in common could still enter (their threshold is not
   * above the no-overlap ceiling): a change scans these instead of every entity in reach.
   */
  private readonly lowJobLists = new SlotSet();
  private readonly lowCandidateLists = new SlotSet();

  // Scratch, reused by every query.
  private seekerStamp = new Int32Array(0);
  private seekerMark = new Int32Array(0);
  private seekerBound = new Float64Array(0);
  private seekerFound = new Int32Array(0);
  private seekerOrdered = new Int32Array(0);
  private seekerEpoch = 0;
  private seekerMarkEpoch = 0;
  private vacancyStamp = new Int32Array(0);
  private vacancyMark = new Int32Array(0);
  private vacancyBound = new Float64Array(0);
  private vacancyFound = new Int32Array(0);
  private vacancyOrdered = new Int32Array(0);
  private vacancyEpoch = 0;
  private vacancyMarkEpoch = 0;
  private readonly levelStart = new Int32Array(LEVELS + 2);
  private readonly levelCursor = new Int32Array(LEVELS + 1);
  private readonly buckets: Int32Array;
  private readonly homeBuckets: Int32Array;
  private readonly homeDistances: Float64Array;
  private readonly scratch = new SeekerScratch();
  private readonly components = new Float64Array(MATCH_COMPONENT_COUNT);

  /** What the last topJobs / topCandidates did: entities found through skill postings, checked against a bound, scored, and scanned without a skill bound. */
  readonly lastQuery = { postings: 0, found: 0, offered: 0, scored: 0, scannedWithoutBound: 0 };

  constructor(ctx: MatchContext) {
    this.ctx = ctx;
    this.regions = ctx.regionCount;
    const r = this.regions;
    this.homeMaxCommute = new Float64Array(r);
    for (let i = 0; i <= r; i++) {
      this.homeSeekers.push(new CommuteList());
      this.bucketVacancies.push(new IntList());
      this.bucketVacanciesWithoutSkills.push(new IntList());
      if (i < r) this.preferringSeekers.push(new IntList());
    }
    this.buckets = new Int32Array(r + 1);
    this.homeBuckets = new Int32Array(r + 1);
    this.homeDistances = new Float64Array(r + 1);
  }

  get context(): MatchContext {
    return this.ctx;
  }

  /** New weights over the same reference data. Every noted list is forgotten: the lists must be rebuilt. */
  setContext(ctx: MatchContext): void {
    if (ctx.regionCount !== this.regions) throw new Error(`the index was built for ${this.regions} regions; a context with ${ctx.regionCount} needs a new index`);
    this.ctx = ctx;
    this.jobsThreshold.fill(Number.NaN);
    this.candidatesThreshold.fill(Number.NaN);
    this.lowJobLists.clear();
    this.lowCandidateLists.clear();
  }

  get seekerCount(): number {
    return this.seekerSlots.size;
  }

  get vacancyCount(): number {
    return this.vacancySlots.size;
  }

  hasSeeker(id: string): boolean {
    return this.seekerSlots.has(id);
  }

  hasVacancy(id: string): boolean {
    return this.vacancySlots.has(id);
  }

  seekerIds(): IterableIterator<string> {
    return this.seekerSlots.keys();
  }

  vacancyIds(): IterableIterator<string> {
    return this.vacancySlots.keys();
  }

  /** A copy of a stored seeker, or undefined. */
  seeker(id: string): CompiledSeeker | undefined {
    const slot = this.seekerSlots.get(id);
    return slot === undefined ? undefined : readSeeker(this.seekers, slot);
  }

  /** The stored vacancy, or undefined. */
  vacancy(id: string): CompiledVacancy | undefined {
    const slot = this.vacancySlots.get(id);
    return slot === undefined ? undefined : this.vacancies[slot];
  }

  /** Internal sizes, for tests and the benchmark: slots in use or free, and the seeker columns' bytes. */
  stats(): { seekerSlots: number; vacancySlots: number; freeSeekerSlots: number; freeVacancySlots: number; seekerColumnBytes: number } {
    return {
      seekerSlots: this.seekerHighWater,
      vacancySlots: this.vacancyHighWater,
      freeSeekerSlots: this.freeSeekerSlots.length,
      freeVacancySlots: this.freeVacancySlots.length,
      seekerColumnBytes: this.seekers.bytes(),
    };
  }

  // ---------------------------------------------------------------- changes

  upsertSeeker(seeker: CompiledSeeker): void {
    let slot = this.seekerSlots.get(seeker.id);
    if (slot === undefined) {
      slot = this.freeSeekerSlots.pop() ?? this.seekerHighWater++;
      this.ensureSeekerCapacity(slot + 1);
      this.seekerSlots.set(seeker.id, slot);
      this.jobsThreshold[slot] = Number.NaN;
    } else {
      this.placeSeeker(slot, false);
    }
    this.seekers.write(slot, seeker);
    this.placeSeeker(slot, true);
  }

  removeSeeker(id: string): void {
    const slot = this.seekerSlots.get(id);
    if (slot === undefined) return;
    this.placeSeeker(slot, false);
    this.seekers.free(slot);
    this.seekerSlots.delete(id);
    this.freeSeekerSlots.push(slot);
    this.jobsThreshold[slot] = Number.NaN;
    this.lowJobLists.delete(slot);
  }

  upsertVacancy(vacancy: CompiledVacancy): void {
    let slot = this.vacancySlots.get(vacancy.id);
    if (slot === undefined) {
      slot = this.freeVacancySlots.pop() ?? this.vacancyHighWater++;
      this.ensureVacancyCapacity(slot + 1);
      this.vacancySlots.set(vacancy.id, slot);
      this.candidatesThreshold[slot] = Number.NaN;
    } else {
      this.placeVacancy(slot, false);
    }
    this.vacancies[slot] = vacancy;
    this.vacancyWeightTotal[slot] = vacancy.skillWeightTotal;
    this.placeVacancy(slot, true);
  }

  removeVacancy(id: string): void {
    const slot = this.vacancySlots.get(id);
    if (slot === undefined) return;
    this.placeVacancy(slot, false);
    this.vacancies[slot] = undefined;
    this.vacancySlots.delete(id);
    this.freeVacancySlots.push(slot);
    this.candidatesThreshold[slot] = Number.NaN;
    this.lowCandidateLists.delete(slot);
  }

  // ---------------------------------------------------------------- queries

  /** Exactly the first k of `rankAllJobs` over the stored vacancies. */
  topJobs(seekerId: string, k: number): RankedList {
    const slot = this.seekerSlots.get(seekerId);
    if (slot === undefined) throw new Error(`seeker ${seekerId} is not in the matching index`);
    return this.rankJobs(this.scratch.load(this.seekers, slot), k);
  }

  /** Exactly the first k of `rankAllCandidates` over the stored seekers. */
  topCandidates(vacancyId: string, k: number): RankedList {
    const slot = this.vacancySlots.get(vacancyId);
    if (slot === undefined) throw new Error(`vacancy ${vacancyId} is not in the matching index`);
    return this.rankCandidates(this.vacancies[slot]!, k);
  }

  /** Records what a seeker's stored jobs list holds (its k-th score), so that vacancy changes find it. */
  noteJobsList(seekerId: string, list: RankedList, k: number): void {
    const slot = this.seekerSlots.get(seekerId);
    if (slot === undefined) return;
    const threshold = thresholdOf(list, k);
    this.jobsThreshold[slot] = threshold;
    const ceiling = Math.max(scoreCeilingWithoutSkillOverlap(this.ctx, false), scoreCeilingWithoutSkillOverlap(this.ctx, true));
    this.lowJobLists.set(slot, threshold <= ceiling + BOUND_EPSILON);
  }

  /** Records what a vacancy's stored candidate list holds, so that seeker changes find it. */
  noteCandidatesList(vacancyId: string, list: RankedList, k: number): void {
    const slot = this.vacancySlots.get(vacancyId);
    if (slot === undefined) return;
    const threshold = thresholdOf(list, k);
    this.candidatesThreshold[slot] = threshold;
    this.lowCandidateLists.set(slot, threshold <= scoreCeilingWithoutSkillOverlap(this.ctx, false) + BOUND_EPSILON);
  }

  /**
   * Call before `upsertSeeker(next)` or `removeSeeker(id)` (pass `null` and the id): the vacancies
   * whose noted candidate list held the seeker as stored, or that the seeker as changed would enter.
   */
  candidateListsTouchedBySeeker(next: CompiledSeeker | null, id: string | undefined = next?.id): string[] {
    if (id === undefined) throw new Error('candidateListsTouchedBySeeker needs the seeker id when next is null');
    const touched: string[] = [];
    this.vacancyMarkEpoch = this.nextEpoch(this.vacancyMarkEpoch, this.vacancyMark);
    const slot = this.seekerSlots.get(id);
    if (slot !== undefined) this.touchCandidateLists(this.scratch.load(this.seekers, slot), touched);
    if (next !== null) this.touchCandidateLists(next, touched);
    return touched;
  }

  /**
   * Call before `upsertVacancy(next)` or `removeVacancy(id)` (pass `null` and the id): the seekers
   * whose noted jobs list held the vacancy as stored, or that the vacancy as changed would enter.
   */
  jobListsTouchedByVacancy(next: CompiledVacancy | null, id: string | undefined = next?.id): string[] {
    if (id === undefined) throw new Error('jobListsTouchedByVacancy needs the vacancy id when next is null');
    const touched: string[] = [];
    this.seekerMarkEpoch = this.nextEpoch(this.seekerMarkEpoch, this.seekerMark);
    const slot = this.vacancySlots.get(id);
    if (slot !== undefined) this.touchJobLists(this.vacancies[slot]!, touched);
    if (next !== null) this.touchJobLists(next, touched);
    return touched;
  }

  // ---------------------------------------------------------------- jobs direction

  private rankJobs(seeker: CompiledSeeker, k: number): RankedList {
    if (!seeker.active || k < 1) return emptyRankedList();
    const ctx = this.ctx;
    const buckets = this.jobBuckets(seeker);
    const found = this.collectVacancies(seeker, buckets);
    this.lastQuery.found = found;
    const top = new TopK(k);
    const components = this.components;
    const vacancies = this.vacancies;
    const stats = this.lastQuery;
    stats.offered = 0;
    stats.scored = 0;
    stats.scannedWithoutBound = 0;
    const withInterest = countsInterest(seeker, 'jobs');
    const total = ctx.weightTotal(withInterest);
    const skills = ctx.weights.skills;
    /** Scores a vacancy whose skills component is at most `fraction`, unless a cheaper bound rules it out. */
    const offer = (slot: number, fraction: number): void => {
      stats.offered++;
      const vacancy = vacancies[slot]!;
      if (top.full) {
        const location = locationFit(seeker, vacancy, ctx);
        if (location < 0) return;
        const bound = total > 0 ? (skills * fraction + otherComponentsSum(seeker, vacancy, ctx, withInterest, location)) / total : 0;
        if (bound + BOUND_EPSILON < top.worstScore) return;
      }
      stats.scored++;
      const score = matchScore(seeker, vacancy, ctx, 'jobs', components);
      if (score >= 0 && top.accepts(score, vacancy.id)) top.offer(score, vacancy.id, components);
    };

    // Vacancies without skills have no skill bound: always scored (and stamped, so the rest skips them).
    for (let b = 0; b < buckets; b++) {
      const list = this.bucketVacanciesWithoutSkills[this.buckets[b]!]!;
      for (let i = 0; i < list.length; i++) {
        const slot = list.values[i]!;
        this.vacancyStamp[slot] = this.vacancyEpoch;
        offer(slot, NEUTRAL);
      }
    }

    const ordered = this.vacancyOrdered;
    this.orderByLevel(this.vacancyFound, found, this.vacancyBound, ordered);
    let stopped = false;
    for (let level = LEVELS; level >= 0 && !stopped; level--) {
      const from = this.levelStart[level]!;
      const to = this.levelStart[level + 1]!;
      if (from === to) continue;
      if (top.full && levelBound(level, skills, total) + BOUND_EPSILON < top.worstScore) stopped = true;
      else for (let p = from; p < to; p++) offer(ordered[p]!, this.vacancyBound[ordered[p]!]!);
    }
    if (!stopped && !(top.full && scoreCeilingWithoutSkillOverlap(ctx, withInterest) + BOUND_EPSILON < top.worstScore)) {
      const rest = this.collectRestVacancies(buckets, found);
      stats.scannedWithoutBound = rest - found;
      // No skill of these vacancies is held nor related: their skills component is 0.
      for (let i = found; i < rest; i++) offer(this.vacancyFound[i]!, 0);
    }
    return top.toRankedList();
  }

  /** The buckets a seeker reaches (regions by commute or choice, and the remote bucket) into `this.buckets`; returns how many. */
  private jobBuckets(seeker: CompiledSeeker): number {
    const ctx = this.ctx;
    let n = 0;
    for (let r = 0; r < this.regions; r++) {
      const reachable =
        (seeker.region >= 0 && ctx.distanceKm(seeker.region, r) <= seeker.maxCommuteKm) || indexOfSorted(seeker.preferredRegions, r) >= 0;
      if (reachable) this.buckets[n++] = r;
    }
    this.buckets[n++] = this.regions;
    return n;
  }

  /**
   * Stamps every vacancy in the given buckets that lists a skill of the seeker or a related one, with
   * an upper bound of its skills component in `vacancyBound`; returns how many (in `vacancyFound`).
   */
  private collectVacancies(seeker: CompiledSeeker, buckets: number): number {
    this.vacancyEpoch = this.nextEpoch(this.vacancyEpoch, this.vacancyStamp);
    let found = 0;
    for (let i = 0; i < seeker.skillIds.length; i++) {
      const skillId = seeker.skillIds[i]!;
      const own = this.skillIndex.get(skillId);
      if (own !== undefined) found = this.accumulateVacancies(own, 1, buckets, found);
      const related = this.ctx.related(skillId);
      for (let j = 0; j < related.ids.length; j++) {
        const skill = this.skillIndex.get(related.ids[j]!);
        if (skill !== undefined) found = this.accumulateVacancies(skill, related.weights[j]!, buckets, found);
      }
    }
    const bound = this.vacancyBound;
    const totals = this.vacancyWeightTotal;
    for (let i = 0; i < found; i++) {
      const slot = this.vacancyFound[i]!;
      bound[slot] = Math.min(1, bound[slot]! / totals[slot]!);
    }
    return found;
  }

  private accumulateVacancies(skill: number, factor: number, buckets: number, found: number): number {
    const stamp = this.vacancyStamp;
    const bound = this.vacancyBound;
    const epoch = this.vacancyEpoch;
    const base = skill * (this.regions + 1);
    for (let b = 0; b < buckets; b++) {
      const list = this.vacancyPostings[base + this.buckets[b]!];
      if (list === undefined) continue;
      const values = list.values;
      const weights = list.weights;
      for (let i = 0; i < list.length; i++) {
        const slot = values[i]!;
        const credit = weights[i]! * factor;
        if (stamp[slot] !== epoch) {
          stamp[slot] = epoch;
          bound[slot] = credit;
          this.vacancyFound[found++] = slot;
        } else {
          bound[slot] += credit;
        }
      }
    }
    return found;
  }

  /** Appends to `vacancyFound` (from `found`) every vacancy in the buckets not stamped yet; returns the new end. */
  private collectRestVacancies(buckets: number, found: number): number {
    const stamp = this.vacancyStamp;
    const epoch = this.vacancyEpoch;
    for (let b = 0; b < buckets; b++) {
      const list = this.bucketVacancies[this.buckets[b]!]!;
      for (let i = 0; i < list.length; i++) {
        const slot = list.values[i]!;
        if (stamp[slot] === epoch) continue;
        stamp[slot] = epoch;
        this.vacancyFound[found++] = slot;
      }
    }
    return found;
  }

  private touchCandidateLists(seeker: CompiledSeeker, touched: string[]): void {
    if (!seeker.active || !seeker.searchable) return;
    const ctx = this.ctx;
    const buckets = this.jobBuckets(seeker);
    const found = this.collectVacancies(seeker, buckets);
    const threshold = this.candidatesThreshold;
    const total = ctx.weightTotal(false);
    const skills = ctx.weights.skills;
    const check = (slot: number): void => {
      const vacancy = this.vacancies[slot]!;
      if (this.vacancyMark[slot] !== this.vacancyMarkEpoch && matchScore(seeker, vacancy, ctx, 'candidates') >= threshold[slot]!) {
        this.vacancyMark[slot] = this.vacancyMarkEpoch;
        touched.push(vacancy.id);
      }
    };
    for (let i = 0; i < found; i++) {
      const slot = this.vacancyFound[i]!;
      const needed = threshold[slot]!;
      if (needed !== needed || fractionBound(this.vacancyBound[slot]!, skills, total) + BOUND_EPSILON < needed) continue;
      check(slot);
    }
    // Vacancies without skills in reach: no bound applies.
    for (let b = 0; b < buckets; b++) {
      const list = this.bucketVacanciesWithoutSkills[this.buckets[b]!]!;
      for (let i = 0; i < list.length; i++) {
        const slot = list.values[i]!;
        if (threshold[slot] === threshold[slot]) check(slot);
      }
    }
    // With no skill in common the seeker scores at most the ceiling: only low lists can take it
    // (out of reach, matchScore says -1, below every threshold).
    const low = this.lowCandidateLists;
    for (let i = 0; i < low.length; i++) {
      const slot = low.values[i]!;
      if (this.vacancyStamp[slot] !== this.vacancyEpoch && hasSkills(this.vacancies[slot]!)) check(slot);
    }
  }

  // ---------------------------------------------------------------- candidates direction

  private rankCandidates(vacancy: CompiledVacancy, k: number): RankedList {
    if (!vacancy.open || k < 1 || (!vacancy.isRemote && vacancy.region < 0)) return emptyRankedList();
    const ctx = this.ctx;
    const store = this.seekers;
    const scratch = this.scratch;
    const top = new TopK(k);
    const components = this.components;
    const stats = this.lastQuery;
    stats.offered = 0;
    stats.scored = 0;
    stats.scannedWithoutBound = 0;
    const total = ctx.weightTotal(false);
    const skills = ctx.weights.skills;
    /** Scores a seeker whose skills component is at most `fraction`, unless a cheaper bound rules it out. */
    const offer = (slot: number, fraction: number): void => {
      stats.offered++;
      const seeker = scratch.load(store, slot);
      if (top.full) {
        const location = locationFit(seeker, vacancy, ctx);
        if (location < 0) return;
        const bound = total > 0 ? (skills * fraction + otherComponentsSum(seeker, vacancy, ctx, false, location)) / total : 0;
        if (bound + BOUND_EPSILON < top.worstScore) return;
      }
      stats.scored++;
      const score = matchScore(seeker, vacancy, ctx, 'candidates', components);
      if (score >= 0 && top.accepts(score, seeker.id)) top.offer(score, seeker.id, components);
    };
    const homes = this.homeBucketsFor(vacancy);
    const withSkills = hasSkills(vacancy);
    const found = withSkills ? this.collectSeekers(vacancy, homes, true) : this.startSeekerQuery();
    stats.found = found;
    let stopped = false;
    if (withSkills) {
      const ordered = this.seekerOrdered;
      this.orderByLevel(this.seekerFound, found, this.seekerBound, ordered);
      for (let level = LEVELS; level >= 0 && !stopped; level--) {
        const from = this.levelStart[level]!;
        const to = this.levelStart[level + 1]!;
        if (from === to) continue;
        if (top.full && levelBound(level, skills, total) + BOUND_EPSILON < top.worstScore) stopped = true;
        else for (let p = from; p < to; p++) offer(ordered[p]!, this.seekerBound[ordered[p]!]!);
      }
      if (top.full && scoreCeilingWithoutSkillOverlap(ctx, false) + BOUND_EPSILON < top.worstScore) stopped = true;
    }
    if (!stopped) {
      const rest = this.collectRestSeekers(vacancy, homes, found, true);
      stats.scannedWithoutBound = rest - found;
      const fraction = withSkills ? 0 : NEUTRAL;
      for (let i = found; i < rest; i++) offer(this.seekerFound[i]!, fraction);
    }
    return top.toRankedList();
  }

  /**
   * The home regions from which a seeker may commute to the vacancy (all, with no distance check,
   * for a remote vacancy) into `homeBuckets` / `homeDistances`; returns how many.
   */
  private homeBucketsFor(vacancy: CompiledVacancy): number {
    let n = 0;
    if (vacancy.isRemote) {
      for (let h = 0; h <= this.regions; h++) {
        this.homeBuckets[n] = h;
        this.homeDistances[n++] = 0;
      }
      return n;
    }
    for (let h = 0; h < this.regions; h++) {
      const km = this.ctx.distanceKm(h, vacancy.region);
      if (km > this.homeMaxCommute[h]!) continue;
      this.homeBuckets[n] = h;
      this.homeDistances[n++] = km;
    }
    return n;
  }

  private startSeekerQuery(): number {
    this.lastQuery.postings = 0;
    this.seekerEpoch = this.nextEpoch(this.seekerEpoch, this.seekerStamp);
    return 0;
  }

  /**
   * Stamps every seeker in reach of the vacancy holding one of its skills or a related one, with an
   * upper bound of the skills component in `seekerBound`; returns how many (in `seekerFound`).
   */
  private collectSeekers(vacancy: CompiledVacancy, homes: number, searchableOnly: boolean): number {
    let found = this.startSeekerQuery();
    for (let i = 0; i < vacancy.skillIds.length; i++) {
      const skillId = vacancy.skillIds[i]!;
      const weight = vacancy.skillWeights[i]!;
      const own = this.skillIndex.get(skillId);
      if (own !== undefined) found = this.accumulateSeekers(vacancy, own, weight, homes, searchableOnly, found);
      const related = this.ctx.related(skillId);
      for (let j = 0; j < related.ids.length; j++) {
        const skill = this.skillIndex.get(related.ids[j]!);
        if (skill !== undefined) found = this.accumulateSeekers(vacancy, skill, weight * related.weights[j]!, homes, searchableOnly, found);
      }
    }
    const bound = this.seekerBound;
    const total = vacancy.skillWeightTotal;
    for (let i = 0; i < found; i++) {
      const slot = this.seekerFound[i]!;
      bound[slot] = Math.min(1, bound[slot]! / total);
    }
    return found;
  }

  private accumulateSeekers(vacancy: CompiledVacancy, skill: number, credit: number, homes: number, searchableOnly: boolean, found: number): number {
    const stamp = this.seekerStamp;
    const bound = this.seekerBound;
    const epoch = this.seekerEpoch;
    const flags = this.seekers.flags;
    const needed = searchableOnly ? SEARCHABLE : 0;
    const base = skill * (this.regions + 1);
    for (let t = 0; t < homes; t++) {
      const list = this.seekerPostings[base + this.homeBuckets[t]!];
      if (list === undefined) continue;
      list.settle();
      const km = this.homeDistances[t]!;
      const values = list.values;
      const commutes = list.commutes;
      for (let i = 0; i < list.length; i++) {
        // Longest commute first: from here on nobody reaches the vacancy.
        if (commutes[i]! < km) break;
        this.lastQuery.postings++;
        const slot = values[i]!;
        if ((flags[slot]! & needed) !== needed) continue;
        if (stamp[slot] !== epoch) {
          stamp[slot] = epoch;
          bound[slot] = credit;
          this.seekerFound[found++] = slot;
        } else {
          bound[slot] += credit;
        }
      }
    }
    if (!vacancy.isRemote) {
      const list = this.preferredPostings[skill * this.regions + vacancy.region];
      if (list !== undefined) {
        for (let i = 0; i < list.length; i++) {
          const slot = list.values[i]!;
          if ((flags[slot]! & needed) !== needed) continue;
          if (stamp[slot] !== epoch) {
            stamp[slot] = epoch;
            bound[slot] = credit;
            this.seekerFound[found++] = slot;
          } else {
            bound[slot] += credit;
          }
        }
      }
    }
    return found;
  }

  /** Appends to `seekerFound` every seeker in reach of the vacancy not stamped yet; returns the new end. */
  private collectRestSeekers(vacancy: CompiledVacancy, homes: number, found: number, searchableOnly: boolean): number {
    const stamp = this.seekerStamp;
    const epoch = this.seekerEpoch;
    const flags = this.seekers.flags;
    const needed = searchableOnly ? SEARCHABLE : 0;
    for (let t = 0; t < homes; t++) {
      const list = this.homeSeekers[this.homeBuckets[t]!]!;
      list.settle();
      const km = this.homeDistances[t]!;
      for (let i = 0; i < list.length; i++) {
        if (list.commutes[i]! < km) break;
        const slot = list.values[i]!;
        if (stamp[slot] === epoch || (flags[slot]! & needed) !== needed) continue;
        stamp[slot] = epoch;
        this.seekerFound[found++] = slot;
      }
    }
    if (!vacancy.isRemote) {
      const list = this.preferringSeekers[vacancy.region]!;
      for (let i = 0; i < list.length; i++) {
        const slot = list.values[i]!;
        if (stamp[slot] === epoch || (flags[slot]! & needed) !== needed) continue;
        stamp[slot] = epoch;
        this.seekerFound[found++] = slot;
      }
    }
    return found;
  }

  private touchJobLists(vacancy: CompiledVacancy, touched: string[]): void {
    if (!vacancy.open || (!vacancy.isRemote && vacancy.region < 0)) return;
    const ctx = this.ctx;
    const store = this.seekers;
    const threshold = this.jobsThreshold;
    const homes = this.homeBucketsFor(vacancy);
    const withSkills = hasSkills(vacancy);
    const found = withSkills ? this.collectSeekers(vacancy, homes, false) : this.startSeekerQuery();
    const skills = ctx.weights.skills;
    const totals = [ctx.weightTotal(false), ctx.weightTotal(true)];
    const ceilings = [scoreCeilingWithoutSkillOverlap(ctx, false), scoreCeilingWithoutSkillOverlap(ctx, true)];
    const check = (slot: number): void => {
      if (this.seekerMark[slot] === this.seekerMarkEpoch) return;
      if (matchScore(this.scratch.load(store, slot), vacancy, ctx, 'jobs') >= threshold[slot]!) {
        this.seekerMark[slot] = this.seekerMarkEpoch;
        touched.push(store.ids[slot]!);
      }
    };
    for (let i = 0; i < found; i++) {
      const slot = this.seekerFound[i]!;
      const needed = threshold[slot]!;
      if (needed !== needed) continue;
      const total = totals[(store.flags[slot]! & HAS_INTERESTS) !== 0 ? 1 : 0]!;
      if (fractionBound(this.seekerBound[slot]!, skills, total) + BOUND_EPSILON < needed) continue;
      check(slot);
    }
    if (!withSkills) {
      // No bound applies: every seeker in reach with a noted list.
      const rest = this.collectRestSeekers(vacancy, homes, found, false);
      for (let i = found; i < rest; i++) {
        const slot = this.seekerFound[i]!;
        if (threshold[slot] === threshold[slot]) check(slot);
      }
      return;
    }
    // With no skill in common a seeker scores at most the ceiling: only low lists can take the
    // vacancy (out of reach, matchScore says -1, below every threshold).
    const low = this.lowJobLists;
    for (let i = 0; i < low.length; i++) {
      const slot = low.values[i]!;
      if (this.seekerStamp[slot] === this.seekerEpoch) continue;
      if (ceilings[(store.flags[slot]! & HAS_INTERESTS) !== 0 ? 1 : 0]! + BOUND_EPSILON < threshold[slot]!) continue;
      check(slot);
    }
  }

  // ---------------------------------------------------------------- shared machinery

  /** Counting sort of `found` entities by the band of their bound into `ordered`; bands start at `levelStart`. */
  private orderByLevel(items: Int32Array, count: number, bound: Float64Array, ordered: Int32Array): void {
    const start = this.levelStart;
    start.fill(0);
    for (let i = 0; i < count; i++) start[levelOf(bound[items[i]!]!) + 1]!++;
    for (let level = 1; level <= LEVELS + 1; level++) start[level]! += start[level - 1]!;
    const cursor = this.levelCursor;
    cursor.set(start.subarray(0, LEVELS + 1));
    for (let i = 0; i < count; i++) {
      const item = items[i]!;
      ordered[cursor[levelOf(bound[item]!)]!++] = item;
    }
  }

  private nextEpoch(epoch: number, stamps: Int32Array): number {
    if (epoch < MAX_EPOCH) return epoch + 1;
    stamps.fill(0);
    return 1;
  }

  private skillNumber(skillId: number): number {
    let skill = this.skillIndex.get(skillId);
    if (skill === undefined) {
      skill = this.skillIndex.size;
      this.skillIndex.set(skillId, skill);
      this.seekerPostings.length += this.regions + 1;
      this.vacancyPostings.length += this.regions + 1;
      this.preferredPostings.length += this.regions;
    }
    return skill;
  }

  /** Adds an active seeker to (or removes it from) its home and chosen-region lists and skill postings. */
  private placeSeeker(slot: number, add: boolean): void {
    const store = this.seekers;
    if ((store.flags[slot]! & ACTIVE) === 0) return;
    const region = store.region(slot);
    const commute = store.maxCommuteKm(slot);
    const home = region >= 0 ? region : this.regions;
    const start = store.skillStart(slot);
    const skillCount = store.skillCount(slot);
    const regionCount = store.regionCount(slot);
    const edit = (list: IntList): void => {
      if (add) list.push(slot);
      else list.remove(slot);
    };
    const editByCommute = (list: CommuteList): void => {
      if (add) list.insert(slot, commute);
      else list.remove(slot);
    };
    editByCommute(this.homeSeekers[home]!);
    if (add && region >= 0 && commute > this.homeMaxCommute[region]!) this.homeMaxCommute[region] = commute;
    const stride = this.regions + 1;
    for (let i = 0; i < skillCount; i++) {
      const index = this.skillNumber(store.arena[start + i]!) * stride + home;
      editByCommute((this.seekerPostings[index] ??= new CommuteList()));
    }
    for (let p = 0; p < regionCount; p++) {
      const chosen = store.arena[start + skillCount + p]!;
      if (region >= 0 && this.ctx.distanceKm(region, chosen) <= commute) continue;
      edit(this.preferringSeekers[chosen]!);
      for (let i = 0; i < skillCount; i++) {
        const index = this.skillNumber(store.arena[start + i]!) * this.regions + chosen;
        edit((this.preferredPostings[index] ??= new IntList()));
      }
    }
  }

  /** Adds an open vacancy to (or removes it from) its bucket's lists and skill postings. */
  private placeVacancy(slot: number, add: boolean): void {
    const vacancy = this.vacancies[slot]!;
    let bucket = -1;
    if (add) {
      bucket = !vacancy.open ? -1 : vacancy.isRemote ? this.regions : vacancy.region >= 0 ? vacancy.region : -1;
      this.vacancyBucket[slot] = bucket;
    } else {
      bucket = this.vacancyBucket[slot]!;
      this.vacancyBucket[slot] = -1;
    }
    if (bucket < 0) return;
    const edit = (list: IntList): void => {
      if (add) list.push(slot);
      else list.remove(slot);
    };
    edit(this.bucketVacancies[bucket]!);
    if (!hasSkills(vacancy)) {
      edit(this.bucketVacanciesWithoutSkills[bucket]!);
      return;
    }
    const stride = this.regions + 1;
    for (let i = 0; i < vacancy.skillIds.length; i++) {
      const index = this.skillNumber(vacancy.skillIds[i]!) * stride + bucket;
      const list = (this.vacancyPostings[index] ??= new WeightedList());
      if (add) list.push(slot, vacancy.skillWeights[i]!);
      else list.remove(slot);
    }
  }

  private ensureSeekerCapacity(slots: number): void {
    if (slots <= this.seekerCapacity) return;
    const capacity = Math.max(slots, this.seekerCapacity * 2, 1024);
    this.seekers.ensureCapacity(capacity);
    this.jobsThreshold = growFloat64(this.jobsThreshold, capacity, Number.NaN);
    this.seekerStamp = growInt32(this.seekerStamp, capacity);
    this.seekerMark = growInt32(this.seekerMark, capacity);
    this.seekerBound = growFloat64(this.seekerBound, capacity);
    this.seekerFound = new Int32Array(capacity);
    this.seekerOrdered = new Int32Array(capacity);
    this.seekerCapacity = capacity;
  }

  private ensureVacancyCapacity(slots: number): void {
    if (slots <= this.vacancyCapacity) return;
    const capacity = Math.max(slots, this.vacancyCapacity * 2, 1024);
    this.vacancyBucket = growInt32(this.vacancyBucket, capacity, -1);
    this.vacancyWeightTotal = growFloat64(this.vacancyWeightTotal, capacity);
    this.candidatesThreshold = growFloat64(this.candidatesThreshold, capacity, Number.NaN);
    this.vacancyStamp = growInt32(this.vacancyStamp, capacity);
    this.vacancyMark = growInt32(this.vacancyMark, capacity);
    this.vacancyBound = growFloat64(this.vacancyBound, capacity);
    this.vacancyFound = new Int32Array(capacity);
    this.vacancyOrdered = new Int32Array(capacity);
    this.vacancyCapacity = capacity;
  }
}

/** A set of slots with O(1) add and delete (a position per slot, the last one moved into a gap). */
class SlotSet {
  values = new Int32Array(16);
  length = 0;
  private position = new Int32Array(0);

  set(slot: number, member: boolean): void {
    if (member) this.add(slot);
    else this.delete(slot);
  }

  add(slot: number): void {
    if (slot >= this.position.length) this.position = growInt32(this.position, Math.max(slot + 1, this.position.length * 2, 1024), -1);
    if (this.position[slot]! >= 0) return;
    if (this.length === this.values.length) this.values = growInt32(this.values, this.values.length * 2);
    this.position[slot] = this.length;
    this.values[this.length++] = slot;
  }

  delete(slot: number): void {
    const at = slot < this.position.length ? this.position[slot]! : -1;
    if (at < 0) return;
    const last = this.values[--this.length]!;
    this.values[at] = last;
    this.position[last] = at;
    this.position[slot] = -1;
  }

  clear(): void {
    for (let i = 0; i < this.length; i++) this.position[this.values[i]!] = -1;
    this.length = 0;
  }
}

function hasSkills(vacancy: CompiledVacancy): boolean {
  return vacancy.skillIds.length > 0 && vacancy.skillWeightTotal > 0;
}

/** The score a stored list asks of an entity to be in it: its k-th score (a hair lower), or 0 when not full. */
function thresholdOf(list: RankedList, k: number): number {
  if (k < 1) return Number.POSITIVE_INFINITY;
  if (list.ids.length < k) return 0;
  return list.scores[k - 1]! - THRESHOLD_SLACK;
}

function levelOf(fraction: number): number {
  return fraction >= 1 ? LEVELS : Math.floor(fraction * LEVELS);
}

/** The highest score with a skills component of at most `fraction` and every other component at 1. */
function fractionBound(fraction: number, skills: number, total: number): number {
  return total > 0 ? (skills * fraction + total - skills) / total : 0;
}

function levelBound(level: number, skills: number, total: number): number {
  return fractionBound(level >= LEVELS ? 1 : (level + 1) / LEVELS, skills, total);
}
