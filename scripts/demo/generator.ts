/**
 * Pure generators of synthetic rows for the demo province and the benchmark data: no database
 * access. Everything random comes from one seeded generator, so the same seed, reference rows and
 * `now` give the same rows (ids apart, which are time-ordered UUIDs unique per run).
 */
import {
  ACCOMMODATIONS,
  AGE_BANDS,
  COMPANY_WORDS,
  EMPLOYER_SIZES,
  EMPLOYMENT_TYPES,
  FEMALE_FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  FEMALE_MONONYMS,
  INDUSTRIAL_ESTATES,
  LABOUR_OFFICE_NAMES,
  LEGAL_FORMS,
  MALE_FAMILY_NAMES,
  MALE_GIVEN_NAMES,
  MALE_MONONYMS,
  PROGRAMME_HOURS,
  STREET_NAMES,
  minimumAgeForRank,
  type EmploymentType,
  type Sector,
} from './catalogue.js';
import { UuidSource } from './ids.js';
import { Random, WeightedTable } from './random.js';
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
import { programmeDescription, vacancyDescription } from './text.js';
import { World, type Occupation, type Region } from './world.js';

const DAY_MS = 86_400_000;
/** Dates are calendar dates in Western Indonesia Time (UTC+7). */
const WIB_OFFSET_MS = 7 * 3_600_000;

export interface Contact {
  email: string | null;
  phone: string | null;
}
/** The e-mail address and phone number of the `index`-th (from 1) generated user of a role. */
export type ContactPolicy = (role: Role, index: number) => Contact;

export interface GeneratorOptions {
  seed: number;
  /** The moment the data is generated for: ages, deadlines and cohort dates are relative to it. */
  now: Date;
  passwordHash: string;
  contact: ContactPolicy;
  ids?: UuidSource;
  /** NIBs already in the database; never handed out again. */
  takenNibs?: Iterable<string>;
  /** The admin recorded as verifier of verified employers and training centres, or null. */
  verifierId?: string | null;
}

export interface SeekerBundle {
  user: UserRow;
  seeker: JobSeekerRow;
  skills: JobSeekerSkillRow[];
}

export interface SeekerOverrides {
  fullName?: string;
  gender?: 'F' | 'M';
  regionCode?: string;
  educationCode?: string;
  fieldCode?: string;
  /** A showcase profile: searchable, active, with a field of study, a wage, and 8 or more skills. */
  complete?: boolean;
}

/** What vacancies need to know of their employer. */
export interface EmployerProfile {
  id: string;
  name: string;
  sector: Sector;
  size: EmployerRow['size'];
  regionCode: string;
  ownerId: string;
  occupations: WeightedTable<Occupation>;
}

export interface EmployerBundle {
  employer: EmployerRow;
  users: UserRow[];
  members: EmployerMemberRow[];
  profile: EmployerProfile;
}

export interface EmployerOverrides {
  name?: string;
  regionCode?: string;
  sectorCode?: string;
  size?: EmployerRow['size'];
  ownerName?: string;
  verified?: boolean;
}

export interface VacancyBundle {
  vacancy: VacancyRow;
  skills: VacancySkillRow[];
}

export interface TrainingCentreBundle {
  centre: TrainingCentreRow;
  users: UserRow[];
  members: TrainingCentreMemberRow[];
  programmes: TrainingProgrammeRow[];
  programmeSkills: TrainingProgrammeSkillRow[];
  cohorts: TrainingCohortRow[];
}

export interface TrainingCentreOverrides {
  staffName?: string;
  verified?: boolean;
  minProgrammes?: number;
}

export interface CounsellingOfficeBundle {
  office: CounsellingOfficeRow;
  users: UserRow[];
  counsellors: CounsellorRow[];
}

