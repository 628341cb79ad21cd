import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  MATCH_COMPONENT_COUNT,
  MATCH_SCORING_VERSION,
  compareRanked,
  compileSeeker,
  compileVacancy,
  explainMatch,
  matchScore,
  type CompiledSeeker,
  type MatchContext,
  type MatchExplanation,
  type MatchSeeker,
  type MatchVacancy,
} from '#domain';
import { loadMatchSeekers, loadMatchVacancies } from '#persistence';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import { JobSeekersRepository } from '../job-seekers/job-seekers.repository.js';
import type { ExplanationQueryDto, JobMatchesQueryDto, MatchPageQueryDto } from './dto/matching.dto.js';
import { MatchContextCache } from './match-context.cache.js';
import { MatchingRepository, type VacancyCard } from './matching.repository.js';
import {
  NO_SKILLS,
  componentViews,
  distanceView,
  namedSkills,
  round6,
  type CandidateMatchView,
  type JobMatchView,
  type MatchPage,
  type SkillsView,
  type VacancyCardView,
} from './matching.views.js';

const NO_SEEKER = 'There is no such job seeker.';
const NO_VACANCY = 'There is no such vacancy.';
/** Recorded in sensitive_data_reads when the accommodations filter reads what a seeker recorded. */
export const ACCOMMODATIONS_READ_PURPOSE = 'matching_accommodations_filter';
/** Vacancies scored per round trip when the accommodations filter scores live. */
const LIVE_CHUNK = 5_000;

export type ExplanationView = Omit<MatchExplanation, 'skills'> & {
  skills: SkillsView;
  vacancy: { id: string; title: string; employerName: string };
  seeker: { id: string; name: string };
};

