import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config';
import { openCaseOnCardIssue } from '#platform';
import {
  AK1_REQUIRED_FIELDS,
  DomainError,
  ErrorCode,
  ak1IsValid,
  ak1IssueDates,
  ak1MissingFields,
  ak1Number,
  ak1ReconfirmDates,
  ak1Status,
  holderInitials,
  parseAk1Number,
  wibDate,
  type Ak1RequiredField,
  type Ak1Status,
} from '#domain';
import { JobSeekersRepository, type CardRow } from '../job-seekers/job-seekers.repository.js';
import { JobSeekersService } from '../job-seekers/job-seekers.service.js';
import { renderAk1Card } from './ak1-card.pdf.js';

const FIELD_LABELS: Record<Ak1RequiredField, string> = {
  nik: 'NIK',
  birthDate: 'birth date',
  gender: 'gender',
  domicileRegencyCode: 'domicile regency',
  educationLevel: 'education level',
  skills: 'at least one skill',
};

export interface Ak1CardView {
  number: string;
  status: Ak1Status;
  issuedAt: string;
  validUntil: string;
  lastConfirmedAt: string;
  reconfirmBy: string;
  regency: { code: string; name: string };
  verifyUrl: string;
}

export interface Ak1VerificationView {
  number: string;
  valid: boolean;
  status: Ak1Status;
  regency: { code: string; name: string };
  holderInitials: string;
  validUntil: string;
}

const NO_CARD = 'You have no AK/1 card yet; complete your profile and request one with POST /api/ak1/me.';
const UNKNOWN_NUMBER = 'There is no AK/1 card with this number.';

/** Issuing, re-confirming, printing and publicly verifying AK/1 cards. */
@Injectable()
export class Ak1Service {
  constructor(
    private readonly repository: JobSeekersRepository,
    private readonly seekers: JobSeekersService,
    private readonly config: AppConfig,
  ) {}

  private today(): string {
    return wibDate(new Date());
  }

  verifyUrl(number: string): string {
    return `${this.config.http.appUrl}/verify/${number}`;
  }

  private view(card: CardRow): Ak1CardView {
    return {
      number: card.number,
      status: ak1Status({ validUntil: card.valid_until, reconfirmBy: card.reconfirm_by }, this.today()),
      issuedAt: card.issued_on,
      validUntil: card.valid_until,
      lastConfirmedAt: card.last_confirmed_on,
      reconfirmBy: card.reconfirm_by,
      regency: { code: card.regency_code, name: card.regency_name },
      verifyUrl: this.verifyUrl(card.number),
    };
  }

  async mine(userId: string): Promise<Ak1CardView> {
    const card = await this.repository.latestCard(userId);
    if (!card) throw new DomainError(ErrorCode.NotFound, NO_CARD);
    return this.view(card);
  }

  /**
   * Issues a card when the profile has what it needs. The number's sequence comes from a counter row
   * per regency and year, incremented in this transaction: concurrent issues wait on its row lock,
   * and a rolled-back issue gives its number back, so numbers have no gaps.
   */
  async issue(userId: string): Promise<Ak1CardView> {
    await this.repository.dataSource.transaction(async (db) => {
      await this.repository.lockProfile(db, userId);
      const seeker = await this.repository.seeker(userId, db);
      const skills: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM job_seeker_skills WHERE seeker_id = $1`, [userId]);
      const missing = ak1MissingFields({
        hasNik: seeker!.nik_ciphertext !== null,
        birthDate: seeker!.birth_date,
        gender: seeker!.gender,
        domicileRegencyCode: seeker!.domicile_regency_code,
        educationLevel: seeker!.education_level,
        skillCount: skills[0].n,
      });
      if (missing.length > 0) {
        throw new DomainError(
          ErrorCode.Ak1ProfileIncomplete,
          `The AK/1 card needs ${missing.map((field) => FIELD_LABELS[field]).join(', ')} in your profile; complete those steps first.`,
          { missing, required: [...AK1_REQUIRED_FIELDS] },
        );
      }
      const today = this.today();
      const current = await this.repository.latestCard(userId, db);
      if (current && ak1Status({ validUntil: current.valid_until, reconfirmBy: current.reconfirm_by }, today) !== 'expired') {
        throw new DomainError(
          ErrorCode.Ak1AlreadyIssued,
          `You already have AK/1 card ${current.number}, valid until ${current.valid_until}; re-confirm it with POST /api/ak1/me/reconfirm instead.`,
          { number: current.number },
        );
      }
      const regency = seeker!.domicile_regency_code!;
      const year = Number(today.slice(0, 4));
      const [{ last_sequence: sequence }]: { last_sequence: number }[] = await db.query(
        `INSERT INTO ak1_counters (regency_code, year, last_sequence) VALUES ($1, $2, 1)
         ON CONFLICT (regency_code, year) DO UPDATE SET last_sequence = ak1_counters.last_sequence + 1
         RETURNING last_sequence`,
        [regency, year],
      );
      const dates = ak1IssueDates(today);
      await db.query(
        `INSERT INTO ak1_cards (seeker_id, number, regency_code, issued_on, valid_until, last_confirmed_on, reconfirm_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [userId, ak1Number(regency, year, sequence), regency, dates.issuedOn, dates.validUntil, dates.lastConfirmedOn, dates.reconfirmBy],
      );
      // The card makes the seeker a client of their regency's counselling office: a case, assigned by load.
      await openCaseOnCardIssue(db, userId, dates.issuedOn);
    });
    return this.mine(userId);
  }

