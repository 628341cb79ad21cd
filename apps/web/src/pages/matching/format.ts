// Pure helpers of the matching pages (unit-tested in format.spec.ts).

/** A score or component value in [0, 1] as a whole percentage. */
export const percent = (value: number): number => Math.round(value * 100);

export type ScoreLabel = 'excellent' | 'good' | 'fair' | 'low';

/** The plain-words label of a score. */
export function scoreLabel(score: number): ScoreLabel {
  if (score >= 0.75) return 'excellent';
  if (score >= 0.6) return 'good';
  if (score >= 0.4) return 'fair';
  return 'low';
}

/** Where a missing skill can be learnt: the trainings that confer it, with their upcoming cohorts. */
export function trainingSearchLink(skillId: number, name: string): string {
  return `/trainings?skillId=${skillId}&skill=${encodeURIComponent(name)}`;
}

/** Components strongest first: by the points they add, then by weight. */
export function strongestFirst<T extends { contribution: number; weight: number }>(components: readonly T[]): T[] {
  return [...components].sort((a, b) => b.contribution - a.contribution || b.weight - a.weight);
}

/** The 422 body's per-field problems (`[{ field: 'weights.skills', problems: [...] }]`) by field. */
export function fieldProblems(details: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  if (!Array.isArray(details)) return found;
  for (const detail of details as Array<{ field?: unknown; problems?: unknown }>) {
    if (typeof detail?.field === 'string' && Array.isArray(detail.problems)) found[detail.field] = detail.problems.join('; ');
  }
  return found;
}

/** A weight as its field shows it: a decimal comma in Bahasa Indonesia. Parsing accepts either. */
export function weightText(value: number, language: string): string {
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}

/** The number typed in a weight field, or null when it is not one (the server then names the field). */
export function parseWeight(text: string): number | null {
  const trimmed = text.trim();
  const value = Number(trimmed.replace(',', '.'));
  return trimmed === '' || !Number.isFinite(value) ? null : value;
}
