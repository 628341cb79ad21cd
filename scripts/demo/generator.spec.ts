import { findDiscriminatoryWording } from '#domain';
import { minimumAgeForRank, REGENCY_FACTS } from './catalogue.js';
import { copyLine } from './copy-text.js';
import { Generator, type ContactPolicy } from './generator.js';
import { FIXTURE_REFERENCE } from './reference.fixture.js';
import { TABLES, type VacancyRow } from './rows.js';
import { World } from './world.js';

const NOW = new Date('2026-03-02T03:00:00Z');
const contact: ContactPolicy = (role, index) => ({ email: `${role}-${index}@test.kerjaku.id`, phone: null });
const make = (seed = 1, takenNibs: string[] = []) => new Generator(FIXTURE_REFERENCE, { seed, now: NOW, passwordHash: 'hash', contact, takenNibs });

const ageOn = (birthDate: string) => {
  const born = new Date(`${birthDate}T00:00:00Z`);
  let age = NOW.getUTCFullYear() - born.getUTCFullYear();
  if (NOW.getUTCMonth() < born.getUTCMonth() || (NOW.getUTCMonth() === born.getUTCMonth() && NOW.getUTCDate() < born.getUTCDate())) age--;
  return age;
};
const daysFromNow = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(NOW.toISOString().slice(0, 10))) / 86_400_000);
const withoutIds = <T extends object>(row: T) => JSON.stringify(row, (key, value) => (/(^|_)id$|_by$/.test(key) ? undefined : value));

/** Wording a vacancy must not contain: requirements on sex, age, religion, marital status or looks. */
const DISCRIMINATORY = /\b(usia|umur|pria|wanita|laki-laki|perempuan|agama|muslim|kristen|menikah|lajang|berpenampilan|penampilan menarik|tinggi badan|berat badan|good looking)\b/i;

