import {
  ak1IsValid,
  ak1Status,
  assignWaiting,
  caseWeight,
  monthsBetween,
  priorityGroups,
  profileRisk,
  unemployedSince,
  type PriorityGroup,
  type ProfilingFacts,
  type RiskProfile,
} from '#domain';

/** A connection or a transaction's manager: anything that runs SQL. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

interface SeekerFacts {
  user_id: string;
  birth_date: string | null;
  gender: 'F' | 'M' | null;
  domicile_regency_code: string | null;
  education_level: string | null;
  experience_months: number;
  registered_on: string;
  consented_disability: boolean;
  last_job_ended_on: string | null;
  employed_now: boolean;
  skill_count: number;
  certified_skill_count: number;
  applications_90: number;
  interviews_180: number;
  card_valid_until: string | null;
  card_reconfirm_by: string | null;
}

/** What assignment and profiling need to know of seekers, in one statement. */
async function seekerFacts(db: Queryable, seekerIds: string[]): Promise<SeekerFacts[]> {
  return db.query(
    `SELECT s.user_id, to_char(s.birth_date, 'YYYY-MM-DD') AS birth_date, s.gender, s.domicile_regency_code, s.education_level, s.experience_months,
            to_char(s.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS registered_on,
            EXISTS (SELECT 1 FROM job_seeker_disabilities d WHERE d.seeker_id = s.user_id AND cardinality(d.disabilities) > 0) AS consented_disability,
            (SELECT to_char(max(w.end_month) + interval '1 month' - interval '1 day', 'YYYY-MM-DD') FROM job_seeker_work_history w WHERE w.seeker_id = s.user_id) AS last_job_ended_on,
            EXISTS (SELECT 1 FROM job_seeker_work_history w WHERE w.seeker_id = s.user_id AND w.end_month IS NULL) AS employed_now,
            (SELECT count(*)::int FROM job_seeker_skills k WHERE k.seeker_id = s.user_id) AS skill_count,
            (SELECT count(*)::int FROM job_seeker_skills k WHERE k.seeker_id = s.user_id AND k.source IN ('certified', 'assessed')) AS certified_skill_count,
            (SELECT count(*)::int FROM applications a WHERE a.seeker_id = s.user_id AND a.created_at > now() - interval '90 days') AS applications_90,
            (SELECT count(*)::int FROM interviews i JOIN applications a ON a.id = i.application_id
              WHERE a.seeker_id = s.user_id AND i.starts_at > now() - interval '180 days') AS interviews_180,
            card.valid_until AS card_valid_until, card.reconfirm_by AS card_reconfirm_by
       FROM job_seekers s
       LEFT JOIN LATERAL (
         SELECT to_char(c.valid_until, 'YYYY-MM-DD') AS valid_until, to_char(c.reconfirm_by, 'YYYY-MM-DD') AS reconfirm_by
           FROM ak1_cards c WHERE c.seeker_id = s.user_id ORDER BY c.issued_on DESC, c.created_at DESC LIMIT 1) card ON true
      WHERE s.user_id = ANY($1::uuid[])`,
    [seekerIds],
  );
}

function priorityOf(facts: SeekerFacts, onDate: string): PriorityGroup[] {
  return priorityGroups(
    {
      birthDate: facts.birth_date,
      gender: facts.gender,
      consentedDisability: facts.consented_disability,
      registeredOn: facts.registered_on,
      lastJobEndedOn: facts.last_job_ended_on,
      employedNow: facts.employed_now,
    },
    onDate,
  );
}

function profilingFacts(facts: SeekerFacts, today: string): ProfilingFacts {
  const since = unemployedSince({ registeredOn: facts.registered_on, lastJobEndedOn: facts.last_job_ended_on, employedNow: facts.employed_now });
  const card = facts.card_valid_until && facts.card_reconfirm_by ? { validUntil: facts.card_valid_until, reconfirmBy: facts.card_reconfirm_by } : null;
  return {
    monthsWithoutWork: since ? monthsBetween(since, today) : 0,
    educationLevel: facts.education_level,
    experienceMonths: facts.experience_months,
    skillCount: facts.skill_count,
    certifiedSkillCount: facts.certified_skill_count,
    applicationsLast90Days: facts.applications_90,
    interviewsLast180Days: facts.interviews_180,
    ak1Lapsed: !card || !ak1IsValid(ak1Status(card, today)),
  };
}

