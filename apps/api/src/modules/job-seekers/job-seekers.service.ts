import { Injectable, Logger } from '@nestjs/common';
import {
  DISABILITY_CONSENT,
  DomainError,
  ErrorCode,
  NikCipher,
  ak1Status,
  experienceMonths,
  maskNik,
  nikProblems,
  normalizeNik,
  periodMonths,
  profileCompleteness,
  wibDate,
  workPeriodProblems,
  type Role,
} from '#domain';
import { MatchChanges } from '#platform';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import type {
  DisabilityDto,
  EducationDto,
  IdentityDto,
  LanguagesDto,
  PreferencesDto,
  SkillsDto,
  WorkHistoryDto,
} from './dto/job-seeker.dto.js';
import { JobSeekersRepository, type DisabilityRow, type SeekerRow } from './job-seekers.repository.js';

const NOT_FOUND = 'There is no such job seeker.';
const MINIMUM_AGE = 15;

export interface ProfileView {
  userId: string;
  fullName: string;
  nikMasked: string | null;
  birthDate: string | null;
  gender: 'F' | 'M' | null;
  domicileRegencyCode: string | null;
  address: string | null;
  educationLevel: string | null;
  fieldOfStudy: string | null;
  experienceMonths: number;
  workHistory: Array<{ id: string; occupationCode: string; title: string; employerName: string; startMonth: string; endMonth: string | null; months: number }>;
  skills: Array<{ skillId: number; name: { id: string; en: string }; level: number; source: string }>;
  languages: Array<{ code: string; level: string }>;
  preferences: {
    occupations: string[];
    regencies: string[];
    maxCommuteKm: number;
    minimumWage: number | null;
    employmentTypes: string[];
    openToRemote: boolean;
  };
  completeness: { complete: boolean; missing: string[]; percent: number };
  ak1: { number: string; status: string } | null;
}

export interface DisabilityView {
  consent: { given: boolean; givenAt: string | null; textVersion: string | null };
  consentText: { version: string; text: { id: string; en: string } };
  disabilities: string[];
  accommodations: string[];
}

/** The job-seeker profile, filled in steps, with the NIK encrypted and disability data kept apart. */
@Injectable()
export class JobSeekersService {
  private readonly logger = new Logger(JobSeekersService.name);

  constructor(
    private readonly repository: JobSeekersRepository,
    private readonly cipher: NikCipher,
    private readonly matchChanges: MatchChanges,
  ) {}

  /**
   * A change to what the seeker is matched by (identity's domicile, education, experience, skills,
   * preferences): the profile row locked, the re-match marked in the same transaction, queued after commit.
   */
  private async changeProfile(userId: string, work: (db: EntityManager) => Promise<void>): Promise<void> {
    await this.repository.dataSource.transaction(async (db) => {
      await this.repository.lockProfile(db, userId);
      await work(db);
      await this.matchChanges.mark(db, 'seeker', [userId]);
    });
    await this.matchChanges.dispatch('seeker', [userId]);
  }

  private today(): string {
    return wibDate(new Date());
  }

  /** The decrypted NIK of a profile row; only ever used to validate or mask it. */
  nikOf(row: Pick<SeekerRow, 'user_id' | 'nik_ciphertext' | 'nik_key_id'>): string | null {
    if (!row.nik_ciphertext || !row.nik_key_id) return null;
    return this.cipher.decrypt({ ciphertext: row.nik_ciphertext, keyId: row.nik_key_id }, row.user_id);
  }

