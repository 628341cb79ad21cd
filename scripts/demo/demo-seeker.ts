/**
 * Makes the demo job seeker's profile complete, as the exchange expects it: an encrypted NIK that
 * fits her birth date and gender, an address, languages and an AK/1 card. A handful of statements,
 * run in the demo load's transaction.
 */
import { NikCipher, addMonths, ak1IssueDates, ak1Number, nikBirthDigits, wibDate } from '#domain';
import type { SqlClient } from './reference.js';
import type { JobSeekerRow } from './rows.js';

export interface NikKeys {
  encryptionKey: Buffer;
  hashKey: Buffer;
}

/** The demo seeker's NIK: her regency, district 01, her birth date (day + 40: she is a woman), sequence 0001. */
export function demoNik(seeker: Pick<JobSeekerRow, 'domicile_regency_code' | 'birth_date' | 'gender'>): string {
  return `${seeker.domicile_regency_code}01${nikBirthDigits(seeker.birth_date, seeker.gender)}0001`;
}

export async function completeDemoSeeker(db: SqlClient, seeker: JobSeekerRow, keys: NikKeys, now: Date): Promise<{ nikMasked: string; ak1Number: string }> {
  const cipher = new NikCipher(keys.encryptionKey, keys.hashKey);
  const nik = demoNik(seeker);
  const encrypted = cipher.encrypt(nik, seeker.user_id);
  await db.query(
    `UPDATE job_seekers SET nik_ciphertext = $2, nik_key_id = $3, nik_hash = $4, address = $5 WHERE user_id = $1`,
    [seeker.user_id, encrypted.ciphertext, encrypted.keyId, cipher.hash(nik), 'Jl. Pandanaran No. 27, Kota Semarang'],
  );
  await db.query(
    `INSERT INTO job_seeker_languages (seeker_id, code, level) VALUES ($1, 'id', 'native'), ($1, 'jv', 'native'), ($1, 'en', 'basic')
     ON CONFLICT DO NOTHING`,
    [seeker.user_id],
  );
  const today = wibDate(now);
  // Her work history adds up to the experience the generator gave her, in her first preferred occupation.
  const occupation = seeker.preferred_occupations[0];
  if (seeker.experience_months > 0 && occupation) {
    await db.query(
      `INSERT INTO job_seeker_work_history (seeker_id, position, occupation_code, title, employer_name, start_month, end_month)
       SELECT $1, 0, code, title_id, 'CV Busana Mandiri', date_trunc('month', $2::date)::date, date_trunc('month', $3::date)::date
         FROM occupations WHERE code = $4`,
      [seeker.user_id, addMonths(today, -seeker.experience_months), addMonths(today, -1), occupation],
    );
  }
  const year = Number(today.slice(0, 4));
  const counter = await db.query<{ last_sequence: number }>(
    `INSERT INTO ak1_counters (regency_code, year, last_sequence) VALUES ($1, $2, 1)
     ON CONFLICT (regency_code, year) DO UPDATE SET last_sequence = ak1_counters.last_sequence + 1
     RETURNING last_sequence`,
    [seeker.domicile_regency_code, year],
  );
  const number = ak1Number(seeker.domicile_regency_code, year, counter.rows[0].last_sequence);
  const dates = ak1IssueDates(today);
  await db.query(
    `INSERT INTO ak1_cards (seeker_id, number, regency_code, issued_on, valid_until, last_confirmed_on, reconfirm_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [seeker.user_id, number, seeker.domicile_regency_code, dates.issuedOn, dates.validUntil, dates.lastConfirmedOn, dates.reconfirmBy],
  );
  return { nikMasked: `${nik.slice(0, 4)}••••••••${nik.slice(-4)}`, ak1Number: number };
}