describe('Generator', () => {
  it('gives the same rows (ids apart) for the same seed', () => {
    const a = make(9);
    const b = make(9);
    for (let i = 0; i < 50; i++) expect(withoutIds(a.seeker())).toBe(withoutIds(b.seeker()));
    const employerA = a.employer();
    const employerB = b.employer();
    expect(withoutIds(employerA.employer)).toBe(withoutIds(employerB.employer));
    expect(withoutIds(a.vacancy(employerA.profile))).toBe(withoutIds(b.vacancy(employerB.profile)));
  });

  it('makes plausible job seekers', () => {
    const generator = make();
    const world = new World(FIXTURE_REFERENCE);
    const emails = new Set<string>();
    let youth = 0;
    for (let i = 0; i < 2000; i++) {
      const { user, seeker, skills } = generator.seeker();
      const level = world.educationByCode.get(seeker.education_level)!;
      const age = ageOn(seeker.birth_date);
      if (age <= 24) youth++;
      expect(user.role).toBe('job_seeker');
      expect(user.email_verified_at).not.toBeNull();
      emails.add(user.email!);
      expect(age).toBeGreaterThanOrEqual(minimumAgeForRank(level.rank));
      expect(age).toBeLessThanOrEqual(60);
      if (seeker.field_of_study) expect(world.fieldByCode.get(seeker.field_of_study)!.levels).toContain(seeker.education_level);
      expect(world.regionByCode.has(seeker.domicile_regency_code)).toBe(true);
      expect(seeker.preferred_regencies[0]).toBe(seeker.domicile_regency_code);
      expect(seeker.employment_types.length).toBeGreaterThan(0);
      expect(seeker.preferred_occupations.length).toBeGreaterThan(0);
      if (seeker.expected_wage_min !== null) expect(seeker.expected_wage_min % 50_000).toBe(0);
      expect(skills.length).toBeGreaterThanOrEqual(3);
      expect(skills.length).toBeLessThanOrEqual(12);
      expect(new Set(skills.map((skill) => skill.skill_id)).size).toBe(skills.length);
      for (const skill of skills) {
        expect(skill.seeker_id).toBe(user.id);
        expect(skill.level).toBeGreaterThanOrEqual(1);
        expect(skill.level).toBeLessThanOrEqual(5);
        expect(['declared', 'certified']).toContain(skill.source);
      }
    }
    expect(emails.size).toBe(2000);
    expect(youth / 2000).toBeGreaterThan(0.3);
  });

  it('gives complete profiles when asked', () => {
    const { seeker, skills } = make().seeker({ regionCode: '3374', educationCode: 'SMK', fieldCode: 'tata-busana', complete: true });
    expect(seeker).toMatchObject({ domicile_regency_code: '3374', education_level: 'SMK', field_of_study: 'tata-busana', searchable: true, status: 'active' });
    expect(seeker.expected_wage_min).not.toBeNull();
    expect(skills.length).toBeGreaterThanOrEqual(8);
  });

  it('hands out unique 13-digit NIBs, never one already taken', () => {
    const generator = make(3, ['1234567890123']);
    const nibs = Array.from({ length: 1000 }, () => generator.employer().employer.nib);
    for (const nib of nibs) expect(nib).toMatch(/^[0-9]{13}$/);
    expect(new Set(nibs).size).toBe(nibs.length);
    expect(nibs).not.toContain('1234567890123');
  });

  it('makes vacancies that fit their occupation, wages and dates', () => {
    const generator = make(4);
    const world = generator.world;
    const employers = Array.from({ length: 30 }, () => generator.employer());
    for (let i = 0; i < 1500; i++) {
      const employer = employers[i % employers.length];
      const { vacancy, skills } = generator.vacancy(employer.profile);
      const occupation = world.occupationByCode.get(vacancy.occupation_code)!;
      expect(vacancy.employer_id).toBe(employer.employer.id);
      expect(vacancy.created_by).toBe(employer.profile.ownerId);
      expect(vacancy.education_min).toBe(occupation.educationMin);
      expect(vacancy.regency_code !== null || vacancy.is_remote).toBe(true);
      expect(vacancy.openings).toBeGreaterThanOrEqual(1);
      checkWages(vacancy);
      checkDates(vacancy);
      const required = skills.filter((skill) => skill.importance === 'required');
      expect(required.length).toBeGreaterThan(0);
      for (const skill of required) expect(occupation.skillIds).toContain(skill.skill_id);
      for (const skill of skills) {
        expect(skill.weight).toBeGreaterThan(0);
        expect(skill.weight).toBeLessThanOrEqual(5);
      }
      expect(new Set(skills.map((skill) => skill.skill_id)).size).toBe(skills.length);
      expect(vacancy.description).not.toMatch(DISCRIMINATORY);
      expect(vacancy.title).not.toMatch(DISCRIMINATORY);
      // Demo vacancies pass the check a company's vacancy passes at publication.
      expect(findDiscriminatoryWording(vacancy.title, vacancy.description)).toEqual([]);
    }
  });

  it('makes training centres with programmes and cohorts in the coming months', () => {
    const generator = make(5);
    const bundle = generator.trainingCentre(generator.world.region('3374'), { verified: true, minProgrammes: 3 });
    expect(bundle.centre.name).toMatch(/Kota Semarang$/);
    expect(bundle.centre.verified_at).not.toBeNull();
    expect(bundle.programmes.length).toBeGreaterThanOrEqual(1);
    for (const programme of bundle.programmes) {
      expect(programme.hours).toBeGreaterThanOrEqual(80);
      expect(programme.hours).toBeLessThanOrEqual(480);
      expect(programme.cost).toBeGreaterThanOrEqual(0);
      expect(bundle.programmeSkills.some((skill) => skill.programme_id === programme.id)).toBe(true);
    }
    for (const cohort of bundle.cohorts) {
      expect(cohort.capacity).toBeGreaterThanOrEqual(16);
      expect(cohort.capacity).toBeLessThanOrEqual(32);
      expect(cohort.ends_on >= cohort.starts_on).toBe(true);
      expect(daysFromNow(cohort.ends_on)).toBeGreaterThan(0);
      expect(cohort.status).toBe(daysFromNow(cohort.starts_on) <= 0 ? 'running' : 'open');
    }
    expect(new Set(bundle.members.map((member) => member.user_id)).size).toBe(bundle.users.length);
  });

  it('names counselling offices after the regency and gives them 1–4 counsellors', () => {
    const generator = make(6);
    const bundle = generator.counsellingOffice(generator.world.region('3301'), { name: 'Agus', contact: { email: 'c@x.id', phone: null } });
    expect(bundle.office.name).toMatch(/Tenaga Kerja.* Kabupaten Cilacap$/);
    expect(bundle.users[0]).toMatchObject({ full_name: 'Agus', email: 'c@x.id', role: 'counsellor' });
    expect(bundle.counsellors.length).toBeGreaterThanOrEqual(1);
    expect(bundle.counsellors.length).toBeLessThanOrEqual(4);
  });

  it('produces rows whose COPY lines have one field per column', () => {
    const generator = make(7);
    const fields = (line: string) => line.slice(0, -1).split('\t').length;
    for (let i = 0; i < 200; i++) {
      const { user, seeker, skills } = generator.seeker();
      expect(fields(copyLine(user, TABLES.users.columns))).toBe(TABLES.users.columns.length);
      expect(fields(copyLine(seeker, TABLES.jobSeekers.columns))).toBe(TABLES.jobSeekers.columns.length);
      for (const skill of skills) expect(fields(copyLine(skill, TABLES.jobSeekerSkills.columns))).toBe(TABLES.jobSeekerSkills.columns.length);
    }
    const employer = generator.employer();
    for (let i = 0; i < 100; i++) {
      const line = copyLine(generator.vacancy(employer.profile).vacancy, TABLES.vacancies.columns);
      expect(line.indexOf('\n')).toBe(line.length - 1);
      expect(fields(line)).toBe(TABLES.vacancies.columns.length);
    }
  });
});

