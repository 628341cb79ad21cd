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
 * those who can travel at least some distance stops at the first who cannot.
 */
export class CommuteList {
  values: Int32Array;
  commutes: Float64Array;
  length = 0;

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
    // First position whose commute is shorter than this one (after the equal ones).
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.commutes[mid]! >= commute) low = mid + 1;
      else high = mid;
    }
    this.values.copyWithin(low + 1, low, this.length);
    this.commutes.copyWithin(low + 1, low, this.length);
    this.values[low] = value;
    this.commutes[low] = commute;
    this.length++;
  }

  remove(value: number): boolean {
    const values = this.values;
    for (let i = 0; i < this.length; i++) {
      if (values[i] === value) {
        values.copyWithin(i, i + 1, this.length);
        this.commutes.copyWithin(i, i + 1, this.length);
        this.length--;
        return true;
      }
    }
    return false;
  }
}