const SIZE_TABLE = WeightedTable.of(EMPLOYER_SIZES);
const LEGAL_FORM_TABLE = WeightedTable.of(LEGAL_FORMS);
const EMPLOYMENT_TYPE_TABLE = WeightedTable.of(EMPLOYMENT_TYPES);
const LABOUR_OFFICE_TABLE = WeightedTable.of(LABOUR_OFFICE_NAMES);
const HOURS_TABLE = WeightedTable.of(PROGRAMME_HOURS);
const AGE_BAND_TABLE = WeightedTable.of(AGE_BANDS.map((band) => [band, band[2]] as const));
const COMMUTE_TABLE = WeightedTable.of<number>([
  [5, 1],
  [10, 3],
  [15, 3],
  [20, 3],
  [25, 4],
  [30, 3],
  [40, 2],
  [50, 1],
  [75, 0.5],
]);
const VACANCY_STATUS_TABLE = WeightedTable.of<VacancyRow['status']>([
  ['published', 85],
  ['draft', 8],
  ['closed', 7],
]);
const SEEKER_STATUS_TABLE = WeightedTable.of<JobSeekerRow['status']>([
  ['active', 90],
  ['inactive', 7],
  ['placed', 3],
]);
/** Age from which people of an education rank have work experience (index = rank; 15 is the youngest legal working age for light work). */
const WORK_START_AGE = [15, 15, 16, 18, 19, 20, 21, 22, 24, 28];
/** Expected wage relative to the regency's UMK, by education rank (assumed). */
const WAGE_FACTOR_BY_RANK = [0.95, 0.95, 0.95, 1, 1.08, 1.1, 1.12, 1.3, 1.6, 2];
/** Offered wage relative to the UMK by job zone (assumed). */
const WAGE_FACTOR_BY_ZONE = [1, 1, 1.03, 1.15, 1.4, 1.9];
const REMOTE_FRIENDLY_GROUPS = new Set(['ict', 'creative-media', 'office-admin', 'accounting-finance', 'languages']);

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const ceilTo = (value: number, step: number) => Math.ceil(value / step) * step;

export class Generator {
  readonly world: World;
  readonly rng: Random;
  readonly ids: UuidSource;
  private readonly nowMs: number;
  private readonly passwordHash: string;
  private readonly contact: ContactPolicy;
  /** The admin recorded as verifier of verified employers and training centres. */
  verifierId: string | null;
  private readonly takenNibs: Set<string>;
  private readonly roleCounters = new Map<Role, number>();

  constructor(reference: ReferenceRows | World, options: GeneratorOptions) {
    this.world = reference instanceof World ? reference : new World(reference);
    this.rng = new Random(options.seed);
    this.ids = options.ids ?? new UuidSource(options.now.getTime());
    this.nowMs = options.now.getTime();
    this.passwordHash = options.passwordHash;
    this.contact = options.contact;
    this.verifierId = options.verifierId ?? null;
    this.takenNibs = new Set(options.takenNibs ?? []);
  }

  // ---- time -------------------------------------------------------------------------------------

  /** An ISO timestamp between `maxDays` and `minDays` days ago. */
  private daysAgo(minDays: number, maxDays: number): string {
    return new Date(this.nowMs - this.rng.float(minDays, maxDays) * DAY_MS).toISOString();
  }

  /** An ISO timestamp a little (up to `maxDays`) after `from`, never in the future. */
  private shortlyAfter(from: string, maxDays: number): string {
    const at = Math.min(this.nowMs, Date.parse(from) + this.rng.float(0, maxDays) * DAY_MS);
    return new Date(at).toISOString();
  }