  async profile(userId: string): Promise<ProfileView> {
    const [seeker, work, skills, languages, card] = await Promise.all([
      this.repository.seeker(userId),
      this.repository.workHistory(userId),
      this.repository.skills(userId),
      this.repository.languages(userId),
      this.repository.latestCard(userId),
    ]);
    if (!seeker || seeker.role !== 'job_seeker') throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    const nik = this.nikOf(seeker);
    const currentMonth = this.today().slice(0, 7);
    return {
      userId: seeker.user_id,
      fullName: seeker.full_name,
      nikMasked: nik ? maskNik(nik) : null,
      birthDate: seeker.birth_date,
      gender: seeker.gender,
      domicileRegencyCode: seeker.domicile_regency_code,
      address: seeker.address,
      educationLevel: seeker.education_level,
      fieldOfStudy: seeker.field_of_study,
      experienceMonths: seeker.experience_months,
      workHistory: work.map((w) => ({
        id: w.id,
        occupationCode: w.occupation_code,
        title: w.title,
        employerName: w.employer_name,
        startMonth: w.start_month,
        endMonth: w.end_month,
        months: periodMonths({ startMonth: w.start_month, endMonth: w.end_month }, currentMonth),
      })),
      skills: skills.map((s) => ({ skillId: s.skill_id, name: { id: s.name_id, en: s.name_en }, level: s.level, source: s.source })),
      languages,
      preferences: {
        occupations: seeker.preferred_occupations,
        regencies: seeker.preferred_regencies,
        maxCommuteKm: seeker.max_commute_km,
        minimumWage: seeker.expected_wage_min,
        employmentTypes: seeker.employment_types,
        openToRemote: seeker.open_to_remote,
      },
      completeness: profileCompleteness({
        hasNik: nik !== null,
        birthDate: seeker.birth_date,
        gender: seeker.gender,
        domicileRegencyCode: seeker.domicile_regency_code,
        address: seeker.address,
        educationLevel: seeker.education_level,
        skillCount: skills.length,
        languageCount: languages.length,
        preferredOccupationCount: seeker.preferred_occupations.length,
      }),
      ak1: card ? { number: card.number, status: ak1Status({ validUntil: card.valid_until, reconfirmBy: card.reconfirm_by }, this.today()) } : null,
    };
  }

  /** Admins see every profile; a counsellor those whose domicile is the regency of their office; anyone else gets 404. */
  async profileFor(caller: AuthUser, seekerId: string): Promise<ProfileView> {
    await this.assertMayView(caller, seekerId);
    return this.profile(seekerId);
  }

  private async assertMayView(caller: AuthUser, seekerId: string): Promise<void> {
    const allowed = caller.role === 'admin' || (caller.role === 'counsellor' && (await this.repository.isCounsellorOf(caller.id, seekerId)));
    if (!allowed) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
  }

  async updateIdentity(userId: string, dto: IdentityDto): Promise<ProfileView> {
    const birthDate = dto.birthDate;
    const [year, month, day] = birthDate.split('-').map(Number);
    const parsed = new Date(Date.UTC(year, month - 1, day));
    if (parsed.getUTCMonth() !== month - 1) throw this.invalid('birthDate', `birthDate ${birthDate} is not a real date.`);
    const today = this.today();
    const [ty, tm, td] = today.split('-').map(Number);
    const age = ty - year - (tm < month || (tm === month && td < day) ? 1 : 0);
    if (birthDate > today) throw this.invalid('birthDate', 'birthDate must not be in the future.');
    if (age < MINIMUM_AGE) throw this.invalid('birthDate', `A job seeker must be at least ${MINIMUM_AGE} years old; check birthDate.`);
    if (age > 100) throw this.invalid('birthDate', 'birthDate is more than 100 years ago; check the year.');

    const nikInput = dto.nik === undefined ? undefined : normalizeNik(dto.nik);
    const nikRegency = nikInput && /^[0-9]{4}/.test(nikInput) ? nikInput.slice(0, 4) : undefined;
    const regencies = await this.repository.existing('regions', [dto.domicileRegencyCode, ...(nikRegency ? [nikRegency] : [])]);
    if (!regencies.has(dto.domicileRegencyCode)) {
      throw this.invalid('domicileRegencyCode', `domicileRegencyCode ${dto.domicileRegencyCode} is not a regency or city in the reference data; see GET /api/reference/regions.`);
    }

    return this.changeProfile(userId, async (db) => {
      const current = await this.repository.seeker(userId, db);
      const nik = nikInput ?? (current ? this.nikOf(current) : null);
      let protectedNik: { ciphertext: Buffer; keyId: string; hash: Buffer } | null = null;
      if (nik !== null) {
        const problems = nikProblems(nik, { isRegency: (code) => regencies.has(code), birthDate, gender: dto.gender });
        if (problems.length > 0) {
          const prefix = nikInput === undefined ? 'The NIK already saved does not fit the new birth date or gender: ' : '';
          throw new DomainError(ErrorCode.NikInvalid, prefix + problems.map((p) => p.message).join(' '), {
            field: 'nik',
            problems: problems.map(({ part, digits, message }) => ({ part, digits, message })),
          });
        }
        const encrypted = this.cipher.encrypt(nik, userId);
        protectedNik = { ...encrypted, hash: this.cipher.hash(nik) };
      }
      await db.query(
        `UPDATE job_seekers
            SET birth_date = $2, gender = $3, domicile_regency_code = $4, address = $5,
                nik_ciphertext = $6, nik_key_id = $7, nik_hash = $8, updated_at = now()
          WHERE user_id = $1`,
        [userId, birthDate, dto.gender, dto.domicileRegencyCode, dto.address?.trim() || null, protectedNik?.ciphertext ?? null, protectedNik?.keyId ?? null, protectedNik?.hash ?? null],
      );
    })
    .catch((error: unknown) => {
      if ((error as { code?: string; constraint?: string }).constraint === 'uq_job_seekers_nik_hash') {
        throw new DomainError(
          ErrorCode.NikTaken,
          'This NIK is already registered to another job-seeker profile. Check the number on your KTP; if it is yours, ask your Disnaker office to check the other registration.',
          { field: 'nik' },
        );
      }
      throw error;
    })
    .then(() => this.profile(userId));
  }

