import type { DataSource, EntityManager } from 'typeorm';
import { SHIPPED_INSTRUMENTS, type InstrumentDefinition } from './psychometrics.js';

type Runner = Pick<DataSource | EntityManager, 'query'>;

/** Thrown when a definition differs from the one already published under the same id and version. */
export class InstrumentVersionConflictError extends Error {
  constructor(
    readonly instrumentId: string,
    readonly version: string,
  ) {
    super(`Instrument ${instrumentId} version ${version} is already published with a different definition; publish it under a new version`);
  }
}

/**
 * Publishes a definition: inserted when its id and version are new, accepted unchanged when the
 * same definition is already there, refused when the stored one differs (published versions never change).
 * Returns whether a row was inserted.
 */
export async function publishInstrument(db: Runner, definition: InstrumentDefinition, uploadedBy: string | null = null): Promise<boolean> {
  const inserted = await db.query(
    `INSERT INTO instrument_versions (instrument_id, version, kind, definition, uploaded_by)
     VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (instrument_id, version) DO NOTHING RETURNING instrument_id`,
    [definition.id, definition.version, definition.kind, JSON.stringify(definition), uploadedBy],
  );
  if (inserted.length > 0) return true;
  const [row] = await db.query(`SELECT definition = $3::jsonb AS same FROM instrument_versions WHERE instrument_id = $1 AND version = $2`, [
    definition.id,
    definition.version,
    JSON.stringify(definition),
  ]);
  if (!row?.same) throw new InstrumentVersionConflictError(definition.id, definition.version);
  return false;
}

/** The shipped instruments, inserted if absent (migrate and seed time); a changed shipped definition stops the start. */
export async function loadShippedInstruments(dataSource: DataSource): Promise<string[]> {
  return dataSource.transaction(async (db) => {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('kerjaku:instruments'))`);
    const loaded: string[] = [];
    for (const definition of SHIPPED_INSTRUMENTS) {
      if (await publishInstrument(db, definition)) loaded.push(`${definition.id}@${definition.version}`);
    }
    return loaded;
  });
}

const cache = new Map<string, InstrumentDefinition>();

/** A published definition (cached: a published version never changes), or null. */
export async function findInstrument(db: Runner, instrumentId: string, version: string): Promise<InstrumentDefinition | null> {
  const key = `${instrumentId}@${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const [row] = await db.query(`SELECT definition FROM instrument_versions WHERE instrument_id = $1 AND version = $2`, [instrumentId, version]);
  if (!row) return null;
  cache.set(key, row.definition as InstrumentDefinition);
  return row.definition as InstrumentDefinition;
}

/** The newest published version of each instrument. */
export async function latestInstruments(db: Runner): Promise<InstrumentDefinition[]> {
  const rows = await db.query(
    `SELECT DISTINCT ON (instrument_id) instrument_id, version, definition FROM instrument_versions
      ORDER BY instrument_id, string_to_array(regexp_replace(version, '[^0-9.]', '', 'g'), '.')::int[] DESC, published_at DESC`,
  );
  return rows.map((row: { instrument_id: string; version: string; definition: InstrumentDefinition }) => {
    cache.set(`${row.instrument_id}@${row.version}`, row.definition);
    return row.definition;
  });
}
