import { buildDemoProvince, DEMO_ACCOUNTS, demoContact } from './province.js';
import { FIXTURE_REFERENCE } from './reference.fixture.js';

const NOW = new Date('2026-03-02T03:00:00Z');
const build = (seed = 11) => buildDemoProvince(FIXTURE_REFERENCE, { passwordHash: 'hash', seed, seekers: 300, employers: 20, vacancies: 60, now: NOW });

describe('buildDemoProvince', () => {
  const province = build();
  const userByEmail = new Map(province.users.map((user) => [user.email, user]));

  it('has exactly one fixed login per role, with the right role, verified', () => {
    for (const [role, account] of Object.entries(DEMO_ACCOUNTS)) {
      const users = province.users.filter((user) => user.email === account.email);
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ role, full_name: account.name, status: 'active' });
      expect(users[0].email_verified_at).not.toBeNull();
    }
    expect(province.logins.map((login) => login.login)).toEqual(Object.values(DEMO_ACCOUNTS).map((account) => account.email));
    expect(province.logins.every((login) => login.password === undefined)).toBe(true);
  });

  it('gives every user the password hash, a unique e-mail and unique phone numbers', () => {
    expect(province.users.every((user) => user.password_hash === 'hash')).toBe(true);
    const emails = province.users.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    const phones = province.users.map((user) => user.phone).filter((phone) => phone !== null);
    expect(phones.length).toBeGreaterThan(0);
    expect(new Set(phones).size).toBe(phones.length);
    for (const phone of phones) expect(phone).toMatch(/^\+628[0-9]{10}$/);
  });

  it('sets up the demo seeker with a complete profile', () => {
    const user = userByEmail.get(DEMO_ACCOUNTS.job_seeker.email)!;
    const seeker = province.jobSeekers.find((row) => row.user_id === user.id)!;
    expect(seeker).toMatchObject({ domicile_regency_code: '3374', searchable: true, status: 'active' });
    expect(province.jobSeekerSkills.filter((skill) => skill.seeker_id === user.id).length).toBeGreaterThanOrEqual(8);
  });

  it('makes the demo employer verified, owned by the demo login, with published vacancies', () => {
    const owner = userByEmail.get(DEMO_ACCOUNTS.employer.email)!;
    const membership = province.employerMembers.find((member) => member.user_id === owner.id)!;
    expect(membership.role).toBe('owner');
    const employer = province.employers.find((row) => row.id === membership.employer_id)!;
    expect(employer.verified_at).not.toBeNull();
    const published = province.vacancies.filter((vacancy) => vacancy.employer_id === employer.id && vacancy.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(6);
  });

  it('puts the BLK login on a verified centre with programmes and cohorts', () => {
    const staff = userByEmail.get(DEMO_ACCOUNTS.training_centre.email)!;
    const membership = province.trainingCentreMembers.find((member) => member.user_id === staff.id)!;
    expect(membership.role).toBe('staff');
    const centre = province.trainingCentres.find((row) => row.id === membership.centre_id)!;
    expect(centre.verified_at).not.toBeNull();
    const programmes = province.trainingProgrammes.filter((programme) => programme.centre_id === centre.id);
    expect(programmes.length).toBeGreaterThan(0);
    expect(province.trainingCohorts.some((cohort) => programmes.some((programme) => programme.id === cohort.programme_id))).toBe(true);
  });

  it('has one counselling office per regency, the counsellor login in Kota Semarang', () => {
    expect(province.counsellingOffices.map((office) => office.regency_code).sort()).toEqual(FIXTURE_REFERENCE.regions.map((region) => region.code).sort());
    const counsellor = userByEmail.get(DEMO_ACCOUNTS.counsellor.email)!;
    const officeId = province.counsellors.find((row) => row.user_id === counsellor.id)!.office_id;
    expect(province.counsellingOffices.find((office) => office.id === officeId)!.regency_code).toBe('3374');
  });

  it('records the admin as verifier', () => {
    const admin = userByEmail.get(DEMO_ACCOUNTS.admin.email)!;
    expect(province.employers.filter((employer) => employer.verified_at !== null).every((employer) => employer.verified_by === admin.id)).toBe(true);
  });

  it('is the same for the same seed, ids apart', () => {
    const again = build();
    expect(again.users.map((user) => user.full_name)).toEqual(province.users.map((user) => user.full_name));
    expect(again.vacancies.map((vacancy) => vacancy.description)).toEqual(province.vacancies.map((vacancy) => vacancy.description));
  });
});

describe('demoContact', () => {
  it('numbers e-mails per role and never gives two users one phone number', () => {
    expect(demoContact('job_seeker', 12).email).toBe('seeker-12@demo.kerjaku.id');
    const phones = new Set<string>();
    let withPhone = 0;
    for (const role of ['job_seeker', 'employer', 'training_centre', 'counsellor'] as const) {
      for (let index = 1; index <= 5000; index++) {
        const { phone } = demoContact(role, index);
        if (phone) {
          withPhone++;
          phones.add(phone);
        }
      }
    }
    expect(phones.size).toBe(withPhone);
  });
});
