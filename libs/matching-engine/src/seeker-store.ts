import type { CompiledSeeker } from '#domain';
import { growFloat64, growInt32, growUint8 } from './lists.js';

export const ACTIVE = 1;
export const SEARCHABLE = 2;
export const OPEN_TO_REMOTE = 4;
export const HAS_INTERESTS = 8;

const INTERESTS = 6;

/**
 * Compiled seekers kept column by column (typed arrays indexed by an internal slot) instead of one
 * object with six typed arrays each: about 1.9 kB a seeker as objects, a few hundred bytes here.
 * Variable-length parts (skills, preferred regions and occupations) live in one arena, appended on
 * each upsert and compacted when half of it is garbage.
 */
export class SeekerStore {
  capacity = 0;
  ids: string[] = [];
  alive = new Uint8Array(0);
  flags = new Uint8Array(0);
  region = new Int32Array(0);
  educationRank = new Float64Array(0);
  experienceMonths = new Float64Array(0);
  wageMin = new Float64Array(0);
  maxCommuteKm = new Float64Array(0);
  fieldOfStudy = new Int32Array(0);
  employmentTypeMask = new Int32Array(0);
  interests = new Float64Array(0);
  /** Arena layout of a slot: skill ids, then preferred regions, then preferred occupations. */
  offset = new Int32Array(0);
  skillCount = new Int32Array(0);
  regionCount = new Int32Array(0);
  occupationCount = new Int32Array(0);
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
    this.region = growInt32(this.region, capacity);
    this.educationRank = growFloat64(this.educationRank, capacity);
    this.experienceMonths = growFloat64(this.experienceMonths, capacity);
    this.wageMin = growFloat64(this.wageMin, capacity);
    this.maxCommuteKm = growFloat64(this.maxCommuteKm, capacity);
    this.fieldOfStudy = growInt32(this.fieldOfStudy, capacity);
    this.employmentTypeMask = growInt32(this.employmentTypeMask, capacity);
    const interests = new Float64Array(capacity * INTERESTS);
    interests.set(this.interests);
    this.interests = interests;
    this.offset = growInt32(this.offset, capacity);
    this.skillCount = growInt32(this.skillCount, capacity);
    this.regionCount = growInt32(this.regionCount, capacity);
    this.occupationCount = growInt32(this.occupationCount, capacity);
    this.ids.length = capacity;
    this.capacity = capacity;
  }

  write(slot: number, seeker: CompiledSeeker): void {
    this.ensureCapacity(slot + 1);
    if (this.alive[slot] === 1) {
      // The old parts become garbage; zero lengths keep a compaction below from copying them.
      this.arenaLive -= this.slotLength(slot);
      this.skillCount[slot] = 0;
      this.regionCount[slot] = 0;
      this.occupationCount[slot] = 0;
    }
    this.ids[slot] = seeker.id;
    this.alive[slot] = 1;
    this.flags[slot] =
      (seeker.active ? ACTIVE : 0) | (seeker.searchable ? SEARCHABLE : 0) | (seeker.openToRemote ? OPEN_TO_REMOTE : 0) | (seeker.interests !== null ? HAS_INTERESTS : 0);
    this.region[slot] = seeker.region;
    this.educationRank[slot] = seeker.educationRank;
    this.experienceMonths[slot] = seeker.experienceMonths;
    this.wageMin[slot] = seeker.wageMin;
    this.maxCommuteKm[slot] = seeker.maxCommuteKm;
    this.fieldOfStudy[slot] = this.fieldNumber(seeker.fieldOfStudy);
    this.employmentTypeMask[slot] = seeker.employmentTypeMask;
    if (seeker.interests !== null) this.interests.set(seeker.interests, slot * INTERESTS);

    const skills = seeker.skillIds.length;
    const regions = seeker.preferredRegions.length;
    const occupations = seeker.preferredOccupations.length;
    const length = skills + regions + occupations;
    this.reserveArena(length);
    const start = this.arenaUsed;
    this.arena.set(seeker.skillIds, start);
    this.levels.set(seeker.skillLevels, start);
    this.sources.set(seeker.skillSources, start);
    this.arena.set(seeker.preferredRegions, start + skills);
    this.arena.set(seeker.preferredOccupations, start + skills + regions);
    this.arenaUsed += length;
    this.arenaLive += length;
    this.offset[slot] = start;
    this.skillCount[slot] = skills;
    this.regionCount[slot] = regions;
    this.occupationCount[slot] = occupations;
  }

  free(slot: number): void {
    if (this.alive[slot] !== 1) return;
    this.arenaLive -= this.slotLength(slot);
    this.alive[slot] = 0;
    this.flags[slot] = 0;
    this.skillCount[slot] = 0;
    this.regionCount[slot] = 0;
    this.occupationCount[slot] = 0;
    this.ids[slot] = undefined as unknown as string;
  }

  fieldName(index: number): string | null {
    return index < 0 ? null : this.fieldNames[index]!;
  }

  /** Bytes held by the columns and the arena (not the id strings or the id map). */
  bytes(): number {
    return this.capacity * (1 + 1 + 4 + 8 * 4 + 4 + 4 + 8 * INTERESTS + 4 * 4) + this.arena.length * 6;
  }

  private slotLength(slot: number): number {
    return this.skillCount[slot]! + this.regionCount[slot]! + this.occupationCount[slot]!;
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
    // Compact into fresh arrays sized for twice the live data (views handed out earlier keep the old buffers).
    const capacity = Math.max(1024, 2 * (this.arenaLive + length));
    const arena = new Int32Array(capacity);
    const levels = new Uint8Array(capacity);
    const sources = new Uint8Array(capacity);
    let used = 0;
    for (let slot = 0; slot < this.capacity; slot++) {
      if (this.alive[slot] !== 1) continue;
      const start = this.offset[slot]!;
      const n = this.slotLength(slot);
      const skills = this.skillCount[slot]!;
      arena.set(this.arena.subarray(start, start + n), used);
      levels.set(this.levels.subarray(start, start + skills), used);
      sources.set(this.sources.subarray(start, start + skills), used);
      this.offset[slot] = used;
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
  id = '';
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

  load(store: SeekerStore, slot: number): this {
    const flags = store.flags[slot]!;
    this.store = store;
    this.slot = slot;
    this.copied = 0;
    this.id = store.ids[slot]!;
    this.active = (flags & ACTIVE) !== 0;
    this.searchable = (flags & SEARCHABLE) !== 0;
    this.openToRemote = (flags & OPEN_TO_REMOTE) !== 0;
    this.region = store.region[slot]!;
    this.educationRank = store.educationRank[slot]!;
    this.fieldOfStudy = store.fieldName(store.fieldOfStudy[slot]!);
    this.experienceMonths = store.experienceMonths[slot]!;
    this.wageMin = store.wageMin[slot]!;
    this.maxCommuteKm = store.maxCommuteKm[slot]!;
    this.employmentTypeMask = store.employmentTypeMask[slot]!;
    return this;
  }

  get skillIds(): Int32Array {
    if ((this.copied & 1) === 0) {
      const store = this.store!;
      const n = store.skillCount[this.slot]!;
      this.skills = copyInts(bufferOf(this.ints[0]!, n), store.arena, store.offset[this.slot]!, n);
      this.copied |= 1;
    }
    return this.skills;
  }

  get preferredRegions(): Int32Array {
    if ((this.copied & 2) === 0) {
      const store = this.store!;
      const n = store.regionCount[this.slot]!;
      this.regions = copyInts(bufferOf(this.ints[1]!, n), store.arena, store.offset[this.slot]! + store.skillCount[this.slot]!, n);
      this.copied |= 2;
    }
    return this.regions;
  }

  get preferredOccupations(): Int32Array {
    if ((this.copied & 4) === 0) {
      const store = this.store!;
      const n = store.occupationCount[this.slot]!;
      const start = store.offset[this.slot]! + store.skillCount[this.slot]! + store.regionCount[this.slot]!;
      this.occupations = copyInts(bufferOf(this.ints[2]!, n), store.arena, start, n);
      this.copied |= 4;
    }
    return this.occupations;
  }

  get skillLevels(): Uint8Array {
    if ((this.copied & 8) === 0) {
      const store = this.store!;
      const n = store.skillCount[this.slot]!;
      this.levels = copyBytes(byteBufferOf(this.bytes[0]!, n), store.levels, store.offset[this.slot]!, n);
      this.copied |= 8;
    }
    return this.levels;
  }

  get skillSources(): Uint8Array {
    if ((this.copied & 16) === 0) {
      const store = this.store!;
      const n = store.skillCount[this.slot]!;
      this.sources = copyBytes(byteBufferOf(this.bytes[1]!, n), store.sources, store.offset[this.slot]!, n);
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