  /** The holder reports that they are still looking for work; the next re-confirmation is six months on. */
  async reconfirm(userId: string): Promise<Ak1CardView> {
    await this.repository.dataSource.transaction(async (db) => {
      await this.repository.lockProfile(db, userId);
      const card = await this.repository.latestCard(userId, db);
      if (!card) throw new DomainError(ErrorCode.NotFound, NO_CARD);
      const today = this.today();
      if (ak1Status({ validUntil: card.valid_until, reconfirmBy: card.reconfirm_by }, today) === 'expired') {
        throw new DomainError(ErrorCode.Ak1Expired, `AK/1 card ${card.number} expired on ${card.valid_until}; request a new card with POST /api/ak1/me.`);
      }
      const dates = ak1ReconfirmDates(
        { issuedOn: card.issued_on, validUntil: card.valid_until, lastConfirmedOn: card.last_confirmed_on, reconfirmBy: card.reconfirm_by },
        today,
      );
      await db.query(`UPDATE ak1_cards SET last_confirmed_on = $2, reconfirm_by = $3, updated_at = now() WHERE id = $1`, [card.id, dates.lastConfirmedOn, dates.reconfirmBy]);
    });
    return this.mine(userId);
  }

  async pdf(userId: string): Promise<{ number: string; pdf: Buffer }> {
    const card = await this.repository.latestCard(userId);
    if (!card) throw new DomainError(ErrorCode.NotFound, NO_CARD);
    const profile = await this.seekers.profile(userId);
    const pdf = await renderAk1Card({
      holderName: profile.fullName,
      number: card.number,
      regencyName: card.regency_name,
      issuedOn: card.issued_on,
      validUntil: card.valid_until,
      reconfirmBy: card.reconfirm_by,
      verifyUrl: this.verifyUrl(card.number),
    });
    return { number: card.number, pdf };
  }

  /** Public: whether a card number is valid, its status, issuing regency and the holder's initials; nothing more. */
  async verify(number: string): Promise<Ak1VerificationView> {
    if (!parseAk1Number(number)) throw new DomainError(ErrorCode.NotFound, UNKNOWN_NUMBER);
    const rows: Array<{ number: string; regency_code: string; regency_name: string; valid_until: string; reconfirm_by: string; full_name: string }> =
      await this.repository.dataSource.query(
        `SELECT c.number, c.regency_code, r.name AS regency_name, c.valid_until::text AS valid_until, c.reconfirm_by::text AS reconfirm_by, u.full_name
           FROM ak1_cards c JOIN regions r ON r.code = c.regency_code JOIN users u ON u.id = c.seeker_id
          WHERE c.number = $1`,
        [number],
      );
    const card = rows[0];
    if (!card) throw new DomainError(ErrorCode.NotFound, UNKNOWN_NUMBER);
    const status = ak1Status({ validUntil: card.valid_until, reconfirmBy: card.reconfirm_by }, this.today());
    return {
      number: card.number,
      valid: ak1IsValid(status),
      status,
      regency: { code: card.regency_code, name: card.regency_name },
      holderInitials: holderInitials(card.full_name),
      validUntil: card.valid_until,
    };
  }
}
