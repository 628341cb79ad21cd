import { randomInt } from 'node:crypto';
import type { TestContext } from './test-context.js';
import { registerUser, type RegisteredUser } from './factories.js';

// Fixtures for the exchange written straight in SQL, so that a feature's tests do not depend on
// another feature's routes. Each call makes new rows; override what a test cares about.

export interface Company {
  id: string;
  name: string;
  owner: RegisteredUser;
  members: RegisteredUser[];
}

export interface Seeker extends RegisteredUser {
  fullName: string;
}

let sequence = 0;

function nib(): string {
  return `${randomInt(1, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e3)).padStart(3, '0')}`;
}

/** A company with an owner and `members - 1` more members, verified unless told otherwise. */
export async function createCompany(t: TestContext, options: { members?: number; verified?: boolean; name?: string } = {}): Promise<Company> {
  sequence += 1;
  const name = options.name ?? `PT Sinar Makmur ${sequence}`;
  const people: RegisteredUser[] = [];
  for (let i = 0; i < (options.members ?? 1); i += 1) people.push(await registerUser(t.http, { role: 'employer', fullName: `Staf HRD ${sequence}-${i}` }));
  const { rows } = await t.db.query(
    `INSERT INTO employers (name, nib, sector, size, address, regency_code, verified_at)
     VALUES ($1, $2, 'manufacturing', 'medium', 'Jl. Industri 5', '3374', CASE WHEN $3 THEN now() END) RETURNING id`,
    [name, nib(), options.verified ?? true],
  );
  const id = rows[0].id as string;
  for (const [index, person] of people.entries()) {
    await t.db.query(`INSERT INTO employer_members (employer_id, user_id, role) VALUES ($1, $2, $3)`, [id, person.id, index === 0 ? 'owner' : 'member']);
  }
  return { id, name, owner: people[0], members: people };
}

/** A vacancy of the company, published with no deadline unless told otherwise. */
export async function createVacancy(
  t: TestContext,
  employerId: string,
  options: { openings?: number; status?: 'draft' | 'published' | 'closed' | 'filled'; deadline?: string | null; title?: string } = {},
): Promise<string> {
  sequence += 1;
  const status = options.status ?? 'published';
  const { rows } = await t.db.query(
    `INSERT INTO vacancies (employer_id, occupation_code, title, description, regency_code, employment_type, openings, education_min, status, deadline, published_at)
     VALUES ($1, (SELECT code FROM occupations ORDER BY code LIMIT 1), $2, 'Menjahit pakaian jadi sesuai pola.', '3374', 'full_time', $3,
             (SELECT code FROM education_levels ORDER BY rank LIMIT 1), $4, $5, CASE WHEN $4 <> 'draft' THEN now() END)
     RETURNING id`,
    [employerId, options.title ?? `Operator Jahit ${sequence}`, options.openings ?? 1, status, options.deadline ?? null],
  );
  return rows[0].id;
}

/** A job seeker with a profile row and two declared skills. */
export async function createSeeker(t: TestContext, options: { fullName?: string; withProfile?: boolean } = {}): Promise<Seeker> {
  sequence += 1;
  const fullName = options.fullName ?? `Pencari Kerja ${sequence}`;
  const user = await registerUser(t.http, { role: 'job_seeker', fullName });
  if (options.withProfile ?? true) {
    await t.db.query(
      `INSERT INTO job_seekers (user_id, birth_date, gender, domicile_regency_code, education_level, experience_months)
       VALUES ($1, '2000-04-12', 'F', '3374', 'SMK', 18)`,
      [user.id],
    );
    await t.db.query(`INSERT INTO job_seeker_skills (seeker_id, skill_id, level) SELECT $1, id, 4 FROM skills ORDER BY id LIMIT 2`, [user.id]);
  }
  return { ...user, fullName };
}

/** A member of a training centre (BLK). */
export async function createTrainingCentreUser(t: TestContext): Promise<RegisteredUser> {
  const user = await registerUser(t.http, { role: 'training_centre', fullName: 'Instruktur BLK' });
  const { rows } = await t.db.query(`INSERT INTO training_centres (name, regency_code, address) VALUES ('BLK Semarang', '3374', 'Jl. Brigjen Sudiarto') RETURNING id`);
  await t.db.query(`INSERT INTO training_centre_members (centre_id, user_id) VALUES ($1, $2)`, [rows[0].id, user.id]);
  return user;
}

/** A counsellor of the Semarang office (registered, then given the role in SQL; roles are read per request). */
export async function createCounsellor(t: TestContext): Promise<RegisteredUser> {
  const user = await registerUser(t.http, { role: 'job_seeker', fullName: 'Konselor Disnaker' });
  await t.db.query(`UPDATE users SET role = 'counsellor' WHERE id = $1`, [user.id]);
  const { rows } = await t.db.query(
    `INSERT INTO counselling_offices (regency_code, name, address) VALUES ('3374', 'Disnaker Kota Semarang', 'Jl. Pemuda')
     ON CONFLICT (regency_code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
  );
  await t.db.query(`INSERT INTO counsellors (user_id, office_id) VALUES ($1, $2)`, [user.id, rows[0].id]);
  return user;
}
