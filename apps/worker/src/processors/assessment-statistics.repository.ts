import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findInstrument, psychometrics } from '#persistence';

// The most recent valid protocols a population statistic reads: enough for stable estimates, bounded in memory.
const MAX_PROTOCOLS = 50_000;

interface InstrumentRef {
  instrument_id: string;
  instrument_version: string;
}

interface ProtocolRow {
  locale: psychometrics.Locale;
  gender: 'F' | 'M' | null;
  birth_date: string | null;
  education_level: string | null;
  answers: Array<[string, number | null]>;
}

/**
 * Population jobs over scored protocols (spec 6.2): Cronbach's alpha per scale, and draft norm tables
 * for each reporting group with at least MIN_NORM_GROUP_SIZE protocols. Both read only protocols whose
 * result is `valid` under the current scoring version: questionable and invalid ones never feed them.
 * Each scale uses the protocols complete on that scale (keyed item rows from the domain library).
 */
@Injectable()
export class AssessmentStatisticsRepository {
  private readonly logger = new Logger(AssessmentStatisticsRepository.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private async instrumentsWithResults(): Promise<InstrumentRef[]> {
    return this.db.query(`SELECT DISTINCT instrument_id, instrument_version FROM assessments WHERE status = 'scored'`);
  }

  private async validProtocols(ref: InstrumentRef): Promise<ProtocolRow[]> {
    return this.db.query(
      `SELECT chosen.locale, s.gender, to_char(s.birth_date, 'YYYY-MM-DD') AS birth_date, s.education_level,
              (SELECT json_agg(json_build_array(r.item_id, r.value)) FROM assessment_responses r WHERE r.assessment_id = chosen.id) AS answers
         FROM (SELECT a.id, a.user_id, a.locale FROM assessments a
                 JOIN assessment_results ar ON ar.assessment_id = a.id AND ar.scoring_version = $3 AND ar.status = 'valid'
                WHERE a.instrument_id = $1 AND a.instrument_version = $2 AND a.status = 'scored'
                ORDER BY a.scored_at DESC LIMIT $4) AS chosen
         LEFT JOIN job_seekers s ON s.user_id = chosen.user_id`,
      [ref.instrument_id, ref.instrument_version, psychometrics.SCORING_VERSION, MAX_PROTOCOLS],
    );
  }

  /** Keyed item rows per scale of these protocols, only the rows complete on the scale. */
  private rowsByScale(instrument: psychometrics.InstrumentDefinition, protocols: ProtocolRow[]): Record<string, number[][]> {
    const rows: Record<string, number[][]> = Object.fromEntries(instrument.scales.map((scale) => [scale.id, [] as number[][]]));
    for (const protocol of protocols) {
      const keyed = psychometrics.keyedScaleRows(instrument, {
        responses: (protocol.answers ?? []).map(([itemId, value]) => ({ itemId, value })),
        pageSeconds: instrument.pages.map(() => null),
      });
      for (const [scale, row] of Object.entries(keyed)) if (row) rows[scale]?.push(row);
    }
    return rows;
  }

  async computeReliability(): Promise<{ runs: number; alarms: number }> {
    let runs = 0;
    let alarms = 0;
    for (const ref of await this.instrumentsWithResults()) {
      const instrument = await findInstrument(this.db, ref.instrument_id, ref.instrument_version);
      if (!instrument) continue;
      const protocols = await this.validProtocols(ref);
      const byScale = this.rowsByScale(instrument, protocols);
      for (const scale of instrument.scales) {
        const matrix = byScale[scale.id] ?? [];
        if (matrix.length < 2) continue;
        const items = instrument.items.filter((item) => item.scale === scale.id).sort((a, b) => a.position - b.position);
        const { alpha, itemTotal, alphaIfDeleted } = psychometrics.cronbachAlpha(matrix);
        await this.db.query(
          `INSERT INTO reliability_runs (instrument_id, instrument_version, scale, alpha, item_total, alpha_if_deleted, n)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
          [
            ref.instrument_id,
            ref.instrument_version,
            scale.id,
            alpha,
            JSON.stringify(Object.fromEntries(items.map((item, i) => [item.id, itemTotal[i] ?? null]))),
            JSON.stringify(Object.fromEntries(items.map((item, i) => [item.id, alphaIfDeleted[i] ?? null]))),
            matrix.length,
          ],
        );
        runs += 1;
        if (psychometrics.alphaAlarm(alpha)) {
          alarms += 1;
          this.logger.warn(`Reliability alarm: ${ref.instrument_id}@${ref.instrument_version} scale ${scale.id} alpha ${alpha ?? 'undefined'} (n ${matrix.length})`);
        }
      }
    }
    return { runs, alarms };
  }

  /** Draft norm tables (one new version per instrument) for every group with enough valid protocols; an admin activates them. */
  async computeNorms(): Promise<{ versions: string[] }> {
    const versions: string[] = [];
    const today = new Date().toISOString().slice(0, 10);
    for (const ref of await this.instrumentsWithResults()) {
      const instrument = await findInstrument(this.db, ref.instrument_id, ref.instrument_version);
      if (!instrument) continue;
      const groups = new Map<string, ProtocolRow[]>();
      for (const protocol of await this.validProtocols(ref)) {
        if (!protocol.gender || !protocol.birth_date || !protocol.education_level) continue;
        const key = psychometrics.normGroupKey({
          locale: protocol.locale,
          sex: protocol.gender,
          ageBand: psychometrics.ageBand(protocol.birth_date, today),
          education: protocol.education_level,
        });
        groups.set(key, [...(groups.get(key) ?? []), protocol]);
      }
      const eligible = [...groups].filter(([, members]) => members.length >= psychometrics.MIN_NORM_GROUP_SIZE).sort(([a], [b]) => a.localeCompare(b));
      if (eligible.length === 0) continue;
      // Unchanged since the newest version (same groups, same sizes): nothing new to review.
      const [latest] = await this.db.query(
        `SELECT array_agg(group_key || '=' || n ORDER BY group_key) AS sizes FROM norm_versions
          WHERE version = (SELECT version FROM norm_versions WHERE instrument_id = $1 AND instrument_version = $2 ORDER BY created_at DESC LIMIT 1)`,
        [ref.instrument_id, ref.instrument_version],
      );
      const sizes = eligible.map(([key, members]) => `${key}=${members.length}`);
      if (JSON.stringify(latest?.sizes ?? null) === JSON.stringify(sizes)) continue;
      const version = `${ref.instrument_id}-${ref.instrument_version}-${new Date().toISOString().replace(/[-:T.Z]/g, '').slice(0, 14)}`;
      for (const [key, members] of eligible) {
        const table = psychometrics.buildNormTable(version, this.rowsByScale(instrument, members));
        await this.db.query(
          `INSERT INTO norm_versions (version, instrument_id, instrument_version, group_key, "table", n) VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT DO NOTHING`,
          [version, ref.instrument_id, ref.instrument_version, key, JSON.stringify(table), members.length],
        );
      }
      versions.push(version);
      this.logger.log(`Draft norms ${version}: ${eligible.length} group(s), waiting for an admin to activate them`);
    }
    return { versions };
  }
}
