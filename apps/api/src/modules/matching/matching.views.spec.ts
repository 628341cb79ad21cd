import { DEFAULT_MATCH_WEIGHTS, MATCH_COMPONENTS } from '#domain';
import { componentViews, namedSkills, round6 } from './matching.views.js';

describe('componentViews', () => {
  const values = [0.5, 1, 1, 0.75, 0.8, 1, 0.6, 0.9];
  const total = (without: string[]) => MATCH_COMPONENTS.filter((c) => !without.includes(c)).reduce((sum, c) => sum + DEFAULT_MATCH_WEIGHTS[c], 0);

  it('lists every component that counted with its weight and its share of the score', () => {
    const views = componentViews(values, DEFAULT_MATCH_WEIGHTS, 'jobs');
    expect(views.map((view) => view.component)).toEqual([...MATCH_COMPONENTS]);
    expect(views[0]).toEqual({ component: 'skills', value: 0.5, weight: 4, contribution: round6((4 * 0.5) / total([])) });
    const score = values.reduce((sum, value, i) => sum + DEFAULT_MATCH_WEIGHTS[MATCH_COMPONENTS[i]!] * value, 0) / total([]);
    expect(views.reduce((sum, view) => sum + view.contribution, 0)).toBeCloseTo(score, 5);
  });

  it('leaves out a component stored as -1 and divides by the weights that counted', () => {
    const views = componentViews([...values.slice(0, 7), -1], DEFAULT_MATCH_WEIGHTS, 'jobs');
    expect(views.map((view) => view.component)).not.toContain('interest');
    expect(views[0]!.contribution).toBe(round6((4 * 0.5) / total(['interest'])));
  });

  it('never shows interest fit for candidates, even when a value was stored', () => {
    const views = componentViews(values, DEFAULT_MATCH_WEIGHTS, 'candidates');
    expect(views.map((view) => view.component)).toEqual(MATCH_COMPONENTS.filter((c) => c !== 'interest'));
    expect(views[0]!.contribution).toBe(round6((4 * 0.5) / total(['interest'])));
  });
});

describe('namedSkills', () => {
  it('names every skill, the one a related credit comes through too, and marks unknown ids', () => {
    const names = new Map([
      [1, { nameId: 'Menjahit', nameEn: 'Sewing' }],
      [2, { nameId: 'Mengobras', nameEn: 'Overlocking' }],
    ]);
    const named = namedSkills(
      {
        matched: [{ skillId: 1, importance: 'required', weight: 2, level: 4, source: 'declared' }],
        related: [{ skillId: 9, importance: 'required', weight: 1, viaSkillId: 2, credit: 0.5 }],
        missingRequired: [{ skillId: 9, weight: 1 }],
        missingPreferred: [],
      },
      names,
    );
    expect(named.matched[0]).toMatchObject({ nameId: 'Menjahit', nameEn: 'Sewing' });
    expect(named.related[0]).toMatchObject({ nameId: '#9', viaNameId: 'Mengobras', viaNameEn: 'Overlocking' });
    expect(named.missingRequired[0]).toMatchObject({ skillId: 9, nameEn: '#9' });
  });
});