/** The seeker's risk profile on `today`, with the facts it was computed from; undefined for an unknown seeker. */
export async function computeRisk(db: Queryable, seekerId: string, today: string): Promise<{ facts: ProfilingFacts; profile: RiskProfile } | undefined> {
  const [row] = await seekerFacts(db, [seekerId]);
  if (!row) return undefined;
  const facts = profilingFacts(row, today);
  return { facts, profile: profileRisk(facts) };
}

/** Stores a freshly computed profile and its facts on the case (the override, if any, stays). */
export async function storeRisk(db: Queryable, caseId: string, risk: { facts: ProfilingFacts; profile: RiskProfile }): Promise<void> {
  await db.query(
    `UPDATE cases SET risk_score = $2, risk_level = $3, risk_inputs = $4::jsonb, risk_version = $5, risk_computed_at = now(), updated_at = now() WHERE id = $1`,
    [caseId, risk.profile.score, risk.profile.level, JSON.stringify(risk.facts), risk.profile.version],
  );
}

/**
 * Recomputes the stored risk of open cases after `afterCaseId` (in id order, at most `limit`), as
 * the facts move on (months without work grow, cards lapse). Answers the last case id done, or null
 * when none was left. An override stays as it is.
 */
export async function refreshRisks(db: Queryable, today: string, afterCaseId: string, limit: number): Promise<{ last: string | null; changed: number }> {
  const cases: Array<{ id: string; seeker_id: string; risk_score: number | null }> = await db.query(
    `SELECT id, seeker_id, risk_score FROM cases WHERE status = 'open' AND id > $1 ORDER BY id LIMIT $2`,
    [afterCaseId, limit],
  );
  if (cases.length === 0) return { last: null, changed: 0 };
  const facts = new Map((await seekerFacts(db, cases.map((row) => row.seeker_id))).map((row) => [row.user_id, row]));
  const updates: Array<{ id: string; score: number; level: string; inputs: string; version: string }> = [];
  for (const row of cases) {
    const seeker = facts.get(row.seeker_id);
    if (!seeker) continue;
    const inputs = profilingFacts(seeker, today);
    const profile = profileRisk(inputs);
    updates.push({ id: row.id, score: profile.score, level: profile.level, inputs: JSON.stringify(inputs), version: profile.version });
  }
  const result: Array<{ changed: number }> = await db.query(
    `WITH fresh AS (SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::jsonb[], $5::text[]) AS f(id, score, level, inputs, version)),
          changed AS (
            UPDATE cases c SET risk_score = f.score, risk_level = f.level, risk_inputs = f.inputs, risk_version = f.version, risk_computed_at = now(), updated_at = now()
              FROM fresh f WHERE c.id = f.id AND (c.risk_score IS DISTINCT FROM f.score OR c.risk_inputs IS DISTINCT FROM f.inputs OR c.risk_version IS DISTINCT FROM f.version)
            RETURNING 1)
     SELECT count(*)::int AS changed FROM changed`,
    [updates.map((u) => u.id), updates.map((u) => u.score), updates.map((u) => u.level), updates.map((u) => u.inputs), updates.map((u) => u.version)],
  );
  return { last: cases[cases.length - 1].id, changed: result[0].changed };
}

/**
 * Hands the office's waiting cases (open, no counsellor) to its counsellors: priority seekers first,
 * each to the least-loaded counsellor at that moment. The office's counsellor rows are locked first,
 * so two assignments in one office never read the same loads. Answers the assignments made.
 */
