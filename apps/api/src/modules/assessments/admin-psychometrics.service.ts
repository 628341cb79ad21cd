import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InstrumentVersionConflictError, psychometrics, publishInstrument } from '#persistence';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';

/** Instrument versions, reliability and norm tables for the province's administrators. */
@Injectable()
export class AdminPsychometricsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async upload(user: AuthUser, body: unknown) {
    const problems = psychometrics.instrumentProblems(body);
    if (problems.length > 0) {
      throw new BadRequestException({
        message: `The instrument has ${problems.length} problem(s): ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`,
        details: problems,
      });
    }
    const definition = body as psychometrics.InstrumentDefinition;
    const [existing] = await this.db.query(`SELECT 1 FROM instrument_versions WHERE instrument_id = $1 AND version = $2`, [definition.id, definition.version]);
    if (existing) throw new ConflictException(`${definition.id} version ${definition.version} is already published; published versions never change, so upload it as a new version`);
    try {
      await publishInstrument(this.db, definition, user.id);
    } catch (error) {
      if (error instanceof InstrumentVersionConflictError) throw new ConflictException(error.message);
      throw error;
    }
    return { id: definition.id, version: definition.version, kind: definition.kind, itemCount: definition.items.length, pageCount: definition.pages.length };
  }

  async instruments() {
    const rows: Array<{ instrument_id: string; version: string; kind: string; title: unknown; items: number; pages: number; published_at: Date; uploaded_by: string | null }> =
      await this.db.query(
        `SELECT instrument_id, version, kind, definition -> 'title' AS title, jsonb_array_length(definition -> 'items') AS items,
                jsonb_array_length(definition -> 'pages') AS pages, published_at, uploaded_by
           FROM instrument_versions ORDER BY instrument_id, published_at DESC`,
      );
    return {
      items: rows.map((row) => ({
        id: row.instrument_id,
        version: row.version,
        kind: row.kind,
        title: row.title,
        itemCount: row.items,
        pageCount: row.pages,
        publishedAt: row.published_at.toISOString(),
        uploadedBy: row.uploaded_by,
      })),
    };
  }

  /** The latest alpha of every scale, with an alarm under .70 or when alpha is negative or undefined. */
  async reliability() {
    const rows: Array<{ instrument_id: string; instrument_version: string; scale: string; alpha: number | null; item_total: unknown; alpha_if_deleted: unknown; n: number; computed_at: Date }> =
      await this.db.query(
        `SELECT DISTINCT ON (instrument_id, instrument_version, scale) instrument_id, instrument_version, scale, alpha, item_total, alpha_if_deleted, n, computed_at
           FROM reliability_runs ORDER BY instrument_id, instrument_version, scale, computed_at DESC, id DESC`,
      );
    return {
      threshold: psychometrics.ALPHA_ALARM,
      items: rows.map((row) => ({
        instrumentId: row.instrument_id,
        instrumentVersion: row.instrument_version,
        scale: row.scale,
        alpha: row.alpha,
        n: row.n,
        itemTotal: row.item_total,
        alphaIfDeleted: row.alpha_if_deleted,
        computedAt: row.computed_at.toISOString(),
        alarm: psychometrics.alphaAlarm(row.alpha),
      })),
    };
  }

  async norms() {
    const rows: Array<{ version: string; instrument_id: string; instrument_version: string; status: string; groups: Array<{ groupKey: string; n: number }>; created_at: Date; activated_at: Date | null }> =
      await this.db.query(
        `SELECT version, instrument_id, instrument_version, min(status) AS status, json_agg(json_build_object('groupKey', group_key, 'n', n) ORDER BY group_key) AS groups,
                max(created_at) AS created_at, max(activated_at) AS activated_at
           FROM norm_versions GROUP BY version, instrument_id, instrument_version ORDER BY max(created_at) DESC LIMIT 100`,
      );
    return {
      minGroupSize: psychometrics.MIN_NORM_GROUP_SIZE,
      items: rows.map((row) => ({
        version: row.version,
        instrumentId: row.instrument_id,
        instrumentVersion: row.instrument_version,
        status: row.status,
        groups: row.groups,
        createdAt: row.created_at.toISOString(),
        activatedAt: row.activated_at?.toISOString() ?? null,
      })),
    };
  }

  /** Activates a reviewed norm version; the active tables it replaces (same groups) are retired. New results use it. */
  async activate(user: AuthUser, version: string) {
    if (!/^[A-Za-z0-9._-]{1,120}$/.test(version)) throw new BadRequestException('version must be a norm version as listed by GET /api/admin/psychometrics/norms');
    return this.db.transaction(async (db) => {
      const rows: Array<{ instrument_id: string; instrument_version: string; group_key: string; status: string }> = await db.query(
        `SELECT instrument_id, instrument_version, group_key, status FROM norm_versions WHERE version = $1 FOR UPDATE`,
        [version],
      );
      if (rows.length === 0) throw new NotFoundException('No such norm version');
      if (rows.some((row) => row.status === 'retired')) throw new ConflictException('This norm version was retired; activate a newer one');
      await db.query(
        `UPDATE norm_versions SET status = 'retired' WHERE status = 'active' AND version <> $1 AND instrument_id = $2 AND instrument_version = $3 AND group_key = ANY($4::text[])`,
        [version, rows[0].instrument_id, rows[0].instrument_version, rows.map((row) => row.group_key)],
      );
      await db.query(`UPDATE norm_versions SET status = 'active', activated_by = $2, activated_at = now() WHERE version = $1 AND status = 'draft'`, [version, user.id]);
      return { version, status: 'active', groups: rows.length };
    });
  }
}
