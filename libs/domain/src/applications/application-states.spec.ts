import fc from 'fast-check';
import { DomainError, ErrorCode } from '../common/domain-error.js';
import {
  APPLICATION_STATUSES,
  OPEN_APPLICATION_STATUSES,
  allowedTransitions,
  assertAcceptsApplications,
  assertTransition,
  isOpenStatus,
  type ApplicationStatus,
  type TransitionRequest,
} from './application-states.js';

const now = new Date('2026-11-22T08:00:00Z');
const tomorrow = new Date('2026-11-23T08:00:00Z');

function refusal(request: TransitionRequest): DomainError {
  try {
    assertTransition(request);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('application state machine', () => {
  it.each<[ApplicationStatus, ApplicationStatus[]]>([
    ['submitted', ['screening', 'rejected']],
    ['screening', ['interview', 'rejected']],
    ['interview', ['interview', 'offered', 'rejected']],
    ['offered', ['hired', 'rejected']],
    ['hired', []],
    ['rejected', []],
    ['withdrawn', []],
    ['not_answered', []],
  ])('an employer moves %s to %j', (from, to) => {
    expect(allowedTransitions(from, 'employer')).toEqual(to);
  });

  it('lets the seeker withdraw only an open application', () => {
    for (const status of APPLICATION_STATUSES) {
      expect(allowedTransitions(status, 'job_seeker')).toEqual(isOpenStatus(status) ? ['withdrawn'] : []);
    }
  });

  it('lets the system close any open application, and nothing closed', () => {
    for (const status of OPEN_APPLICATION_STATUSES) expect(allowedTransitions(status, 'system')).toEqual(['not_answered', 'rejected']);
    expect(allowedTransitions('hired', 'system')).toEqual([]);
  });

  it('never leaves a closed state, whoever asks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...APPLICATION_STATUSES), fc.constantFrom('employer', 'job_seeker', 'system' as const), (from, actor) => {
        if (!isOpenStatus(from)) expect(allowedTransitions(from, actor)).toEqual([]);
      }),
    );
  });

  it('refuses a skipped step and says which moves are allowed', () => {
    const error = refusal({ from: 'submitted', to: 'hired', actor: 'employer', now });
    expect(error.code).toBe(ErrorCode.TransitionNotAllowed);
    expect(error.message).toBe('An application that is submitted cannot move to hired; allowed next: screening, rejected.');
    expect(error.details).toEqual({ from: 'submitted', to: 'hired', allowed: ['screening', 'rejected'] });
  });

  it('says a closed application is closed', () => {
    expect(refusal({ from: 'withdrawn', to: 'screening', actor: 'employer', now }).message).toMatch(/withdrawn and closed/);
  });

  it('needs a reason to reject, and only then', () => {
    expect(refusal({ from: 'screening', to: 'rejected', actor: 'employer', now }).message).toMatch(/reason is required/);
    expect(() => assertTransition({ from: 'screening', to: 'rejected', actor: 'employer', reason: 'experience', now })).not.toThrow();
    expect(refusal({ from: 'submitted', to: 'screening', actor: 'employer', reason: 'other', now }).message).toMatch(/only for to=rejected/);
  });

  it('needs an interview in the future to move to interview, and only then', () => {
    expect(refusal({ from: 'screening', to: 'interview', actor: 'employer', now }).message).toMatch(/interview is required/);
    const past = { startsAt: new Date('2026-11-21T08:00:00Z'), mode: 'video' as const, place: 'https://meet.example.org/x' };
    expect(refusal({ from: 'screening', to: 'interview', actor: 'employer', interview: past, now }).message).toMatch(/future/);
    const nextYear = { ...past, startsAt: new Date('2027-11-23T08:00:00Z') };
    expect(refusal({ from: 'screening', to: 'interview', actor: 'employer', interview: nextYear, now }).message).toMatch(/within 365 days/);
    const plan = { ...past, startsAt: tomorrow };
    expect(() => assertTransition({ from: 'screening', to: 'interview', actor: 'employer', interview: plan, now })).not.toThrow();
    expect(refusal({ from: 'submitted', to: 'screening', actor: 'employer', interview: plan, now }).message).toMatch(/only for to=interview/);
  });

  it('takes a start date only with a hire', () => {
    expect(() => assertTransition({ from: 'offered', to: 'hired', actor: 'employer', startDate: '2026-12-01', now })).not.toThrow();
    expect(refusal({ from: 'submitted', to: 'screening', actor: 'employer', startDate: '2026-12-01', now }).message).toMatch(/startDate/);
  });
});

describe('which vacancies take applications', () => {
  it.each([
    [{ status: 'published', deadline: null }, true],
    [{ status: 'published', deadline: '2026-11-22' }, true],
    [{ status: 'published', deadline: '2026-11-21' }, false],
    [{ status: 'draft', deadline: null }, false],
    [{ status: 'closed', deadline: null }, false],
    [{ status: 'filled', deadline: null }, false],
  ])('%j on 2026-11-22 → %s', (vacancy, accepts) => {
    const check = () => assertAcceptsApplications(vacancy, '2026-11-22');
    if (accepts) expect(check).not.toThrow();
    else expect(check).toThrow(DomainError);
  });
});