  /** The calendar date (WIB) `days` days from now; negative for the past. */
  private dateFromNow(days: number): string {
    return new Date(this.nowMs + WIB_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
  }

  /** A birth date for someone who is `age` years old now. */
  private birthDate(age: number): string {
    const daysIntoYear = 1 + this.rng.float(0, 363);
    return this.dateFromNow(-(age * 365.25 + daysIntoYear));
  }

  // ---- people -----------------------------------------------------------------------------------

  /** An Indonesian (mostly Javanese) full name; single-word names are common among older people. */
  personName(gender: 'F' | 'M', age = 35): string {
    const female = gender === 'F';
    const roll = this.rng.next();
    if (roll < (age >= 40 ? 0.2 : 0.02)) return this.rng.pick(female ? FEMALE_MONONYMS : MALE_MONONYMS);
    const given = this.rng.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
    const family = this.rng.pick(female ? FEMALE_FAMILY_NAMES : MALE_FAMILY_NAMES);
    if (roll > 0.8) {
      const middle = this.rng.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
      if (middle !== given) return `${given} ${middle} ${family}`;
    }
    return `${given} ${family}`;
  }

  private nextIndex(role: Role): number {
    const index = (this.roleCounters.get(role) ?? 0) + 1;
    this.roleCounters.set(role, index);
    return index;
  }

  /** A user account; `contact` overrides the policy's e-mail and phone (for the fixed demo logins). */
  user(role: Role, fullName: string, createdAt: string, contact?: Contact): UserRow {
    const { email, phone } = contact ?? this.contact(role, this.nextIndex(role));
    return {
      id: this.ids.next(),
      email,
      phone,
      password_hash: this.passwordHash,
      role,
      full_name: fullName,
      status: 'active',
      email_verified_at: email ? this.shortlyAfter(createdAt, 0.02) : null,
      created_at: createdAt,
      updated_at: createdAt,
    };
  }

  // ---- job seekers ------------------------------------------------------------------------------

  private age(minimum: number): number {
    for (;;) {
      const [from, to] = this.rng.weighted(AGE_BAND_TABLE);
      if (to >= minimum) return this.rng.int(Math.max(from, minimum), to);
    }
  }

  private fieldOfStudy(levelCode: string, rank: number, complete: boolean): string | null {
    const fields = this.world.fieldsFor(levelCode);
    if (!fields) return null;
    const noFieldChance = complete ? 0 : rank <= 2 ? 0.5 : 0.05;
    return this.rng.chance(noFieldChance) ? null : this.rng.weighted(fields).code;
  }

  private experienceMonths(age: number, rank: number): number {
    const years = age - (WORK_START_AGE[Math.min(rank, WORK_START_AGE.length - 1)] ?? 18);
    if (years <= 0 || this.rng.chance(0.3)) return 0;
    return Math.min(480, this.rng.int(3, Math.max(3, Math.round(years * 12 * 0.8))));
  }

  /**
   * 1–2 occupations the person worked in or studied for; the first is in their field of study for
   * most people who have one (always for a showcase profile).
   */
  private pastOccupations(levelCode: string, fieldCode: string | null, complete: boolean): Occupation[] {
    const general = this.world.seekerOccupations(levelCode);
    const inField = fieldCode ? this.world.fieldOccupations(levelCode, fieldCode) : null;
    const first = this.rng.weighted(inField && (complete || this.rng.chance(0.7)) ? inField : general);
    if (!this.rng.chance(0.45)) return [first];
    const second = this.rng.weighted(general);
    return second.code === first.code ? [first] : [first, second];
  }

  /**
   * 3–12 skill ids: mostly the skills of the past occupations (the first one most), then skills
   * related to those, and a few from anywhere.
   */
  private seekerSkillIds(occupations: Occupation[], count: number): number[] {
    const chosen = new Set<number>();
    const [first, second] = occupations;
    for (let attempt = 0; chosen.size < count && attempt < count * 6; attempt++) {
      const roll = this.rng.next();
      if (roll < 0.55 || (roll < 0.8 && !second)) chosen.add(this.rng.pick(first.skillIds));
      else if (roll < 0.8) chosen.add(this.rng.pick(second.skillIds));
      else if (roll < 0.95 && chosen.size > 0) {
        const related = this.world.relatedSkills.get(this.rng.pick([...chosen]));
        if (related && related.length > 0) chosen.add(this.rng.pick(related.slice(0, 4)));
      } else chosen.add(this.rng.pick(this.world.reference.skills).id);
    }
    // Occupations with very few skills: top up from the first occupation's skill group, then from anywhere.
    const sameGroup = this.world.skillIdsByGroup.get(first.mainGroup) ?? [];
    for (let attempt = 0; chosen.size < count && attempt < 50; attempt++) {
      chosen.add(attempt < 25 && sameGroup.length > 0 ? this.rng.pick(sameGroup) : this.rng.pick(this.world.reference.skills).id);
    }
    return [...chosen];
  }

  private seekerSkills(seekerId: string, occupations: Occupation[], count: number, experienceMonths: number, rank: number): JobSeekerSkillRow[] {
    const primary = new Set(occupations[0].skillIds);
    const certifiedChance = rank >= 3 && rank <= 6 ? 0.15 : 0.07;
    return this.seekerSkillIds(occupations, count).map((skillId) => {
      const level = this.rng.normalInt(2 + Math.min(2, experienceMonths / 36) + (primary.has(skillId) ? 0.3 : 0), 0.9, 1, 5);
      // A certificate (BNSP, BLK) attests a working level of the skill.
      const certified = level >= 3 && this.rng.chance(certifiedChance);
      return { seeker_id: seekerId, skill_id: skillId, level, source: certified ? 'certified' : 'declared' };
    });
  }

  private expectedWage(region: Region, rank: number, experienceMonths: number): number {
    const factor = WAGE_FACTOR_BY_RANK[Math.min(rank, WAGE_FACTOR_BY_RANK.length - 1)] * (1 + Math.min(0.2, experienceMonths / 600));
    return roundTo(region.facts.umk * factor * Math.exp(this.rng.normal(0, 0.12)), 50_000);
  }

  private preferredRegencies(home: Region): string[] {
    const regencies = [home.code];
    const nearby = this.rng.chance(0.5) ? (this.rng.chance(0.5) ? 2 : 1) : 0;
    regencies.push(...this.rng.sample(home.neighbours.slice(0, 4), nearby));
    if (this.rng.chance(0.05)) {
      const far = this.rng.pick(this.world.regions).code;
      if (!regencies.includes(far)) regencies.push(far);
    }
    return regencies;
  }

  private seekerEmploymentTypes(age: number, rank: number): EmploymentType[] {
    const types: EmploymentType[] = [];
    if (this.rng.chance(0.9)) types.push('full_time');
    if (this.rng.chance(0.6)) types.push('contract');
    if (this.rng.chance(0.2)) types.push('part_time');
    if (this.rng.chance(rank <= 3 ? 0.15 : 0.03)) types.push('daily');
    if (this.rng.chance(age <= 24 ? 0.3 : 0.03)) types.push('internship');
    return types.length > 0 ? types : ['full_time'];
  }

  private preferredOccupations(occupations: Occupation[], levelCode: string): string[] {
    const codes = occupations.map((occupation) => occupation.code);
    if (this.rng.chance(0.25)) {
      const extra = this.rng.weighted(this.world.seekerOccupations(levelCode)).code;
      if (!codes.includes(extra)) codes.push(extra);
    }
    return codes;
  }

  /** A job seeker: account, profile and skills. */
  seeker(overrides: SeekerOverrides = {}, contact?: Contact): SeekerBundle {
    const complete = overrides.complete ?? false;
    const gender = overrides.gender ?? (this.rng.chance(0.5) ? 'F' : 'M');
    const level = (overrides.educationCode && this.world.educationByCode.get(overrides.educationCode)) || this.rng.weighted(this.world.educationTable);
    const age = this.age(minimumAgeForRank(level.rank));
    const region = overrides.regionCode ? this.world.region(overrides.regionCode) : this.rng.weighted(this.world.regionsByPopulation);
    const wantedField = overrides.fieldCode ? this.world.fieldByCode.get(overrides.fieldCode) : undefined;
    const field = wantedField?.levels.includes(level.code) ? wantedField.code : this.fieldOfStudy(level.code, level.rank, complete);
    const occupations = this.pastOccupations(level.code, field, complete);
    const experience = this.experienceMonths(age, level.rank);
    const createdAt = this.daysAgo(0, 540);
    const user = this.user('job_seeker', overrides.fullName ?? this.personName(gender, age), createdAt, contact);
    const skillCount = complete ? this.rng.int(8, 10) : this.rng.normalInt(6, 2, 3, 12);
    const seeker: JobSeekerRow = {
      user_id: user.id,
      birth_date: this.birthDate(age),
      gender,
      domicile_regency_code: region.code,
      education_level: level.code,
      field_of_study: field,
      experience_months: experience,
      expected_wage_min: !complete && this.rng.chance(0.08) ? null : this.expectedWage(region, level.rank, experience),
      max_commute_km: this.rng.weighted(COMMUTE_TABLE),
      open_to_remote: this.rng.chance(level.rank >= 6 ? 0.3 : 0.1),
      preferred_occupations: this.preferredOccupations(occupations, level.code),
      preferred_regencies: this.preferredRegencies(region),
      employment_types: this.seekerEmploymentTypes(age, level.rank),
      searchable: complete || this.rng.chance(0.95),
      status: complete ? 'active' : this.rng.weighted(SEEKER_STATUS_TABLE),
      created_at: createdAt,
      updated_at: this.shortlyAfter(createdAt, 30),
    };
    return { user, seeker, skills: this.seekerSkills(user.id, occupations, skillCount, experience, level.rank) };
  }

  // ---- employers and vacancies ------------------------------------------------------------------

  private companyName(sector: Sector): string {
    const form = this.rng.weighted(LEGAL_FORM_TABLE);
    const first = this.rng.pick(COMPANY_WORDS);
    let second = this.rng.pick(COMPANY_WORDS);
    if (second === first) second = 'Bersama';
    if (form === 'Koperasi') return `Koperasi ${first} ${second}`;
    const words = [first];
    if (this.rng.chance(0.6)) words.push(second);
    if (this.rng.chance(0.75) || words.length === 1) words.push(this.rng.pick(sector.nameWords));
    return `${form} ${words.join(' ')}`;
  }

  /** A 13-digit Nomor Induk Berusaha not handed out before. */
  private nib(): string {
    for (;;) {
      const candidate = `${this.rng.int(1, 9)}${this.rng.digits(12)}`;
      if (!this.takenNibs.has(candidate)) {
        this.takenNibs.add(candidate);
        return candidate;
      }
    }
  }

  /** A street address in the region ("Jl. Pemuda No. 12, Kota Semarang"). */
  address(region: Region): string {
    return `${this.rng.pick(STREET_NAMES)} No. ${this.rng.int(1, 250)}, ${region.label}`;
  }

  private employerAddress(region: Region, size: EmployerRow['size']): string {
    const estates = INDUSTRIAL_ESTATES[region.code];
    if (estates && (size === 'medium' || size === 'large') && this.rng.chance(0.5)) {
      return `${this.rng.pick(estates)} Blok ${String.fromCharCode(65 + this.rng.int(0, 7))}-${this.rng.int(1, 40)}, ${region.label}`;
    }
    return this.address(region);
  }

  /** The occupations an employer hires for, about two thirds in its own trades; the first ones most often. */
  private employerOccupations(sector: Sector, size: EmployerRow['size']): WeightedTable<Occupation> {
    const wanted = { micro: 3, small: 5, medium: 8, large: 12 }[size];
    const tables = this.world.sectorOccupations(sector);
    const chosen = new Map<string, Occupation>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 5; attempt++) {
      const occupation = this.rng.weighted(chosen.size === 0 || this.rng.chance(0.65) ? tables.core : tables.support);
      chosen.set(occupation.code, occupation);
    }
    const occupations = [...chosen.values()];
    return new WeightedTable(occupations, occupations.map((_, index) => 1 / (index + 1)));
  }

