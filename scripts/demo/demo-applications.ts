import type { SqlClient } from './reference.js';

/**
 * Applications for the demo, so that the employer's applicant board and the seeker's "my
 * applications" are not empty: up to six applicants (from the vacancy's regency) on each published
 * vacancy of the demo employer, spread over the pipeline with their history, and two applications
 * of the demo seeker. Plain SQL over the rows just written; deterministic for one province.
 */
export async function writeDemoApplications(db: SqlClient, employerEmail: string, seekerEmail: string): Promise<number> {
  const created = await db.query<{ id: string; status: string }>(
    `WITH employer AS (
       SELECT m.employer_id FROM employer_members m JOIN users u ON u.id = m.user_id WHERE u.email = $1
     ), demo_seeker AS (
       SELECT s.user_id FROM job_seekers s JOIN users u ON u.id = s.user_id WHERE u.email = $2
     ), board AS (
       SELECT v.id AS vacancy_id, v.employer_id, s.user_id AS seeker_id, s.n
         FROM vacancies v
         JOIN employer e ON e.employer_id = v.employer_id
         CROSS JOIN LATERAL (
           SELECT js.user_id, row_number() OVER (ORDER BY js.user_id) AS n
             FROM job_seekers js
            WHERE js.domicile_regency_code = coalesce(v.regency_code, js.domicile_regency_code)
              AND js.user_id NOT IN (SELECT user_id FROM demo_seeker)
            ORDER BY js.user_id LIMIT 6
         ) s
        WHERE v.status = 'published'
     ), own AS (
       SELECT v.id AS vacancy_id, v.employer_id, d.user_id AS seeker_id, row_number() OVER (ORDER BY v.published_at DESC, v.id) AS n
         FROM vacancies v CROSS JOIN demo_seeker d
        WHERE v.status = 'published' AND v.employer_id NOT IN (SELECT employer_id FROM employer)
        ORDER BY v.published_at DESC, v.id LIMIT 2
     ), chosen AS (
       SELECT vacancy_id, employer_id, seeker_id,
              (ARRAY['submitted', 'screening', 'interview', 'submitted', 'rejected', 'withdrawn'])[n] AS status,
              now() - make_interval(days => (n * 3)::int) AS created_at
         FROM board
       UNION ALL
       SELECT vacancy_id, employer_id, seeker_id, (ARRAY['screening', 'submitted'])[n], now() - make_interval(days => (n * 2)::int) FROM own
     )
     INSERT INTO applications (vacancy_id, seeker_id, employer_id, status, share_assessment, created_at, updated_at, last_activity_at)
     SELECT vacancy_id, seeker_id, employer_id, status, status <> 'withdrawn', created_at, created_at, created_at FROM chosen
     RETURNING id, status`,
    [employerEmail, seekerEmail],
  );
  const ids = created.rows.map((row) => row.id);
  // The path each status took, one history row per step.
  await db.query(
    `INSERT INTO application_transitions (application_id, from_status, to_status, actor_user_id, actor_role, reason, created_at)
     SELECT a.id, step.from_status, step.to_status,
            CASE WHEN step.actor = 'job_seeker' THEN a.seeker_id ELSE (SELECT user_id FROM employer_members m WHERE m.employer_id = a.employer_id ORDER BY role DESC, user_id LIMIT 1) END,
            step.actor, step.reason, a.created_at + make_interval(hours => step.ord)
       FROM applications a
       CROSS JOIN LATERAL (VALUES
         (0, NULL, 'submitted', 'job_seeker', NULL),
         (1, 'submitted', 'screening', 'employer', NULL),
         (2, 'screening', 'interview', 'employer', NULL),
         (1, 'submitted', 'rejected', 'employer', 'qualifications'),
         (1, 'submitted', 'withdrawn', 'job_seeker', NULL)
       ) AS step(ord, from_status, to_status, actor, reason)
      WHERE a.id = ANY($1::uuid[])
        AND (step.ord = 0
             OR (a.status IN ('screening', 'interview') AND step.to_status = 'screening')
             OR (a.status = 'interview' AND step.to_status = 'interview')
             OR (a.status = step.to_status AND step.to_status IN ('rejected', 'withdrawn')))`,
    [ids],
  );
  await db.query(
    `INSERT INTO interviews (application_id, starts_at, mode, place)
     SELECT id, date_trunc('day', now()) + interval '3 days 2 hours', 'in_person', 'Kantor HRD, lantai 2'
       FROM applications WHERE id = ANY($1::uuid[]) AND status = 'interview'`,
    [ids],
  );
  await db.query(`UPDATE applications SET last_activity_at = date_trunc('day', now()) + interval '3 days 2 hours' WHERE id = ANY($1::uuid[]) AND status = 'interview'`, [ids]);
  return ids.length;
}
