import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findInstrument, psychometrics } from '#persistence';

// The most recent protocols a population statistic reads; enough for stable estimates, bounded in memory.
const MAX_PROTOCOLS = 20_000;

interface InstrumentRef {
  instrument_id: string;
  instrument_version: string;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sampleSd(values: number[]): number {
  const m = mean(values);
  return values.length < 2 ? 0 : Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
}

/**
 * Population jobs over scored protocols (spec 6.2): Cronbach's alpha per scale on valid, complete
 * protocols, and draft norm tables for each group with enough valid protocols. Invalid and
 * questionable protocols never feed either.
 */
@Injectable()
export class AssessmentStatisticsRepository {
  private readonly logger = new Logger(AssessmentStatisticsRepository.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private async instrumentsWithResults(): Promise<InstrumentRef[]> {
    return this.db.query(`SELECT DISTINCT instrument_id, instrument_version FROM assessments WHERE status = 'scored'`);
  }

  async computeReliability(): Promise<{ runs: number }> {
    let runs = 0;
    for (const ref of await this.instrumentsWithResults()) {
      const instrument = await findInstrument(this.db, ref.instrument_id, ref.instrument_version);
      if (!instrument) continue;
      const protocols: Array<{ answers: Record<string, number> }> = await this.db.query(
        `SELECT json_object_agg(r.item_id, r.value) AS answers
           FROM (SELECT a.id FROM assessments a
                   JOIN assessment_results ar ON ar.assessment_id = a.id AND ar.scoring_version = $3 AND ar.status = 'valid'
                  WHERE a.instrument_id = $1 AND a.instrument_version = $2 AND a.status = 'scored'
                  ORDER BY a.scored_at DESC LIMIT $4) AS chosen
           JOIN assessment_responses r ON r.assessment_id = chosen.id
          GROUP BY chosen.id
         HAVING bool_and(r.value IS NOT NULL)`,
        [ref.instrument_id, ref.instrument_version, psychometrics.SCORING_VERSION, MAX_PROTOCOLS],
      );
      if (protocols.length < 2) continue;
      const { min, max } = instrument.responseScale;
      for (const scale of instrument.scales) {
        const items = instrument.items.filter((item) => item.scale === scale.id).sort((a, b) => a.position - b.position);
        const matrix = protocols.map((p) => items.map((item) => (item.key === 1 ? p.answers[item.id] : min + max - p.answers[item.id])));
        const { alpha, itemTotal, alphaIfDeleted } = psychometrics.cronbachAlpha(matrix);
        await this.db.query(
          `INSERT INTO reliability_runs (instrument_id, instrument_version, scale, alpha, item_total, alpha_if_deleted, n)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
          [
            ref.instrument_id,
            ref.instrument_version,
            scale.id,
            alpha,
            JSON.stringify(Object.fromEntries(items.map((item, i) => [item.id, itemTotal[i]]))),
            JSON.stringify(Object.fromEntries(items.map((item, i) => [item.id, alphaIfDeleted[i]]))),
            protocols.length,
          ],
        );
        runs += 1;
        if (alpha === null || alpha < psychometrics.ALPHA_ALARM) {
          this.logger.warn(`Reliability alarm: ${ref.instrument_id}@${ref.instrument_version} scale ${scale.id} alpha ${alpha ?? 'undefined'} (n ${protocols.length})`);
        }
      }
    }
    return { runs };
  }

  /** Draft norm tables (a new version) for every group with at least MIN_NORM_GROUP_SIZE valid protocols; an admin activates them. */
  async computeNorms(): Promise<{ versions: string[] }> {
    const versions: string[] = [];
    for (const ref of await this.instrumentsWithResults()) {
      const instrument = await findInstrument(this.db, ref.instrument_id, ref.instrument_version);
      if (!instrument) continue;
      const rows: Array<{ locale: psychometrics.Locale; gender: 'F' | 'M'; birth_date: string; education_level: string; scales: Record<string, { raw: number | null }> }> =
        await this.db.query(
          `SELECT a.locale, s.gender, to_char(s.birth_date, 'YYYY-MM-DD') AS birth_date, s.education_level, ar.result -> 'scales' AS scales
             FROM assessments a
             JOIN assessment_results ar ON ar.assessment_id = a.id AND ar.scoring_version = $3 AND ar.status = 'valid'
             JOIN job_seekers s ON s.user_id = a.user_id
            WHERE a.instrument_id = $1 AND a.instrument_version = $2 AND a.status = 'scored'
              AND s.gender IS NOT NULL AND s.birth_date IS NOT NULL AND s.education_level IS NOT NULL
            ORDER BY a.scored_at DESC LIMIT $4`,
          [ref.instrument_id, ref.instrument_version, psychometrics.SCORING_VERSION, MAX_PROTOCOLS * 5],
        );
      const today = new Date().toISOString().slice(0, 10);
      const groups = new Map<string, typeof rows>();
      for (const row of rows) {
        const key = psychometrics.normGroupKey({ locale: row.locale, sex: row.gender, ageBand: psychometrics.ageBand(row.birth_date, today), education: row.education_level });
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      const eligible = [...groups].filter(([, members]) => members.length >= psychometrics.MIN_NORM_GROUP_SIZE);
      if (eligible.length === 0) continue;
      const alphas: Array<{ scale: string; alpha: number | null }> = await this.db.query(
        `SELECT DISTINCT ON (scale) scale, alpha FROM reliability_runs WHERE instrument_id = $1 AND instrument_version = $2 ORDER BY scale, computed_at DESC`,
        [ref.instrument_id, ref.instrument_version],
      );
      const alphaOf = new Map(alphas.map((row) => [row.scale, row.alpha]));
      // Unchanged since the newest version (same groups, same sizes): nothing new to review.
      const [latest] = await this.db.query(
        `SELECT version, array_agg(group_key || '=' || n ORDER BY group_key) AS sizes FROM norm_versions
          WHERE instrument_id = $1 AND instrument_version = $2 GROUP BY version ORDER BY max(created_at) DESC LIMIT 1`,
        [ref.instrument_id, ref.instrument_version],
      );
      const sizes = eligible.map(([key, members]) => `${key}=${members.length}`).sort();
      if (latest && JSON.stringify(latest.sizes) === JSON.stringify(sizes)) continue;
      const version = `${ref.instrument_id}-${ref.instrument_version}-${new Date().toISOString().replace(/[-:T.Z]/g, '').slice(0, 14)}`;
      for (const [key, members] of eligible) {
        const scales: psychometrics.NormTable['scales'] = {};
        for (const scale of instrument.scales) {
          const raws = members.map((m) => m.scales[scale.id]?.raw).filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
          if (raws.length < 2) continue;
          scales[scale.id] = { mean: mean(raws), sd: sampleSd(raws), alpha: alphaOf.get(scale.id) ?? 0, n: raws.length, distribution: raws };
        }
        await this.db.query(
          `INSERT INTO norm_versions (version, instrument_id, instrument_version, group_key, "table", n) VALUES ($1, $2, $3, $4, $5::jsonb, $6)
           ON CONFLICT DO NOTHING`,
          [version, ref.instrument_id, ref.instrument_version, key, JSON.stringify({ version, scales }), members.length],
        );
      }
      versions.push(version);
      this.logger.log(`Draft norms ${version}: ${eligible.length} group(s), waiting for an admin to activate them`);
    }
    return { versions };
  }
}
