import fc from 'fast-check';
import { CommuteList, IntList } from './lists.js';

describe('CommuteList', () => {
  it('holds what was inserted and not removed, longest commute first once settled', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(60), fc.constantFrom(0, 5, 10, 25, 25, 50, 80)), { maxLength: 200 }), (steps) => {
        const list = new CommuteList();
        const expected = new Map<number, number>();
        steps.forEach(([remove, value, commute], step) => {
          if (remove && expected.has(value)) {
            expect(list.remove(value)).toBe(true);
            expected.delete(value);
          } else if (!expected.has(value)) {
            list.insert(value, commute);
            expected.set(value, commute);
          }
          if (step % 7 === 0) list.settle();
        });
        list.settle();
        const held = Array.from(list.values.subarray(0, list.length));
        expect(new Set(held)).toEqual(new Set(expected.keys()));
        for (let i = 0; i < list.length; i++) expect(list.commutes[i]).toBe(expected.get(list.values[i]!));
        for (let i = 1; i < list.length; i++) expect(list.commutes[i - 1]!).toBeGreaterThanOrEqual(list.commutes[i]!);
      }),
    );
  });
});

describe('IntList', () => {
  it('removes one occurrence and reports a missing value', () => {
    const list = new IntList(1);
    for (const value of [3, 1, 4, 1, 5]) list.push(value);
    expect(list.remove(1)).toBe(true);
    expect(list.remove(9)).toBe(false);
    expect(Array.from(list.values.subarray(0, list.length)).sort()).toEqual([1, 3, 4, 5]);
  });
});
