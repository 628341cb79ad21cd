import { BadRequestException, ConflictException, HttpStatus, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { findInstrument, latestInstruments, psychometrics } from '#persistence';
import { JobName, JobProducer } from '#queue';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import { AssessmentsRepository, type AssessmentRow, type ResultRow } from './assessments.repository.js';
import { explainScale } from './explanations.js';

type Instrument = psychometrics.InstrumentDefinition;

// About ten seconds an item, rounded up: what the list tells a seeker before starting.
const SECONDS_PER_ITEM = 10;
const VACANCIES_PER_OCCUPATION = 3;
const TRAININGS_PER_OCCUPATION = 3;

export interface SessionView {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  kind: Instrument['kind'];
  locale: 'id' | 'en';
  status: AssessmentRow['status'];
  pageCount: number;
  currentPage: number;
  answered: number;
  itemCount: number;
}

/** A response carrying its own status code (201 for a new session, 200 for the same one again; 202 while scoring). */
export class WithStatus<T> {
  constructor(
    readonly status: number,
    readonly body: T,
  ) {}
}

function notFound(): NotFoundException {
  return new NotFoundException('No such assessment');
}

/** Sessions, pages, submission and results of psychometric assessments. */
@Injectable()
export class AssessmentsService {
  private readonly logger = new Logger(AssessmentsService.name);

  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly jobs: JobProducer,
  ) {}

  async instruments() {
    const instruments = await latestInstruments(this.repository.dataSource);
    return instruments.map((instrument) => ({
      id: instrument.id,
      version: instrument.version,
      kind: instrument.kind,
      title: instrument.title,
      itemCount: instrument.items.length,
      pageCount: instrument.pages.length,
      minutes: Math.ceil((instrument.items.length * SECONDS_PER_ITEM) / 60),
      translation: instrument.translation,
    }));
  }

  async start(user: AuthUser, instrumentId: string, locale: 'id' | 'en'): Promise<WithStatus<SessionView>> {
    const existing = await this.repository.findInProgress(user.id, instrumentId);
    if (existing) return new WithStatus(HttpStatus.OK, await this.session(existing));
    const instrument = (await latestInstruments(this.repository.dataSource)).find((candidate) => candidate.id === instrumentId);
    if (!instrument) {
      const known = (await latestInstruments(this.repository.dataSource)).map((candidate) => candidate.id);
      throw new BadRequestException(`instrumentId must be one of ${known.join(', ')}`);
    }
    const created = await this.repository.insert(user.id, instrument.id, instrument.version, locale);
    if (created) return new WithStatus(HttpStatus.CREATED, await this.session(created));
    // Another request started it a moment ago.
    const again = await this.repository.findInProgress(user.id, instrumentId);
    if (!again) throw new ConflictException('The assessment was started and finished at the same moment; start again');
    return new WithStatus(HttpStatus.OK, await this.session(again));
  }

  async mine(user: AuthUser) {
    const rows = await this.repository.mine(user.id);
    return {
      items: rows.map((row) => ({
        id: row.id,
        instrumentId: row.instrument_id,
        kind: row.kind,
        status: row.status,
        startedAt: row.started_at.toISOString(),
        submittedAt: row.submitted_at?.toISOString() ?? null,
        resultStatus: row.result_status,
      })),
    };
  }

  async get(user: AuthUser, id: string): Promise<SessionView> {
    return this.session(await this.own(user, id));
  }

  async page(user: AuthUser, id: string, index: number) {
    const assessment = await this.own(user, id);
    const instrument = await this.instrumentOf(assessment);
    this.checkIndex(instrument, index);
    if (assessment.status === 'in_progress' && index > assessment.current_page) {
      throw new ConflictException(`Answer page ${assessment.current_page} first; pages open in order (current page ${assessment.current_page})`);
    }
    const items = this.itemsOf(instrument, index);
    if (assessment.status === 'in_progress') await this.repository.markServed(id, index);
    const answers = await this.repository.answersOf(
      id,
      items.map((item) => item.id),
    );
    return {
      index,
      pageCount: instrument.pages.length,
      scale: { min: instrument.responseScale.min, max: instrument.responseScale.max, labels: instrument.responseScale.labels[assessment.locale] },
      items: items.map((item) => ({ id: item.id, position: item.position, text: item.text[assessment.locale], value: answers.has(item.id) ? answers.get(item.id)! : null })),
    };
  }

  async answer(user: AuthUser, id: string, index: number, answers: Array<{ itemId: string; value: number | null }>): Promise<SessionView> {
    const assessment = await this.own(user, id);
    const instrument = await this.instrumentOf(assessment);
    this.checkIndex(instrument, index);
    if (assessment.status !== 'in_progress') throw new ConflictException(`This assessment is ${assessment.status}; answers can no longer change`);
    if (index > assessment.current_page) throw new ConflictException(`Answer page ${assessment.current_page} first; pages are answered in order`);
    const items = this.itemsOf(instrument, index);
    const expected = new Set(items.map((item) => item.id));
    const { min, max } = instrument.responseScale;
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const [position, answer] of answers.entries()) {
      if (!expected.has(answer.itemId)) problems.push(`answers.${position}.itemId: ${answer.itemId} is not on page ${index}`);
      else if (seen.has(answer.itemId)) problems.push(`answers.${position}.itemId: ${answer.itemId} is answered twice`);
      seen.add(answer.itemId);
      if (answer.value !== null && (answer.value < min || answer.value > max)) problems.push(`answers.${position}.value must be from ${min} to ${max}, or null to skip`);
    }
    const missing = items.filter((item) => !seen.has(item.id)).map((item) => item.id);
    if (missing.length > 0) problems.push(`answers must include every item of page ${index}; missing ${missing.join(', ')} (send null to skip one)`);
    if (problems.length > 0) throw new BadRequestException({ message: problems.join('; '), details: problems });
    const saved = await this.repository.saveAnswers(id, index, instrument.pages.length, answers);
    if (!saved) throw new ConflictException('This assessment changed meanwhile; reload it');
    return this.session((await this.repository.find(id))!);
  }

  async submit(user: AuthUser, id: string): Promise<{ id: string; status: string }> {
    const assessment = await this.own(user, id);
    if (assessment.status !== 'in_progress') return { id, status: assessment.status };
    const instrument = await this.instrumentOf(assessment);
    const unanswered = await this.repository.unansweredPages(id, instrument.pages.length);
    if (unanswered.length > 0) throw new ConflictException({ message: `Answer every page first; unanswered pages: ${unanswered.join(', ')}`, details: { unansweredPages: unanswered } });
    if (!(await this.repository.submit(id))) return { id, status: (await this.repository.find(id))!.status };
    // After commit; if Redis is down the reconciler queues it later.
    try {
      await this.jobs.add(JobName.ScoreAssessment, { assessmentId: id });
    } catch (error) {
      this.logger.warn(`Could not queue scoring of ${id}; the reconciler will: ${(error as Error).message}`);
    }
    return { id, status: 'submitted' };
  }

  /** The result for the seeker, or for a counsellor of the seeker's regency (with metrics and flag details). */
  async result(user: AuthUser, id: string): Promise<WithStatus<unknown>> {
    const { assessment, counsellor } = await this.readable(user, id);
    if (assessment.status === 'in_progress') throw new ConflictException('This assessment is not submitted yet');
    if (assessment.status === 'submitted') return new WithStatus(HttpStatus.ACCEPTED, { status: 'submitted' });
    if (assessment.status === 'failed') {
      const message = counsellor ? await this.repository.failureOf(id) : null;
      throw new ConflictException({ message: 'This assessment could not be scored; the failure is kept for the service to inspect', details: message ? { reason: message } : undefined });
    }
    const row = await this.repository.latestResult(id);
    if (!row) return new WithStatus(HttpStatus.ACCEPTED, { status: 'submitted' });
    const instrument = await this.instrumentOf(assessment);
    return new WithStatus(HttpStatus.OK, this.resultView(instrument, row, counsellor));
  }

  async suggestions(user: AuthUser, id: string, jobZones: number[], limit: number) {
    const { assessment, counsellor } = await this.readable(user, id);
    const none = (reason: 'invalid' | 'flat' | 'incomplete') => {
      const messages = psychometrics.noSuggestionsMessage(reason);
      return { items: [], none: reason, message: messages.seeker, ...(counsellor ? { counsellorPrompt: messages.counsellor } : {}) };
    };
    const instrument = await this.instrumentOf(assessment);
    if (instrument.kind !== 'interest') throw new BadRequestException('Career suggestions come from an interest inventory; this assessment is a personality inventory');
    if (assessment.status === 'in_progress' || assessment.status === 'submitted') throw new ConflictException('Suggestions follow the result; the assessment is not scored yet');
    const row = assessment.status === 'scored' ? await this.repository.latestResult(id) : null;
    if (!row) return none('invalid');
    const occupations = (await this.repository.occupations()).map((o) => ({
      code: o.code,
      title: { id: o.title_id, en: o.title_en },
      riasec: o.riasec,
      interests: o.interests.map(Number),
      jobZone: o.job_zone,
    }));
    const ranked = psychometrics.careerSuggestions(row.result as unknown as psychometrics.AssessmentResult, occupations, jobZones, limit);
    if (!Array.isArray(ranked)) return none(ranked.none);
    const codes = ranked.map((s) => s.code);
    const [vacancies, trainings] = await Promise.all([
      this.repository.vacanciesFor(codes, VACANCIES_PER_OCCUPATION),
      this.repository.trainingsFor(codes, TRAININGS_PER_OCCUPATION),
    ]);
    return {
      items: ranked.map((s) => ({
        occupation: { code: s.code, title: s.title },
        jobZone: s.jobZone,
        r: s.r,
        band: s.band,
        cIndex: s.cIndex,
        sharedLetters: s.sharedLetters,
        vacancies: vacancies.filter((v) => v.occupation_code === s.code).map((v) => ({ id: v.id, title: v.title, employer: v.employer })),
        trainings: trainings.filter((t) => t.occupation_code === s.code).map((t) => ({ id: t.id, title: t.title, centre: t.centre })),
      })),
    };
  }

  // ---- counsellor ----

  async counsellorFeed(user: AuthUser, page: number, limit: number) {
    const rows = await this.repository.counsellorFeed(user.id, limit, (page - 1) * limit);
    return {
      items: rows.map((row) => ({
        assessmentId: row.assessment_id,
        seeker: { id: row.seeker_id, fullName: row.full_name },
        instrumentId: row.instrument_id,
        status: row.status,
        flags: row.flags,
        scoredAt: row.scored_at.toISOString(),
      })),
      total: rows[0]?.total ?? 0,
      page,
      limit,
    };
  }

  async counsellorSeeker(user: AuthUser, seekerId: string) {
    if (!(await this.repository.isCounsellorOf(user.id, seekerId))) throw new NotFoundException('No such job seeker in your office regency');
    const fullName = await this.repository.seekerName(seekerId);
    const items = [];
    for (const assessment of await this.repository.scoredOf(seekerId)) {
      const row = await this.repository.latestResult(assessment.id);
      if (row) items.push(this.resultView(await this.instrumentOf(assessment), row, true));
    }
    return { seeker: { id: seekerId, fullName }, items };
  }

  // ---- helpers ----

  resultView(instrument: Instrument, row: ResultRow, withMetrics: boolean) {
    const result = row.result as unknown as psychometrics.AssessmentResult;
    const scales: Record<string, unknown> = {};
    const explanations: Record<string, { id: string; en: string }> = {};
    for (const [scale, s] of Object.entries(result.scales)) {
      const band = (s as { band?: 'low' | 'average' | 'high' | null }).band ?? null;
      scales[scale] = { raw: s.raw, meanItem: s.meanItem, pomp: s.pomp, band, z: s.z, T: s.T, percentile: s.percentile, sem: s.sem, ci95: s.ci95 };
      explanations[scale] = psychometrics.scaleExplanation(instrument.id, scale, band) ?? explainScale(instrument.kind, scale, band, s.pomp);
    }
    return {
      assessmentId: row.assessment_id,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      kind: instrument.kind,
      status: result.status,
      flags: result.flags.map((flag) => ({ ...(withMetrics ? flag : { code: flag.code, severity: flag.severity }), message: psychometrics.flagMessage(flag) })),
      scales,
      ...(instrument.kind === 'interest' ? { holland: result.holland ?? null, consistency: result.consistency ?? null, differentiation: result.differentiation ?? null } : {}),
      explanations,
      normVersion: row.norm_version,
      scoringVersion: row.scoring_version,
      scoredAt: row.created_at.toISOString(),
      ...(withMetrics ? { metrics: result.metrics } : {}),
    };
  }

  private async session(row: AssessmentRow): Promise<SessionView> {
    const instrument = await this.instrumentOf(row);
    return {
      id: row.id,
      instrumentId: row.instrument_id,
      instrumentVersion: row.instrument_version,
      kind: instrument.kind,
      locale: row.locale,
      status: row.status,
      pageCount: instrument.pages.length,
      currentPage: row.current_page,
      answered: await this.repository.answeredCount(row.id),
      itemCount: instrument.items.length,
    };
  }

  /** The caller's own assessment; anyone else's answers like a missing one. */
  private async own(user: AuthUser, id: string): Promise<AssessmentRow> {
    const row = await this.repository.find(id);
    if (!row || row.user_id !== user.id) throw notFound();
    return row;
  }

  /** Readable by its owner and by a counsellor of the owner's office regency. */
  private async readable(user: AuthUser, id: string): Promise<{ assessment: AssessmentRow; counsellor: boolean }> {
    const row = await this.repository.find(id);
    if (!row) throw notFound();
    if (row.user_id === user.id) return { assessment: row, counsellor: false };
    if (user.role === 'counsellor' && (await this.repository.isCounsellorOf(user.id, row.user_id))) return { assessment: row, counsellor: true };
    throw notFound();
  }

  private async instrumentOf(row: Pick<AssessmentRow, 'instrument_id' | 'instrument_version'>): Promise<Instrument> {
    const instrument = await findInstrument(this.repository.dataSource, row.instrument_id, row.instrument_version);
    if (!instrument) throw new Error(`Instrument ${row.instrument_id}@${row.instrument_version} of an assessment is missing`);
    return instrument;
  }

  private checkIndex(instrument: Instrument, index: number): void {
    if (index < 0 || index >= instrument.pages.length) throw new BadRequestException(`index must be from 0 to ${instrument.pages.length - 1}`);
  }

  private itemsOf(instrument: Instrument, index: number) {
    const byPosition = new Map(instrument.items.map((item) => [item.position, item]));
    return instrument.pages[index].map((position) => byPosition.get(position)!).filter(Boolean);
  }
}
