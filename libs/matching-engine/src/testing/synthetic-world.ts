import { EMPLOYMENT_TYPES, type EmploymentType, type MatchReference, type MatchSeeker, type MatchVacancy, type SkillSource } from '#domain';

/** The shape of a synthetic province for tests and quick benchmark runs. Every share is 0 to 1. */
export interface SyntheticWorldOptions {
  seed: number;
  regions: number;
  skills: number;
  /** Skills fall into this many families (an occupation's skills come mostly from one family). */
  families: number;
  /** Related-skill links per skill, on average (within a family, some across). */
  relationsPerSkill: number;
  /** Every value is drawn from few levels, so that equal scores (ties) are common. */
  coarse: boolean;
  inactiveShare: number;
  optedOutShare: number;
  openToRemoteShare: number;
  noRegionShare: number;
  interestsShare: number;
  closedShare: number;
  remoteShare: number;
  noSkillVacancyShare: number;
  /** The side of the square the region centroids fall in, in degrees (1 degree ≈ 111 km). */
  spreadDegrees: number;
}

const DEFAULTS: SyntheticWorldOptions = {
  seed: 1,
  regions: 35,
  skills: 577,
  families: 40,
  relationsPerSkill: 3,
  coarse: false,
  inactiveShare: 0.1,
  optedOutShare: 0.05,
  openToRemoteShare: 0.12,
  noRegionShare: 0.01,
  interestsShare: 0.3,
  closedShare: 0.05,
  remoteShare: 0.03,
  noSkillVacancyShare: 0.01,
  spreadDegrees: 2.5,
};

const SOURCES: readonly SkillSource[] = ['declared', 'certified', 'assessed'];
const EDUCATION = ['sd', 'smp', 'sma', 'smk', 'd3', 's1', 's2'];
const FIELDS = ['f-eng', 'f-bus', 'f-agr', 'f-hea', 'f-edu', 'f-ict', 'f-art', 'f-law'];

/**
 * A seeded synthetic province: regions scattered over a square, skills in families with related-skill
 * links, occupations per family, and seekers and vacancies drawn from them. `seeker(i)` and
 * `vacancy(i)` depend only on the seed and i, so any slice can be generated on its own, streaming.
 */
export class SyntheticWorld {
  readonly options: SyntheticWorldOptions;
  readonly reference: MatchReference;
  /** Skill ids by family. */
  private readonly familySkills: number[][];
  /** Occupation codes by family. */
  private readonly familyOccupations: string[][];

  constructor(options: Partial<SyntheticWorldOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
    const o = this.options;
    const rng = new Random(o.seed);
    const regions = Array.from({ length: o.regions }, (_, i) => ({
      code: String(3301 + i),
      lat: -6.5 - rng.next() * o.spreadDegrees * 0.5,
      lon: 108.5 + rng.next() * o.spreadDegrees,
    }));
    const families = Math.max(1, Math.min(o.families, o.skills));
    this.familySkills = Array.from({ length: families }, () => []);
    // Skill ids start at 100 and skip some numbers, so nothing relies on them being dense.
    for (let i = 0; i < o.skills; i++) this.familySkills[i % families]!.push(100 + i * 3);
    const skillRelations: Array<{ fromSkillId: number; toSkillId: number; weight: number }> = [];
    const allSkills = this.familySkills.flat();
    for (const family of this.familySkills) {
      for (const skill of family) {
        const links = rng.poisson(o.relationsPerSkill / 2);
        for (let l = 0; l < links; l++) {
          const other = rng.chance(0.8) ? rng.pick(family) : rng.pick(allSkills);
          skillRelations.push({ fromSkillId: skill, toSkillId: other, weight: rng.pick([0.25, 0.5, 0.5, 0.75]) });
        }
      }
    }
    this.familyOccupations = Array.from({ length: families }, (_, f) =>
      Array.from({ length: 3 }, (_, j) => String(1000 + ((f * 37 + j * 11) % 9000)).padStart(4, '0')),
    );
    const occupations = [...new Set(this.familyOccupations.flat())].map((code, i) => ({
      code,
      interests: i % 7 === 0 ? [3, 3, 3, 3, 3, 3] : Array.from({ length: 6 }, () => 1 + rng.int(0, o.coarse ? 2 : 6)),
    }));
    this.reference = {
      regions,
      educationLevels: EDUCATION.map((code, rank) => ({ code, rank: rank + 1 })),
      occupations,
      skillRelations,
    };
  }

