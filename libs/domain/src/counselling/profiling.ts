import type { Bilingual } from '../notifications/notification-kinds.js';

/**
 * Risk of long-term unemployment, 0–100, from documented points per factor (a statistical-profiling
 * style of the kind PES use, with weights set by policy rather than a fitted model, so every point can
 * be explained). The factors are about the labour market situation a counsellor can act on; gender,
 * religion, marital status and disability are never inputs (they are not even in `ProfilingFacts`).
 * A counsellor may override the level with a reason: people may object to decisions made by automated
 * processing alone (UU 27/2022 on personal data protection, art. 10).
 *
 * | factor              | points                                                  | max |
 * |---------------------|---------------------------------------------------------|-----|
 * | monthsWithoutWork   | < 3: 0 · 3–5: 10 · 6–11: 20 · ≥ 12: 30                   | 30  |
 * | education           | D4/S1 and up: 0 · D1–D3: 5 · SMA/SMK: 9 · SMP: 12 · SD or none: 15 | 15 |
 * | experience          | ≥ 24 months: 0 · 12–23: 4 · 1–11: 8 · none: 12            | 12  |
 * | skills              | ≥ 5: 0 · 3–4: 3 · 1–2: 6 · none: 10                       | 10  |
 * | certifiedSkills     | ≥ 1 certified or assessed: 0 · none: 8                   | 8   |
 * | recentApplications  | in the last 90 days: ≥ 5: 0 · 1–4: 5 · none: 10           | 10  |
 * | recentInterviews    | in the last 180 days: ≥ 1: 0 · none: 8                   | 8   |
 * | ak1Lapsed           | AK/1 card valid: 0 · lapsed, expired or none: 7           | 7   |
 *
 * Levels: low 0–34, medium 35–59, high 60–100.
 */
export const PROFILING_VERSION = '2026.1';
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const MEDIUM_RISK_FROM = 35;
export const HIGH_RISK_FROM = 60;

export interface ProfilingFacts {
  monthsWithoutWork: number;
  /** An education level code (SD … S3), null when not given. */
  educationLevel: string | null;
  experienceMonths: number;
  skillCount: number;
  /** Skills with source certified (a training) or assessed. */
  certifiedSkillCount: number;
  applicationsLast90Days: number;
  interviewsLast180Days: number;
  /** True when the person holds no valid AK/1 card (none, re-confirmation overdue, or expired). */
  ak1Lapsed: boolean;
}

export const PROFILING_FACTORS = [
  'monthsWithoutWork',
  'education',
  'experience',
  'skills',
  'certifiedSkills',
  'recentApplications',
  'recentInterviews',
  'ak1Lapsed',
] as const;
export type ProfilingFactor = (typeof PROFILING_FACTORS)[number];

export interface FactorContribution {
  factor: ProfilingFactor;
  points: number;
  maxPoints: number;
  /** The fact the points come from, as shown to the counsellor. */
  value: number | string | boolean | null;
  label: Bilingual;
}

export interface RiskProfile {
  score: number;
  level: RiskLevel;
  factors: FactorContribution[];
  version: string;
}

const EDUCATION_POINTS: Record<string, number> = { SD: 15, SMP: 12, SMA: 9, SMK: 9, D1: 5, D2: 5, D3: 5, D4: 0, S1: 0, S2: 0, S3: 0 };

const LABELS: Record<ProfilingFactor, Bilingual> = {
  monthsWithoutWork: { id: 'Lama tanpa pekerjaan (bulan)', en: 'Months without work' },
  education: { id: 'Pendidikan', en: 'Education' },
  experience: { id: 'Pengalaman kerja (bulan)', en: 'Work experience (months)' },
  skills: { id: 'Jumlah keterampilan', en: 'Number of skills' },
  certifiedSkills: { id: 'Keterampilan bersertifikat atau teruji', en: 'Certified or assessed skills' },
  recentApplications: { id: 'Lamaran 90 hari terakhir', en: 'Applications in the last 90 days' },
  recentInterviews: { id: 'Wawancara 180 hari terakhir', en: 'Interviews in the last 180 days' },
  ak1Lapsed: { id: 'Kartu AK/1 tidak berlaku', en: 'AK/1 card not valid' },
};

