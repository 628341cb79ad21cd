import { DomainError, ErrorCode } from '../common/domain-error.js';
import type { Locale, NormTable } from './types.js';
import { profileCorrelation } from './congruence.js';

/** Fewest valid protocols a norm group needs before its norms may be activated (policy, spec §6.2). */
export const MIN_NORM_GROUP_SIZE = 300;
/** Alpha under this (or negative) raises an alarm in the admin view (spec §8.4). */
export const ALPHA_ALARM = 0.7;

export interface AlphaReport {
  /** Cronbach's alpha; null when the total score does not vary (or fewer than 2 items or people). May be negative. */
  alpha: number | null;
  /** Corrected item–total correlation per item (item against the sum of the other items); null when either does not vary. */
  itemTotal: Array<number | null>;
  /** Alpha of the scale without each item; null when it is undefined. */
  alphaIfDeleted: Array<number | null>;
}

function variance(values: number[]): number {
  const n = values.length;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return squares / (n - 1);
}


function alphaOf(columns: number[][]): number | null {
  const k = columns.length;
  if (k < 2 || columns[0]!.length < 2) return null;
  const n = columns[0]!.length;
  const totals = new Array<number>(n).fill(0);
  let itemVariances = 0;
  for (const column of columns) {
    itemVariances += variance(column);
    for (let i = 0; i < n; i++) totals[i] += column[i]!;
  }
  const totalVariance = variance(totals);
  if (totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/**
 * Cronbach's alpha α = k/(k−1) · (1 − Σ s²_item / s²_total), every variance with n − 1 (spec §6.2), with the
 * corrected item–total correlations and alpha-if-item-deleted. Rows are people, columns keyed item scores.
 */
export function cronbachAlpha(matrix: number[][]): AlphaReport {
  const k = matrix[0]?.length ?? 0;
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== k || !row.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new DomainError(ErrorCode.ValidationFailed, `row ${i} of the item matrix must hold ${k} finite numbers, like the first row`);
    }
  });
  const columns = Array.from({ length: k }, (_, j) => matrix.map((row) => row[j]!));
  if (matrix.length < 2) return { alpha: null, itemTotal: columns.map(() => null), alphaIfDeleted: columns.map(() => null) };
  const totals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  return {
    alpha: alphaOf(columns),
    itemTotal: columns.map((column) =>
      profileCorrelation(
        column,
        totals.map((t, i) => t - column[i]!),
      ),
    ),
    alphaIfDeleted: columns.map((_, j) => alphaOf(columns.filter((__, c) => c !== j))),
  };
}

/** True when an alpha should raise the admin alarm: under ALPHA_ALARM, negative, or not computable. */
export function alphaAlarm(alpha: number | null): boolean {
  return alpha === null || alpha < ALPHA_ALARM;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(value: string, what: string): [number, number, number] {
  const match = ISO_DATE.exec(value);
  const parts = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
  if (!parts || parts[1]! < 1 || parts[1]! > 12 || parts[2]! < 1 || parts[2]! > 31) {
    throw new DomainError(ErrorCode.ValidationFailed, `${what} must be a date as YYYY-MM-DD (got ${JSON.stringify(value)})`);
  }
  return parts as [number, number, number];
}

export const AGE_BANDS = ['under-15', '15-24', '25-34', '35-44', '45-54', '55+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The norm age band of a person born on `birthDate` (YYYY-MM-DD) on the day `on` (YYYY-MM-DD), by completed years. */
export function ageBand(birthDate: string, on: string): AgeBand {
  const [by, bm, bd] = dateParts(birthDate, 'birthDate');
  const [y, m, d] = dateParts(on, 'on');
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 15) return 'under-15';
  if (age < 25) return '15-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

/** The key of a norm reporting group (spec §6.2: locale, sex, age band, education), such as "id|F|15-24|smk". */
export function normGroupKey(p: { locale: Locale; sex: 'F' | 'M'; ageBand: string; education: string }): string {
  return [p.locale, p.sex, p.ageBand, p.education.trim().toLowerCase()].join('|');
}

/**
 * A norm table from the keyed item rows of valid, complete protocols per scale (rows = people): mean and
 * SD (n − 1) of the raw sums, Cronbach's alpha, N and the sorted distribution for mid-rank percentiles.
 */
export function buildNormTable(version: string, rowsByScale: Record<string, number[][]>): NormTable {
  const scales: NormTable['scales'] = {};
  for (const [scale, rows] of Object.entries(rowsByScale)) {
    const raws = rows.map((row) => row.reduce((a, b) => a + b, 0));
    const n = raws.length;
    const mean = n > 0 ? raws.reduce((a, b) => a + b, 0) / n : 0;
    scales[scale] = {
      mean,
      sd: n > 1 ? Math.sqrt(variance(raws)) : 0,
      alpha: cronbachAlpha(rows).alpha,
      n,
      distribution: [...raws].sort((a, b) => a - b),
    };
  }
  return { version, scales };
}
