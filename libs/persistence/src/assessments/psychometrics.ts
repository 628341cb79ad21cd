/**
 * TEMPORARY bridge to the psychometrics domain library (helper A, `libs/domain/src/psychometrics`).
 * The backend imports every psychometric rule from here, so that switching to `#domain` is one
 * file. Until A's branch lands this holds a minimal stand-in with the contract's shapes.
 */
import { DomainError, ErrorCode } from '#domain';
import type { AssessmentResult, InstrumentDefinition, Locale, NormTable, Protocol, ScaleScore, ValidityFlag } from '#domain';

export {
  IPIP_BFM_50,
  instrumentProblems,
  RIASEC_48,
  SCORING_VERSION,
  SHIPPED_INSTRUMENTS,
  type AssessmentResult,
  type InstrumentDefinition,
  type Locale,
  type NormTable,
  type Protocol,
  type ScaleScore,
  type ValidityFlag,
} from '#domain';
import { SCORING_VERSION } from '#domain';

export const MIN_NORM_GROUP_SIZE = 300;
export const ALPHA_ALARM = 0.7;

type Text = { id: string; en: string };
export interface OccupationProfile {
  code: string;
  title: Text;
  riasec: string;
  interests: number[];
  jobZone: number;
}
export interface CareerSuggestion {
  code: string;
  title: Text;
  jobZone: number;
  r: number;
  cIndex: number | null;
  sharedLetters: string[];
  band: 'best' | 'great' | 'good' | 'other';
}

const RIASEC = ['R', 'I', 'A', 'S', 'E', 'C'];
const BIG_FIVE = ['E', 'A', 'C', 'ES', 'O'];
function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sampleSd(values: number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
}

