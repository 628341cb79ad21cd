import {
  educationFit,
  employmentTypeFit,
  experienceFit,
  interestFit,
  occupationFit,
  wageFit,
  type CompiledSeeker,
  type CompiledVacancy,
  type MatchContext,
} from '#domain';

/**
 * The weighted sum of every component but skills, from the domain's own component functions, given
 * the location component. With the skills component bounded by `fraction`, (skills × fraction + this)
 * / total bounds the score without the skill matching, which is what costs most in `matchScore`.
 * Only a bound to skip pairs: every score the index returns comes from `matchScore` itself.
 */
export function otherComponentsSum(seeker: CompiledSeeker, vacancy: CompiledVacancy, ctx: MatchContext, withInterest: boolean, location: number): number {
  const w = ctx.weights;
  let sum =
    w.education * educationFit(seeker, vacancy) +
    w.experience * experienceFit(seeker, vacancy) +
    w.location * location +
    w.wage * wageFit(seeker, vacancy) +
    w.employmentType * employmentTypeFit(seeker, vacancy) +
    w.occupation * occupationFit(seeker, vacancy);
  if (withInterest) sum += w.interest * interestFit(seeker, vacancy);
  return sum;
}
