import { compileSeeker, MatchContext } from '#domain';
import { SyntheticWorld } from './synthetic-world.js';

describe('SyntheticWorld', () => {
  it('gives the same records for the same seed, whatever the order they are asked in', () => {
    const a = new SyntheticWorld({ seed: 17, regions: 12, skills: 80 });
    const b = new SyntheticWorld({ seed: 17, regions: 12, skills: 80 });
    expect(b.reference).toEqual(a.reference);
    const forward = [...a.seekers(50)];
    const backward = Array.from({ length: 50 }, (_, i) => b.seeker(49 - i)).reverse();
    expect(backward).toEqual(forward);
    expect(b.vacancy(33)).toEqual(a.vacancy(33));
    expect(new SyntheticWorld({ seed: 18, regions: 12, skills: 80 }).seeker(0)).not.toEqual(forward[0]);
  });

  it('makes unique ids and records the scoring function accepts', () => {
    const world = new SyntheticWorld({ seed: 3 });
    const ctx = MatchContext.create(world.reference);
    const ids = new Set<string>();
    for (const seeker of world.seekers(2000)) {
      ids.add(seeker.id);
      expect(compileSeeker(seeker, ctx).region).toBeLessThan(world.reference.regions.length);
    }
    for (const vacancy of world.vacancies(2000)) ids.add(vacancy.id);
    expect(ids.size).toBe(4000);
    expect(world.reference.skillRelations.length).toBeGreaterThan(0);
  });
});
