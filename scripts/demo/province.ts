/**
 * The demo province as rows (pure): one labour office per regency, BLKs in most regencies,
 * employers with vacancies, job seekers, and one well-known login per role.
 */
import { DEMO_HOME_REGENCY, MOBILE_PREFIXES, VACANCIES_BY_SIZE } from './catalogue.js';
import { Generator, type Contact, type EmployerProfile } from './generator.js';
import { WeightedTable } from './random.js';
import type { ReferenceRows } from './reference.js';
import type {
  CounsellingOfficeRow,
  CounsellorRow,
  EmployerMemberRow,
  EmployerRow,
  JobSeekerRow,
  JobSeekerSkillRow,
  Role,
  TrainingCentreMemberRow,
  TrainingCentreRow,
  TrainingCohortRow,
  TrainingProgrammeRow,
  TrainingProgrammeSkillRow,
  UserRow,
  VacancyRow,
  VacancySkillRow,
} from './rows.js';
import type { Region } from './world.js';

export interface DemoLogin {
  role: Role;
  login: string;
  password?: string;
  name: string;
}

export interface DemoProvinceOptions {
  passwordHash: string;
  seed: number;
  seekers: number;
  employers: number;
  vacancies: number;
  now: Date;
  /** NIBs of employers already in the database. */
  takenNibs?: Iterable<string>;
}

export interface DemoProvince {
  users: UserRow[];
  counsellingOffices: CounsellingOfficeRow[];
  counsellors: CounsellorRow[];
  trainingCentres: TrainingCentreRow[];
  trainingCentreMembers: TrainingCentreMemberRow[];
  trainingProgrammes: TrainingProgrammeRow[];
  trainingProgrammeSkills: TrainingProgrammeSkillRow[];
  trainingCohorts: TrainingCohortRow[];
  employers: EmployerRow[];
  employerMembers: EmployerMemberRow[];
  vacancies: VacancyRow[];
  vacancySkills: VacancySkillRow[];
  jobSeekers: JobSeekerRow[];
  jobSeekerSkills: JobSeekerSkillRow[];
  logins: DemoLogin[];
}

export const DEMO_EMAIL_DOMAIN = 'demo.kerjaku.id';

/** The fixed demo logins, one per role. */
export const DEMO_ACCOUNTS = {
  job_seeker: { email: `seeker@${DEMO_EMAIL_DOMAIN}`, name: 'Dewi Lestari' },
  employer: { email: `employer@${DEMO_EMAIL_DOMAIN}`, name: 'Bambang Setiawan' },
  training_centre: { email: `blk@${DEMO_EMAIL_DOMAIN}`, name: 'Sri Wahyuni' },
  counsellor: { email: `counsellor@${DEMO_EMAIL_DOMAIN}`, name: 'Agus Prasetyo' },
  admin: { email: `admin@${DEMO_EMAIL_DOMAIN}`, name: 'Rina Kusuma' },
} as const satisfies Record<Role, { email: string; name: string }>;

const EMAIL_PREFIX: Record<Role, string> = { job_seeker: 'seeker', employer: 'employer', training_centre: 'blk', counsellor: 'counsellor', admin: 'admin' };
const PHONE_SHARE: Record<Role, number> = { job_seeker: 0.6, employer: 0.3, training_centre: 0.2, counsellor: 0.2, admin: 0 };