export function scoreProtocol(instrument: InstrumentDefinition, protocol: Protocol, norms?: NormTable | null): AssessmentResult {
  const { min, max } = instrument.responseScale;
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const values = new Map<string, number | null>();
  for (const response of protocol.responses) {
    const item = byId.get(response.itemId);
    if (!item) throw new DomainError(ErrorCode.ValidationFailed, `Item ${response.itemId} is not part of ${instrument.id}@${instrument.version}`);
    if (values.has(response.itemId)) throw new DomainError(ErrorCode.ValidationFailed, `Item ${response.itemId} is answered twice`);
    if (response.value !== null && (!Number.isInteger(response.value) || response.value < min || response.value > max)) {
      throw new DomainError(ErrorCode.ValidationFailed, `Item ${response.itemId} has ${response.value}, outside ${min}–${max}`);
    }
    values.set(response.itemId, response.value);
  }
  for (const item of instrument.items) if (!values.has(item.id)) throw new DomainError(ErrorCode.ValidationFailed, `Item ${item.id} has no answer (null for skipped)`);
  if (protocol.pageSeconds.length !== instrument.pages.length) throw new DomainError(ErrorCode.ValidationFailed, `Expected ${instrument.pages.length} page times`);
  const keyed = (id: string, x: number) => (byId.get(id)!.key === 1 ? x : min + max - x);
  const flags: ValidityFlag[] = [];
  const scales: Record<string, ScaleScore> = {};
  for (const scale of instrument.scales) {
    const items = instrument.items.filter((item) => item.scale === scale.id);
    const vals = items.map((item) => values.get(item.id)).filter((v): v is number => v !== null && v !== undefined).map((v, i) => v) ;
    const keyedVals = items.filter((item) => values.get(item.id) !== null).map((item) => keyed(item.id, values.get(item.id)!));
    const missing = items.length - vals.length;
    let raw: number | null = null;
    if (missing > instrument.scoring.maxMissingPerScale) flags.push({ code: 'SCALE_INCOMPLETE', severity: instrument.kind === 'interest' ? 'invalid' : 'warning', value: missing, scale: scale.id });
    else raw = missing === 0 ? keyedVals.reduce((a, b) => a + b, 0) : mean(keyedVals) * items.length;
    const meanItem = keyedVals.length ? mean(keyedVals) : null;
    const n = items.length;
    let z: number | null = null;
    let percentile: number | null = null;
    let sem: number | null = null;
    let ci95: [number, number] | null = null;
    let band: ScaleScore['band'] = null;
    const norm = norms?.scales[scale.id];
    if (norm && raw !== null && norm.sd > 0) {
      z = (raw - norm.mean) / norm.sd;
      const below = norm.distribution.filter((x) => x < raw!).length;
      const equal = norm.distribution.filter((x) => x === raw).length;
      percentile = (100 * (below + 0.5 * equal)) / norm.distribution.length;
      sem = norm.sd * Math.sqrt(Math.max(0, 1 - (norm.alpha ?? 1)));
      ci95 = [raw - 1.96 * sem, raw + 1.96 * sem];
      band = z < -0.5 ? 'low' : z > 0.5 ? 'high' : 'average';
    }
    scales[scale.id] = { raw, nMissing: missing, meanItem, pomp: raw === null ? null : (100 * (raw - n * min)) / (n * (max - min)), z, T: z === null ? null : 50 + 10 * z, percentile, sem, ci95, band };
  }
  const ordered = [...instrument.items].sort((a, b) => a.position - b.position).map((item) => values.get(item.id) ?? null);
  const answered = ordered.filter((v): v is number => v !== null);
  const nMissing = ordered.length - answered.length;
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const value of ordered) {
    run = value !== null && value === previous ? run + 1 : value === null ? 0 : 1;
    previous = value;
    longest = Math.max(longest, run);
  }
  const irv = sampleSd(answered);
  if (nMissing > 0) flags.push({ code: 'MISSING_ITEMS', severity: nMissing > ordered.length * 0.1 ? 'invalid' : 'warning', value: nMissing });
  if (answered.length > 1 && irv === 0) flags.push({ code: 'ZERO_VARIANCE', severity: 'invalid', value: 0 });
  const seconds = protocol.pageSeconds.every((s) => s !== null) ? (protocol.pageSeconds as number[]).reduce((a, b) => a + b, 0) : null;
  const secondsPerItem = seconds !== null && answered.length ? seconds / answered.length : null;
  if (secondsPerItem !== null && secondsPerItem < 2) flags.push({ code: 'TOO_FAST', severity: 'invalid', value: secondsPerItem });
  const status = flags.some((f) => f.severity === 'invalid') ? 'invalid' : flags.length ? 'questionable' : 'valid';
  const result: AssessmentResult = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    kind: instrument.kind,
    scoringVersion: SCORING_VERSION,
    normVersion: norms?.version ?? null,
    status,
    flags,
    metrics: { nMissing, longstring: longest, irv, inconsistency: null, pairsUsed: 0, meanItem: answered.length ? mean(answered) : null, secondsPerItem, fastPages: 0 },
    scales,
  };
  if (instrument.kind === 'interest') {
    const score = (letter: string) => scales[letter]?.raw ?? null;
    if (RIASEC.every((letter) => score(letter) !== null)) {
      const ranked = [...RIASEC].sort((a, b) => score(b)! - score(a)! || RIASEC.indexOf(a) - RIASEC.indexOf(b));
      const s = ranked.map((letter) => score(letter)!);
      const flat = s[0] === s[5];
      if (flat) {
        result.flags.push({ code: 'FLAT_PROFILE', severity: 'invalid', value: s[0] });
        result.status = 'invalid';
      }
      result.holland = {
        code: ranked.slice(0, 3).join(''),
        ranking: ranked.join(''),
        tieWithinCode: s[0] === s[1] || s[1] === s[2],
        tieAtBoundary: s[2] === s[3],
        ambiguous: s[0] === s[1] || s[1] === s[2] || s[2] === s[3],
        flat,
        gapsToNext: [s[0] - s[1], s[1] - s[2], s[2] - s[3]],
        distinctFromNext: [s[0] - s[1] >= 3.2863, s[1] - s[2] >= 3.2863, s[2] - s[3] >= 3.2863],
      };
      const d = hexDistance(ranked[0], ranked[1]);
      result.consistency = d === 1 ? 3 : d === 2 ? 2 : 1;
      result.differentiation = { hollandRange: s[0] - s[5], iachanDI: s[0] - (s[1] + s[3]) / 2, top1MinusTop2: s[0] - s[1], top1MinusTop3: s[0] - s[2], elevationMean: mean(s) };
    } else {
      result.holland = null;
      result.consistency = null;
      result.differentiation = null;
    }
  }
  return result;
}

