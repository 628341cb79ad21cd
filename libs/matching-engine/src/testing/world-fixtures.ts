import {
  compileSeeker,
  compileVacancy,
  DEFAULT_MATCH_WEIGHTS,
  MatchContext,
  type CompiledSeeker,
  type CompiledVacancy,
  type MatchSeeker,
  type MatchVacancy,
  type MatchWeights,
} from '#domain';
import { MatchIndex } from '../match-index.js';
import { SyntheticWorld, type SyntheticWorldOptions } from './synthetic-world.js';

/** A small synthetic world compiled and loaded into an index, for the engine's tests. */
export interface LoadedWorld {
  world: SyntheticWorld;
  ctx: MatchContext;
  index: MatchIndex;
  seekers: Map<string, CompiledSeeker>;
  vacancies: Map<string, CompiledVacancy>;
}

/**
 * Builds `seekers` and `vacancies` records; a share of them (`cloneShare`) copy an earlier record
 * under a new id, so that equal scores (ties broken by id) are common.
 */
export function loadWorld(
  options: Partial<SyntheticWorldOptions>,
  counts: { seekers: number; vacancies: number; cloneShare?: number },
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): LoadedWorld {
  const world = new SyntheticWorld(options);
  const ctx = MatchContext.create(world.reference, weights, 7);
  const index = new MatchIndex(ctx);
  const seekers = new Map<string, CompiledSeeker>();
  const vacancies = new Map<string, CompiledVacancy>();
  const rawSeekers: MatchSeeker[] = [];
  const rawVacancies: MatchVacancy[] = [];
  const clone = counts.cloneShare ?? 0.1;
  for (let i = 0; i < counts.seekers; i++) {
    const fresh = world.seeker(i);
    const seeker = i > 0 && fraction(i, 1) < clone ? { ...rawSeekers[Math.floor(fraction(i, 2) * i)]!, id: fresh.id } : fresh;
    rawSeekers.push(seeker);
    const compiled = compileSeeker(seeker, ctx);
    seekers.set(compiled.id, compiled);
    index.upsertSeeker(compiled);
  }
  for (let i = 0; i < counts.vacancies; i++) {
    const fresh = world.vacancy(i);
    const vacancy = i > 0 && fraction(i, 3) < clone ? { ...rawVacancies[Math.floor(fraction(i, 4) * i)]!, id: fresh.id } : fresh;
    rawVacancies.push(vacancy);
    const compiled = compileVacancy(vacancy, ctx);
    vacancies.set(compiled.id, compiled);
    index.upsertVacancy(compiled);
  }
  return { world, ctx, index, seekers, vacancies };
}

/** A deterministic number in [0, 1) from two integers. */
export function fraction(i: number, salt: number): number {
  let h = Math.imul(i + 0x9e37, 0x85ebca6b) ^ Math.imul(salt + 0x7f4a, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}
