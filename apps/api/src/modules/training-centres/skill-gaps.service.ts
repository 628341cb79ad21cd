import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, haversineKm, wibDate } from '#domain';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import { TrainingAccess } from './training-access.js';

/** How many missing skills are listed, and how many programmes and cohorts for each. */
export const SKILL_GAP_LIMIT = 10;
export const PROGRAMMES_PER_GAP = 3;
export const COHORTS_PER_PROGRAMME = 2;

export interface SkillGapView {
  basis: 'matches' | 'occupation';
  occupation: { code: string; title: { id: string; en: string } } | null;
  vacanciesConsidered: number;
  gaps: Array<{
    skill: { id: number; code: string; name: { id: string; en: string } };
    vacancies: number;
    programmes: Array<{
      id: string;
      title: string;
      centre: { id: string; name: string };
      regency: { code: string; name: string };
      distanceKm: number | null;
      cost: number;
      hours: number;
      cohorts: Array<{ id: string; startsOn: string; endsOn: string; placesLeft: number }>;
    }>;
  }>;
}

const NO_SEEKER = 'There is no such job seeker.';

/**
 * The skills a seeker misses most often in the vacancies they are matched to (or in a target
 * occupation), each with the programmes that confer it and their nearest upcoming open cohorts.
 */
@Injectable()
export class SkillGapsService {
  constructor(private readonly access: TrainingAccess) {}

  /** A seeker their own; a counsellor a seeker of their office's regency; an admin anyone; else 404. */
  async seekerFor(caller: AuthUser, seekerId: string): Promise<void> {
    const rows: unknown[] =
      caller.role === 'admin'
        ? await this.access.db.query(`SELECT 1 FROM job_seekers WHERE user_id = $1`, [seekerId])
        : caller.role === 'counsellor'
          ? await this.access.db.query(
              `SELECT 1 FROM job_seekers s JOIN counselling_offices o ON o.regency_code = s.domicile_regency_code JOIN counsellors c ON c.office_id = o.id
                WHERE s.user_id = $1 AND c.user_id = $2`,
              [seekerId, caller.id],
            )
          : [];
    if (rows.length === 0) throw new DomainError(ErrorCode.NotFound, NO_SEEKER);
  }