export async function assignWaitingCases(db: Queryable, officeId: string, assignedBy: string | null = null): Promise<Array<{ caseId: string; seekerId: string; counsellorId: string }>> {
  const counsellors: Array<{ user_id: string }> = await db.query(
    `SELECT c.user_id FROM counsellors c JOIN users u ON u.id = c.user_id
      WHERE c.office_id = $1 AND u.role = 'counsellor' AND u.status = 'active'
      ORDER BY c.user_id FOR UPDATE OF c`,
    [officeId],
  );
  if (counsellors.length === 0) return [];
  const ids = counsellors.map((row) => row.user_id);
  const loads: Array<{ counsellor_id: string; load: number }> = await db.query(
    `SELECT counsellor_id, sum(load_weight)::float8 AS load FROM cases WHERE status = 'open' AND counsellor_id = ANY($1::uuid[]) GROUP BY counsellor_id`,
    [ids],
  );
  const waiting: Array<{ id: string; seeker_id: string; groups: number; opened_at: string }> = await db.query(
    `SELECT id, seeker_id, cardinality(priority_groups) AS groups, to_char(opened_at, 'YYYY-MM-DD"T"HH24:MI:SS.US') AS opened_at
       FROM cases WHERE office_id = $1 AND status = 'open' AND counsellor_id IS NULL
      ORDER BY opened_at LIMIT 1000 FOR UPDATE`,
    [officeId],
  );
  if (waiting.length === 0) return [];
  const loadOf = new Map(loads.map((row) => [row.counsellor_id, row.load]));
  const plan = assignWaiting(
    waiting.map((row) => ({ seekerId: row.id, priorityGroupCount: row.groups, waitingSince: row.opened_at })),
    ids.map((id) => ({ counsellorId: id, load: loadOf.get(id) ?? 0 })),
  );
  const bySeeker = new Map(waiting.map((row) => [row.id, row.seeker_id]));
  await db.query(
    `WITH plan AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS p(case_id, counsellor_id))
     UPDATE cases c SET counsellor_id = plan.counsellor_id, updated_at = now() FROM plan WHERE c.id = plan.case_id`,
    [plan.map((p) => p.seekerId), plan.map((p) => p.counsellorId)],
  );
  await db.query(
    `INSERT INTO case_assignments (case_id, from_counsellor_id, to_counsellor_id, reason, assigned_by)
     SELECT case_id, NULL, counsellor_id, 'caseload', $3 FROM unnest($1::uuid[], $2::uuid[]) AS p(case_id, counsellor_id)`,
    [plan.map((p) => p.seekerId), plan.map((p) => p.counsellorId), assignedBy],
  );
  return plan.map((p) => ({ caseId: p.seekerId, seekerId: bySeeker.get(p.seekerId)!, counsellorId: p.counsellorId }));
}

/**
 * Opens the seeker's case when they get an AK/1 card (in the card's transaction): at the office of
 * their regency, with their priority groups on the card's date and a first risk profile, then assigns
 * the office's waiting cases. No office for the regency: no case (the reconciler opens it once the
 * office exists). A seeker with an open case keeps it. Answers the case id, or null.
 */
export async function openCaseOnCardIssue(db: Queryable, seekerId: string, cardDate: string): Promise<string | null> {
  const [facts] = await seekerFacts(db, [seekerId]);
  if (!facts?.domicile_regency_code) return null;
  const [office]: Array<{ id: string }> = await db.query(`SELECT id FROM counselling_offices WHERE regency_code = $1`, [facts.domicile_regency_code]);
  if (!office) return null;
  const groups = priorityOf(facts, cardDate);
  if (facts.consented_disability) {
    // Disability data was read (only whether any is recorded, under consent) to set the priority group.
    await db.query(
      `INSERT INTO sensitive_data_reads (reader_id, reader_role, subject_id, data_kind, purpose) VALUES (NULL, 'system', $1, 'disability', 'caseload priority group')`,
      [seekerId],
    );
  }
  const inputs = profilingFacts(facts, cardDate);
  const profile = profileRisk(inputs);
  const inserted: Array<{ id: string }> = await db.query(
    `INSERT INTO cases (seeker_id, office_id, priority_groups, load_weight, risk_score, risk_level, risk_inputs, risk_version, risk_computed_at)
     VALUES ($1, $2, $3::text[], $4, $5, $6, $7::jsonb, $8, now())
     ON CONFLICT (seeker_id) WHERE status = 'open' DO NOTHING RETURNING id`,
    [seekerId, office.id, groups, caseWeight(groups.length > 0), profile.score, profile.level, JSON.stringify(inputs), profile.version],
  );
  if (inserted.length === 0) {
    const [open]: Array<{ id: string }> = await db.query(`SELECT id FROM cases WHERE seeker_id = $1 AND status = 'open'`, [seekerId]);
    return open?.id ?? null;
  }
  await assignWaitingCases(db, office.id);
  return inserted[0].id;
}
