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
 * worst kept entry, each with its components (so the kept pairs need not be scored again).
 */
export class TopK {
  readonly k: number;
  private readonly scores: Float64Array;
  private readonly ids: string[];
  private readonly parts: Float64Array;
  size = 0;

  constructor(k: number) {
    this.k = Math.max(0, Math.floor(k));
    this.scores = new Float64Array(this.k);
    this.ids = new Array<string>(this.k);
    this.parts = new Float64Array(this.k * MATCH_COMPONENT_COUNT);
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

  offer(score: number, id: string, components: Float64Array): void {
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
      this.put(i, score, id, components);
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
    this.put(i, score, id, components);
  }

  /** The kept entries, best first, as a RankedList. */
  toRankedList(): RankedList {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => compareRanked(this.scores[a]!, this.ids[a]!, this.scores[b]!, this.ids[b]!));
    const components = new Float64Array(order.length * MATCH_COMPONENT_COUNT);
    order.forEach((from, position) => {
      components.set(this.parts.subarray(from * MATCH_COMPONENT_COUNT, (from + 1) * MATCH_COMPONENT_COUNT), position * MATCH_COMPONENT_COUNT);
    });
    return { ids: order.map((i) => this.ids[i]!), scores: Float64Array.from(order, (i) => this.scores[i]!), components };
  }

  private move(from: number, to: number): void {
    this.scores[to] = this.scores[from]!;
    this.ids[to] = this.ids[from]!;
    this.parts.copyWithin(to * MATCH_COMPONENT_COUNT, from * MATCH_COMPONENT_COUNT, (from + 1) * MATCH_COMPONENT_COUNT);
  }

  private put(i: number, score: number, id: string, components: Float64Array): void {
    this.scores[i] = score;
    this.ids[i] = id;
    this.parts.set(components, i * MATCH_COMPONENT_COUNT);
  }
}

/** Top k vacancies for a seeker by scoring every pair: the reference the index must equal. */
export function rankAllJobs(seeker: CompiledSeeker, vacancies: Iterable<CompiledVacancy>, ctx: MatchContext, k: number): RankedList {
  const top = new TopK(k);
  const components = new Float64Array(MATCH_COMPONENT_COUNT);
  for (const vacancy of vacancies) {
    const score = matchScore(seeker, vacancy, ctx, 'jobs', components);
    if (score >= 0 && top.accepts(score, vacancy.id)) top.offer(score, vacancy.id, components);
  }
  return top.toRankedList();
}

/** Top k seekers for a vacancy by scoring every pair: the reference the index must equal. */
export function rankAllCandidates(vacancy: CompiledVacancy, seekers: Iterable<CompiledSeeker>, ctx: MatchContext, k: number): RankedList {
  const top = new TopK(k);
  const components = new Float64Array(MATCH_COMPONENT_COUNT);
  for (const seeker of seekers) {
    const score = matchScore(seeker, vacancy, ctx, 'candidates', components);
    if (score >= 0 && top.accepts(score, seeker.id)) top.offer(score, seeker.id, components);
  }
  return top.toRankedList();
}
