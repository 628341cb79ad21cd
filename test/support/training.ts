import { wibDate } from '#domain';
import type { TestContext } from './test-context.js';
import { registerUser, type RegisteredUser } from './factories.js';

// Training-centre fixtures through the API (the centre verified in SQL unless a test reviews it).

export interface Centre {
  id: string;
  staff: RegisteredUser;
  instructor: RegisteredUser;
}

let sequence = 0;

export const today = () => wibDate(new Date());

/** A centre in `regency` registered by a staff member, with one instructor; verified unless told otherwise. */
export async function createCentre(t: TestContext, options: { verified?: boolean; regency?: string } = {}): Promise<Centre> {
  sequence += 1;
  const staff = await registerUser(t.http, { role: 'training_centre', fullName: `Staf BLK ${sequence}` });
  const created = await t.http
    .post('/api/training-centres')
    .auth(staff.accessToken, { type: 'bearer' })
    .send({ name: `UPTD BLK Uji ${sequence}`, regencyCode: options.regency ?? '3374', address: 'Jl. Brigjen Sudiarto 118' })
    .expect(201);
  const instructor = await registerUser(t.http, { role: 'training_centre', fullName: `Instruktur BLK ${sequence}` });
  await t.db.query(`INSERT INTO training_centre_members (centre_id, user_id, role) VALUES ($1, $2, 'instructor')`, [created.body.id, instructor.id]);
  if (options.verified !== false) await t.db.query(`UPDATE training_centres SET verified_at = now() WHERE id = $1`, [created.body.id]);
  return { id: created.body.id, staff, instructor };
}

export async function skillIds(t: TestContext, count = 2, offset = 10): Promise<number[]> {
  const { rows } = await t.db.query(`SELECT id FROM skills ORDER BY id OFFSET $1 LIMIT $2`, [offset, count]);
  return rows.map((row: { id: number }) => row.id);
}

export function programmeBody(skills: number[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Menjahit Pakaian Dasar',
    vocationalField: 'Garmen',
    description: 'Pelatihan menjahit pakaian dengan mesin jahit industri, dari pola sampai finishing.',
    skills,
    hours: 160,
    cost: 0,
    educationMin: 'SMP',
    ...overrides,
  };
}

/** A published programme of the centre. */
export async function publishedProgramme(t: TestContext, centre: Centre, overrides: Record<string, unknown> = {}): Promise<string> {
  const skills = (overrides.skills as number[] | undefined) ?? (await skillIds(t));
  const created = await t.http.post('/api/training-programmes').auth(centre.staff.accessToken, { type: 'bearer' }).send(programmeBody(skills, overrides)).expect(201);
  await t.http.post(`/api/training-programmes/${created.body.id}/publish`).auth(centre.staff.accessToken, { type: 'bearer' }).expect(200);
  return created.body.id;
}

/** Sessions on today's date (WIB), so attendance can be recorded at once. */
export function sessionsToday(count: number): Array<{ startsAt: string; endsAt: string }> {
  return Array.from({ length: count }, (_, index) => ({
    startsAt: `${today()}T${String(7 + index).padStart(2, '0')}:00:00+07:00`,
    endsAt: `${today()}T${String(7 + index).padStart(2, '0')}:50:00+07:00`,
  }));
}

/** An open cohort starting today, taught by the centre's instructor. */
export async function openCohort(t: TestContext, centre: Centre, programmeId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; sessions: Array<{ id: string }> }> {
  const created = await t.http
    .post(`/api/training-programmes/${programmeId}/cohorts`)
    .auth(centre.staff.accessToken, { type: 'bearer' })
    .send({ startsOn: today(), endsOn: today(), capacity: 10, instructorUserId: centre.instructor.id, sessions: sessionsToday(4), ...overrides })
    .expect(201);
  return created.body;
}
