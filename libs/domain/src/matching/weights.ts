/**
 * The parts of a match score and the weights that combine them. The weights are data an admin may
 * tune; every stored match keeps the weight set and the scoring version it was computed with.
 */

/** Bumped whenever a rule of the scoring function changes, so that stored matches say which rules made them. */
export const MATCH_SCORING_VERSION = '2026.1';

/**
 * The components, in the order stored matches keep them (a flat array of this length per entry).
 * `interest` counts only when ranking jobs for a seeker who has a usable interest result.
 */
export const MATCH_COMPONENTS = ['skills', 'education', 'experience', 'location', 'wage', 'employmentType', 'occupation', 'interest'] as const;
export type MatchComponent = (typeof MATCH_COMPONENTS)[number];
export const MATCH_COMPONENT_COUNT = MATCH_COMPONENTS.length;

export type MatchWeights = Readonly<Record<MatchComponent, number>>;

/** The largest weight an admin may give one component; the score divides by the sum, so only ratios matter. */
export const MAX_MATCH_WEIGHT = 10;

/**
 * Skills carry most of the score because they are what an employer asks for; interest fit is a
 * seeker-side signal with modest weight (spec psychometrics §7: rank by the profile correlation).
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  skills: 4,
  education: 1.2,
  experience: 1,
  location: 1,
  wage: 0.8,
  employmentType: 0.5,
  occupation: 0.5,
  interest: 1,
};

/** Every problem of a weight set proposed by an admin, each with the field and what to change; [] when usable. */
export function matchWeightProblems(input: unknown): Array<{ path: string; message: string }> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: 'weights', message: `weights must be an object with a number for each of: ${MATCH_COMPONENTS.join(', ')}` }];
  }
  const problems: Array<{ path: string; message: string }> = [];
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(MATCH_COMPONENTS as readonly string[]).includes(key)) {
      problems.push({ path: `weights.${key}`, message: `${key} is not a component; use only ${MATCH_COMPONENTS.join(', ')}` });
    }
  }
  for (const component of MATCH_COMPONENTS) {
    const value = record[component];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_MATCH_WEIGHT) {
      problems.push({ path: `weights.${component}`, message: `weights.${component} must be a number from 0 to ${MAX_MATCH_WEIGHT}` });
    }
  }
  if (problems.length === 0 && MATCH_COMPONENTS.every((component) => component === 'interest' || record[component] === 0)) {
    problems.push({ path: 'weights', message: 'give at least one component other than interest a weight above 0, or employers would see every candidate scored alike' });
  }
  return problems;
}