  /** An employer with its owner (and sometimes a second member) and the profile its vacancies draw on. */
  employer(overrides: EmployerOverrides = {}, ownerContact?: Contact): EmployerBundle {
    const wantedSector = this.world.sectorTable.items.find((item) => item.code === overrides.sectorCode);
    const sector = wantedSector ?? this.rng.weighted(this.world.sectorTable);
    const size = overrides.size ?? this.rng.weighted(SIZE_TABLE);
    const region = overrides.regionCode ? this.world.region(overrides.regionCode) : this.rng.weighted(this.world.regionsByIndustry);
    const createdAt = this.daysAgo(20, 720);
    const verified = overrides.verified ?? this.rng.chance(0.8);
    const ownerGender = this.rng.chance(0.5) ? 'F' : 'M';
    const owner = this.user('employer', overrides.ownerName ?? this.personName(ownerGender), createdAt, ownerContact);
    const employer: EmployerRow = {
      id: this.ids.next(),
      name: overrides.name ?? this.companyName(sector),
      nib: this.nib(),
      sector: sector.code,
      size,
      address: this.employerAddress(region, size),
      regency_code: region.code,
      verified_at: verified ? this.shortlyAfter(createdAt, 10) : null,
      verified_by: verified ? this.verifierId : null,
      created_at: createdAt,
      updated_at: createdAt,
    };
    const users = [owner];
    const members: EmployerMemberRow[] = [{ employer_id: employer.id, user_id: owner.id, role: 'owner', created_at: createdAt }];
    if (this.rng.chance(size === 'micro' ? 0.05 : size === 'small' ? 0.2 : 0.4)) {
      const joined = this.shortlyAfter(createdAt, 60);
      const member = this.user('employer', this.personName(this.rng.chance(0.5) ? 'F' : 'M'), joined);
      users.push(member);
      members.push({ employer_id: employer.id, user_id: member.id, role: 'member', created_at: joined });
    }
    const profile: EmployerProfile = {
      id: employer.id,
      name: employer.name,
      sector,
      size,
      regionCode: region.code,
      ownerId: owner.id,
      occupations: this.employerOccupations(sector, size),
    };
    return { employer, users, members, profile };
  }

