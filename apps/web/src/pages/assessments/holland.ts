import type { AssessmentKind, AssessmentResultView, Bilingual, MaybeBilingual } from '../../api/types.js';

/** What the code needs of a result: the scores and, when the server sent it, its ranking. */
export interface Scored {
  holland?: AssessmentResultView['holland'];
  scales: AssessmentResultView['scales'];
}

export const RIASEC = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export const BIG_FIVE = ['E', 'A', 'C', 'ES', 'O'] as const;

/** The scales a chart shows for a kind, in the instrument's order (derived scales such as N left out). */
export function chartScales(kind: AssessmentKind): readonly string[] {
  return kind === 'interest' ? RIASEC : BIG_FIVE;
}

/** The ranking of the six letters: the server's, or by score with the fixed R<I<A<S<E<C tie-break. */
export function rankingOf(result: Scored): string[] {
  if (result.holland?.ranking) return result.holland.ranking.split('');
  const score = (letter: string) => result.scales[letter]?.raw ?? Number.NEGATIVE_INFINITY;
  return [...RIASEC].sort((a, b) => score(b) - score(a) || RIASEC.indexOf(a) - RIASEC.indexOf(b));
}

/**
 * The Holland code as groups of letters with equal raw scores, enough groups to cover three letters.
 * A tie inside the code gives ["R","I"] ("R = I"); a tie at the boundary adds the letters that tie
 * with the third ("S E C = A"), because the fixed tie-break between them means nothing.
 */
export function codeGroups(result: Scored): string[][] {
  const ranking = rankingOf(result);
  const score = (letter: string) => result.scales[letter]?.raw ?? null;
  if (ranking.some((letter) => score(letter) === null)) return [];
  const groups: string[][] = [];
  let covered = 0;
  for (const letter of ranking) {
    const last = groups[groups.length - 1];
    if (last && score(last[0]) === score(letter)) {
      last.push(letter);
      covered += 1;
    } else if (covered < 3) {
      groups.push([letter]);
      covered += 1;
    } else break;
  }
  return groups;
}

/** "R = I A": tied letters joined by "=". */
export function formatCode(groups: string[][]): string {
  return groups.map((group) => group.join(' = ')).join(' ');
}

/** Text in the chosen language from a value that may be a plain string. */
export function textOf(value: MaybeBilingual | undefined | null, language: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return language === 'en' ? value.en : value.id;
}

/** A scale's label for an answer value, from labels that may be per language. */
export function scaleLabel(labels: Record<string, string> | { id: Record<string, string>; en: Record<string, string> }, value: number, language: string): string {
  const perLanguage = labels as { id?: unknown; en?: unknown };
  if (perLanguage.id && typeof perLanguage.id === 'object') {
    const chosen = (language === 'en' ? perLanguage.en : perLanguage.id) as Record<string, string> | undefined;
    return chosen?.[String(value)] ?? String(value);
  }
  return (labels as Record<string, string>)[String(value)] ?? String(value);
}

/** The job zone a seeker's education usually prepares for (spec 8.2, a heuristic to start from). */
export function zoneOfEducation(education: string | null | undefined): number | null {
  if (!education) return null;
  if (['SD', 'SMP'].includes(education)) return 1;
  if (['SMA', 'SMK'].includes(education)) return 2;
  if (['D1', 'D2', 'D3'].includes(education)) return 3;
  if (['D4', 'S1'].includes(education)) return 4;
  if (['S2', 'S3'].includes(education)) return 5;
  return null;
}

export type { Bilingual };
