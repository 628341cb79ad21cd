import { fieldProblems, parseWeight, percent, scoreLabel, strongestFirst, trainingSearchLink, weightText } from './format.js';

describe('matching page helpers', () => {
  it('labels scores in plain words at fixed thresholds', () => {
    expect([0.95, 0.75, 0.7499, 0.6, 0.59, 0.4, 0.39, 0].map(scoreLabel)).toEqual(['excellent', 'excellent', 'good', 'good', 'fair', 'fair', 'low', 'low']);
    expect(percent(0.867)).toBe(87);
  });

  it('orders components by the points they add, then by weight', () => {
    const ordered = strongestFirst([
      { component: 'wage', contribution: 0.05, weight: 0.8 },
      { component: 'skills', contribution: 0.3, weight: 4 },
      { component: 'occupation', contribution: 0, weight: 0.5 },
      { component: 'education', contribution: 0, weight: 1.2 },
    ]);
    expect(ordered.map((c) => c.component)).toEqual(['skills', 'wage', 'education', 'occupation']);
  });

  it('links a missing skill to a search for it', () => {
    expect(trainingSearchLink(12, 'Las & Fabrikasi')).toBe('/trainings?skillId=12&skill=Las%20%26%20Fabrikasi');
  });

  it('reads per-field problems of a 422 and ignores anything else', () => {
    expect(fieldProblems([{ field: 'weights.skills', problems: ['must be a number', 'at most 10'] }, { field: 'weights' }, 'x'])).toEqual({ 'weights.skills': 'must be a number; at most 10' });
    expect(fieldProblems({ field: 'weights' })).toEqual({});
    expect(fieldProblems(undefined)).toEqual({});
  });

  it('shows and reads weights with a decimal comma or point', () => {
    expect(weightText(1.2, 'id')).toBe('1,2');
    expect(weightText(1.2, 'en')).toBe('1.2');
    expect(parseWeight(' 3,5 ')).toBe(3.5);
    expect(parseWeight('0.8')).toBe(0.8);
    expect(parseWeight('')).toBeNull();
    expect(parseWeight('berat')).toBeNull();
  });
});