  seeker(i: number): MatchSeeker {
    const o = this.options;
    const rng = new Random(hash(o.seed, 1, i));
    const family = rng.int(0, this.familySkills.length - 1);
    const home = rng.chance(o.noRegionShare) ? null : this.regionCode(rng);
    const skillCount = rng.chance(0.03) ? 0 : rng.int(2, 10);
    const skills = new Map<number, { skillId: number; level: number; source: SkillSource }>();
    for (let s = 0; s < skillCount; s++) {
      const skillId = rng.chance(0.8) ? rng.pick(this.familySkills[family]!) : rng.pick(this.familySkills[rng.int(0, this.familySkills.length - 1)]!);
      skills.set(skillId, { skillId, level: rng.int(1, 5), source: rng.pick(SOURCES) });
    }
    const preferred = new Set<string>();
    if (home !== null && rng.chance(0.7)) preferred.add(home);
    const extra = rng.int(0, 2);
    for (let p = 0; p < extra; p++) preferred.add(this.regionCode(rng));
    const types = EMPLOYMENT_TYPES.filter(() => rng.chance(0.35));
    return {
      id: uuid(rng, 1, i),
      active: !rng.chance(o.inactiveShare),
      searchable: !rng.chance(o.optedOutShare),
      regencyCode: home,
      educationLevel: rng.chance(0.03) ? null : rng.pick(EDUCATION),
      fieldOfStudy: rng.chance(0.3) ? null : rng.pick(FIELDS),
      experienceMonths: o.coarse ? 12 * rng.int(0, 4) : rng.int(0, 180),
      wageMin: rng.chance(0.1) ? null : o.coarse ? 1_000_000 * rng.int(1, 4) : 50_000 * rng.int(20, 120),
      maxCommuteKm: rng.pick(o.coarse ? [0, 25, 50] : [0, 5, 10, 15, 20, 25, 30, 40, 50, 80]),
      openToRemote: rng.chance(o.openToRemoteShare),
      preferredRegencies: [...preferred],
      preferredOccupations: rng.chance(0.4) ? [] : [rng.pick(this.familyOccupations[family]!)],
      employmentTypes: types as EmploymentType[],
      skills: [...skills.values()],
      interests: rng.chance(o.interestsShare) ? Array.from({ length: 6 }, () => rng.int(6, o.coarse ? 8 : 30)) : null,
    };
  }

  vacancy(i: number): MatchVacancy {
    const o = this.options;
    const rng = new Random(hash(o.seed, 2, i));
    const family = rng.int(0, this.familySkills.length - 1);
    const remote = rng.chance(o.remoteShare);
    const skillCount = rng.chance(o.noSkillVacancyShare) ? 0 : rng.int(2, 8);
    const skills = new Map<number, MatchVacancy['skills'][number]>();
    for (let s = 0; s < skillCount; s++) {
      const skillId = rng.chance(0.9) ? rng.pick(this.familySkills[family]!) : rng.pick(this.familySkills[rng.int(0, this.familySkills.length - 1)]!);
      skills.set(skillId, {
        skillId,
        importance: rng.chance(0.7) ? 'required' : 'preferred',
        weight: o.coarse ? rng.pick([1, 2]) : rng.pick([0.5, 1, 1.5, 2, 3, 4, 5]),
      });
    }
    const wageMin = rng.chance(0.2) ? null : o.coarse ? 1_000_000 * rng.int(1, 3) : 50_000 * rng.int(20, 100);
    return {
      id: uuid(rng, 2, i),
      open: !rng.chance(o.closedShare),
      occupationCode: rng.pick(this.familyOccupations[family]!),
      regencyCode: remote && rng.chance(0.4) ? null : rng.chance(o.noRegionShare) ? null : this.regionCode(rng),
      isRemote: remote,
      educationMin: rng.pick(EDUCATION),
      fieldsOfStudy: rng.chance(0.7) ? [] : [rng.pick(FIELDS)],
      experienceMinMonths: o.coarse ? 12 * rng.int(0, 2) : rng.pick([0, 0, 6, 12, 24, 36, 60]),
      wageMin,
      wageMax: wageMin === null || rng.chance(0.3) ? null : wageMin + 500_000 * rng.int(0, 4),
      employmentType: rng.pick(EMPLOYMENT_TYPES),
      skills: [...skills.values()],
    };
  }

  /** The first `count` seekers (or vacancies), one after another. */
  *seekers(count: number, from = 0): Generator<MatchSeeker> {
    for (let i = from; i < from + count; i++) yield this.seeker(i);
  }

  *vacancies(count: number, from = 0): Generator<MatchVacancy> {
    for (let i = from; i < from + count; i++) yield this.vacancy(i);
  }

  private regionCode(rng: Random): string {
    return this.reference.regions[rng.int(0, this.reference.regions.length - 1)]!.code;
  }
}

/** mulberry32: small, fast and good enough for synthetic data. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }

  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

function hash(seed: number, kind: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(kind + 1, 0xc2b2ae35) ^ Math.imul(i + 1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** A UUID-shaped id: random at the front (so id order is random), unique by kind and position at the end. */
function uuid(rng: Random, kind: number, i: number): string {
  let hex = '';
  for (let d = 0; d < 15; d++) hex += Math.floor(rng.next() * 16).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(12, 15)}-8${kind}00-${i.toString(16).padStart(12, '0')}`;
}
