import { randomInt } from 'node:crypto';
import type { TestContext } from './test-context.js';
import { login, registerUser, type RegisteredUser } from './factories.js';

export const ADMIN = { email: 'admin@kerjaku.test', password: 'Admin-Pass-Kendal-2026' };
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

/** A NIB no other test used (13 digits). */
export function uniqueNib(): string {
  return `9${String(Date.now()).slice(-8)}${String(randomInt(0, 10_000)).padStart(4, '0')}`;
}

export function companyBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'PT Sinar Jaya Garmen', nib: uniqueNib(), sector: 'garment_textile', size: 'medium', address: 'Jl. Pemuda No. 12, Semarang', regencyCode: '3374', ...overrides };
}

export function vacancyBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    occupationCode: '7531',
    title: 'Penjahit Garmen',
    description: 'Menjahit pakaian jadi sesuai standar mutu, merawat mesin jahit dan mencatat hasil kerja harian.',
    regencyCode: '3374',
    isRemote: false,
    wageMin: 3_455_000,
    wageMax: 3_900_000,
    employmentType: 'full_time',
    openings: 3,
    educationMin: 'SMK',
    fieldsOfStudy: [],
    experienceMinMonths: 0,
    accommodations: [],
    skills: [],
    ...overrides,
  };
}

export interface Company {
  id: string;
  owner: RegisteredUser;
}

export const bearer = (user: { accessToken: string }) => ({ type: 'bearer' as const, token: user.accessToken });

export async function adminToken(t: TestContext): Promise<{ accessToken: string }> {
  return login(t.http, ADMIN.email, ADMIN.password);
}

/** An employer account with a registered company, verified by the admin unless asked otherwise. */
export async function createCompany(t: TestContext, options: { verified?: boolean; body?: Record<string, unknown> } = {}): Promise<Company> {
  const owner = await registerUser(t.http, { role: 'employer', fullName: 'Budi Santoso' });
  const created = await t.http.post('/api/employers').auth(owner.accessToken, { type: 'bearer' }).send(companyBody(options.body)).expect(201);
  if (options.verified !== false) {
    const admin = await adminToken(t);
    await t.http.post(`/api/admin/employers/${created.body.id}/verify`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
  }
  return { id: created.body.id, owner };
}

/** A published vacancy of the company. */
export async function publishedVacancy(t: TestContext, company: Company, overrides: Record<string, unknown> = {}): Promise<string> {
  const draft = await t.http.post('/api/vacancies').auth(company.owner.accessToken, { type: 'bearer' }).send(vacancyBody(overrides)).expect(201);
  await t.http.post(`/api/vacancies/${draft.body.id}/publish`).auth(company.owner.accessToken, { type: 'bearer' }).expect(200);
  return draft.body.id;
}

/** A counsellor of the Kota Semarang office (made from a registered account, the way an admin would). */
export async function createCounsellor(t: TestContext): Promise<RegisteredUser> {
  const user = await registerUser(t.http, { fullName: 'Rina Wulandari' });
  await t.db.query(
    `INSERT INTO counselling_offices (regency_code, name, address) VALUES ('3374', 'Disnaker Kota Semarang', 'Jl. Pemuda 1')
     ON CONFLICT (regency_code) DO NOTHING`,
  );
  await t.db.query(`UPDATE users SET role = 'counsellor' WHERE id = $1`, [user.id]);
  await t.db.query(`INSERT INTO counsellors (user_id, office_id) SELECT $1, id FROM counselling_offices WHERE regency_code = '3374'`, [user.id]);
  return user;
}

/** The other users whose tokens must not reach a company's records. */
export async function outsiders(t: TestContext): Promise<Record<string, RegisteredUser>> {
  const otherCompany = await createCompany(t);
  return {
    'another company member': otherCompany.owner,
    'a job seeker': await registerUser(t.http),
    'a training-centre user': await registerUser(t.http, { role: 'training_centre' }),
    'a counsellor': await createCounsellor(t),
  };
}
