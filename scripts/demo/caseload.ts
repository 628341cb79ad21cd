/**
 * Counselling caseloads for the job seekers already in the database (the demo province or a million
 * generated seekers): an office per regency that has seekers, enough counsellors for the office's
 * seekers, and one case per seeker without one, streamed in with COPY a chunk at a time.
 *
 * Each case is what the API would have made: the priority groups and the risk score come from the
 * domain's own functions (on the seeker's registration date; the generator writes no work history,
 * so months without work count from registration), the counsellor is the least loaded of the
 * office. Contact, follow-up and plan progress are drawn at random so that every dashboard sort has
 * something to order. Active seekers have an open case; placed and inactive ones a closed case with
 * that outcome.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { addDays, caseWeight, leastLoaded, monthsBetween, priorityGroups, profileRisk, wibDate, type ProfilingFacts } from '#domain';
import { copyLine, type CopyValue } from './copy-text.js';
import { UuidSource } from './ids.js';
import { Random } from './random.js';

export interface CaseloadOptions {
  /** An argon2 hash for the counsellor accounts made here. */
  passwordHash: string;
  seed?: number;
  /** Seekers per counsellor an office is staffed for (at least one counsellor per office). */
  seekersPerCounsellor?: number;
  chunkSize?: number;
  now?: Date;
  onProgress?: (message: string) => void;
}

export interface CaseloadResult {
  offices: number;
  counsellors: number;
  cases: number;
  seconds: number;
}

interface CaseRow extends Record<string, CopyValue> {
  id: string;
  seeker_id: string;
  office_id: string;
  counsellor_id: string | null;
  status: 'open' | 'closed';
  opened_at: string;
  closed_at: string | null;
  outcome: string | null;
  priority_groups: string[];
  load_weight: number;
  risk_score: number;
  risk_level: string;
  risk_inputs: string;
  risk_version: string;
  risk_computed_at: string;
  last_contact_at: string | null;
  next_follow_up_on: string | null;
  plan_progress: number | null;
  updated_at: string;
}

const CASE_COLUMNS: ReadonlyArray<keyof CaseRow & string> = [
  'id', 'seeker_id', 'office_id', 'counsellor_id', 'status', 'opened_at', 'closed_at', 'outcome', 'priority_groups', 'load_weight',
  'risk_score', 'risk_level', 'risk_inputs', 'risk_version', 'risk_computed_at', 'last_contact_at', 'next_follow_up_on', 'plan_progress', 'updated_at',
];
const PLAN_PROGRESS = [0, 0, 25, 33, 50, 50, 67, 75, 100];
const DAY_MS = 24 * 3600 * 1000;

interface SeekerFacts {
  user_id: string;
  birth_date: string | null;
  gender: 'F' | 'M' | null;
  domicile_regency_code: string;
  education_level: string | null;
  experience_months: number;
  status: 'active' | 'inactive' | 'placed';
  registered_on: string;
  created_at: Date;
  consented_disability: boolean;
  skill_count: number;
  certified_skill_count: number;
}