  /** The profile of an employer already in the database, so that new vacancies can be posted for it. */
  profileFor(existing: { id: string; name: string; sectorCode: string; size: EmployerRow['size']; regionCode: string; ownerId: string }): EmployerProfile {
    const sector = this.world.sectorTable.items.find((item) => item.code === existing.sectorCode) ?? this.rng.weighted(this.world.sectorTable);
    const regionCode = this.world.regionByCode.has(existing.regionCode) ? existing.regionCode : this.rng.weighted(this.world.regionsByIndustry).code;
    const { id, name, size, ownerId } = existing;
    return { id, name, sector, size, regionCode, ownerId, occupations: this.employerOccupations(sector, size) };
  }

  private vacancyTitle(occupation: Occupation, type: EmploymentType): string {
    switch (type) {
      case 'internship':
        return `Peserta Magang ${occupation.titleId}`;
      case 'daily':
        return `${occupation.titleId} (Harian)`;
      case 'part_time':
        return `${occupation.titleId} (Paruh Waktu)`;
      case 'contract':
        return `${occupation.titleId} (Kontrak)`;
      default:
        return occupation.titleId;
    }
  }

  private experienceRequired(jobZone: number): number {
    const options: Record<number, number[]> = { 1: [0], 2: [0, 0, 0, 6, 12], 3: [0, 12, 12, 24], 4: [12, 24, 36], 5: [24, 36, 60] };
    return this.rng.pick(options[jobZone] ?? [0]);
  }

