import { compareRanked, MATCH_COMPONENT_COUNT, matchScore, type CompiledSeeker, type CompiledVacancy, type MatchContext } from '#domain';

/** A ranked list, best first: ids, their scores, and each entry's components (MATCH_COMPONENT_COUNT per entry, MATCH_COMPONENTS order). */
export interface RankedList {
  ids: string[];
  scores: Float64Array;
  components: Float64Array;
}

export function emptyRankedList(): RankedList {
  return { ids: [], scores: new Float64Array(0), components: new Float64Array(0) };
}

/**
 * The best k entries offered so far in `compareRanked` order, as a binary heap whose root is the
 * worst kept entry. Each entry carries a number (an internal index or a position) for the caller.
 */
export class TopK {
  readonly k: number;
  private readonly scores: Float64Array;
  private readonly ids: string[];
  private readonly refs: Int32Array;
  size = 0;

  constructor(k: number) {
    this.k = Math.max(0, Math.floor(k));
    this.scores = new Float64Array(this.k);
    this.ids = new Array<string>(this.k);
    this.refs = new Int32Array(this.k);
  }

  get full(): boolean {
    return this.size >= this.k;
  }

  /** The k-th best score kept (only meaningful when full). */
  get worstScore(): number {
    return this.size > 0 ? this.scores[0]! : -Infinity;
  }

  /** Whether an entry would be kept (it ranks before the worst kept one, or there is room). */
  accepts(score: number, id: string): boolean {
    return this.size < this.k || (this.k > 0 && compareRanked(score, id, this.scores[0]!, this.ids[0]!) < 0);
  }

  offer(score: number, id: string, ref: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        // Move the parent down while the new entry ranks after it (the root is the worst).
        if (compareRanked(score, id, this.scores[parent]!, this.ids[parent]!) <= 0) break;
        this.move(parent, i);
        i = parent;
      }
      this.put(i, score, id, ref);
      return;
    }
    if (compareRanked(score, id, this.scores[0]!, this.ids[0]!) >= 0) return;
    let i = 0;
    const n = this.size;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let worse = left;
      if (right < n && compareRanked(this.scores[right]!, this.ids[right]!, this.scores[left]!, this.ids[left]!) > 0) worse = right;
      if (compareRanked(this.scores[worse]!, this.ids[worse]!, score, id) <= 0) break;
      this.move(worse, i);
      i = worse;
    }
    this.put(i, score, id, ref);
  }

  /** The kept entries, best first. */
  sortedEntries(): Array<{ score: number; id: string; ref: number }> {
    const entries: Array<{ score: number; id: string; ref: number }> = [];
    for (let i = 0; i < this.size; i++) entries.push({ score: this.scores[i]!, id: this.ids[i]!, ref: this.refs[i]! });
    entries.sort((a, b) => compareRanked(a.score, a.id, b.score, b.id));
    return entries;
  }

  private move(from: number, to: number): void {
    this.scores[to] = this.scores[from]!;
    this.ids[to] = this.ids[from]!;
    this.refs[to] = this.refs[from]!;
  }

  private put(i: number, score: number, id: string, ref: number): void {
    this.scores[i] = score;
    this.ids[i] = id;
    this.refs[i] = ref;
  }
}

/**
 * Turns a TopK into a RankedList; `components(ref, out)` writes the components of an entry (scoring
 * the pair again with a component buffer) into `out`.
 */
export function toRankedList(top: TopK, components: (ref: number, out: Float64Array) => void): RankedList {
  const entries = top.sortedEntries();
  const list: RankedList = {
    ids: entries.map((entry) => entry.id),
    scores: Float64Array.from(entries, (entry) => entry.score),
    components: new Float64Array(entries.length * MATCH_COMPONENT_COUNT),
  };
  const buffer = new Float64Array(MATCH_COMPONENT_COUNT);
  entries.forEach((entry, position) => {
    components(entry.ref, buffer);
    list.components.set(buffer, position * MATCH_COMPONENT_COUNT);
  });
  return list;
}

/** Top k vacancies for a seeker by scoring every pair: the reference the index must equal. */
export function rankAllJobs(seeker: CompiledSeeker, vacancies: Iterable<CompiledVacancy>, ctx: MatchContext, k: number): RankedList {
  return rankAll(vacancies, k, (vacancy, out) => matchScore(seeker, vacancy, ctx, 'jobs', out));
}

/** Top k seekers for a vacancy by scoring every pair: the reference the index must equal. */
export function rankAllCandidates(vacancy: CompiledVacancy, seekers: Iterable<CompiledSeeker>, ctx: MatchContext, k: number): RankedList {
  return rankAll(seekers, k, (seeker, out) => matchScore(seeker, vacancy, ctx, 'candidates', out));
}

function rankAll<T extends { id: string }>(items: Iterable<T>, k: number, score: (item: T, out?: Float64Array) => number): RankedList {
  const top = new TopK(k);
  const kept: T[] = [];
  for (const item of items) {
    const value = score(item);
    if (value < 0) continue;
    if (!top.accepts(value, item.id)) continue;
    kept.push(item);
    top.offer(value, item.id, kept.length - 1);
  }
  return toRankedList(top, (ref, out) => {
    score(kept[ref]!, out);
  });
}
