import { Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { DEFAULT_MATCH_WEIGHTS, MATCH_COMPONENTS, MATCH_SCORING_VERSION, MAX_MATCH_WEIGHT, matchWeightProblems, type MatchWeights } from '#domain';
import { loadActiveWeightSet } from '#persistence';
import { JobName, JobProducer } from '#queue';
import type { AuthUser } from '../../common/decorators/auth.decorators.js';
import type { UpdateMatchWeightsDto } from './dto/matching.dto.js';
import { MatchingRepository, type WeightSetRow } from './matching.repository.js';

export interface WeightSetView {
  id: number;
  weights: MatchWeights;
  reason: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  active: boolean;
}

export interface WeightsView {
  scoringVersion: string;
  components: readonly string[];
  maxWeight: number;
  defaults: MatchWeights;
  /** The active weight set; null while the built-in defaults apply (no usable stored set). */
  active: WeightSetView | null;
  /** The weights scoring uses now (the active set's, or the defaults). */
  weights: MatchWeights;
  /** The latest sets, newest first (the active one among them). */
  history: WeightSetView[];
}

const HISTORY = 10;

/** The admin's view of matching: the weights that combine the components, and how far the lists have caught up. */
@Injectable()
export class AdminMatchingService {
  private readonly logger = new Logger('Matching');

  constructor(
    private readonly repository: MatchingRepository,
    private readonly jobs: JobProducer,
  ) {}

  async weights(): Promise<WeightsView> {
    const [active, history] = await Promise.all([loadActiveWeightSet(this.repository.dataSource), this.repository.weightSets(HISTORY)]);
    const activeRow = active.id === null ? undefined : (history.find((row) => row.id === active.id) ?? (await this.repository.weightSet(active.id)));
    return {
      scoringVersion: MATCH_SCORING_VERSION,
      components: MATCH_COMPONENTS,
      maxWeight: MAX_MATCH_WEIGHT,
      defaults: DEFAULT_MATCH_WEIGHTS,
      active: activeRow ? weightSetView(activeRow) : null,
      weights: inComponentOrder(active.weights),
      history: history.map(weightSetView),
    };
  }

  /**
   * Stores new weights as the active set and asks the worker to rebuild every list with them. Until
   * the rebuild reaches a list, it keeps (and shows) the weight set it was computed with.
   */
  async updateWeights(caller: AuthUser, dto: UpdateMatchWeightsDto): Promise<WeightsView & { rebuildQueued: boolean }> {
    const problems = matchWeightProblems(dto.weights);
    if (problems.length > 0) {
      throw new UnprocessableEntityException({
        message: problems.map((problem) => problem.message).join('; '),
        details: problems.map((problem) => ({ field: problem.path, problems: [problem.message] })),
      });
    }
    const weights = Object.fromEntries(MATCH_COMPONENTS.map((component) => [component, (dto.weights as MatchWeights)[component]]));
    await this.repository.activateWeightSet(weights, dto.reason, caller.id);
    let rebuildQueued = true;
    try {
      await this.jobs.add(JobName.RebuildMatches, {});
    } catch (error) {
      // The weight set is stored; the worker's reconciler rebuilds lists whose weight set is not the active one.
      rebuildQueued = false;
      this.logger.warn(`Could not queue the rebuild after a weight change: ${(error as Error).message}`);
    }
    return { ...(await this.weights()), rebuildQueued };
  }

  async status(): Promise<Record<string, unknown>> {
    const [weights, status] = await Promise.all([this.weights(), this.repository.status()]);
    const rebuild = status.rebuild as null | {
      id: number;
      weight_set_id: number | null;
      phase: string;
      started_at: Date;
      finished_at: Date | null;
      seekers_done: number;
      vacancies_done: number;
    };
    return {
      scoringVersion: MATCH_SCORING_VERSION,
      activeWeightSet: weights.active ? { id: weights.active.id, reason: weights.active.reason, createdAt: weights.active.createdAt, weights: weights.active.weights } : null,
      weights: weights.weights,
      rebuild: rebuild
        ? {
            id: rebuild.id,
            weightSetId: rebuild.weight_set_id,
            phase: rebuild.phase,
            startedAt: iso(rebuild.started_at),
            finishedAt: iso(rebuild.finished_at),
            seekersDone: Number(rebuild.seekers_done ?? 0),
            vacanciesDone: Number(rebuild.vacancies_done ?? 0),
          }
        : null,
      pendingChanges: {
        seekers: status.changes.seekers,
        vacancies: status.changes.vacancies,
        total: status.changes.seekers + status.changes.vacancies,
        oldestAt: iso(status.changes.oldest_at),
      },
      lists: {
        seekers: status.lists.seeker_lists,
        vacancies: status.lists.vacancy_lists,
        seekersWithOtherWeights: status.lists.seeker_lists_other_weights,
        vacanciesWithOtherWeights: status.lists.vacancy_lists_other_weights,
        oldestComputedAt: iso(status.lists.oldest_computed_at),
      },
      population: { activeSeekers: status.population.active_seekers, openVacancies: status.population.open_vacancies },
    };
  }
}

function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/** jsonb keeps keys in its own order; answers list them as MATCH_COMPONENTS does. */
function inComponentOrder(weights: MatchWeights): MatchWeights {
  return Object.fromEntries(MATCH_COMPONENTS.map((component) => [component, weights[component]])) as unknown as MatchWeights;
}

function weightSetView(row: WeightSetRow): WeightSetView {
  return {
    id: row.id,
    weights: inComponentOrder(row.weights as MatchWeights),
    reason: row.reason,
    createdAt: iso(row.created_at)!,
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    active: row.active,
  };
}