  /** Offered monthly wage range, or nulls when the employer does not publish it. */
  private wageRange(region: Region, occupation: Occupation, type: EmploymentType): [number | null, number | null] {
    if (this.rng.chance(0.1)) return [null, null];
    const umk = region.facts.umk;
    let base = umk * (WAGE_FACTOR_BY_ZONE[occupation.jobZone] ?? 1) * Math.exp(this.rng.normal(0, 0.08));
    if (type === 'part_time') base *= 0.55;
    else if (type === 'internship') base *= 0.6;
    // Full-time, contract and daily work may not pay below the regency's minimum wage.
    else base = Math.max(base, umk);
    const min = type === 'part_time' || type === 'internship' ? roundTo(base, 50_000) : ceilTo(base, 50_000);
    return [min, roundTo(min * this.rng.float(1.05, 1.4), 50_000)];
  }

  private openings(size: EmployerRow['size'], jobZone: number): number {
    if (jobZone <= 2 && (size === 'large' || size === 'medium') && this.rng.chance(0.5)) return this.rng.int(5, size === 'large' ? 40 : 15);
    const roll = this.rng.next();
    return roll < 0.45 ? 1 : roll < 0.85 ? this.rng.int(2, 5) : this.rng.int(6, 12);
  }

  private vacancyDates(status: VacancyRow['status']): Pick<VacancyRow, 'created_at' | 'published_at' | 'deadline' | 'closed_at'> {
    if (status === 'draft') {
      return { created_at: this.daysAgo(0, 14), published_at: null, deadline: this.dateFromNow(this.rng.int(14, 60)), closed_at: null };
    }
    if (status === 'published') {
      const published = this.rng.float(0, 45);
      return {
        created_at: new Date(this.nowMs - (published + this.rng.float(0, 3)) * DAY_MS).toISOString(),
        published_at: new Date(this.nowMs - published * DAY_MS).toISOString(),
        deadline: this.dateFromNow(this.rng.int(2, 60)),
        closed_at: null,
      };
    }
    const published = this.rng.float(30, 120);
    const deadline = this.dateFromNow(-this.rng.int(1, 25));
    return {
      created_at: new Date(this.nowMs - (published + this.rng.float(0, 3)) * DAY_MS).toISOString(),
      published_at: new Date(this.nowMs - published * DAY_MS).toISOString(),
      deadline,
      // Closed by the worker's deadline job early on the day after the deadline (01:00 WIB).
      closed_at: new Date(Math.min(this.nowMs, Date.parse(`${deadline}T01:00:00+07:00`) + DAY_MS)).toISOString(),
    };
  }

  private vacancySkills(vacancyId: string, occupation: Occupation): VacancySkillRow[] {
    const own = this.rng.shuffle(occupation.skillIds.slice());
    const requiredCount = Math.min(own.length, this.rng.int(3, 6));
    const required = own.slice(0, requiredCount);
    const preferred = new Set(this.rng.sample(own.slice(requiredCount), this.rng.int(0, 2)));
    const relatedCount = this.rng.int(0, 2);
    for (let i = 0; i < relatedCount; i++) {
      const related = this.world.relatedSkills.get(this.rng.pick(required)) ?? [];
      const candidate = related.length > 0 ? this.rng.pick(related.slice(0, 4)) : undefined;
      if (candidate !== undefined && !required.includes(candidate)) preferred.add(candidate);
    }
    return [
      ...required.map((skillId, index) => ({
        vacancy_id: vacancyId,
        skill_id: skillId,
        importance: 'required' as const,
        weight: Math.max(1.5, roundTo(5 - index * 0.75 - this.rng.float(0, 0.5), 0.5)),
      })),
      ...[...preferred].map((skillId) => ({ vacancy_id: vacancyId, skill_id: skillId, importance: 'preferred' as const, weight: this.rng.pick([0.5, 1, 1.5]) })),
    ];
  }

  private vacancyPlace(employer: EmployerProfile, occupation: Occupation): { region: Region; regionCode: string | null; remote: boolean } {
    const home = this.world.region(employer.regionCode);
    const region = this.rng.chance(0.85) ? home : this.world.region(this.rng.pick(home.neighbours.slice(0, 3)));
    const remote = occupation.jobZone >= 3 && REMOTE_FRIENDLY_GROUPS.has(occupation.mainGroup) && this.rng.chance(0.15);
    return { region, regionCode: remote && this.rng.chance(0.4) ? null : region.code, remote };
  }

