import type { SqlClient } from './reference.js';

/**
 * Enrolments for the demo, so that the BLK staff's pages and the seeker's "my trainings" are not
 * empty: the demo centre's next open cohort takes applicants by selection, with five applications
 * to decide and the demo seeker already accepted; its earliest running cohort has four trainees
 * with the sessions held so far and their attendance, ready for the instructor to complete (one
 * below the 75 % rule). Plain SQL over the rows just written; deterministic for one province.
 */
export async function writeDemoTraining(db: SqlClient, blkEmail: string, seekerEmail: string, now: Date): Promise<number> {
  const today = new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  const { rows: centres } = await db.query<{ centre_id: string; regency_code: string }>(
    `SELECT m.centre_id, c.regency_code FROM training_centre_members m JOIN users u ON u.id = m.user_id JOIN training_centres c ON c.id = m.centre_id WHERE u.email = $1`,
    [blkEmail],
  );
  const { rows: seekers } = await db.query<{ user_id: string }>(`SELECT s.user_id FROM job_seekers s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [seekerEmail]);
  if (centres.length === 0 || seekers.length === 0) return 0;
  const { centre_id: centreId, regency_code: regency } = centres[0];
  const demoSeeker = seekers[0].user_id;
  const { rows: neighbours } = await db.query<{ user_id: string }>(
    `SELECT user_id FROM job_seekers WHERE domicile_regency_code = $1 AND user_id <> $2 AND birth_date IS NOT NULL ORDER BY user_id LIMIT 9`,
    [regency, demoSeeker],
  );
  const cohort = async (status: 'open' | 'running') =>
    (
      await db.query<{ id: string; starts_on: string; ends_on: string }>(
        `SELECT k.id, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on FROM training_cohorts k JOIN training_programmes p ON p.id = k.programme_id
          WHERE p.centre_id = $1 AND k.status = $2 AND (k.status = 'running' OR k.starts_on > $3::date) ORDER BY k.starts_on, k.id LIMIT 1`,
        [centreId, status, today],
      )
    ).rows[0];
  const enrol = async (cohortId: string, seekerId: string, path: Array<[string | null, string, string]>, at: string): Promise<string> => {
    const status = path[path.length - 1][1];
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO enrolments (cohort_id, seeker_id, status, created_at, updated_at) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz) RETURNING id`,
      [cohortId, seekerId, status, at],
    );
    for (const [index, [from, to, actor]] of path.entries()) {
      await db.query(
        `INSERT INTO enrolment_transitions (enrolment_id, from_status, to_status, actor, actor_user_id, created_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'seeker' THEN $5::uuid END, $6::timestamptz + make_interval(mins => $7))`,
        [rows[0].id, from, to, actor, seekerId, at, index],
      );
    }
    return rows[0].id;
  };
  let count = 0;

  const upcoming = await cohort('open');
  if (upcoming) {
    await db.query(`UPDATE training_cohorts SET selection = true WHERE id = $1`, [upcoming.id]);
    for (const [index, neighbour] of neighbours.slice(0, 5).entries()) {
      await enrol(upcoming.id, neighbour.user_id, [[null, 'applied', 'seeker']], new Date(now.getTime() - (index + 1) * 86_400_000).toISOString());
      count += 1;
    }
    await enrol(upcoming.id, demoSeeker, [[null, 'applied', 'seeker'], ['applied', 'accepted', 'staff']], new Date(now.getTime() - 6 * 86_400_000).toISOString());
    count += 1;
  }

  // A centre without a running cohort gets one: its next open cohort after the one above started five days ago.
  if (!(await cohort('running'))) {
    await db.query(
      `UPDATE training_cohorts k SET status = 'running', starts_on = $3::date - 5, ends_on = greatest(k.ends_on, $3::date + 10)
        WHERE k.id = (SELECT k2.id FROM training_cohorts k2 JOIN training_programmes p ON p.id = k2.programme_id
                       WHERE p.centre_id = $1 AND k2.status = 'open' AND k2.id IS DISTINCT FROM $2 ORDER BY k2.starts_on, k2.id LIMIT 1)`,
      [centreId, upcoming?.id ?? null, today],
    );
  }
  const running = await cohort('running');
  if (running) {
    // One morning session a day from the start until yesterday (at most eight), each with attendance.
    const days: string[] = [];
    for (let day = new Date(`${running.starts_on}T00:00:00Z`); days.length < 8; day = new Date(day.getTime() + 86_400_000)) {
      const date = day.toISOString().slice(0, 10);
      if (date >= today || date > running.ends_on) break;
      days.push(date);
    }
    const { rows: sessions } = await db.query<{ id: string }>(
      `INSERT INTO training_sessions (cohort_id, starts_at, ends_at)
       SELECT $1, (d || 'T08:00:00+07:00')::timestamptz, (d || 'T12:00:00+07:00')::timestamptz FROM unnest($2::text[]) AS d RETURNING id`,
      [running.id, days],
    );
    for (const [index, neighbour] of neighbours.slice(5, 9).entries()) {
      const at = `${running.starts_on}T00:00:00+07:00`;
      const id = await enrol(running.id, neighbour.user_id, [[null, 'applied', 'seeker'], ['applied', 'accepted', 'system'], ['accepted', 'attending', 'system']], new Date(new Date(at).getTime() - 7 * 86_400_000).toISOString());
      // The last trainee missed every other session: below the 75 % needed to complete.
      await db.query(
        `INSERT INTO attendance (session_id, enrolment_id, status, recorded_at)
         SELECT s, $2, CASE WHEN $3 AND n % 2 = 0 THEN 'absent' ELSE 'present' END, now() FROM unnest($1::uuid[]) WITH ORDINALITY AS t(s, n)`,
        [sessions.map((session) => session.id), id, index === 3],
      );
      count += 1;
    }
  }
  return count;
}
