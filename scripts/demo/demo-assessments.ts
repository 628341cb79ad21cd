/**
 * Demo assessments: the demo seeker and a few hundred other seekers (those of the demo seeker's
 * regency first, so the demo counsellor has results to read) take both inventories. Answers are
 * synthetic (latent level per scale plus noise; one in fifteen answers the middle throughout, which
 * the validity checks mark invalid). They are scored here with the same library the worker uses,
 * and Cronbach's alpha is computed once so the admin's reliability page has figures. Norms stay
 * inactive: an admin activates them.
 */
import { alphaAlarm, cronbachAlpha, keyedScaleRows, SCORING_VERSION, scoreProtocol, SHIPPED_INSTRUMENTS, type InstrumentDefinition, type Protocol } from '#domain';
import { synthesizeProtocols, writeSubmittedProtocols, type SyntheticProtocol } from './assessment-protocols.js';
import type { SqlClient } from './reference.js';

const OTHER_SEEKERS = 400;
const SECONDS_PER_PAGE = 95;

// The demo seeker: interests Social, then Enterprising and Conventional; a conscientious, agreeable person.
const DEMO_LEVELS: Record<string, Record<string, number>> = {
  interest: { R: -1.2, I: -0.3, A: 0, S: 1.6, E: 1, C: 0.6 },
  personality: { E: 0.6, A: 1.2, C: 1.1, ES: 0.4, O: 0.2 },
};

function protocolOf(instrument: InstrumentDefinition, synthetic: SyntheticProtocol): Protocol {
  const itemIds = [...instrument.items].sort((a, b) => a.position - b.position).map((item) => item.id);
  return {
    responses: itemIds.map((itemId, index) => ({ itemId, value: synthetic.values[index] })),
    pageSeconds: instrument.pages.map(() => SECONDS_PER_PAGE),
  };
}

/** Writes and scores the demo assessments; returns how many were written. */
export async function writeDemoAssessments(db: SqlClient, seekerEmail: string, now: Date): Promise<number> {
  const demo = await db.query<{ id: string; regency: string }>(
    `SELECT u.id, s.domicile_regency_code AS regency FROM users u JOIN job_seekers s ON s.user_id = u.id WHERE u.email = $1`,
    [seekerEmail],
  );
  if (demo.rows.length === 0) return 0;
  const others = await db.query<{ user_id: string }>(
    `SELECT user_id FROM job_seekers WHERE user_id <> $1 ORDER BY (domicile_regency_code = $2) DESC, user_id LIMIT $3`,
    [demo.rows[0].id, demo.rows[0].regency, OTHER_SEEKERS],
  );
  const userIds = [demo.rows[0].id, ...others.rows.map((row) => row.user_id)];
  let written = 0;
  for (const [n, instrument] of SHIPPED_INSTRUMENTS.entries()) {
    const protocols = synthesizeProtocols({
      instrument,
      userIds,
      count: userIds.length,
      seed: 4_000 + n,
      levels: (index) => (index === 0 ? DEMO_LEVELS[instrument.kind] : undefined),
      careless: (index) => index % 15 === 7,
    });
    // Taken over the last weeks, the demo seeker's yesterday.
    const submittedAt = new Date(now.getTime() - 24 * 3600 * 1000);
    await writeSubmittedProtocols(db, instrument, protocols, { secondsPerPage: SECONDS_PER_PAGE, submittedAt });
    const results = protocols.map((synthetic) => ({
      assessment_id: synthetic.id,
      status: '',
      result: { ...scoreProtocol(instrument, protocolOf(instrument, synthetic), null), assessmentId: synthetic.id },
    }));
    for (const row of results) row.status = row.result.status;
    await db.query(
      `INSERT INTO assessment_results (assessment_id, scoring_version, norm_version, status, result)
       SELECT x.assessment_id, $2, NULL, x.status, x.result FROM jsonb_to_recordset($1::jsonb) AS x(assessment_id uuid, status text, result jsonb)`,
      [JSON.stringify(results), SCORING_VERSION],
    );
    await db.query(
      `UPDATE assessments SET status = 'scored',
              scored_at = submitted_at - make_interval(days => (hashtext(id::text) & 15)) + interval '3 seconds',
              submitted_at = submitted_at - make_interval(days => (hashtext(id::text) & 15)),
              started_at = started_at - make_interval(days => (hashtext(id::text) & 15))
        WHERE id = ANY($1::uuid[]) AND user_id <> $2`,
      [protocols.map((p) => p.id), userIds[0]],
    );
    await db.query(`UPDATE assessments SET status = 'scored', scored_at = submitted_at + interval '3 seconds' WHERE id = $1`, [protocols[0]!.id]);
    // Alpha per scale over the valid, complete protocols, as the scheduled job computes it.
    const rows: Record<string, number[][]> = Object.fromEntries(instrument.scales.map((scale) => [scale.id, [] as number[][]]));
    protocols.forEach((synthetic, index) => {
      if (results[index].status !== 'valid') return;
      for (const [scale, row] of Object.entries(keyedScaleRows(instrument, protocolOf(instrument, synthetic)))) if (row) rows[scale]!.push(row);
    });
    for (const scale of instrument.scales) {
      const items = instrument.items.filter((item) => item.scale === scale.id).sort((a, b) => a.position - b.position);
      if (rows[scale.id]!.length < 2) continue;
      const report = cronbachAlpha(rows[scale.id]!);
      await db.query(
        `INSERT INTO reliability_runs (instrument_id, instrument_version, scale, alpha, item_total, alpha_if_deleted, n) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
        [
          instrument.id,
          instrument.version,
          scale.id,
          report.alpha,
          JSON.stringify(Object.fromEntries(items.map((item, i) => [item.id, report.itemTotal[i] ?? null]))),
          JSON.stringify(Object.fromEntries(items.map((item, i) => [item.id, report.alphaIfDeleted[i] ?? null]))),
          rows[scale.id]!.length,
        ],
      );
      if (alphaAlarm(report.alpha)) process.stderr.write(`Demo data: alpha of ${instrument.id} ${scale.id} is ${report.alpha}\n`);
    }
    written += protocols.length;
  }
  return written;
}
