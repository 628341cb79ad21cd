import type pg from 'pg';
import type supertest from 'supertest';
import { nikBirthDigits } from '#domain';
import { registerUser, type RegisteredUser } from './factories.js';

/** A NIK that fits this birth date and gender (district 01). */
export function nikFor(regency: string, birthDate: string, gender: 'F' | 'M', sequence: number): string {
  return `${regency}01${nikBirthDigits(birthDate, gender)}${String(sequence).padStart(4, '0')}`;
}

/** A user of a role registration does not offer (counsellor, admin): registered as a job seeker, then changed in the database. */
export async function staffUser(http: supertest.Agent, db: pg.Pool, role: 'admin' | 'counsellor', officeRegency?: string): Promise<RegisteredUser> {
  const user = await registerUser(http, { fullName: role === 'admin' ? 'Admin Provinsi' : 'Konselor Dinas' });
  await db.query(`UPDATE users SET role = $2 WHERE id = $1`, [user.id, role]);
  if (role === 'counsellor' && officeRegency) {
    await db.query(
      `INSERT INTO counselling_offices (regency_code, name, address) VALUES ($1, 'Disnaker ' || $1, 'Jl. Dinas 1') ON CONFLICT (regency_code) DO NOTHING`,
      [officeRegency],
    );
    await db.query(`INSERT INTO counsellors (user_id, office_id) SELECT $1, id FROM counselling_offices WHERE regency_code = $2`, [user.id, officeRegency]);
  }
  return user;
}

export interface ReferenceCodes {
  skillIds: number[];
  occupationCode: string;
  educationLevel: string;
  fieldOfStudy: string;
}

export async function referenceCodes(db: pg.Pool): Promise<ReferenceCodes> {
  const skills = await db.query<{ id: number }>(`SELECT id FROM skills ORDER BY id LIMIT 5`);
  const occupation = await db.query<{ code: string }>(`SELECT code FROM occupations ORDER BY code LIMIT 1`);
  const field = await db.query<{ code: string }>(`SELECT code FROM fields_of_study WHERE 'SMK' = ANY(levels) ORDER BY code LIMIT 1`);
  return { skillIds: skills.rows.map((row) => row.id), occupationCode: occupation.rows[0].code, educationLevel: 'SMK', fieldOfStudy: field.rows[0].code };
}

export interface ProfileOptions {
  regency?: string;
  birthDate?: string;
  gender?: 'F' | 'M';
  sequence?: number;
}

/** Fills every step of a profile through the API; returns the NIK used. */
export async function completeProfile(http: supertest.Agent, user: RegisteredUser, codes: ReferenceCodes, options: ProfileOptions = {}): Promise<string> {
  const regency = options.regency ?? '3374';
  const birthDate = options.birthDate ?? '1998-03-05';
  const gender = options.gender ?? 'F';
  const nik = nikFor(regency, birthDate, gender, options.sequence ?? 1);
  const put = (path: string, body: object) => http.put(`/api/job-seekers/me/${path}`).auth(user.accessToken, { type: 'bearer' }).send(body).expect(200);
  await put('identity', { nik, birthDate, gender, domicileRegencyCode: regency, address: 'Jl. Pemuda No. 12' });
  await put('education', { educationLevel: codes.educationLevel, fieldOfStudy: codes.fieldOfStudy });
  await put('skills', { items: codes.skillIds.slice(0, 2).map((skillId) => ({ skillId, level: 3 })) });
  await put('languages', { items: [{ code: 'id', level: 'native' }] });
  await put('preferences', { occupations: [codes.occupationCode], regencies: [regency], maxCommuteKm: 25, employmentTypes: ['full_time'], openToRemote: false });
  return nik;
}
