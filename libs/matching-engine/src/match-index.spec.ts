import { compileSeeker, compileVacancy, DEFAULT_MATCH_WEIGHTS, MATCH_COMPONENTS, matchScore, type CompiledSeeker, type CompiledVacancy, type MatchWeights } from '#domain';
import fc from 'fast-check';
import { MatchIndex } from './match-index.js';
import { rankAllCandidates, rankAllJobs, type RankedList } from './ranked.js';
import type { SyntheticWorldOptions } from './testing/synthetic-world.js';
import { loadWorld, type LoadedWorld } from './testing/world-fixtures.js';

const weightValue = fc.constantFrom(0, 0, 0.5, 1, 1, 2, 4, 10);
const weightsArb: fc.Arbitrary<MatchWeights> = fc.oneof(
  fc.constant(DEFAULT_MATCH_WEIGHTS),
  fc.record(Object.fromEntries(MATCH_COMPONENTS.map((component) => [component, weightValue])) as Record<keyof MatchWeights, fc.Arbitrary<number>>),
);

const worldArb: fc.Arbitrary<Partial<SyntheticWorldOptions>> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  regions: fc.integer({ min: 1, max: 30 }),
  skills: fc.integer({ min: 3, max: 60 }),
  families: fc.integer({ min: 1, max: 8 }),
  relationsPerSkill: fc.integer({ min: 0, max: 4 }),
  coarse: fc.boolean(),
  inactiveShare: fc.constantFrom(0, 0.1, 0.3),
  optedOutShare: fc.constantFrom(0, 0.1, 0.3),
  openToRemoteShare: fc.constantFrom(0, 0.2, 0.5),
  noRegionShare: fc.constantFrom(0, 0.05, 0.2),
  interestsShare: fc.constantFrom(0, 0.3, 0.8),
  closedShare: fc.constantFrom(0, 0.1, 0.3),
  remoteShare: fc.constantFrom(0, 0.05, 0.3),
  noSkillVacancyShare: fc.constantFrom(0, 0.05, 0.2),
  spreadDegrees: fc.constantFrom(0.3, 1, 2.5),
});

function expectSameList(actual: RankedList, expected: RankedList, what: string): void {
  expect({ what, ids: actual.ids }).toEqual({ what, ids: expected.ids });
  expect({ what, scores: Array.from(actual.scores) }).toEqual({ what, scores: Array.from(expected.scores) });
  expect({ what, components: Array.from(actual.components) }).toEqual({ what, components: Array.from(expected.components) });
}

function expectIndexEqualsBruteForce(loaded: LoadedWorld, k: number): void {
  const { ctx, index, seekers, vacancies } = loaded;
  for (const seeker of seekers.values()) {
    const list = index.topJobs(seeker.id, k);
    expectSameList(list, rankAllJobs(seeker, vacancies.values(), ctx, k), `jobs of ${seeker.id}`);
    expectComponentsOfPairs(list, (id, out) => matchScore(seeker, vacancies.get(id)!, ctx, 'jobs', out));
  }
  for (const vacancy of vacancies.values()) {
    const list = index.topCandidates(vacancy.id, k);
    expectSameList(list, rankAllCandidates(vacancy, seekers.values(), ctx, k), `candidates of ${vacancy.id}`);
    expectComponentsOfPairs(list, (id, out) => matchScore(seekers.get(id)!, vacancy, ctx, 'candidates', out));
  }
}

/** Each entry's score and components are those `matchScore` gives the pair. */
function expectComponentsOfPairs(list: RankedList, score: (id: string, out: Float64Array) => number): void {
  const out = new Float64Array(MATCH_COMPONENTS.length);
  list.ids.forEach((id, position) => {
    expect(score(id, out)).toBe(list.scores[position]);
    expect(Array.from(list.components.subarray(position * out.length, (position + 1) * out.length))).toEqual(Array.from(out));
  });
}