  /** A vacancy of the employer, with its required and preferred skills. */
  vacancy(employer: EmployerProfile, forceStatus?: VacancyRow['status']): VacancyBundle {
    const occupation = this.rng.weighted(employer.occupations);
    const type = this.rng.weighted(EMPLOYMENT_TYPE_TABLE);
    const status = forceStatus ?? this.rng.weighted(VACANCY_STATUS_TABLE);
    const place = this.vacancyPlace(employer, occupation);
    const [wageMin, wageMax] = this.wageRange(place.region, occupation, type);
    const fields = occupation.jobZone >= 3 && this.rng.chance(0.4) ? this.rng.sample(this.world.fieldsForOccupation(occupation), this.rng.int(1, 2)) : [];
    const accommodations = this.rng.chance(0.2) ? this.rng.sample(ACCOMMODATIONS, this.rng.int(1, 3)) : [];
    if (place.remote && !accommodations.includes('remote_possible')) accommodations.push('remote_possible');
    const dates = this.vacancyDates(status);
    const id = this.ids.next();
    const skills = this.vacancySkills(id, occupation);
    const skillName = (row: VacancySkillRow) => this.world.skillById.get(row.skill_id)?.nameId ?? '';
    const openings = this.openings(employer.size, occupation.jobZone);
    const experience = this.experienceRequired(occupation.jobZone);
    const title = this.vacancyTitle(occupation, type);
    const description = vacancyDescription(this.rng, {
      companyName: employer.name,
      sectorDescription: employer.sector.description,
      regionLabel: place.regionCode ? place.region.label : null,
      title,
      occupationTitle: occupation.titleId,
      jobZone: occupation.jobZone,
      openings,
      employmentType: type,
      educationName: this.world.educationByCode.get(occupation.educationMin)?.nameId ?? occupation.educationMin,
      fieldNames: fields.map((code) => this.world.fieldByCode.get(code)?.nameId ?? code),
      experienceMonths: experience,
      requiredSkills: skills.filter((row) => row.importance === 'required').map(skillName),
      preferredSkills: skills.filter((row) => row.importance === 'preferred').map(skillName),
      wageMin,
      wageMax,
      isRemote: place.remote,
      accommodations,
      deadline: dates.deadline,
    });
    const vacancy: VacancyRow = {
      id,
      employer_id: employer.id,
      occupation_code: occupation.code,
      title,
      description,
      regency_code: place.regionCode,
      is_remote: place.remote,
      wage_min: wageMin,
      wage_max: wageMax,
      employment_type: type,
      openings,
      education_min: occupation.educationMin,
      fields_of_study: fields,
      experience_min_months: experience,
      accommodations,
      status,
      deadline: dates.deadline,
      published_at: dates.published_at,
      closed_at: dates.closed_at,
      created_by: employer.ownerId,
      created_at: dates.created_at,
      updated_at: dates.closed_at ?? dates.published_at ?? dates.created_at,
    };
    return { vacancy, skills };
  }

  // ---- training centres -------------------------------------------------------------------------

  private programmeTitle(occupation: Occupation): string {
    return this.rng.pick([
      `Pelatihan Berbasis Kompetensi ${occupation.titleId}`,
      `Pelatihan ${occupation.titleId}`,
      `Pelatihan Keterampilan ${occupation.titleId}`,
      `Pelatihan Institusional ${occupation.titleId}`,
    ]);
  }

  /** Skills a programme confers: most of the anchor occupation's, a couple of related occupations'. */
  private programmeSkillIds(anchor: Occupation): number[] {
    const ids = new Set(this.rng.sample(anchor.skillIds, 6));
    const siblings = (this.world.occupationsByMainGroup.get(anchor.mainGroup) ?? []).filter((other) => other.code !== anchor.code);
    for (const sibling of this.rng.sample(siblings, this.rng.int(1, 2))) {
      for (const id of this.rng.sample(sibling.skillIds, 2)) ids.add(id);
    }
    return [...ids].slice(0, 10);
  }

  private cohorts(programmeId: string, hours: number, instructors: string[], createdAt: string): TrainingCohortRow[] {
    const durationDays = Math.ceil(hours / 7 / 5) * 7;
    const count = this.rng.int(1, 3);
    // Days from now: most cohorts start in the coming five months, some are already running.
    const startDay = () => (this.rng.chance(0.2) ? -this.rng.int(1, Math.max(1, durationDays - 2)) : this.rng.int(7, 150));
    const starts = Array.from({ length: count }, startDay).sort((a, b) => a - b);
    return starts.map((startDay) => ({
      id: this.ids.next(),
      programme_id: programmeId,
      starts_on: this.dateFromNow(startDay),
      ends_on: this.dateFromNow(startDay + durationDays - 1),
      capacity: this.rng.int(16, 32),
      instructor_user_id: instructors.length > 0 ? this.rng.pick(instructors) : null,
      status: startDay <= 0 ? 'running' : 'open',
      created_at: this.shortlyAfter(createdAt, 30),
    }));
  }

  /** BLK programmes are open to school leavers: never more than upper secondary is asked for. */
  private programmeEducation(anchor: Occupation): string {
    const cap = this.world.trainingEducationCap;
    return cap && anchor.educationRank > cap.rank ? cap.code : anchor.educationMin;
  }

