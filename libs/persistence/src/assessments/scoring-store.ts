import type { DataSource } from 'typeorm';
import { markMatchChanges } from '../matching/match-changes.js';
import { findInstrument } from './instrument-store.js';
import { ageBand, normGroupKey, scoreProtocol, SCORING_VERSION, type AssessmentResult, type Locale, type NormTable } from './psychometrics.js';

export type ScoringOutcome =
  /** `rematchSeekerId`: the interest result counts for matching, so this seeker's re-match is marked (queue it after commit). */
  | { outcome: 'scored'; status: AssessmentResult['status']; rematchSeekerId?: string }
  | { outcome: 'already' }
  | { outcome: 'missing' }
  | { outcome: 'failed'; message: string };

interface SubmissionRow {
  id: string;
  user_id: string;
  is_seeker: boolean;
  instrument_id: string;
  instrument_version: string;
  locale: Locale;
  status: string;
  responses: Array<[string, number | null]> | null;
  pages: Array<[number, number | null]> | null;
  birth_date: string | null;
  gender: 'F' | 'M' | null;
  education_level: string | null;
}

/** The interest inventory whose result matching uses. */
const MATCHING_INTEREST_INSTRUMENT = 'riasec-48';

interface ActiveNorm {
  instrument_id: string;
  instrument_version: string;
  group_key: string;
  table: NormTable;
}

/**
 * Scores many submitted assessments with one read and one write transaction. Exactly once in
 * effect: the result is inserted with ON CONFLICT DO NOTHING on (assessment, scoring version) and
 * the status moves only from `submitted`, so a job that runs twice (a crash, a re-queue) changes nothing.
 * A malformed instrument or answer set is recorded in scoring_failures and the assessment marked failed.
 */