describe('MatchIndex top-K', () => {
  it('returns exactly what scoring every pair returns, both ways, for any world, weights and k', () => {
    fc.assert(
      fc.property(
        worldArb,
        weightsArb,
        fc.integer({ min: 20, max: 250 }),
        fc.integer({ min: 5, max: 120 }),
        fc.constantFrom(1, 2, 5, 20, 50, 1000),
        (options, weights, seekerCount, vacancyCount, k) => {
          expectIndexEqualsBruteForce(loadWorld(options, { seekers: seekerCount, vacancies: vacancyCount, cloneShare: 0.2 }, weights), k);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('finds the top candidates among many seekers when the k-th best is above the no-overlap ceiling', () => {
    const loaded = loadWorld({ seed: 11, regions: 5, skills: 40, families: 4, spreadDegrees: 0.3 }, { seekers: 3000, vacancies: 60 });
    expectIndexEqualsBruteForce(loaded, 10);
  });

  it('answers an empty list for k = 0, a closed vacancy and an inactive seeker', () => {
    const loaded = loadWorld({ seed: 3, regions: 3, skills: 10, families: 2 }, { seekers: 30, vacancies: 10 });
    const seeker = [...loaded.seekers.values()][0]!;
    const vacancy = [...loaded.vacancies.values()][0]!;
    expect(loaded.index.topJobs(seeker.id, 0).ids).toEqual([]);
    loaded.index.upsertSeeker({ ...seeker, active: false });
    expect(loaded.index.topJobs(seeker.id, 10).ids).toEqual([]);
    loaded.index.upsertVacancy({ ...vacancy, open: false });
    expect(loaded.index.topCandidates(vacancy.id, 10).ids).toEqual([]);
    expect(() => loaded.index.topJobs('no-such-seeker', 5)).toThrow(/not in the matching index/);
  });

  it('gives back a stored seeker exactly as compiled', () => {
    const loaded = loadWorld({ seed: 5, interestsShare: 1 }, { seekers: 50, vacancies: 1, cloneShare: 0 });
    for (const seeker of loaded.seekers.values()) expect(loaded.index.seeker(seeker.id)).toEqual(seeker);
  });

  it('ranks with new weights after setContext and forgets the noted lists', () => {
    const loaded = loadWorld({ seed: 8, regions: 6, skills: 20, families: 3 }, { seekers: 120, vacancies: 40 });
    const weights = { ...DEFAULT_MATCH_WEIGHTS, skills: 1, location: 5, interest: 0 };
    loaded.index.setContext(loaded.ctx.withWeights(weights, 8));
    const vacancy = [...loaded.vacancies.values()][0]!;
    loaded.index.noteCandidatesList(vacancy.id, loaded.index.topCandidates(vacancy.id, 5), 5);
    expectIndexEqualsBruteForce({ ...loaded, ctx: loaded.index.context }, 5);
    loaded.index.setContext(loaded.ctx);
    const seeker = [...loaded.seekers.values()].find((s) => s.active && s.searchable)!;
    expect(loaded.index.candidateListsTouchedBySeeker(seeker)).toEqual([]);
  });
});

describe('MatchIndex removal and slot reuse', () => {
  it('reuses freed slots, forgets removed records, and still ranks exactly', () => {
    const loaded = loadWorld({ seed: 21, regions: 8, skills: 30, families: 4 }, { seekers: 200, vacancies: 80 });
    const { index, world, ctx, seekers, vacancies } = loaded;
    const before = index.stats();
    const removedSeekers = [...seekers.keys()].filter((_, i) => i % 3 === 0);
    const removedVacancies = [...vacancies.keys()].filter((_, i) => i % 4 === 0);
    for (const id of removedSeekers) {
      index.removeSeeker(id);
      seekers.delete(id);
    }
    for (const id of removedVacancies) {
      index.removeVacancy(id);
      vacancies.delete(id);
    }
    expect(index.hasSeeker(removedSeekers[0]!)).toBe(false);
    expect(index.stats().freeSeekerSlots).toBe(removedSeekers.length);
    expectIndexEqualsBruteForce(loaded, 7);

    for (let i = 0; i < removedSeekers.length; i++) {
      const seeker = compileSeeker(world.seeker(1000 + i), ctx);
      seekers.set(seeker.id, seeker);
      index.upsertSeeker(seeker);
    }
    for (let i = 0; i < removedVacancies.length; i++) {
      const vacancy = compileVacancy(world.vacancy(1000 + i), ctx);
      vacancies.set(vacancy.id, vacancy);
      index.upsertVacancy(vacancy);
    }
    const after = index.stats();
    expect(after.seekerSlots).toBe(before.seekerSlots);
    expect(after.vacancySlots).toBe(before.vacancySlots);
    expect(after.freeSeekerSlots).toBe(0);
    expect(index.seekerCount).toBe(seekers.size);
    expect(index.vacancyCount).toBe(vacancies.size);
    expect(new Set(index.seekerIds())).toEqual(new Set(seekers.keys()));
    expect(new Set(index.vacancyIds())).toEqual(new Set(vacancies.keys()));
    for (const id of removedSeekers) expect(index.hasSeeker(id)).toBe(false);
    for (const id of removedVacancies) expect(index.hasVacancy(id)).toBe(false);
    expectIndexEqualsBruteForce(loaded, 7);
  });

  it('keeps seekers exact through many rewrites (the arena compacts)', () => {
    const loaded = loadWorld({ seed: 4, regions: 4, skills: 25, families: 3 }, { seekers: 60, vacancies: 30 });
    const ids = [...loaded.seekers.keys()];
    for (let round = 0; round < 40; round++) {
      ids.forEach((id, i) => {
        const seeker = compileSeeker({ ...loaded.world.seeker(5000 + round * ids.length + i), id }, loaded.ctx);
        loaded.seekers.set(id, seeker);
        loaded.index.upsertSeeker(seeker);
      });
    }
    for (const seeker of loaded.seekers.values()) expect(loaded.index.seeker(seeker.id)).toEqual(seeker);
    expectIndexEqualsBruteForce(loaded, 5);
  });
});

type Change =
  | { side: 'seeker' | 'vacancy'; action: 'add'; template: number }
  | { side: 'seeker' | 'vacancy'; action: 'replace' | 'remove' | 'toggle' | 'nudge'; target: number; template: number };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ side: fc.constantFrom('seeker' as const, 'vacancy' as const), action: fc.constant('add' as const), template: fc.nat(400) }),
  fc.record({
    side: fc.constantFrom('seeker' as const, 'vacancy' as const),
    action: fc.constantFrom('replace' as const, 'remove' as const, 'toggle' as const, 'nudge' as const),
    target: fc.nat(),
    template: fc.nat(400),
  }),
);

/** The world after a change, and the stored lists maintained the way the worker maintains them. */
class StoredLists {
  readonly jobs = new Map<string, RankedList>();
  readonly candidates = new Map<string, RankedList>();

  constructor(
    private readonly loaded: LoadedWorld,
    private readonly k: number,
  ) {
    for (const id of loaded.seekers.keys()) this.refreshJobs(id);
    for (const id of loaded.vacancies.keys()) this.refreshCandidates(id);
  }

  refreshJobs(id: string): void {
    const list = this.loaded.index.topJobs(id, this.k);
    this.jobs.set(id, list);
    this.loaded.index.noteJobsList(id, list, this.k);
  }

  refreshCandidates(id: string): void {
    const list = this.loaded.index.topCandidates(id, this.k);
    this.candidates.set(id, list);
    this.loaded.index.noteCandidatesList(id, list, this.k);
  }

  changeSeeker(id: string, next: CompiledSeeker | null): string[] {
    const { index, seekers } = this.loaded;
    const touched = index.candidateListsTouchedBySeeker(next, id);
    if (next === null) {
      index.removeSeeker(id);
      seekers.delete(id);
      this.jobs.delete(id);
    } else {
      index.upsertSeeker(next);
      seekers.set(id, next);
      this.refreshJobs(id);
    }
    for (const vacancyId of touched) this.refreshCandidates(vacancyId);
    return touched;
  }

  changeVacancy(id: string, next: CompiledVacancy | null): string[] {
    const { index, vacancies } = this.loaded;
    const touched = index.jobListsTouchedByVacancy(next, id);
    if (next === null) {
      index.removeVacancy(id);
      vacancies.delete(id);
      this.candidates.delete(id);
    } else {
      index.upsertVacancy(next);
      vacancies.set(id, next);
      this.refreshCandidates(id);
    }
    for (const seekerId of touched) this.refreshJobs(seekerId);
    return touched;
  }

  expectEqualToFullRecomputation(): void {
    const { ctx, seekers, vacancies } = this.loaded;
    expect(new Set(this.jobs.keys())).toEqual(new Set(seekers.keys()));
    expect(new Set(this.candidates.keys())).toEqual(new Set(vacancies.keys()));
    for (const seeker of seekers.values()) expectSameList(this.jobs.get(seeker.id)!, rankAllJobs(seeker, vacancies.values(), ctx, this.k), `stored jobs of ${seeker.id}`);
    for (const vacancy of vacancies.values()) {
      expectSameList(this.candidates.get(vacancy.id)!, rankAllCandidates(vacancy, seekers.values(), ctx, this.k), `stored candidates of ${vacancy.id}`);
    }
  }
}

function applyChange(loaded: LoadedWorld, lists: StoredLists, change: Change, step: number): void {
  const { world, ctx, seekers, vacancies } = loaded;
  if (change.side === 'seeker') {
    const ids = [...seekers.keys()];
    if (change.action === 'add' || ids.length === 0) {
      const fresh = world.seeker(10_000 + step * 7 + change.template);
      lists.changeSeeker(fresh.id, compileSeeker(fresh, ctx));
      return;
    }
    const id = ids[change.target % ids.length]!;
    const current = seekers.get(id)!;
    if (change.action === 'remove') lists.changeSeeker(id, null);
    else if (change.action === 'replace') lists.changeSeeker(id, compileSeeker({ ...world.seeker(change.template), id }, ctx));
    else if (change.action === 'toggle') {
      lists.changeSeeker(id, change.template % 2 === 0 ? { ...current, active: !current.active } : { ...current, searchable: !current.searchable });
    } else {
      // A small edit: one more skill (from another seeker), or a longer commute.
      const donor = world.seeker(change.template);
      const skills = [...new Set([...current.skillIds, ...donor.skills.slice(0, 1).map((skill) => skill.skillId)])].sort((a, b) => a - b);
      const next: CompiledSeeker =
        change.template % 2 === 0
          ? { ...current, skillIds: Int32Array.from(skills), skillLevels: new Uint8Array(skills.length).fill(3), skillSources: new Uint8Array(skills.length) }
          : { ...current, maxCommuteKm: current.maxCommuteKm + 30 };
      lists.changeSeeker(id, next);
    }
    return;
  }
  const ids = [...vacancies.keys()];
  if (change.action === 'add' || ids.length === 0) {
    const fresh = world.vacancy(10_000 + step * 7 + change.template);
    lists.changeVacancy(fresh.id, compileVacancy(fresh, ctx));
    return;
  }
  const id = ids[change.target % ids.length]!;
  const current = vacancies.get(id)!;
  if (change.action === 'remove') lists.changeVacancy(id, null);
  else if (change.action === 'replace') lists.changeVacancy(id, compileVacancy({ ...world.vacancy(change.template), id }, ctx));
  else if (change.action === 'toggle') lists.changeVacancy(id, { ...current, open: !current.open });
  else {
    const next: CompiledVacancy =
      change.template % 2 === 0
        ? { ...current, experienceMinMonths: current.experienceMinMonths === 0 ? 24 : 0 }
        : { ...current, isRemote: !current.isRemote };
    lists.changeVacancy(id, next);
  }
}

describe('MatchIndex incremental bookkeeping', () => {
  it('recomputing only the lists a change touches keeps every stored list equal to recomputing all', () => {
    fc.assert(
      fc.property(
        worldArb,
        weightsArb,
        fc.integer({ min: 10, max: 120 }),
        fc.integer({ min: 5, max: 60 }),
        fc.constantFrom(1, 3, 5, 10),
        fc.array(changeArb, { minLength: 1, maxLength: 25 }),
        (options, weights, seekerCount, vacancyCount, k, changes) => {
          const loaded = loadWorld(options, { seekers: seekerCount, vacancies: vacancyCount, cloneShare: 0.2 }, weights);
          const lists = new StoredLists(loaded, k);
          changes.forEach((change, step) => {
            applyChange(loaded, lists, change, step);
            lists.expectEqualToFullRecomputation();
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('touches a list the seeker was in when the seeker leaves', () => {
    const loaded = loadWorld({ seed: 9, regions: 6, skills: 20, families: 3, inactiveShare: 0, optedOutShare: 0 }, { seekers: 150, vacancies: 40 });
    const lists = new StoredLists(loaded, 5);
    const [vacancyId, list] = [...lists.candidates.entries()].find(([, candidates]) => candidates.ids.length > 0)!;
    const member = list.ids[0]!;
    expect(loaded.index.candidateListsTouchedBySeeker(null, member)).toContain(vacancyId);
    expect(() => loaded.index.candidateListsTouchedBySeeker(null)).toThrow(/needs the seeker id/);
  });

  it('does not report lists that were never noted', () => {
    const loaded = loadWorld({ seed: 2, regions: 3, skills: 10, families: 2 }, { seekers: 40, vacancies: 10 });
    const seeker = [...loaded.seekers.values()][0]!;
    expect(loaded.index.candidateListsTouchedBySeeker(seeker)).toEqual([]);
    const vacancy = [...loaded.vacancies.values()][0]!;
    expect(loaded.index.jobListsTouchedByVacancy(vacancy)).toEqual([]);
  });
});

describe('MatchIndex on a hand-made province', () => {
  it('reaches seekers by commute, by a chosen regency and by remote work only', () => {
    const loaded = loadWorld({ seed: 1, regions: 4, skills: 6, families: 1, relationsPerSkill: 0 }, { seekers: 0, vacancies: 0 });
    const { ctx, index } = loaded;
    const [a, b] = [ctx.regionCode(0), ctx.regionCode(1)];
    const km = ctx.distanceKm(0, 1);
    const base = {
      active: true,
      searchable: true,
      educationLevel: 'sma',
      fieldOfStudy: null,
      experienceMonths: 12,
      wageMin: null,
      preferredOccupations: [],
      employmentTypes: [],
      skills: [{ skillId: 100, level: 3, source: 'declared' as const }],
      interests: null,
    };
    const seekers = [
      compileSeeker({ ...base, id: 's1-near', regencyCode: a, maxCommuteKm: km + 1, openToRemote: false, preferredRegencies: [] }, ctx),
      compileSeeker({ ...base, id: 's2-far', regencyCode: a, maxCommuteKm: Math.max(0, km - 1), openToRemote: false, preferredRegencies: [] }, ctx),
      compileSeeker({ ...base, id: 's3-chose', regencyCode: a, maxCommuteKm: 0, openToRemote: false, preferredRegencies: [b] }, ctx),
      compileSeeker({ ...base, id: 's4-remote', regencyCode: null, maxCommuteKm: 0, openToRemote: true, preferredRegencies: [] }, ctx),
    ];
    for (const seeker of seekers) index.upsertSeeker(seeker);
    const vacancy = {
      open: true,
      occupationCode: '1000',
      isRemote: false,
      educationMin: 'sma',
      fieldsOfStudy: [],
      experienceMinMonths: 0,
      wageMin: null,
      wageMax: null,
      employmentType: 'full_time' as const,
      skills: [{ skillId: 100, importance: 'required' as const, weight: 3 }],
    };
    index.upsertVacancy(compileVacancy({ ...vacancy, id: 'v-in-b', regencyCode: b }, ctx));
    index.upsertVacancy(compileVacancy({ ...vacancy, id: 'v-remote', regencyCode: null, isRemote: true }, ctx));
    expect([...index.topCandidates('v-in-b', 10).ids].sort()).toEqual(['s1-near', 's3-chose']);
    expect([...index.topCandidates('v-remote', 10).ids].sort()).toEqual(['s1-near', 's2-far', 's3-chose', 's4-remote']);
    expect(index.topJobs('s4-remote', 10).ids).toEqual(['v-remote']);
  });
});