function checkWages(vacancy: VacancyRow): void {
  if (vacancy.wage_min === null || vacancy.wage_max === null) {
    expect(vacancy.wage_min).toBeNull();
    expect(vacancy.wage_max).toBeNull();
    return;
  }
  expect(vacancy.wage_min).toBeLessThanOrEqual(vacancy.wage_max);
  const umk = REGENCY_FACTS[vacancy.regency_code ?? '']?.umk;
  const paysMinimum = ['full_time', 'contract', 'daily'].includes(vacancy.employment_type);
  // Remote vacancies without a regency are paid after the employer's regency: at least the lowest UMK.
  if (paysMinimum) expect(vacancy.wage_min).toBeGreaterThanOrEqual(umk ?? 2_000_000);
}

function checkDates(vacancy: VacancyRow): void {
  const deadline = daysFromNow(vacancy.deadline!);
  if (vacancy.status === 'published') {
    expect(deadline).toBeGreaterThanOrEqual(2);
    expect(deadline).toBeLessThanOrEqual(60);
    expect(vacancy.published_at).not.toBeNull();
    expect(Date.parse(vacancy.published_at!)).toBeLessThanOrEqual(NOW.getTime());
  } else if (vacancy.status === 'draft') {
    expect(vacancy.published_at).toBeNull();
    expect(deadline).toBeGreaterThan(0);
  } else {
    expect(vacancy.status).toBe('closed');
    expect(deadline).toBeLessThan(0);
  }
  expect(Date.parse(vacancy.created_at)).toBeLessThanOrEqual(Date.parse(vacancy.published_at ?? vacancy.created_at));
  // Closed vacancies were closed after their deadline, as the deadline job does; others are not closed.
  if (vacancy.status === 'closed') {
    expect(vacancy.closed_at).not.toBeNull();
    expect(Date.parse(vacancy.closed_at!)).toBeGreaterThanOrEqual(Date.parse(`${vacancy.deadline}T00:00:00+07:00`) + 86_400_000);
    expect(Date.parse(vacancy.closed_at!)).toBeLessThanOrEqual(NOW.getTime());
  } else {
    expect(vacancy.closed_at).toBeNull();
  }
}
