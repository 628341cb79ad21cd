import type { CompiledSeeker } from '#domain';
import { growFloat64, growInt32, growUint8 } from './lists.js';

export const ACTIVE = 1;
export const SEARCHABLE = 2;
export const OPEN_TO_REMOTE = 4;
export const HAS_INTERESTS = 8;

const INTERESTS = 6;

/** A seeker's scalars, one record of RECORD doubles per slot (one or two cache lines, instead of one per column). */
const RECORD = 8;
const EDUCATION_RANK = 0;
const EXPERIENCE_MONTHS = 1;
const WAGE_MIN = 2;
const MAX_COMMUTE_KM = 3;
const REGION = 4;
const FIELD_OF_STUDY = 5;
const EMPLOYMENT_TYPE_MASK = 6;
const ARENA_OFFSET = 7;
/** An arena entry starts with its three counts: skills, preferred regions, preferred occupations. */
const HEAD = 3;

/**
 * Compiled seekers kept in typed arrays by internal slot instead of one object with six typed arrays
 * each (about 1.9 kB a seeker as objects). Scalars sit in one record per slot; variable-length parts
 * (skills, preferred regions and occupations) in one arena, appended on each upsert and compacted
 * when half of it is garbage.
 */
export class SeekerStore {
  capacity = 0;
  ids: string[] = [];
  alive = new Uint8Array(0);
  /** ACTIVE | SEARCHABLE | OPEN_TO_REMOTE | HAS_INTERESTS, apart from the record: scans read only this. */
  flags = new Uint8Array(0);
  records = new Float64Array(0);
  interests = new Float64Array(0);
  /** Per entry: [skill count, region count, occupation count, skill ids…, regions…, occupations…]. */
  arena = new Int32Array(1024);
  /** Skill levels and sources, at the same positions as the skill ids in `arena`. */
  levels = new Uint8Array(1024);
  sources = new Uint8Array(1024);
  arenaUsed = 0;
  arenaLive = 0;

  private readonly fieldNames: string[] = [];
  private readonly fieldIndex = new Map<string, number>();

  ensureCapacity(slots: number): void {
    if (slots <= this.capacity) return;
    const capacity = Math.max(slots, this.capacity * 2, 1024);
    this.alive = growUint8(this.alive, capacity);
    this.flags = growUint8(this.flags, capacity);
    const records = new Float64Array(capacity * RECORD);
    records.set(this.records);
    this.records = records;
    const interests = new Float64Array(capacity * INTERESTS);
    interests.set(this.interests);
    this.interests = interests;
    this.ids.length = capacity;
    this.capacity = capacity;
  }

  region(slot: number): number {
    return this.records[slot * RECORD + REGION]!;
  }

  maxCommuteKm(slot: number): number {
    return this.records[slot * RECORD + MAX_COMMUTE_KM]!;
  }

  /** Where the slot's skill ids start in `arena` (its preferred regions follow, then its occupations). */
  skillStart(slot: number): number {
    return this.records[slot * RECORD + ARENA_OFFSET]! + HEAD;
  }

  skillCount(slot: number): number {
    return this.arena[this.records[slot * RECORD + ARENA_OFFSET]!]!;
  }

  regionCount(slot: number): number {
    return this.arena[this.records[slot * RECORD + ARENA_OFFSET]! + 1]!;
  }

  occupationCount(slot: number): number {
    return this.arena[this.records[slot * RECORD + ARENA_OFFSET]! + 2]!;
  }

  write(slot: number, seeker: CompiledSeeker): void {
    this.ensureCapacity(slot + 1);
    if (this.alive[slot] === 1) {
      // The old entry becomes garbage; marking the slot dead keeps a compaction below from copying it.
      this.arenaLive -= this.entryLength(slot);
      this.alive[slot] = 0;
    }
    const skills = seeker.skillIds.length;
    const regions = seeker.preferredRegions.length;
    const occupations = seeker.preferredOccupations.length;
    const length = HEAD + skills + regions + occupations;
    this.reserveArena(length);
    const start = this.arenaUsed;
    this.arena[start] = skills;
    this.arena[start + 1] = regions;
    this.arena[start + 2] = occupations;
    this.arena.set(seeker.skillIds, start + HEAD);
    this.levels.set(seeker.skillLevels, start + HEAD);
    this.sources.set(seeker.skillSources, start + HEAD);
    this.arena.set(seeker.preferredRegions, start + HEAD + skills);
    this.arena.set(seeker.preferredOccupations, start + HEAD + skills + regions);
    this.arenaUsed += length;
    this.arenaLive += length;

    this.ids[slot] = seeker.id;
    this.alive[slot] = 1;
    this.flags[slot] =
      (seeker.active ? ACTIVE : 0) | (seeker.searchable ? SEARCHABLE : 0) | (seeker.openToRemote ? OPEN_TO_REMOTE : 0) | (seeker.interests !== null ? HAS_INTERESTS : 0);
    const base = slot * RECORD;
    const records = this.records;
    records[base + EDUCATION_RANK] = seeker.educationRank;
    records[base + EXPERIENCE_MONTHS] = seeker.experienceMonths;
    records[base + WAGE_MIN] = seeker.wageMin;
    records[base + MAX_COMMUTE_KM] = seeker.maxCommuteKm;
    records[base + REGION] = seeker.region;
    records[base + FIELD_OF_STUDY] = this.fieldNumber(seeker.fieldOfStudy);
    records[base + EMPLOYMENT_TYPE_MASK] = seeker.employmentTypeMask;
    records[base + ARENA_OFFSET] = start;
    if (seeker.interests !== null) this.interests.set(seeker.interests, slot * INTERESTS);
  }