/** Recommendations both ways, served from the stored lists, and explanations of any one pair. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly contexts: MatchContextCache,
    private readonly seekers: JobSeekersRepository,
  ) {}

  /**
   * Whose matches the caller may read: a job seeker their own; a counsellor a seeker of their
   * office's regency; an admin any seeker. Anyone else's id answers like a missing one.
   */
  private async seekerFor(caller: AuthUser, seekerId: string | undefined): Promise<string> {
    if (caller.role === 'job_seeker') {
      if (seekerId !== undefined && seekerId !== caller.id) throw new DomainError(ErrorCode.NotFound, NO_SEEKER);
      return caller.id;
    }
    if (seekerId === undefined) throw new BadRequestException('seekerId is required: name the job seeker whose matches you want to see.');
    const allowed =
      caller.role === 'admin'
        ? (await this.repository.seeker(seekerId)) !== undefined
        : caller.role === 'counsellor' && (await this.seekers.isCounsellorOf(caller.id, seekerId));
    if (!allowed) throw new DomainError(ErrorCode.NotFound, NO_SEEKER);
    return seekerId;
  }

  async jobs(caller: AuthUser, query: JobMatchesQueryDto): Promise<MatchPage<JobMatchView>> {
    const seekerId = await this.seekerFor(caller, query.seekerId);
    if (query.accommodations === 'only') return this.jobsOfferingAccommodations(caller, seekerId, query);
    const stored = await this.repository.jobListHead(seekerId);
    if (!stored) {
      // Placed or inactive seekers are not matched at all: nothing is coming, so the list is not "pending".
      const status = await this.repository.seekerStatus(seekerId);
      return status !== undefined && status !== 'active' ? nothingToList(query) : pending(query);
    }
    const [{ entries, total }, names, seeker] = await Promise.all([
      this.repository.jobPage(seekerId, query.limit, query.offset),
      this.contexts.skillNames(),
      loadMatchSeekers(this.repository.dataSource, [seekerId]).then((found) => found[0]),
    ]);
    // The page's own row wins over the head read before it, should the worker have replaced the list in between.
    const head = entries[0] ?? stored;
    const [context, vacancies] = await Promise.all([
      this.contexts.forWeightSet(head.weight_set_id),
      this.vacanciesById(entries.map((entry) => entry.vacancy_id)),
    ]);
    return {
      status: 'ready',
      computedAt: head.computed_at.toISOString(),
      scoringVersion: head.scoring_version,
      weightSetId: head.weight_set_id,
      total,
      page: query.page,
      limit: query.limit,
      items: entries.map((entry) => {
        const details = this.details(seeker, vacancies.get(entry.vacancy_id), context, 'jobs', names);
        return {
          vacancy: vacancyCard(entry),
          score: round6(Number(entry.score)),
          components: componentViews(entry.components, context.weights, 'jobs'),
          ...details,
        };
      }),
    };
  }

  /**
   * Vacancies offering every accommodation the seeker recorded, scored live with the active weights.
   * The accommodations choose which vacancies are scored and never enter a score; reading them is
   * recorded like every read of disability data.
   */
  private async jobsOfferingAccommodations(caller: AuthUser, seekerId: string, query: JobMatchesQueryDto): Promise<MatchPage<JobMatchView>> {
    const needs = await this.repository.dataSource.transaction(async (db) => {
      const recorded = await this.repository.accommodations(db, seekerId);
      await this.seekers.recordRead(db, { readerId: caller.id, readerRole: caller.role, subjectId: seekerId, purpose: ACCOMMODATIONS_READ_PURPOSE });
      return recorded;
    });
    if (!needs || needs.length === 0) {
      throw new UnprocessableEntityException({
        message:
          caller.role === 'job_seeker'
            ? 'You have recorded no accommodations; record the ones you need (PUT /api/job-seekers/me/disability) before filtering by them.'
            : 'This job seeker has recorded no accommodations, so there is nothing to filter by; they can record them in their profile.',
        details: [{ field: 'accommodations', problems: ['no accommodations recorded'] }],
      });
    }
    const context = await this.contexts.active();
    const names = await this.contexts.skillNames();
    const [seeker] = await loadMatchSeekers(this.repository.dataSource, [seekerId]);
    const computedAt = new Date().toISOString();
    const base = { status: 'ready' as const, computedAt, scoringVersion: MATCH_SCORING_VERSION, weightSetId: context.weightSetId, page: query.page, limit: query.limit };
    if (!seeker) return { ...base, total: 0, items: [] };

    const compiled = compileSeeker(seeker, context);
    const ranked: Array<{ vacancy: MatchVacancy; score: number; components: Float64Array }> = [];
    const ids = await this.repository.openVacanciesOffering(needs, reachableRegencies(compiled, context));
    for (let start = 0; start < ids.length; start += LIVE_CHUNK) {
      for (const vacancy of await loadMatchVacancies(this.repository.dataSource, ids.slice(start, start + LIVE_CHUNK))) {
        const components = new Float64Array(MATCH_COMPONENT_COUNT);
        const score = matchScore(compiled, compileVacancy(vacancy, context), context, 'jobs', components);
        if (score >= 0) ranked.push({ vacancy, score, components });
      }
    }
    ranked.sort((a, b) => compareRanked(a.score, a.vacancy.id, b.score, b.vacancy.id));
    const page = ranked.slice(query.offset, query.offset + query.limit);
    const cards = new Map((await this.repository.vacancyCards(page.map((entry) => entry.vacancy.id))).map((card) => [card.vacancy_id, card]));
    return {
      ...base,
      total: ranked.length,
      items: page.flatMap((entry) => {
        const card = cards.get(entry.vacancy.id);
        if (!card) return [];
        return [
          {
            vacancy: vacancyCard(card),
            score: round6(entry.score),
            components: componentViews(entry.components, context.weights, 'jobs'),
            ...this.details(seeker, entry.vacancy, context, 'jobs', names),
          },
        ];
      }),
    };
  }

  /** A vacancy's best candidates, for the members of its company only; no interest fit, no psychometric or disability data. */
  async candidates(caller: AuthUser, vacancyId: string, query: MatchPageQueryDto): Promise<MatchPage<CandidateMatchView>> {
    const vacancy = caller.role === 'employer' ? await this.repository.ownedVacancy(caller.id, vacancyId) : undefined;
    if (!vacancy) throw new DomainError(ErrorCode.NotFound, NO_VACANCY);
    // Drafts and closed, filled or expired vacancies have no candidates (the worker drops their lists).
    if (!vacancy.open) return nothingToList(query);
    const stored = await this.repository.candidateListHead(vacancyId);
    if (!stored) return pending(query);
    const [{ entries, total }, names, matchVacancy] = await Promise.all([
      this.repository.candidatePage(vacancyId, query.limit, query.offset),
      this.contexts.skillNames(),
      loadMatchVacancies(this.repository.dataSource, [vacancyId]).then((found) => found[0]),
    ]);
    const head = entries[0] ?? stored;
    const [context, found] = await Promise.all([
      this.contexts.forWeightSet(head.weight_set_id),
      loadMatchSeekers(this.repository.dataSource, entries.map((entry) => entry.seeker_id)),
    ]);
    // Interest results never reach an employer, not even as an input to the skill details.
    const seekers = new Map(found.map((seeker) => [seeker.id, { ...seeker, interests: null }]));
    return {
      status: 'ready',
      computedAt: head.computed_at.toISOString(),
      scoringVersion: head.scoring_version,
      weightSetId: head.weight_set_id,
      total,
      page: query.page,
      limit: query.limit,
      items: entries.map((entry) => ({
        seeker: {
          id: entry.seeker_id,
          name: entry.full_name,
          regencyCode: entry.regency_code,
          educationLevel: entry.education_level,
          experienceMonths: Number(entry.experience_months),
        },
        score: round6(Number(entry.score)),
        components: componentViews(entry.components, context.weights, 'candidates'),
        ...this.details(seekers.get(entry.seeker_id), matchVacancy, context, 'candidates', names),
        applicationId: entry.application_id,
      })),
    };
  }

  /** Why a seeker and a vacancy match as they do, or why the pair is in no list ("why not"), with the active weights. */
  async explanation(caller: AuthUser, query: ExplanationQueryDto): Promise<ExplanationView> {
    const seekerId = await this.seekerFor(caller, query.seekerId);
    const vacancy = await this.repository.publicVacancy(query.vacancyId);
    if (!vacancy) throw new DomainError(ErrorCode.NotFound, NO_VACANCY);
    const person = await this.repository.seeker(seekerId);
    if (!person) {
      throw new DomainError(
        ErrorCode.NotFound,
        caller.id === seekerId ? 'You have no job-seeker profile yet; complete your profile (GET /api/job-seekers/me) to be matched.' : NO_SEEKER,
      );
    }
    const [context, names, [seeker], [matchVacancy]] = await Promise.all([
      this.contexts.active(),
      this.contexts.skillNames(),
      loadMatchSeekers(this.repository.dataSource, [seekerId]),
      loadMatchVacancies(this.repository.dataSource, [query.vacancyId]),
    ]);
    if (!seeker) throw new DomainError(ErrorCode.NotFound, NO_SEEKER);
    if (!matchVacancy) throw new DomainError(ErrorCode.NotFound, NO_VACANCY);
    const explanation = explainMatch(seeker, matchVacancy, context, 'jobs');
    return {
      ...explanation,
      score: round6(explanation.score),
      components: explanation.components.map((c) => ({ ...c, value: round6(c.value), contribution: round6(c.contribution) })),
      skills: namedSkills(explanation.skills, names),
      distanceKm: distanceView(explanation.distanceKm),
      vacancy: { id: vacancy.id, title: vacancy.title, employerName: vacancy.employer_name },
      seeker: { id: person.id, name: person.full_name },
    };
  }

  private async vacanciesById(ids: string[]): Promise<Map<string, MatchVacancy>> {
    return new Map((await loadMatchVacancies(this.repository.dataSource, ids)).map((vacancy) => [vacancy.id, vacancy]));
  }

  /** The skill details and distance of a pair from the current records (the score and components are the stored ones). */
  private details(
    seeker: MatchSeeker | undefined,
    vacancy: MatchVacancy | undefined,
    context: MatchContext,
    direction: 'jobs' | 'candidates',
    names: ReadonlyMap<number, { nameId: string; nameEn: string }>,
  ): { skills: SkillsView; distanceKm: number | null } {
    if (!seeker || !vacancy) return { skills: NO_SKILLS, distanceKm: null };
    const explanation = explainMatch(seeker, vacancy, context, direction);
    return { skills: namedSkills(explanation.skills, names), distanceKm: distanceView(explanation.distanceKm) };
  }
}

