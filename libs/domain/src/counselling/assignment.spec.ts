import fc from 'fast-check';
import { PRIORITY_CASE_WEIGHT, assignWaiting, assignmentOrder, leastLoaded } from './assignment.js';

describe('caseload assignment', () => {
  it('picks the least-loaded counsellor, ties by id', () => {
    expect(leastLoaded([{ counsellorId: 'b', load: 2 }, { counsellorId: 'a', load: 3 }, { counsellorId: 'c', load: 2 }])).toBe('b');
    expect(leastLoaded([])).toBeNull();
  });

  it('serves priority seekers first, then by waiting time, then by id', () => {
    const order = assignmentOrder([
      { seekerId: 's3', priorityGroupCount: 0, waitingSince: '2026-11-01' },
      { seekerId: 's2', priorityGroupCount: 2, waitingSince: '2026-11-03' },
      { seekerId: 's1', priorityGroupCount: 1, waitingSince: '2026-11-03' },
      { seekerId: 's0', priorityGroupCount: 0, waitingSince: '2026-11-01' },
    ]);
    expect(order.map((s) => s.seekerId)).toEqual(['s1', 's2', 's0', 's3']);
  });

  it('gives the priority seeker the least-loaded counsellor when several wait', () => {
    const result = assignWaiting(
      [
        { seekerId: 'plain', priorityGroupCount: 0, waitingSince: '2026-11-01' },
        { seekerId: 'youth', priorityGroupCount: 1, waitingSince: '2026-11-02' },
      ],
      [{ counsellorId: 'busy', load: 5 }, { counsellorId: 'free', load: 1 }],
    );
    expect(result).toEqual([
      { seekerId: 'youth', counsellorId: 'free' },
      // free now carries 1 + 1.5 < 5
      { seekerId: 'plain', counsellorId: 'free' },
    ]);
    expect(PRIORITY_CASE_WEIGHT).toBeGreaterThan(1);
  });

  it('assigns nobody when the office has no counsellor', () => {
    expect(assignWaiting([{ seekerId: 's', priorityGroupCount: 0, waitingSince: 'x' }], [])).toEqual([]);
  });

  it('keeps loads within one case weight of each other when starting equal (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (groups, n) => {
        const counsellors = Array.from({ length: n }, (_, i) => ({ counsellorId: `c${i}`, load: 0 }));
        const waiting = groups.map((g, i) => ({ seekerId: `s${String(i).padStart(3, '0')}`, priorityGroupCount: g, waitingSince: '2026-11-01' }));
        const loads = new Map(counsellors.map((c) => [c.counsellorId, 0]));
        for (const a of assignWaiting(waiting, counsellors)) {
          const g = waiting.find((w) => w.seekerId === a.seekerId)!.priorityGroupCount;
          loads.set(a.counsellorId, loads.get(a.counsellorId)! + (g > 0 ? PRIORITY_CASE_WEIGHT : 1));
        }
        const values = [...loads.values()];
        return Math.max(...values) - Math.min(...values) <= PRIORITY_CASE_WEIGHT;
      }),
    );
  });
});
