import { randomBytes } from 'node:crypto';
import type supertest from 'supertest';

export const STRONG_PASSWORD = 'Sawah-Hijau-Kendal-88';

let counter = 0;

/** A registration body with unique contact details; override any field. */
export function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${randomBytes(2).toString('hex')}`;
  return {
    role: 'job_seeker',
    fullName: 'Siti Rahayu',
    email: `siti.${tag}@example.org`,
    password: STRONG_PASSWORD,
    ...overrides,
  };
}

/** A unique Indonesian mobile number. */
export function phoneNumber(): string {
  return `08${String(Math.floor(Math.random() * 1e10)).padStart(10, '1')}`;
}

export interface RegisteredUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

export async function registerUser(http: supertest.Agent, overrides: Record<string, unknown> = {}): Promise<RegisteredUser> {
  const body = registration(overrides);
  const response = await http.post('/api/auth/register').send(body).expect(201);
  return {
    id: response.body.user.id,
    email: body.email as string,
    password: body.password as string,
    accessToken: response.body.tokens.accessToken,
    refreshToken: response.body.tokens.refreshToken,
  };
}

export async function login(http: supertest.Agent, loginName: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const response = await http.post('/api/auth/login').send({ login: loginName, password }).expect(200);
  return response.body.tokens;
}
