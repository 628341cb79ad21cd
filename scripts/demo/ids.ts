import { randomFillSync } from 'node:crypto';

const TWO_POW_30 = 2 ** 30;
const RANDOM_BATCH = 4096;

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/**
 * Time-ordered UUIDs in the layout of UUIDv7 (RFC 9562): 48 bits of Unix milliseconds taken once
 * when the source is made, then a 42-bit counter, then 32 random bits. Every id of a source sorts
 * after the previous one, so primary-key and foreign-key indexes grow at their right edge (packed
 * pages, the hot pages stay in memory however large the index gets) instead of splitting pages
 * all over; ids of different runs do not collide (another start time, other random bits).
 */
export class UuidSource {
  private counter = 0;
  private readonly timeHigh: string;
  private readonly timeLow: string;
  private readonly random = new Uint32Array(RANDOM_BATCH);
  private randomIndex = RANDOM_BATCH;

  constructor(startMs: number = Date.now()) {
    const time = hex(startMs, 12);
    this.timeHigh = time.slice(0, 8);
    this.timeLow = time.slice(8, 12);
  }

  next(): string {
    const count = this.counter++;
    const high = Math.floor(count / TWO_POW_30) & 0xfff;
    const low = count % TWO_POW_30;
    const variantNibble = 0x8 | (low >>> 28);
    const clockSeq = (low >>> 16) & 0xfff;
    const node = low & 0xffff;
    return `${this.timeHigh}-${this.timeLow}-7${hex(high, 3)}-${variantNibble.toString(16)}${hex(clockSeq, 3)}-${hex(node, 4)}${hex(this.nextRandom(), 8)}`;
  }

  private nextRandom(): number {
    if (this.randomIndex === RANDOM_BATCH) {
      randomFillSync(this.random);
      this.randomIndex = 0;
    }
    return this.random[this.randomIndex++];
  }
}