  async updateEducation(userId: string, dto: EducationDto): Promise<ProfileView> {
    const levels = await this.repository.existing('education_levels', [dto.educationLevel]);
    if (!levels.has(dto.educationLevel)) {
      throw this.invalid('educationLevel', `educationLevel ${dto.educationLevel} is not an education level; see GET /api/reference/education-levels.`);
    }
    if (dto.fieldOfStudy !== undefined) {
      const fields = await this.repository.existing('fields_of_study', [dto.fieldOfStudy]);
      if (!fields.has(dto.fieldOfStudy)) {
        throw this.invalid('fieldOfStudy', `fieldOfStudy ${dto.fieldOfStudy} is not a field of study; see GET /api/reference/fields-of-study.`);
      }
      if (!(await this.repository.fieldFitsLevel(dto.fieldOfStudy, dto.educationLevel))) {
        throw this.invalid('fieldOfStudy', `fieldOfStudy ${dto.fieldOfStudy} is not taught at level ${dto.educationLevel}; choose a field of that level.`);
      }
    }
    await this.changeProfile(userId, async (db) => {
      await db.query(`UPDATE job_seekers SET education_level = $2, field_of_study = $3, updated_at = now() WHERE user_id = $1`, [
        userId,
        dto.educationLevel,
        dto.fieldOfStudy ?? null,
      ]);
    });
    return this.profile(userId);
  }

