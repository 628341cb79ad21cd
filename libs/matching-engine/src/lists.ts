/** A growable list of int32 values (internal indexes), removal by swapping the last value in. */
export class IntList {
  values: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** Removes one occurrence of `value` (order is not kept); false when absent. */
  remove(value: number): boolean {
    const values = this.values;
    for (let i = this.length - 1; i >= 0; i--) {
      if (values[i] === value) {
        values[i] = values[--this.length]!;
        return true;
      }
    }
    return false;
  }
}

/** An IntList with a weight per value (a vacancy skill's effective weight in a posting). */
export class WeightedList {
  values: Int32Array;
  weights: Float64Array;
  length = 0;

  constructor(capacity = 4) {
    this.values = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  push(value: number, weight: number): void {
    if (this.length === this.values.length) {
      const values = new Int32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
      const weights = new Float64Array(this.weights.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.values[this.length] = value;
    this.weights[this.length++] = weight;
  }

  remove(value: number): boolean {
    const values = this.values;
    for (let i = this.length - 1; i >= 0; i--) {
      if (values[i] === value) {
        const last = --this.length;
        values[i] = values[last]!;
        this.weights[i] = this.weights[last]!;
        return true;
      }
    }
    return false;
  }
}

export function growInt32(array: Int32Array, capacity: number, fill = 0): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(capacity);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

export function growFloat64(array: Float64Array, capacity: number, fill = 0): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(capacity);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

export function growUint8(array: Uint8Array, capacity: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(capacity);
  grown.set(array);
  return grown;
}

/**
 * Seekers (internal indexes) with their longest commute, kept longest first, so that a scan for
 * those who can travel at least some distance stops at the first who cannot. Inserts append; the
 * list is put in order when next scanned (`settle`), by sorting what was appended and merging it in,
 * so loading a million seekers costs no quadratic shifting.
 */
export class CommuteList {
  values: Int32Array;
  commutes: Float64Array;
  length = 0;
  /** The prefix [0, sorted) is in order; the rest was appended since. */
  private sorted = 0;

  constructor(capacity = 4) {
    this.values = new Int32Array(capacity);
    this.commutes = new Float64Array(capacity);
  }

  insert(value: number, commute: number): void {
    if (this.length === this.values.length) {
      const values = new Int32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
      const commutes = new Float64Array(this.commutes.length * 2);
      commutes.set(this.commutes);
      this.commutes = commutes;
    }
    this.values[this.length] = value;
    this.commutes[this.length++] = commute;
  }

  remove(value: number): boolean {
    const values = this.values;
    for (let i = 0; i < this.length; i++) {
      if (values[i] === value) {
        values.copyWithin(i, i + 1, this.length);
        this.commutes.copyWithin(i, i + 1, this.length);
        this.length--;
        if (i < this.sorted) this.sorted--;
        return true;
      }
    }
    return false;
  }

  /** Puts the list in order (longest commute first); cheap when nothing was appended. */
  settle(): void {
    if (this.sorted === this.length) return;
    const from = this.sorted;
    const n = this.length;
    const tail = Array.from({ length: n - from }, (_, i) => from + i).sort((a, b) => this.commutes[b]! - this.commutes[a]!);
    const values = new Int32Array(this.values.length);
    const commutes = new Float64Array(this.commutes.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < from || j < tail.length) {
      if (j >= tail.length || (i < from && this.commutes[i]! >= this.commutes[tail[j]!]!)) {
        values[k] = this.values[i]!;
        commutes[k++] = this.commutes[i++]!;
      } else {
        values[k] = this.values[tail[j]!]!;
        commutes[k++] = this.commutes[tail[j++]!]!;
      }
    }
    this.values = values;
    this.commutes = commutes;
    this.sorted = n;
  }
}