const MAX: Record<ProfilingFactor, number> = {
  monthsWithoutWork: 30,
  education: 15,
  experience: 12,
  skills: 10,
  certifiedSkills: 8,
  recentApplications: 10,
  recentInterviews: 8,
  ak1Lapsed: 7,
};

function points(factor: ProfilingFactor, facts: ProfilingFacts): number {
  switch (factor) {
    case 'monthsWithoutWork': {
      const m = facts.monthsWithoutWork;
      return m >= 12 ? 30 : m >= 6 ? 20 : m >= 3 ? 10 : 0;
    }
    case 'education':
      return facts.educationLevel ? (EDUCATION_POINTS[facts.educationLevel] ?? 15) : 15;
    case 'experience': {
      const m = facts.experienceMonths;
      return m >= 24 ? 0 : m >= 12 ? 4 : m >= 1 ? 8 : 12;
    }
    case 'skills': {
      const n = facts.skillCount;
      return n >= 5 ? 0 : n >= 3 ? 3 : n >= 1 ? 6 : 10;
    }
    case 'certifiedSkills':
      return facts.certifiedSkillCount >= 1 ? 0 : 8;
    case 'recentApplications': {
      const n = facts.applicationsLast90Days;
      return n >= 5 ? 0 : n >= 1 ? 5 : 10;
    }
    case 'recentInterviews':
      return facts.interviewsLast180Days >= 1 ? 0 : 8;
    case 'ak1Lapsed':
      return facts.ak1Lapsed ? 7 : 0;
  }
}

function value(factor: ProfilingFactor, facts: ProfilingFacts): FactorContribution['value'] {
  switch (factor) {
    case 'monthsWithoutWork':
      return facts.monthsWithoutWork;
    case 'education':
      return facts.educationLevel;
    case 'experience':
      return facts.experienceMonths;
    case 'skills':
      return facts.skillCount;
    case 'certifiedSkills':
      return facts.certifiedSkillCount;
    case 'recentApplications':
      return facts.applicationsLast90Days;
    case 'recentInterviews':
      return facts.interviewsLast180Days;
    case 'ak1Lapsed':
      return facts.ak1Lapsed;
  }
}

/** The level of a score. */
export function riskLevel(score: number): RiskLevel {
  return score >= HIGH_RISK_FROM ? 'high' : score >= MEDIUM_RISK_FROM ? 'medium' : 'low';
}

/** The score with each factor's contribution, largest first (ties in table order). */
export function profileRisk(facts: ProfilingFacts): RiskProfile {
  const factors = PROFILING_FACTORS.map((factor) => ({ factor, points: points(factor, facts), maxPoints: MAX[factor], value: value(factor, facts), label: LABELS[factor] }));
  const score = Math.max(0, Math.min(100, factors.reduce((sum, f) => sum + f.points, 0)));
  const order = (f: FactorContribution) => PROFILING_FACTORS.indexOf(f.factor);
  factors.sort((a, b) => b.points - a.points || order(a) - order(b));
  return { score, level: riskLevel(score), factors, version: PROFILING_VERSION };
}

/** The sum of every factor's maximum (100): the scale's top. */
export const MAX_RISK_SCORE = PROFILING_FACTORS.reduce((sum, factor) => sum + MAX[factor], 0);

export const OVERRIDE_REASON_MIN_LENGTH = 10;

/** What is wrong with an override, or null: the level must be one of the levels and the reason must say why. */
export function overrideProblem(level: unknown, reason: unknown): string | null {
  if (typeof level !== 'string' || !(RISK_LEVELS as readonly string[]).includes(level)) return `level must be one of ${RISK_LEVELS.join(', ')}`;
  if (typeof reason !== 'string' || reason.trim().length < OVERRIDE_REASON_MIN_LENGTH) {
    return `reason must say why the computed level is wrong, in at least ${OVERRIDE_REASON_MIN_LENGTH} characters`;
  }
  return null;
}

/** The level that counts: the counsellor's override when there is one, else the computed level. */
export function effectiveRiskLevel(computed: RiskLevel | null, override: RiskLevel | null): RiskLevel | null {
  return override ?? computed;
}

export function riskRank(level: RiskLevel | null): number {
  return level === 'high' ? 3 : level === 'medium' ? 2 : level === 'low' ? 1 : 0;
}
