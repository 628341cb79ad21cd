import { addDays } from '../common/calendar.js';
import { canEditVacancy, deadlineProblem, transitionProblem, vacancyFieldProblems } from './vacancy-rules.js';

describe('vacancy lifecycle', () => {
  it.each([
    ['draft', 'publish', true],
    ['published', 'publish', false],
    ['closed', 'publish', false],
    ['filled', 'publish', false],
    ['draft', 'close', true],
    ['published', 'close', true],
    ['closed', 'close', false],
    ['filled', 'close', false],
  ] as const)('%s + %s allowed: %s', (status, action, allowed) => {
    expect(transitionProblem(status, action) === null).toBe(allowed);
  });

  it('edits drafts and published vacancies only', () => {
    expect(canEditVacancy('draft')).toBe(true);
    expect(canEditVacancy('published')).toBe(true);
    expect(canEditVacancy('closed')).toBe(false);
    expect(canEditVacancy('filled')).toBe(false);
  });

  it('checks deadlines and places', () => {
    expect(deadlineProblem('2026-01-01', '2026-01-02')).toMatch(/in the past/);
    expect(deadlineProblem('2026-01-02', '2026-01-02')).toBeNull();
    expect(deadlineProblem(null, '2026-01-02')).toBeNull();
    expect(vacancyFieldProblems({ regencyCode: null, isRemote: false, wageMin: null, wageMax: null })).toHaveLength(1);
    expect(vacancyFieldProblems({ regencyCode: '3374', isRemote: false, wageMin: 3, wageMax: 2 })).toEqual(['wageMin must not be more than wageMax']);
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });
});