export async function scoreSubmissions(dataSource: DataSource, ids: string[], scoringVersion = SCORING_VERSION): Promise<Map<string, ScoringOutcome>> {
  const outcomes = new Map<string, ScoringOutcome>();
  if (ids.length === 0) return outcomes;
  const rows: SubmissionRow[] = await dataSource.query(
    `SELECT a.id, a.user_id, a.instrument_id, a.instrument_version, a.locale, a.status,
            (SELECT json_agg(json_build_array(r.item_id, r.value)) FROM assessment_responses r WHERE r.assessment_id = a.id) AS responses,
            (SELECT json_agg(json_build_array(p.page_index, extract(epoch FROM p.answered_at - p.served_at))) FROM assessment_pages p WHERE p.assessment_id = a.id) AS pages,
            to_char(s.birth_date, 'YYYY-MM-DD') AS birth_date, s.gender, s.education_level, s.user_id IS NOT NULL AS is_seeker
       FROM unnest($1::uuid[]) AS i(id)
       JOIN assessments a ON a.id = i.id
       LEFT JOIN job_seekers s ON s.user_id = a.user_id`,
    [ids],
  );
  const norms: ActiveNorm[] = await dataSource.query(`SELECT instrument_id, instrument_version, group_key, "table" FROM norm_versions WHERE status = 'active'`);
  const normFor = new Map(norms.map((n) => [`${n.instrument_id}@${n.instrument_version}|${n.group_key}`, n.table]));
  const today = new Date().toISOString().slice(0, 10);

  const results: Array<{ assessment_id: string; norm_version: string | null; status: string; result: AssessmentResult }> = [];
  const failures: Array<{ assessment_id: string; message: string }> = [];
  for (const id of ids) if (!rows.some((row) => row.id === id)) outcomes.set(id, { outcome: 'missing' });
  for (const row of rows) {
    if (row.status !== 'submitted') {
      outcomes.set(row.id, { outcome: 'already' });
      continue;
    }
    try {
      const instrument = await findInstrument(dataSource, row.instrument_id, row.instrument_version);
      if (!instrument) throw new Error(`Instrument ${row.instrument_id}@${row.instrument_version} is not published`);
      const seconds = new Map((row.pages ?? []).map(([index, s]) => [index, s]));
      const protocol = {
        responses: (row.responses ?? []).map(([itemId, value]) => ({ itemId, value })),
        pageSeconds: instrument.pages.map((_, index) => {
          const s = seconds.get(index);
          return s === undefined || s === null ? null : Number(s);
        }),
      };
      let table: NormTable | null = null;
      if (row.birth_date && row.gender && row.education_level && normFor.size > 0) {
        const key = normGroupKey({ locale: row.locale, sex: row.gender, ageBand: ageBand(row.birth_date, today), education: row.education_level });
        table = normFor.get(`${row.instrument_id}@${row.instrument_version}|${key}`) ?? null;
      }
      const result = { ...scoreProtocol(instrument, protocol, table), assessmentId: row.id, scoringVersion };
      results.push({ assessment_id: row.id, norm_version: result.normVersion, status: result.status, result });
      // Matching reads the latest valid or questionable interest result (RIASEC-48) of a job seeker.
      const rematch = row.instrument_id === MATCHING_INTEREST_INSTRUMENT && result.status !== 'invalid' && row.is_seeker;
      outcomes.set(row.id, { outcome: 'scored', status: result.status, ...(rematch ? { rematchSeekerId: row.user_id } : {}) });
    } catch (error) {
      const message = (error as Error).message || String(error);
      failures.push({ assessment_id: row.id, message });
      outcomes.set(row.id, { outcome: 'failed', message });
    }
  }
  if (results.length === 0 && failures.length === 0) return outcomes;
  await dataSource.transaction(async (db) => {
    // Not waiting for the WAL flush: if PostgreSQL crashes right after, the rows stay `submitted`
    // and the reconciler queues them again, so nothing is lost and nothing is scored twice.
    await db.query(`SET LOCAL synchronous_commit = off`);
    if (results.length > 0) {
      await db.query(
        `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(assessment_id uuid, norm_version text, status text, result jsonb))
         INSERT INTO assessment_results (assessment_id, scoring_version, norm_version, status, result)
         SELECT x.assessment_id, $2, x.norm_version, x.status, x.result FROM x
         ON CONFLICT (assessment_id, scoring_version) DO NOTHING`,
        [JSON.stringify(results), scoringVersion],
      );
      await db.query(`UPDATE assessments SET status = 'scored', scored_at = now() WHERE id = ANY($1::uuid[]) AND status = 'submitted'`, [
        results.map((r) => r.assessment_id),
      ]);
      const rematch = results.flatMap((r) => {
        const outcome = outcomes.get(r.assessment_id);
        return outcome?.outcome === 'scored' && outcome.rematchSeekerId ? [outcome.rematchSeekerId] : [];
      });
      await markMatchChanges(db, 'seeker', rematch);
    }
    if (failures.length > 0) {
      await db.query(
        `INSERT INTO scoring_failures (assessment_id, scoring_version, message)
         SELECT x.assessment_id, $2, x.message FROM jsonb_to_recordset($1::jsonb) AS x(assessment_id uuid, message text)
         ON CONFLICT (assessment_id, scoring_version) DO UPDATE SET message = EXCLUDED.message, failed_at = now()`,
        [JSON.stringify(failures), scoringVersion],
      );
      await db.query(`UPDATE assessments SET status = 'failed' WHERE id = ANY($1::uuid[]) AND status = 'submitted'`, [failures.map((f) => f.assessment_id)]);
    }
  });
  return outcomes;
}

/** Submitted assessments older than the grace period, still without a result: the reconciler's work list. */
export async function unscoredSubmissions(dataSource: DataSource, graceSeconds: number, limit: number): Promise<string[]> {
  const rows = await dataSource.query(
    `SELECT id FROM assessments WHERE status = 'submitted' AND submitted_at < now() - make_interval(secs => $1) ORDER BY submitted_at LIMIT $2`,
    [graceSeconds, limit],
  );
  return rows.map((row: { id: string }) => row.id);
}