  free(slot: number): void {
    if (this.alive[slot] !== 1) return;
    this.arenaLive -= this.entryLength(slot);
    this.alive[slot] = 0;
    this.flags[slot] = 0;
    this.ids[slot] = undefined as unknown as string;
  }

  fieldName(index: number): string | null {
    return index < 0 ? null : this.fieldNames[index]!;
  }

  /** Bytes held by the records, flags, interest profiles and the arena (not the id strings or the id map). */
  bytes(): number {
    return this.capacity * (2 + 8 * RECORD + 8 * INTERESTS) + this.arena.length * 6;
  }

  private entryLength(slot: number): number {
    const start = this.records[slot * RECORD + ARENA_OFFSET]!;
    return HEAD + this.arena[start]! + this.arena[start + 1]! + this.arena[start + 2]!;
  }

  private fieldNumber(field: string | null): number {
    if (field === null) return -1;
    let index = this.fieldIndex.get(field);
    if (index === undefined) {
      index = this.fieldNames.length;
      this.fieldNames.push(field);
      this.fieldIndex.set(field, index);
    }
    return index;
  }

  private reserveArena(length: number): void {
    if (this.arenaUsed + length <= this.arena.length) return;
    // Compact into fresh arrays sized for twice the live data.
    const capacity = Math.max(1024, 2 * (this.arenaLive + length));
    const arena = new Int32Array(capacity);
    const levels = new Uint8Array(capacity);
    const sources = new Uint8Array(capacity);
    let used = 0;
    for (let slot = 0; slot < this.capacity; slot++) {
      if (this.alive[slot] !== 1) continue;
      const start = this.records[slot * RECORD + ARENA_OFFSET]!;
      const n = this.entryLength(slot);
      arena.set(this.arena.subarray(start, start + n), used);
      levels.set(this.levels.subarray(start, start + n), used);
      sources.set(this.sources.subarray(start, start + n), used);
      this.records[slot * RECORD + ARENA_OFFSET] = used;
      used += n;
    }
    this.arena = arena;
    this.levels = levels;
    this.sources = sources;
    this.arenaUsed = used;
    this.arenaLive = used;
  }
}

/**
 * A CompiledSeeker read back from the store into reused buffers, so that scoring a stored seeker
 * allocates nothing; its arrays are copied only when first read (a pair ruled out by a bound never
 * reads the skills). Valid until the next `load`; never handed out of the index.
 */
export class SeekerScratch implements CompiledSeeker {
  active = false;
  searchable = false;
  region = -1;
  educationRank = -1;
  fieldOfStudy: string | null = null;
  experienceMonths = 0;
  wageMin = -1;
  maxCommuteKm = 0;
  openToRemote = false;
  employmentTypeMask = 0;

  private store: SeekerStore | null = null;
  private slot = -1;
  private copied = 0;
  private skills: Int32Array = EMPTY_INT;
  private regions: Int32Array = EMPTY_INT;
  private occupations: Int32Array = EMPTY_INT;
  private levels: Uint8Array = EMPTY_BYTES;
  private sources: Uint8Array = EMPTY_BYTES;
  private profile: Float64Array | null = null;
  private readonly ints: Int32Array[][] = [[], [], []];
  private readonly bytes: Uint8Array[][] = [[], []];
  private readonly profileBuffer = new Float64Array(INTERESTS);

  private start = 0;
  private skillTotal = 0;
  private regionTotal = 0;

  load(store: SeekerStore, slot: number): this {
    const flags = store.flags[slot]!;
    this.store = store;
    this.slot = slot;
    this.copied = 0;
    this.active = (flags & ACTIVE) !== 0;
    this.searchable = (flags & SEARCHABLE) !== 0;
    this.openToRemote = (flags & OPEN_TO_REMOTE) !== 0;
    const records = store.records;
    const base = slot * RECORD;
    this.educationRank = records[base + EDUCATION_RANK]!;
    this.experienceMonths = records[base + EXPERIENCE_MONTHS]!;
    this.wageMin = records[base + WAGE_MIN]!;
    this.maxCommuteKm = records[base + MAX_COMMUTE_KM]!;
    this.region = records[base + REGION]!;
    this.fieldOfStudy = store.fieldName(records[base + FIELD_OF_STUDY]!);
    this.employmentTypeMask = records[base + EMPLOYMENT_TYPE_MASK]!;
    const offset = records[base + ARENA_OFFSET]!;
    this.start = offset + HEAD;
    this.skillTotal = store.arena[offset]!;
    this.regionTotal = store.arena[offset + 1]!;
    return this;
  }

