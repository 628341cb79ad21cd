import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config';
import { DomainError, ErrorCode, holderInitials, parseCertificateNumber } from '#domain';
import { renderCertificate } from './certificate.pdf.js';
import { TrainingAccess } from './training-access.js';

export interface CertificateView {
  id: string;
  number: string;
  issuedOn: string;
  programme: { id: string; title: string; vocationalField: string; hours: number };
  centre: { name: string; regency: { code: string; name: string } };
  cohort: { startsOn: string; endsOn: string };
  skills: Array<{ id: number; name: { id: string; en: string } }>;
  verifyUrl: string;
  pdfUrl: string;
}

export interface CertificateVerification {
  number: string;
  valid: true;
  holderInitials: string;
  programme: string;
  centre: string;
  hours: number;
  issuedOn: string;
}

interface CertificateRow {
  id: string;
  number: string;
  issued_on: string;
  seeker_id: string;
  full_name: string;
  programme_id: string;
  title: string;
  vocational_field: string;
  hours: number;
  centre_name: string;
  regency_code: string;
  regency_name: string;
  starts_on: string;
  ends_on: string;
  skills: Array<{ id: number; name: { id: string; en: string } }> | null;
}

const CERTIFICATE_SELECT = `
  SELECT cert.id, cert.number, cert.issued_on::text AS issued_on, cert.seeker_id, u.full_name, p.id AS programme_id, p.title, p.vocational_field, p.hours,
         c.name AS centre_name, cert.regency_code, r.name AS regency_name, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on,
         (SELECT json_agg(json_build_object('id', s.id, 'name', json_build_object('id', s.name_id, 'en', s.name_en)) ORDER BY s.id)
            FROM training_programme_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.programme_id = p.id) AS skills
    FROM certificates cert
    JOIN users u ON u.id = cert.seeker_id
    JOIN enrolments e ON e.id = cert.enrolment_id
    JOIN training_cohorts k ON k.id = e.cohort_id
    JOIN training_programmes p ON p.id = cert.programme_id
    JOIN training_centres c ON c.id = p.centre_id
    JOIN regions r ON r.code = cert.regency_code`;

const UNKNOWN_NUMBER = 'There is no training certificate with this number.';
const NO_CERTIFICATE = 'There is no such certificate.';

/** Certificates: the holder's list and PDF, and the public check. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly access: TrainingAccess,
    private readonly config: AppConfig,
  ) {}

  verifyUrl(number: string): string {
    return `${this.config.http.appUrl}/certificates/${number}`;
  }

  private view(row: CertificateRow): CertificateView {
    return {
      id: row.id,
      number: row.number,
      issuedOn: row.issued_on,
      programme: { id: row.programme_id, title: row.title, vocationalField: row.vocational_field, hours: row.hours },
      centre: { name: row.centre_name, regency: { code: row.regency_code, name: row.regency_name } },
      cohort: { startsOn: row.starts_on, endsOn: row.ends_on },
      skills: row.skills ?? [],
      verifyUrl: this.verifyUrl(row.number),
      pdfUrl: `/api/certificates/${row.id}/certificate.pdf`,
    };
  }

  async mine(seekerId: string): Promise<CertificateView[]> {
    const rows: CertificateRow[] = await this.access.db.query(`${CERTIFICATE_SELECT} WHERE cert.seeker_id = $1 ORDER BY cert.issued_on DESC, cert.number`, [seekerId]);
    return rows.map((row) => this.view(row));
  }

  async pdf(seekerId: string, id: string): Promise<{ number: string; pdf: Buffer }> {
    const [row]: CertificateRow[] = await this.access.db.query(`${CERTIFICATE_SELECT} WHERE cert.id = $1 AND cert.seeker_id = $2`, [id, seekerId]);
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_CERTIFICATE);
    const pdf = await renderCertificate({
      holderName: row.full_name,
      number: row.number,
      programmeTitle: row.title,
      vocationalField: row.vocational_field,
      hours: row.hours,
      centreName: row.centre_name,
      regencyName: row.regency_name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      issuedOn: row.issued_on,
      skills: (row.skills ?? []).map((skill) => `${skill.name.id}`),
      verifyUrl: this.verifyUrl(row.number),
    });
    return { number: row.number, pdf };
  }

  /** Public: that the certificate exists, with the holder's initials, programme, centre, hours and date; nothing more. */
  async verify(number: string): Promise<CertificateVerification> {
    if (!parseCertificateNumber(number)) throw new DomainError(ErrorCode.NotFound, UNKNOWN_NUMBER);
    const [row]: CertificateRow[] = await this.access.db.query(`${CERTIFICATE_SELECT} WHERE cert.number = $1`, [number]);
    if (!row) throw new DomainError(ErrorCode.NotFound, UNKNOWN_NUMBER);
    return { number: row.number, valid: true, holderInitials: holderInitials(row.full_name), programme: row.title, centre: row.centre_name, hours: row.hours, issuedOn: row.issued_on };
  }
}