  async updateWorkHistory(userId: string, dto: WorkHistoryDto): Promise<ProfileView> {
    const currentMonth = this.today().slice(0, 7);
    const periods = dto.items.map((item) => ({ startMonth: item.startMonth, endMonth: item.endMonth ?? null }));
    const problems = periods.flatMap((period, index) => workPeriodProblems(period, index, currentMonth));
    if (problems.length > 0) throw this.invalid('items', `${problems.join('; ')}.`);
    const codes = [...new Set(dto.items.map((item) => item.occupationCode))];
    const known = await this.repository.existing('occupations', codes);
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0) throw this.invalid('items', `occupationCode ${unknown.join(', ')} is not an occupation; see GET /api/reference/occupations.`);
    await this.changeProfile(userId, async (db) => {
      await db.query(`DELETE FROM job_seeker_work_history WHERE seeker_id = $1`, [userId]);
      if (dto.items.length > 0) {
        await db.query(
          `INSERT INTO job_seeker_work_history (seeker_id, position, occupation_code, title, employer_name, start_month, end_month)
           SELECT $1, t.position, t.occupation_code, t.title, t.employer_name, (t.start_month || '-01')::date, (t.end_month || '-01')::date
             FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
                  AS t(position, occupation_code, title, employer_name, start_month, end_month)`,
          [
            userId,
            dto.items.map((_, index) => index),
            dto.items.map((item) => item.occupationCode),
            dto.items.map((item) => item.title.trim()),
            dto.items.map((item) => item.employerName.trim()),
            dto.items.map((item) => item.startMonth),
            dto.items.map((item) => item.endMonth ?? null),
          ],
        );
      }
      await db.query(`UPDATE job_seekers SET experience_months = $2, updated_at = now() WHERE user_id = $1`, [userId, experienceMonths(periods, currentMonth)]);
    });
    return this.profile(userId);
  }

  async updateSkills(userId: string, dto: SkillsDto): Promise<ProfileView> {
    const ids = dto.items.map((item) => item.skillId);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated !== undefined) throw this.invalid('items', `items lists skill ${repeated} twice; list each skill once.`);
    const known = await this.repository.existingSkills(ids);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw this.invalid('items', `skillId ${unknown.join(', ')} is not a skill; see GET /api/reference/skills.`);
    await this.changeProfile(userId, async (db) => {
      // Declared skills are replaced; certified and assessed ones were earned and stay.
      await db.query(`DELETE FROM job_seeker_skills WHERE seeker_id = $1 AND source = 'declared'`, [userId]);
      if (ids.length > 0) {
        await db.query(
          `INSERT INTO job_seeker_skills (seeker_id, skill_id, level, source)
           SELECT $1, t.skill_id, t.level, 'declared' FROM unnest($2::int[], $3::int[]) AS t(skill_id, level)
           ON CONFLICT (seeker_id, skill_id) DO NOTHING`,
          [userId, ids, dto.items.map((item) => item.level)],
        );
      }
      await db.query(`UPDATE job_seekers SET updated_at = now() WHERE user_id = $1`, [userId]);
    });
    return this.profile(userId);
  }

  async updateLanguages(userId: string, dto: LanguagesDto): Promise<ProfileView> {
    const codes = dto.items.map((item) => item.code);
    const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
    if (repeated !== undefined) throw this.invalid('items', `items lists language ${repeated} twice; list each language once.`);
    await this.repository.dataSource.transaction(async (db) => {
      await this.repository.lockProfile(db, userId);
      await db.query(`DELETE FROM job_seeker_languages WHERE seeker_id = $1`, [userId]);
      if (codes.length > 0) {
        await db.query(
          `INSERT INTO job_seeker_languages (seeker_id, code, level) SELECT $1, code, level FROM unnest($2::text[], $3::text[]) AS t(code, level)`,
          [userId, codes, dto.items.map((item) => item.level)],
        );
      }
      await db.query(`UPDATE job_seekers SET updated_at = now() WHERE user_id = $1`, [userId]);
    });
    return this.profile(userId);
  }

  async updatePreferences(userId: string, dto: PreferencesDto): Promise<ProfileView> {
    const occupations = [...new Set(dto.occupations)];
    const regencies = [...new Set(dto.regencies)];
    const [knownOccupations, knownRegencies] = await Promise.all([this.repository.existing('occupations', occupations), this.repository.existing('regions', regencies)]);
    const badOccupations = occupations.filter((code) => !knownOccupations.has(code));
    if (badOccupations.length > 0) throw this.invalid('occupations', `occupations: ${badOccupations.join(', ')} is not an occupation code; see GET /api/reference/occupations.`);
    const badRegencies = regencies.filter((code) => !knownRegencies.has(code));
    if (badRegencies.length > 0) throw this.invalid('regencies', `regencies: ${badRegencies.join(', ')} is not a regency code; see GET /api/reference/regions.`);
    await this.changeProfile(userId, async (db) => {
      await db.query(
        `UPDATE job_seekers
            SET preferred_occupations = $2, preferred_regencies = $3, max_commute_km = $4, expected_wage_min = $5,
                employment_types = $6, open_to_remote = $7, updated_at = now()
          WHERE user_id = $1`,
        [userId, occupations, regencies, dto.maxCommuteKm, dto.minimumWage ?? null, [...new Set(dto.employmentTypes)], dto.openToRemote],
      );
    });
    return this.profile(userId);
  }

  // ---- disability: consent, reads logged ---------------------------------------------------------

  private disabilityView(row: DisabilityRow | undefined): DisabilityView {
    return {
      consent: { given: row !== undefined, givenAt: row?.consent_given_at.toISOString() ?? null, textVersion: row?.consent_text_version ?? null },
      consentText: { version: DISABILITY_CONSENT.version, text: { ...DISABILITY_CONSENT.text } },
      disabilities: row?.disabilities ?? [],
      accommodations: row?.accommodations ?? [],
    };
  }

  /** The person's own disability data; the read is logged. */
  async myDisability(caller: AuthUser): Promise<DisabilityView> {
    return this.readDisability(caller, caller.id, 'self_service');
  }

  /** An admin's or the regency counsellor's read, with its purpose; others get 404. */
  async disabilityOf(caller: AuthUser, seekerId: string, purpose: string): Promise<DisabilityView> {
    await this.assertMayView(caller, seekerId);
    return this.readDisability(caller, seekerId, purpose);
  }

  private async readDisability(reader: { id: string; role: Role }, subjectId: string, purpose: string): Promise<DisabilityView> {
    return this.repository.dataSource.transaction(async (db) => {
      const row = await this.repository.disability(subjectId, db);
      await this.repository.recordRead(db, { readerId: reader.id, readerRole: reader.role, subjectId, purpose });
      return this.disabilityView(row);
    });
  }

  async saveDisability(caller: AuthUser, dto: DisabilityDto): Promise<DisabilityView> {
    return this.repository.dataSource.transaction(async (db) => {
      await this.repository.lockProfile(db, caller.id);
      await db.query(
        `INSERT INTO job_seeker_disabilities (seeker_id, disabilities, accommodations, consent_given_at, consent_text_version)
         VALUES ($1, $2, $3, now(), $4)
         ON CONFLICT (seeker_id) DO UPDATE
           SET disabilities = EXCLUDED.disabilities, accommodations = EXCLUDED.accommodations,
               consent_given_at = EXCLUDED.consent_given_at, consent_text_version = EXCLUDED.consent_text_version, updated_at = now()`,
        [caller.id, [...new Set(dto.disabilities)], [...new Set(dto.accommodations)], DISABILITY_CONSENT.version],
      );
      const row = await this.repository.disability(caller.id, db);
      await this.repository.recordRead(db, { readerId: caller.id, readerRole: caller.role, subjectId: caller.id, purpose: 'self_service' });
      return this.disabilityView(row);
    });
  }

  /** Withdrawing consent erases the data at once; the read log stays (it holds no disability data). */
  async withdrawDisabilityConsent(caller: AuthUser): Promise<DisabilityView> {
    await this.repository.dataSource.query(`DELETE FROM job_seeker_disabilities WHERE seeker_id = $1`, [caller.id]);
    this.logger.log('Disability consent withdrawn and data erased');
    return this.disabilityView(undefined);
  }

  /** Who read my disability data, when and why. */
  async disabilityReads(userId: string): Promise<Array<{ reader: { role: string; fullName: string | null }; purpose: string; at: string }>> {
    const rows: Array<{ reader_role: string; full_name: string | null; purpose: string; read_at: Date }> = await this.repository.dataSource.query(
      `SELECT r.reader_role, u.full_name, r.purpose, r.read_at
         FROM sensitive_data_reads r LEFT JOIN users u ON u.id = r.reader_id
        WHERE r.subject_id = $1 ORDER BY r.read_at DESC, r.id DESC LIMIT 200`,
      [userId],
    );
    return rows.map((row) => ({ reader: { role: row.reader_role, fullName: row.full_name }, purpose: row.purpose, at: row.read_at.toISOString() }));
  }

  private invalid(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.ValidationFailed, message, { field });
  }
}