/** Writes the caseloads in one transaction (then VACUUM ANALYZE, as autovacuum would soon); seekers that have a case already are left as they are. */
export async function generateCaseload(pool: pg.Pool, options: CaseloadOptions): Promise<CaseloadResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let result: CaseloadResult;
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('kerjaku:synthetic-caseload'))`);
      result = await writeCaseload(client, options);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await client.query('VACUUM (ANALYZE) cases');
    return result;
  } finally {
    client.release();
  }
}

/** The caseloads, written in the caller's transaction on `client` (the demo loader's, or generateCaseload's). */
export async function writeCaseload(client: pg.ClientBase, options: CaseloadOptions): Promise<CaseloadResult> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const today = wibDate(now);
  const rng = new Random(options.seed ?? 11).fork('caseload');
  const ids = new UuidSource(now.getTime());
  const perCounsellor = options.seekersPerCounsellor ?? 2500;
  const chunk = options.chunkSize ?? 20_000;
  let cases = 0;
  {
    const offices = await client.query(
      `INSERT INTO counselling_offices (regency_code, name, address)
       SELECT r.code, 'Disnaker ' || r.name, 'Kantor Disnaker ' || r.name
         FROM regions r WHERE EXISTS (SELECT 1 FROM job_seekers s WHERE s.domicile_regency_code = r.code)
       ON CONFLICT (regency_code) DO NOTHING`,
    );
    // Counsellors each office still needs for its seekers.
    const needs = await client.query<{ office_id: string; regency_code: string; missing: number; have: number }>(
      `SELECT o.id AS office_id, o.regency_code,
              greatest(1, ceil(count(s.user_id)::numeric / $1))::int - (SELECT count(*) FROM counsellors c WHERE c.office_id = o.id)::int AS missing,
              (SELECT count(*) FROM counsellors c WHERE c.office_id = o.id)::int AS have
         FROM counselling_offices o LEFT JOIN job_seekers s ON s.domicile_regency_code = o.regency_code
        GROUP BY o.id, o.regency_code`,
      [perCounsellor],
    );
    let counsellors = 0;
    for (const need of needs.rows) {
      if (need.missing <= 0) continue;
      const created = await client.query(
        `WITH made AS (
           INSERT INTO users (email, password_hash, role, full_name, email_verified_at)
           SELECT 'counsellor-' || $1 || '-' || n || '@synthetic.kerjaku.id', $2, 'counsellor', 'Konselor ' || $1 || '-' || n, now()
             FROM generate_series($3::int + 1, $3::int + $4::int) AS n
           ON CONFLICT DO NOTHING RETURNING id)
         INSERT INTO counsellors (user_id, office_id) SELECT id, $5 FROM made`,
        [need.regency_code, options.passwordHash, need.have, need.missing, need.office_id],
      );
      counsellors += created.rowCount ?? 0;
    }
    const staff = await client.query<{ office_id: string; regency_code: string; user_id: string; load: number }>(
      `SELECT c.office_id, o.regency_code, c.user_id,
              coalesce((SELECT sum(k.load_weight) FROM cases k WHERE k.counsellor_id = c.user_id AND k.status = 'open'), 0)::float8 AS load
         FROM counsellors c JOIN counselling_offices o ON o.id = c.office_id JOIN users u ON u.id = c.user_id AND u.role = 'counsellor' AND u.status = 'active'`,
    );
    const officeOf = new Map<string, string>();
    const loads = new Map<string, Array<{ counsellorId: string; load: number }>>();
    for (const row of staff.rows) {
      officeOf.set(row.regency_code, row.office_id);
      loads.set(row.office_id, [...(loads.get(row.office_id) ?? []), { counsellorId: row.user_id, load: row.load }]);
    }
    const allOffices = await client.query<{ id: string; regency_code: string }>(`SELECT id, regency_code FROM counselling_offices`);
    for (const office of allOffices.rows) officeOf.set(office.regency_code, office.id);

    let after = '00000000-0000-0000-0000-000000000000';
    let write: Promise<void> = Promise.resolve();
    for (;;) {
      const seekers = await client.query<SeekerFacts>(
        `SELECT s.user_id, to_char(s.birth_date, 'YYYY-MM-DD') AS birth_date, s.gender, s.domicile_regency_code, s.education_level, s.experience_months, s.status,
                to_char(s.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS registered_on, s.created_at,
                EXISTS (SELECT 1 FROM job_seeker_disabilities d WHERE d.seeker_id = s.user_id AND cardinality(d.disabilities) > 0) AS consented_disability,
                (SELECT count(*) FROM job_seeker_skills k WHERE k.seeker_id = s.user_id)::int AS skill_count,
                (SELECT count(*) FROM job_seeker_skills k WHERE k.seeker_id = s.user_id AND k.source <> 'declared')::int AS certified_skill_count
           FROM job_seekers s
          WHERE s.user_id > $1 AND s.domicile_regency_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.seeker_id = s.user_id)
          ORDER BY s.user_id LIMIT $2`,
        [after, chunk],
      );
      if (seekers.rows.length === 0) break;
      after = seekers.rows[seekers.rows.length - 1].user_id;
      const rows: CaseRow[] = [];
      for (const seeker of seekers.rows) {
        const officeId = officeOf.get(seeker.domicile_regency_code);
        if (!officeId) continue;
        const openedAt = new Date(Math.min(now.getTime(), seeker.created_at.getTime() + rng.int(0, 14) * DAY_MS));
        const cardDay = wibDate(openedAt);
        const groups = priorityGroups(
          { birthDate: seeker.birth_date, gender: seeker.gender, consentedDisability: seeker.consented_disability, registeredOn: seeker.registered_on, lastJobEndedOn: null, employedNow: false },
          cardDay,
        );
        const facts: ProfilingFacts = {
          monthsWithoutWork: monthsBetween(seeker.registered_on, today),
          educationLevel: seeker.education_level,
          experienceMonths: seeker.experience_months,
          skillCount: seeker.skill_count,
          certifiedSkillCount: seeker.certified_skill_count,
          applicationsLast90Days: rng.chance(0.4) ? rng.int(1, 8) : 0,
          interviewsLast180Days: rng.chance(0.2) ? 1 : 0,
          ak1Lapsed: rng.chance(0.15),
        };
        const profile = profileRisk(facts);
        const open = seeker.status === 'active';
        const weight = caseWeight(groups.length > 0);
        let counsellorId: string | null = null;
        const office = loads.get(officeId);
        if (office && office.length > 0) {
          counsellorId = leastLoaded(office);
          if (open) office.find((c) => c.counsellorId === counsellorId)!.load += weight;
        }
        const contacted = rng.chance(0.7);
        const lastContact = contacted ? new Date(Math.max(openedAt.getTime(), now.getTime() - rng.int(0, 180) * DAY_MS - rng.int(0, 36_000) * 1000)) : null;
        rows.push({
          id: ids.next(),
          seeker_id: seeker.user_id,
          office_id: officeId,
          counsellor_id: counsellorId,
          status: open ? 'open' : 'closed',
          opened_at: openedAt.toISOString(),
          closed_at: open ? null : new Date(Math.min(now.getTime(), openedAt.getTime() + rng.int(30, 200) * DAY_MS)).toISOString(),
          outcome: open ? null : seeker.status === 'placed' ? 'placed' : rng.chance(0.3) ? 'in_training' : 'inactive',
          priority_groups: groups,
          load_weight: weight,
          risk_score: profile.score,
          risk_level: profile.level,
          risk_inputs: JSON.stringify(facts),
          risk_version: profile.version,
          risk_computed_at: openedAt.toISOString(),
          last_contact_at: lastContact ? lastContact.toISOString() : null,
          next_follow_up_on: open && rng.chance(0.6) ? addDays(today, rng.int(-30, 90)) : null,
          plan_progress: rng.chance(0.5) ? rng.pick(PLAN_PROGRESS) : null,
          updated_at: now.toISOString(),
        });
      }
      await write;
      cases += rows.length;
      write = pipeline(
        Readable.from(
          (function* () {
            let buffer = '';
            for (const row of rows) {
              buffer += copyLine(row, CASE_COLUMNS);
              if (buffer.length >= 1 << 18) {
                yield buffer;
                buffer = '';
              }
            }
            if (buffer) yield buffer;
          })(),
        ),
        client.query(copyFrom(`COPY cases (${CASE_COLUMNS.join(', ')}) FROM STDIN`)),
      );
      // One statement at a time on the connection: the next SELECT waits for this COPY.
      await write;
      options.onProgress?.(`cases: ${cases.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    await write;
    return { offices: offices.rowCount ?? 0, counsellors, cases, seconds: (Date.now() - started) / 1000 };
  }
}