export function hexDistance(a: string, b: string): number {
  const d = Math.abs(RIASEC.indexOf(a) - RIASEC.indexOf(b));
  return Math.min(d, 6 - d);
}

export function brownGoreC(person: string, occupation: string): number {
  if (person.length < 3 || occupation.length < 3) return NaN;
  return [3, 2, 1].reduce((sum, weight, i) => sum + weight * (3 - hexDistance(person[i], occupation[i])), 0);
}

export function profileCorrelation(person: number[], occupation: number[]): number | null {
  const mp = mean(person);
  const mo = mean(occupation);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < person.length; i += 1) {
    sxy += (person[i] - mp) * (occupation[i] - mo);
    sxx += (person[i] - mp) ** 2;
    syy += (occupation[i] - mo) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

export function careerSuggestions(
  result: AssessmentResult,
  occupations: OccupationProfile[],
  jobZones: number[],
  limit: number,
): CareerSuggestion[] | { none: 'invalid' | 'flat' | 'incomplete' } {
  if (result.holland === null || result.holland === undefined) return { none: 'incomplete' };
  if (result.holland.flat) return { none: 'flat' };
  if (result.status === 'invalid') return { none: 'invalid' };
  const person = RIASEC.map((letter) => result.scales[letter].raw!);
  const code = result.holland.code;
  return occupations
    .filter((o) => jobZones.length === 0 || jobZones.includes(o.jobZone))
    .map((o) => {
      const r = profileCorrelation(person, o.interests) ?? 0;
      return {
        code: o.code,
        title: o.title,
        jobZone: o.jobZone,
        r,
        cIndex: o.riasec.length >= 3 ? brownGoreC(code, o.riasec) : null,
        sharedLetters: code.split('').filter((letter) => o.riasec.includes(letter)),
        band: (r >= 0.729 ? 'best' : r >= 0.608 ? 'great' : r >= 0 ? 'good' : 'other') as CareerSuggestion['band'],
      };
    })
    .sort((a, b) => b.r - a.r || a.code.localeCompare(b.code))
    .slice(0, limit);
}

export function cronbachAlpha(matrix: number[][]): { alpha: number | null; itemTotal: number[]; alphaIfDeleted: Array<number | null> } {
  const k = matrix[0]?.length ?? 0;
  const alphaOf = (columns: number[]): number | null => {
    if (columns.length < 2 || matrix.length < 2) return null;
    const totals = matrix.map((row) => columns.reduce((sum, c) => sum + row[c], 0));
    const totalVar = sampleSd(totals) ** 2;
    if (totalVar === 0) return null;
    const itemVar = columns.reduce((sum, c) => sum + sampleSd(matrix.map((row) => row[c])) ** 2, 0);
    return (columns.length / (columns.length - 1)) * (1 - itemVar / totalVar);
  };
  const all = Array.from({ length: k }, (_, i) => i);
  return {
    alpha: alphaOf(all),
    itemTotal: all.map((c) => profileCorrelation(matrix.map((row) => row[c]), matrix.map((row) => all.reduce((s, j) => (j === c ? s : s + row[j]), 0))) ?? 0),
    alphaIfDeleted: all.map((c) => alphaOf(all.filter((j) => j !== c))),
  };
}

export function normGroupKey(p: { locale: Locale; sex: 'F' | 'M'; ageBand: string; education: string }): string {
  return `${p.locale}|${p.sex}|${p.ageBand}|${p.education}`;
}

export function ageBand(birthDate: string, on: string): string {
  const b = new Date(birthDate);
  const d = new Date(on);
  let age = d.getUTCFullYear() - b.getUTCFullYear();
  if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) age -= 1;
  return age < 25 ? '15-24' : age < 35 ? '25-34' : age < 45 ? '35-44' : age < 55 ? '45-54' : '55+';
}