  get id(): string {
    return this.store!.ids[this.slot]!;
  }

  get skillIds(): Int32Array {
    if ((this.copied & 1) === 0) {
      const n = this.skillTotal;
      this.skills = copyInts(bufferOf(this.ints[0]!, n), this.store!.arena, this.start, n);
      this.copied |= 1;
    }
    return this.skills;
  }

  get preferredRegions(): Int32Array {
    if ((this.copied & 2) === 0) {
      const n = this.regionTotal;
      this.regions = copyInts(bufferOf(this.ints[1]!, n), this.store!.arena, this.start + this.skillTotal, n);
      this.copied |= 2;
    }
    return this.regions;
  }

  get preferredOccupations(): Int32Array {
    if ((this.copied & 4) === 0) {
      const store = this.store!;
      const n = store.arena[this.start - 1]!;
      this.occupations = copyInts(bufferOf(this.ints[2]!, n), store.arena, this.start + this.skillTotal + this.regionTotal, n);
      this.copied |= 4;
    }
    return this.occupations;
  }

  get skillLevels(): Uint8Array {
    if ((this.copied & 8) === 0) {
      const n = this.skillTotal;
      this.levels = copyBytes(byteBufferOf(this.bytes[0]!, n), this.store!.levels, this.start, n);
      this.copied |= 8;
    }
    return this.levels;
  }

  get skillSources(): Uint8Array {
    if ((this.copied & 16) === 0) {
      const n = this.skillTotal;
      this.sources = copyBytes(byteBufferOf(this.bytes[1]!, n), this.store!.sources, this.start, n);
      this.copied |= 16;
    }
    return this.sources;
  }

  get interests(): Float64Array | null {
    if ((this.copied & 32) === 0) {
      const store = this.store!;
      if ((store.flags[this.slot]! & HAS_INTERESTS) !== 0) {
        const base = this.slot * INTERESTS;
        for (let i = 0; i < INTERESTS; i++) this.profileBuffer[i] = store.interests[base + i]!;
        this.profile = this.profileBuffer;
      } else {
        this.profile = null;
      }
      this.copied |= 32;
    }
    return this.profile;
  }
}

function bufferOf(cache: Int32Array[], length: number): Int32Array {
  if (length === 0) return EMPTY_INT;
  let buffer = cache[length];
  if (buffer === undefined) {
    for (let n = cache.length; n < length; n++) cache.push(new Int32Array(n));
    buffer = new Int32Array(length);
    cache.push(buffer);
  }
  return buffer;
}

function byteBufferOf(cache: Uint8Array[], length: number): Uint8Array {
  if (length === 0) return EMPTY_BYTES;
  let buffer = cache[length];
  if (buffer === undefined) {
    for (let n = cache.length; n < length; n++) cache.push(new Uint8Array(n));
    buffer = new Uint8Array(length);
    cache.push(buffer);
  }
  return buffer;
}

const EMPTY_INT = new Int32Array(0);
const EMPTY_BYTES = new Uint8Array(0);

function copyInts(target: Int32Array, source: Int32Array, start: number, length: number): Int32Array {
  for (let i = 0; i < length; i++) target[i] = source[start + i]!;
  return target;
}

function copyBytes(target: Uint8Array, source: Uint8Array, start: number, length: number): Uint8Array {
  for (let i = 0; i < length; i++) target[i] = source[start + i]!;
  return target;
}

/** A standalone copy of a stored seeker (for callers outside the index). */
export function readSeeker(store: SeekerStore, slot: number): CompiledSeeker {
  const view = new SeekerScratch().load(store, slot);
  return {
    id: view.id,
    active: view.active,
    searchable: view.searchable,
    region: view.region,
    educationRank: view.educationRank,
    fieldOfStudy: view.fieldOfStudy,
    experienceMonths: view.experienceMonths,
    wageMin: view.wageMin,
    maxCommuteKm: view.maxCommuteKm,
    openToRemote: view.openToRemote,
    employmentTypeMask: view.employmentTypeMask,
    preferredRegions: view.preferredRegions.slice(),
    preferredOccupations: view.preferredOccupations.slice(),
    skillIds: view.skillIds.slice(),
    skillLevels: view.skillLevels.slice(),
    skillSources: view.skillSources.slice(),
    interests: view.interests === null ? null : view.interests.slice(),
  };
}