/**
 * The regencies whose vacancies the seeker can reach (the location filter of `locationFit`: a chosen
 * regency, or a centroid within the maximum commute); remote vacancies are reachable anywhere.
 */
function reachableRegencies(seeker: CompiledSeeker, context: MatchContext): string[] {
  const codes: string[] = [];
  for (let region = 0; region < context.regionCount; region++) {
    const chosen = seeker.preferredRegions.includes(region);
    const near = seeker.region >= 0 && context.distanceKm(seeker.region, region) <= seeker.maxCommuteKm;
    if (chosen || near) codes.push(context.regionCode(region));
  }
  return codes;
}

function pending<T>(query: MatchPageQueryDto): MatchPage<T> {
  return { status: 'pending', computedAt: null, scoringVersion: null, weightSetId: null, total: 0, page: query.page, limit: query.limit, items: [] };
}

/** An empty list that will stay empty while the seeker is not active or the vacancy not open. */
function nothingToList<T>(query: MatchPageQueryDto): MatchPage<T> {
  return { ...pending<T>(query), status: 'ready' };
}

function vacancyCard(row: VacancyCard): VacancyCardView {
  return {
    id: row.vacancy_id,
    title: row.title,
    employerName: row.employer_name,
    occupationCode: row.occupation_code,
    regencyCode: row.regency_code,
    isRemote: row.is_remote,
    wageMin: row.wage_min === null ? null : Number(row.wage_min),
    wageMax: row.wage_max === null ? null : Number(row.wage_max),
    employmentType: row.employment_type,
    deadline: row.deadline,
  };
}
