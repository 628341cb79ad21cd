import { UuidSource } from './ids.js';
import { Random, WeightedTable } from './random.js';

const draws = (rng: Random, count: number) => Array.from({ length: count }, () => rng.nextUint32());

describe('Random', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    expect(draws(new Random(42), 20)).toEqual(draws(new Random(42), 20));
    expect(draws(new Random(42), 20)).not.toEqual(draws(new Random(43), 20));
  });

  it('forks streams that depend on the seed and the label only', () => {
    const a = new Random(7);
    a.next();
    const b = new Random(7);
    expect(draws(a.fork('seekers'), 5)).toEqual(draws(b.fork('seekers'), 5));
    expect(draws(b.fork('seekers'), 5)).not.toEqual(draws(b.fork('vacancies'), 5));
  });

  it('draws integers within both bounds, each bound included', () => {
    const rng = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = rng.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draws floats in [0, 1) and normals around the mean', () => {
    const rng = new Random(2);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const value = rng.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      sum += rng.normal(10, 2);
    }
    expect(sum / 10_000).toBeCloseTo(10, 0);
    for (let i = 0; i < 1000; i++) expect(rng.normalInt(3, 2, 1, 5)).toBeGreaterThanOrEqual(1);
  });

  it('samples distinct items and shuffles into a permutation', () => {
    const rng = new Random(3);
    const items = ['a', 'b', 'c', 'd', 'e'];
    const sample = rng.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(items, 10)).toHaveLength(5);
    expect(rng.shuffle(items.slice()).sort()).toEqual(items);
  });

  it('produces digit strings of the asked length', () => {
    expect(new Random(4).digits(12)).toMatch(/^[0-9]{12}$/);
  });
});

describe('WeightedTable', () => {
  it('picks in proportion to the weights and never an item of weight 0', () => {
    const table = WeightedTable.of([
      ['often', 3],
      ['never', 0],
      ['sometimes', 1],
    ] as const);
    const rng = new Random(5);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const item = rng.weighted(table);
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    expect(counts.get('never')).toBeUndefined();
    expect((counts.get('often') ?? 0) / (counts.get('sometimes') ?? 1)).toBeCloseTo(3, 0);
  });

  it('refuses empty tables and tables without a positive weight', () => {
    expect(() => new WeightedTable([], [])).toThrow();
    expect(() => new WeightedTable(['a'], [0])).toThrow();
    expect(() => new WeightedTable(['a'], [-1])).toThrow();
  });
});

describe('UuidSource', () => {
  it('makes valid, increasing, unique version-7 UUIDs', () => {
    const source = new UuidSource(Date.UTC(2026, 0, 1));
    const ids = Array.from({ length: 5000 }, () => source.next());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