  async gaps(seekerId: string, occupation?: string): Promise<SkillGapView> {
    const db = this.access.db;
    const [seeker]: { lat: number | null; lon: number | null }[] = await db.query(
      `SELECT r.lat, r.lon FROM job_seekers s LEFT JOIN regions r ON r.code = s.domicile_regency_code WHERE s.user_id = $1`,
      [seekerId],
    );
    let basis: SkillGapView['basis'] = 'matches';
    let occupationView: SkillGapView['occupation'] = null;
    let considered = 0;
    let missing: { skill_id: number; code: string; name_id: string; name_en: string; vacancies: number }[];
    if (occupation) {
      const [found]: { code: string; title_id: string; title_en: string }[] = await db.query(`SELECT code, title_id, title_en FROM occupations WHERE code = $1`, [occupation]);
      if (!found) throw new DomainError(ErrorCode.ValidationFailed, `occupation ${occupation} is not an occupation code; pick one from GET /api/reference/occupations`, { field: 'occupation' });
      basis = 'occupation';
      occupationView = { code: found.code, title: { id: found.title_id, en: found.title_en } };
      const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM vacancies WHERE occupation_code = $1 AND status = 'published'`, [occupation]);
      considered = n;
      missing = await db.query(
        `SELECT os.skill_id, s.code, s.name_id, s.name_en,
                (SELECT count(*)::int FROM vacancy_skills vs JOIN vacancies v ON v.id = vs.vacancy_id
                  WHERE vs.skill_id = os.skill_id AND vs.importance = 'required' AND v.occupation_code = $2 AND v.status = 'published') AS vacancies
           FROM occupation_skills os JOIN skills s ON s.id = os.skill_id
          WHERE os.occupation_code = $2 AND NOT EXISTS (SELECT 1 FROM job_seeker_skills j WHERE j.seeker_id = $1 AND j.skill_id = os.skill_id)
          ORDER BY vacancies DESC, os.skill_id LIMIT $3`,
        [seekerId, occupation, SKILL_GAP_LIMIT],
      );
    } else {
      const [list]: { n: number }[] = await db.query(`SELECT cardinality(vacancy_ids)::int AS n FROM seeker_job_matches WHERE seeker_id = $1`, [seekerId]);
      considered = list?.n ?? 0;
      missing = await db.query(
        `SELECT vs.skill_id, s.code, s.name_id, s.name_en, count(*)::int AS vacancies
           FROM seeker_job_matches m CROSS JOIN LATERAL unnest(m.vacancy_ids) AS top(vacancy_id)
           JOIN vacancy_skills vs ON vs.vacancy_id = top.vacancy_id AND vs.importance = 'required'
           JOIN skills s ON s.id = vs.skill_id
          WHERE m.seeker_id = $1 AND NOT EXISTS (SELECT 1 FROM job_seeker_skills j WHERE j.seeker_id = $1 AND j.skill_id = vs.skill_id)
          GROUP BY vs.skill_id, s.code, s.name_id, s.name_en
          ORDER BY vacancies DESC, vs.skill_id LIMIT $2`,
        [seekerId, SKILL_GAP_LIMIT],
      );
    }
    const skillIds = missing.map((row) => row.skill_id);
    const offers: {
      skill_id: number;
      programme_id: string;
      title: string;
      cost: number;
      hours: number;
      centre_id: string;
      centre_name: string;
      regency_code: string;
      regency_name: string;
      lat: number;
      lon: number;
      cohort_id: string;
      starts_on: string;
      ends_on: string;
      places_left: number;
    }[] =
      skillIds.length === 0
        ? []
        : await db.query(
            `SELECT ps.skill_id, p.id AS programme_id, p.title, p.cost, p.hours, c.id AS centre_id, c.name AS centre_name,
                    r.code AS regency_code, r.name AS regency_name, r.lat, r.lon, k.id AS cohort_id, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on,
                    k.capacity - (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = k.id AND e.status IN ('accepted', 'attending', 'completed')) AS places_left
               FROM training_programme_skills ps
               JOIN training_programmes p ON p.id = ps.programme_id AND p.status = 'published'
               JOIN training_centres c ON c.id = p.centre_id AND c.verified_at IS NOT NULL
               JOIN regions r ON r.code = coalesce(p.regency_code, c.regency_code)
               JOIN training_cohorts k ON k.programme_id = p.id AND k.status = 'open' AND k.starts_on >= $2
              WHERE ps.skill_id = ANY($1::int[])
              ORDER BY k.starts_on, k.id`,
            [skillIds, wibDate(new Date())],
          );
    const gaps: SkillGapView['gaps'] = missing.map((gap) => {
      const programmes = new Map<string, SkillGapView['gaps'][number]['programmes'][number]>();
      for (const offer of offers.filter((row) => row.skill_id === gap.skill_id)) {
        let programme = programmes.get(offer.programme_id);
        if (!programme) {
          const distance = seeker?.lat != null && seeker.lon != null ? haversineKm(seeker.lat, seeker.lon, offer.lat, offer.lon) : null;
          programme = {
            id: offer.programme_id,
            title: offer.title,
            centre: { id: offer.centre_id, name: offer.centre_name },
            regency: { code: offer.regency_code, name: offer.regency_name },
            distanceKm: distance === null ? null : Math.round(distance * 10) / 10,
            cost: offer.cost,
            hours: offer.hours,
            cohorts: [],
          };
          programmes.set(offer.programme_id, programme);
        }
        if (programme.cohorts.length < COHORTS_PER_PROGRAMME) {
          programme.cohorts.push({ id: offer.cohort_id, startsOn: offer.starts_on, endsOn: offer.ends_on, placesLeft: Math.max(0, offer.places_left) });
        }
      }
      // Nearest first, then the earliest start (offers come ordered by start date).
      const ordered = [...programmes.values()].sort(
        (a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.cohorts[0].startsOn.localeCompare(b.cohorts[0].startsOn) || a.id.localeCompare(b.id),
      );
      return {
        skill: { id: gap.skill_id, code: gap.code, name: { id: gap.name_id, en: gap.name_en } },
        vacancies: gap.vacancies,
        programmes: ordered.slice(0, PROGRAMMES_PER_GAP),
      };
    });
    return { basis, occupation: occupationView, vacanciesConsidered: considered, gaps };
  }
}