  private programme(centre: TrainingCentreRow, anchor: Occupation, instructors: string[]) {
    const education = this.programmeEducation(anchor);
    const hours = this.rng.weighted(HOURS_TABLE);
    const cost = this.rng.chance(0.85) ? 0 : roundTo(this.rng.float(500_000, 3_000_000), 50_000);
    const skillIds = this.programmeSkillIds(anchor);
    const title = this.programmeTitle(anchor);
    const programme: TrainingProgrammeRow = {
      id: this.ids.next(),
      centre_id: centre.id,
      title,
      vocational_field: this.world.groupNames.get(anchor.mainGroup) ?? anchor.mainGroup,
      description: programmeDescription({
        title,
        occupationTitle: anchor.titleId,
        centreName: centre.name,
        skills: skillIds.map((id) => this.world.skillById.get(id)?.nameId ?? ''),
        hours,
        cost,
        educationName: this.world.educationByCode.get(education)?.nameId ?? education,
      }),
      hours,
      cost,
      education_min: education,
      created_at: this.shortlyAfter(centre.created_at, 60),
    };
    return {
      programme,
      skills: skillIds.map((skillId) => ({ programme_id: programme.id, skill_id: skillId })),
      cohorts: this.cohorts(programme.id, hours, instructors, programme.created_at),
    };
  }

  /** A BLK with staff, instructors, 3–7 programmes and their cohorts. */
  trainingCentre(region: Region, overrides: TrainingCentreOverrides = {}, staffContact?: Contact): TrainingCentreBundle {
    const createdAt = this.daysAgo(60, 720);
    const verified = overrides.verified ?? this.rng.chance(0.85);
    const centre: TrainingCentreRow = {
      id: this.ids.next(),
      name: `${this.rng.chance(0.7) ? 'UPTD BLK' : 'UPTD Balai Latihan Kerja'} ${region.label}`,
      regency_code: region.code,
      address: this.address(region),
      verified_at: verified ? this.shortlyAfter(createdAt, 10) : null,
      verified_by: verified ? this.verifierId : null,
      created_at: createdAt,
    };
    const staffName = overrides.staffName ?? this.personName(this.rng.chance(0.5) ? 'F' : 'M');
    const staff = [this.user('training_centre', staffName, createdAt, staffContact)];
    const colleague = () => this.user('training_centre', this.personName(this.rng.chance(0.5) ? 'F' : 'M'), this.shortlyAfter(createdAt, 90));
    if (this.rng.chance(0.4)) staff.push(colleague());
    const instructors = Array.from({ length: this.rng.int(1, 3) }, colleague);
    const members: TrainingCentreMemberRow[] = [
      ...staff.map((user) => ({ centre_id: centre.id, user_id: user.id, role: 'staff' as const })),
      ...instructors.map((user) => ({ centre_id: centre.id, user_id: user.id, role: 'instructor' as const })),
    ];
    const anchors = new Map<string, Occupation>();
    const wanted = Math.max(overrides.minProgrammes ?? 0, this.rng.int(3, 7));
    for (let attempt = 0; anchors.size < wanted && attempt < wanted * 10; attempt++) {
      const anchor = this.rng.weighted(this.world.trainingOccupations);
      anchors.set(anchor.code, anchor);
    }
    const built = [...anchors.values()].map((anchor) => this.programme(centre, anchor, instructors.map((user) => user.id)));
    return {
      centre,
      users: [...staff, ...instructors],
      members,
      programmes: built.map((item) => item.programme),
      programmeSkills: built.flatMap((item) => item.skills),
      cohorts: built.flatMap((item) => item.cohorts),
    };
  }

  // ---- counselling offices ----------------------------------------------------------------------

  /** The regency's labour office (Disnaker) with 1–4 counsellors; `firstCounsellor` fixes the first one's name and contact. */
  counsellingOffice(region: Region, firstCounsellor?: { name: string; contact: Contact }): CounsellingOfficeBundle {
    const office: CounsellingOfficeRow = {
      id: this.ids.next(),
      regency_code: region.code,
      name: `${this.rng.weighted(LABOUR_OFFICE_TABLE)} ${region.label}`,
      address: this.address(region),
    };
    const count = this.rng.int(1, 4);
    const users = Array.from({ length: count }, (_, index) => {
      const createdAt = this.daysAgo(30, 720);
      if (index === 0 && firstCounsellor) return this.user('counsellor', firstCounsellor.name, createdAt, firstCounsellor.contact);
      return this.user('counsellor', this.personName(this.rng.chance(0.5) ? 'F' : 'M'), createdAt);
    });
    return { office, users, counsellors: users.map((user) => ({ user_id: user.id, office_id: office.id })) };
  }
}