/** A cheap integer hash, to decide per index (not per draw) who has a phone number. */
function scramble(value: number): number {
  let x = Math.imul(value ^ (value >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Demo users: `seeker-12@demo.kerjaku.id` and, for some, a mobile number. Numbers are unique:
 * each role has its own operator prefix and the eight digits are a bijection of the index.
 */
export function demoContact(role: Role, index: number): Contact {
  const roleIndex = Object.keys(EMAIL_PREFIX).indexOf(role);
  const hasPhone = scramble(index * 5 + roleIndex) % 1000 < PHONE_SHARE[role] * 1000;
  const digits = String((index * 7_919 + 1_234_567) % 100_000_000).padStart(8, '0');
  return {
    email: `${EMAIL_PREFIX[role]}-${index}@${DEMO_EMAIL_DOMAIN}`,
    phone: hasPhone ? `+62${MOBILE_PREFIXES[roleIndex]}${digits}` : null,
  };
}

const fixed = (role: Role): Contact => ({ email: DEMO_ACCOUNTS[role].email, phone: null });

function emptyProvince(): DemoProvince {
  return {
    users: [],
    counsellingOffices: [],
    counsellors: [],
    trainingCentres: [],
    trainingCentreMembers: [],
    trainingProgrammes: [],
    trainingProgrammeSkills: [],
    trainingCohorts: [],
    employers: [],
    employerMembers: [],
    vacancies: [],
    vacancySkills: [],
    jobSeekers: [],
    jobSeekerSkills: [],
    logins: [],
  };
}

function addCounselling(generator: Generator, province: DemoProvince, home: Region): string {
  let officeName = '';
  for (const region of generator.world.regions) {
    const first = region.code === home.code ? { name: DEMO_ACCOUNTS.counsellor.name, contact: fixed('counsellor') } : undefined;
    const bundle = generator.counsellingOffice(region, first);
    if (first) officeName = bundle.office.name;
    province.counsellingOffices.push(bundle.office);
    province.users.push(...bundle.users);
    province.counsellors.push(...bundle.counsellors);
  }
  return officeName;
}

/** A BLK in about 70 % of the regencies, always one in the home regency (the demo login's). */
function addTrainingCentres(generator: Generator, province: DemoProvince, home: Region): string {
  let centreName = '';
  for (const region of generator.world.regions) {
    const isHome = region.code === home.code;
    if (!isHome && !generator.rng.chance(0.7)) continue;
    const bundle = isHome
      ? generator.trainingCentre(region, { staffName: DEMO_ACCOUNTS.training_centre.name, verified: true, minProgrammes: 5 }, fixed('training_centre'))
      : generator.trainingCentre(region);
    if (isHome) centreName = bundle.centre.name;
    province.trainingCentres.push(bundle.centre);
    province.users.push(...bundle.users);
    province.trainingCentreMembers.push(...bundle.members);
    province.trainingProgrammes.push(...bundle.programmes);
    province.trainingProgrammeSkills.push(...bundle.programmeSkills);
    province.trainingCohorts.push(...bundle.cohorts);
  }
  return centreName;
}

function addEmployers(generator: Generator, province: DemoProvince, home: Region, count: number): EmployerProfile[] {
  const profiles: EmployerProfile[] = [];
  for (let i = 0; i < count; i++) {
    const bundle =
      i === 0
        ? generator.employer(
            { name: 'PT Sinar Jaya Garmen', regionCode: home.code, sectorCode: 'garment_textile', size: 'medium', ownerName: DEMO_ACCOUNTS.employer.name, verified: true },
            fixed('employer'),
          )
        : generator.employer();
    province.employers.push(bundle.employer);
    province.users.push(...bundle.users);
    province.employerMembers.push(...bundle.members);
    profiles.push(bundle.profile);
  }
  return profiles;
}

/** The demo employer gets six published vacancies; the rest go to employers by size. */
function addVacancies(generator: Generator, province: DemoProvince, profiles: EmployerProfile[], count: number): void {
  if (profiles.length === 0) return;
  const bySize = new WeightedTable(profiles, profiles.map((profile) => VACANCIES_BY_SIZE[profile.size] ?? 1));
  for (let i = 0; i < count; i++) {
    const bundle = i < 6 ? generator.vacancy(profiles[0], 'published') : generator.vacancy(generator.rng.weighted(bySize));
    province.vacancies.push(bundle.vacancy);
    province.vacancySkills.push(...bundle.skills);
  }
}

function addSeekers(generator: Generator, province: DemoProvince, home: Region, count: number): void {
  for (let i = 0; i < count; i++) {
    const bundle =
      i === 0
        ? generator.seeker(
            { fullName: DEMO_ACCOUNTS.job_seeker.name, gender: 'F', regionCode: home.code, educationCode: 'SMK', fieldCode: 'tata-busana', complete: true },
            fixed('job_seeker'),
          )
        : generator.seeker();
    province.users.push(bundle.user);
    province.jobSeekers.push(bundle.seeker);
    province.jobSeekerSkills.push(...bundle.skills);
  }
}

/** Builds every row of the demo province; nothing is written. */
export function buildDemoProvince(reference: ReferenceRows, options: DemoProvinceOptions): DemoProvince {
  const generator = new Generator(reference, {
    seed: options.seed,
    now: options.now,
    passwordHash: options.passwordHash,
    contact: demoContact,
    takenNibs: options.takenNibs,
  });
  const home = generator.world.regionByCode.get(DEMO_HOME_REGENCY) ?? generator.world.regions[0];
  const province = emptyProvince();

  const admin = generator.user('admin', DEMO_ACCOUNTS.admin.name, new Date(options.now.getTime() - 730 * 86_400_000).toISOString(), fixed('admin'));
  province.users.push(admin);
  generator.verifierId = admin.id;

  const officeName = addCounselling(generator, province, home);
  const centreName = addTrainingCentres(generator, province, home);
  const profiles = addEmployers(generator, province, home, Math.max(1, options.employers));
  addVacancies(generator, province, profiles, options.vacancies);
  addSeekers(generator, province, home, Math.max(1, options.seekers));

  province.logins = [
    { role: 'job_seeker', login: DEMO_ACCOUNTS.job_seeker.email, name: `${DEMO_ACCOUNTS.job_seeker.name}, pencari kerja di ${home.label}` },
    { role: 'employer', login: DEMO_ACCOUNTS.employer.email, name: `${DEMO_ACCOUNTS.employer.name}, pemilik ${profiles[0].name}` },
    { role: 'training_centre', login: DEMO_ACCOUNTS.training_centre.email, name: `${DEMO_ACCOUNTS.training_centre.name}, staf ${centreName}` },
    { role: 'counsellor', login: DEMO_ACCOUNTS.counsellor.email, name: `${DEMO_ACCOUNTS.counsellor.name}, konselor ${officeName}` },
    { role: 'admin', login: DEMO_ACCOUNTS.admin.email, name: `${DEMO_ACCOUNTS.admin.name}, admin provinsi` },
  ];
  return province;
}
