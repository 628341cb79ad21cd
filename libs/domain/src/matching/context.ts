import { haversineKm } from '../geo/distance.js';
import { DEFAULT_MATCH_WEIGHTS, MATCH_COMPONENTS, type MatchComponent, type MatchWeights } from './weights.js';

/** The reference data matching needs, as loaded from PostgreSQL or the reference files. */
export interface MatchReference {
  regions: ReadonlyArray<{ code: string; lat: number; lon: number }>;
  educationLevels: ReadonlyArray<{ code: string; rank: number }>;
  /** Each occupation's six O*NET interest ratings in R, I, A, S, E, C order. */
  occupations: ReadonlyArray<{ code: string; interests: readonly number[] }>;
  /** Related-skill links; a link counts both ways (a near skill earns `weight` of the credit). */
  skillRelations: ReadonlyArray<{ fromSkillId: number; toSkillId: number; weight: number }>;
}

export interface RelatedSkills {
  /** Related skill ids, ascending. */
  readonly ids: Int32Array;
  /** The credit each earns, 0 < weight < 1, aligned with `ids`. */
  readonly weights: Float64Array;
}

const NO_RELATED: RelatedSkills = { ids: new Int32Array(0), weights: new Float64Array(0) };

interface Tables {
  regionCodes: string[];
  regionIndex: Map<string, number>;
  distances: Float64Array;
  educationRanks: Map<string, number>;
  occupationInterests: Map<string, Float64Array | null>;
  related: Map<number, RelatedSkills>;
}

/**
 * Reference data prepared once for scoring many pairs: regions by index with a distance matrix of
 * their centroids, education ranks, occupations' interest profiles centred and scaled (so that a
 * Pearson correlation is one dot product), related skills both ways. Immutable; a new weight set
 * makes a new context that shares the tables.
 */
export class MatchContext {
  private constructor(
    private readonly tables: Tables,
    readonly weights: MatchWeights,
    /** The stored weight set these weights came from; null for the built-in defaults. */
    readonly weightSetId: number | null,
  ) {}

  static create(reference: MatchReference, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS, weightSetId: number | null = null): MatchContext {
    const regionCodes = reference.regions.map((region) => region.code);
    const n = regionCodes.length;
    const distances = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const ra = reference.regions[a]!;
        const rb = reference.regions[b]!;
        distances[a * n + b] = a === b ? 0 : haversineKm(ra.lat, ra.lon, rb.lat, rb.lon);
      }
    }
    const links = new Map<number, Map<number, number>>();
    const link = (from: number, to: number, weight: number): void => {
      const row = links.get(from) ?? new Map<number, number>();
      row.set(to, Math.max(weight, row.get(to) ?? 0));
      links.set(from, row);
    };
    for (const relation of reference.skillRelations) {
      if (relation.fromSkillId === relation.toSkillId || !(relation.weight > 0 && relation.weight < 1)) continue;
      link(relation.fromSkillId, relation.toSkillId, relation.weight);
      link(relation.toSkillId, relation.fromSkillId, relation.weight);
    }
    const related = new Map<number, RelatedSkills>();
    for (const [skillId, row] of links) {
      const ids = Int32Array.from([...row.keys()].sort((x, y) => x - y));
      related.set(skillId, { ids, weights: Float64Array.from(ids, (id) => row.get(id)!) });
    }
    return new MatchContext(
      {
        regionCodes,
        regionIndex: new Map(regionCodes.map((code, index) => [code, index])),
        distances,
        educationRanks: new Map(reference.educationLevels.map((level) => [level.code, level.rank])),
        occupationInterests: new Map(reference.occupations.map((occupation) => [occupation.code, standardizedProfile(occupation.interests)])),
        related,
      },
      weights,
      weightSetId,
    );
  }

  /** The same reference data under another weight set. */
  withWeights(weights: MatchWeights, weightSetId: number | null): MatchContext {
    return new MatchContext(this.tables, weights, weightSetId);
  }

  get regionCount(): number {
    return this.tables.regionCodes.length;
  }

  /** The index of a regency code, or -1 when it is unknown or null. */
  regionIndex(code: string | null): number {
    return code === null ? -1 : (this.tables.regionIndex.get(code) ?? -1);
  }

  regionCode(index: number): string {
    return this.tables.regionCodes[index]!;
  }

  /** Kilometres between two regions' centroids, by index (0 within one region). */
  distanceKm(a: number, b: number): number {
    return this.tables.distances[a * this.tables.regionCodes.length + b]!;
  }

  /** An education level's rank, or -1 when unknown. */
  educationRank(code: string | null): number {
    return code === null ? -1 : (this.tables.educationRanks.get(code) ?? -1);
  }

  /** An occupation's interest profile, centred and scaled to unit length; null when unknown or flat. */
  occupationInterests(code: string): Float64Array | null {
    return this.tables.occupationInterests.get(code) ?? null;
  }

  /** The skills related to one skill (both directions of every link). */
  related(skillId: number): RelatedSkills {
    return this.tables.related.get(skillId) ?? NO_RELATED;
  }

  /** The sum of the weights that count for a direction (interest only for jobs of a seeker who has a result). */
  weightTotal(countsInterest: boolean): number {
    let total = 0;
    for (const component of MATCH_COMPONENTS) {
      if (component !== 'interest' || countsInterest) total += this.weights[component];
    }
    return total;
  }

  weight(component: MatchComponent): number {
    return this.weights[component];
  }
}

/**
 * A profile centred on its mean and divided by its norm, so that the dot product of two such
 * profiles is their Pearson correlation; null when the profile is not six finite numbers or is flat.
 */
export function standardizedProfile(values: readonly number[] | null): Float64Array | null {
  if (values === null || values.length !== 6 || !values.every(Number.isFinite)) return null;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= values.length;
  const out = Float64Array.from(values, (value) => value - mean);
  let norm = 0;
  for (const value of out) norm += value * value;
  if (norm <= 1e-12) return null;
  norm = Math.sqrt(norm);
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}
