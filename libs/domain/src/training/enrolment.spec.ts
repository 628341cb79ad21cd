import fc from 'fast-check';
import {
  COMPLETION_MIN_ATTENDANCE,
  ENROLMENT_STATUSES,
  ageLimitProblems,
  ageOn,
  allowedEnrolmentTransitions,
  attendanceRate,
  cancelledStatus,
  certificateNumber,
  completionProblem,
  eligibilityProblems,
  enrolmentTransitionProblem,
  freesPlace,
  parseCertificateNumber,
  periodsOverlap,
  waitlistOrder,
  type EnrolmentActor,
} from './enrolment.js';

describe('enrolment transitions', () => {
  it.each<[string, string, EnrolmentActor, boolean]>([
    ['applied', 'withdrawn', 'seeker', true],
    ['attending', 'withdrawn', 'seeker', true],
    ['applied', 'accepted', 'seeker', false],
    ['completed', 'withdrawn', 'seeker', false],
    ['applied', 'accepted', 'staff', true],
    ['applied', 'rejected', 'staff', true],
    ['waitlisted', 'accepted', 'staff', true],
    ['accepted', 'dropped', 'staff', true],
    ['attending', 'completed', 'staff', true],
    ['applied', 'completed', 'staff', false],
    ['rejected', 'accepted', 'staff', false],
    ['attending', 'completed', 'instructor', true],
    ['applied', 'accepted', 'instructor', false],
    ['attending', 'dropped', 'instructor', false],
    ['applied', 'accepted', 'system', true],
    ['applied', 'waitlisted', 'system', true],
    ['waitlisted', 'accepted', 'system', true],
    ['accepted', 'completed', 'system', false],
    ['attending', 'dropped', 'system', true],
    ['applied', 'dropped', 'system', false],
  ])('%s → %s by %s: %s', (from, to, actor, allowed) => {
    const problem = enrolmentTransitionProblem(from as never, to as never, actor);
    expect(problem === null).toBe(allowed);
    if (!allowed) expect(problem).toMatch(from);
  });

  it('never leaves an ended enrolment, whoever asks', () => {
    for (const from of ['completed', 'rejected', 'dropped', 'withdrawn'] as const) {
      for (const actor of ['seeker', 'staff', 'instructor', 'system'] as const) expect(allowedEnrolmentTransitions(from, actor)).toEqual([]);
    }
  });

  it('frees a place only when a place-holder ends before completion', () => {
    expect(freesPlace('accepted', 'withdrawn')).toBe(true);
    expect(freesPlace('attending', 'dropped')).toBe(true);
    expect(freesPlace('attending', 'completed')).toBe(false);
    expect(freesPlace('applied', 'rejected')).toBe(false);
    expect(freesPlace('waitlisted', 'withdrawn')).toBe(false);
  });

  it("ends a cancelled cohort's live enrolments as the system may", () => {
    for (const status of ENROLMENT_STATUSES) {
      const to = cancelledStatus(status);
      if (to) expect(enrolmentTransitionProblem(status, to, 'system')).toBeNull();
    }
    expect(cancelledStatus('waitlisted')).toBe('rejected');
    expect(cancelledStatus('attending')).toBe('dropped');
    expect(cancelledStatus('completed')).toBeNull();
  });

  it('lists every state', () => {
    expect(ENROLMENT_STATUSES).toHaveLength(8);
  });
});

describe('eligibility', () => {
  const programme = { educationMinRank: 4, educationMinName: 'SMA', ageMin: null, ageMax: null };
  const applicant = { educationRank: 4, birthDate: '2000-06-15' };

  it('accepts an applicant who meets everything', () => {
    expect(eligibilityProblems(programme, applicant, '2026-12-01', null)).toEqual([]);
  });

  it('names education below the minimum', () => {
    const problems = eligibilityProblems(programme, { ...applicant, educationRank: 3 }, '2026-12-01', null);
    expect(problems.map((p) => p.code)).toEqual(['EDUCATION_BELOW_MINIMUM']);
    expect(problems[0].message).toMatch('SMA');
  });

  it('counts age on the start date, birthday included', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
    const limited = { ...programme, ageMin: 18, ageMax: 25 };
    expect(eligibilityProblems(limited, applicant, '2026-06-14', null)).toEqual([]);
    const late = eligibilityProblems(limited, applicant, '2026-06-15', null);
    expect(late.map((p) => p.code)).toEqual(['AGE_OUTSIDE_LIMITS']);
    expect(late[0].message).toMatch('26');
    expect(eligibilityProblems({ ...programme, ageMin: 27, ageMax: null }, applicant, '2026-06-15', null)[0].message).toMatch('at least 27');
  });

  it('names an overlapping enrolment', () => {
    const problems = eligibilityProblems(programme, applicant, '2026-12-01', { title: 'Menjahit', startsOn: '2026-11-20', endsOn: '2026-12-10' });
    expect(problems.map((p) => p.code)).toEqual(['OVERLAPPING_ENROLMENT']);
    expect(problems[0].message).toMatch('Menjahit');
  });

  it('asks for a birth date and education first', () => {
    expect(eligibilityProblems(programme, { educationRank: null, birthDate: null }, '2026-12-01', null).map((p) => p.code)).toEqual(['PROFILE_INCOMPLETE']);
  });

  it('overlaps inclusive periods', () => {
    expect(periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-01-10' }, { startsOn: '2026-01-10', endsOn: '2026-01-20' })).toBe(true);
    expect(periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-01-09' }, { startsOn: '2026-01-10', endsOn: '2026-01-20' })).toBe(false);
  });

  it('allows age limits only with their legal basis', () => {
    expect(ageLimitProblems({ ageMin: null, ageMax: null, ageLegalBasis: null })).toEqual([]);
    expect(ageLimitProblems({ ageMin: 18, ageMax: null, ageLegalBasis: null })[0]).toMatch('ageLegalBasis');
    expect(ageLimitProblems({ ageMin: 18, ageMax: 25, ageLegalBasis: 'Permenaker 8/2014' })).toEqual([]);
    expect(ageLimitProblems({ ageMin: 30, ageMax: 25, ageLegalBasis: 'Permenaker 8/2014' })).toEqual(['ageMin must not be more than ageMax']);
    expect(ageLimitProblems({ ageMin: null, ageMax: null, ageLegalBasis: 'UU 13/2003' })[0]).toMatch('only for');
  });
});

describe('attendance and completion', () => {
  it('completes at 75 % of the sessions held, not below', () => {
    expect(COMPLETION_MIN_ATTENDANCE).toBe(0.75);
    expect(completionProblem(4, 3)).toBeNull();
    expect(completionProblem(8, 6)).toBeNull();
    expect(completionProblem(8, 5)).toMatch('at least 6 needed');
    expect(completionProblem(0, 0)).toMatch('record attendance');
  });

  it('keeps the rate in [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 600 }), (held, present) => {
        const rate = attendanceRate(held, present);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        if (held > 0 && present <= held) expect(completionProblem(held, present) === null).toBe(present / held >= 0.75);
      }),
    );
  });
});

describe('certificate numbers', () => {
  it('formats and parses BLK-<regency>-<year>-<sequence>', () => {
    expect(certificateNumber('3374', 2026, 42)).toBe('BLK-3374-2026-000042');
    expect(parseCertificateNumber('BLK-3374-2026-000042')).toEqual({ regencyCode: '3374', year: 2026, sequence: 42 });
    expect(parseCertificateNumber('BLK-3374-2026-000000')).toBeUndefined();
    expect(parseCertificateNumber('3374-2026-000042')).toBeUndefined();
    expect(parseCertificateNumber('BLK-3374-2026-42')).toBeUndefined();
    expect(() => certificateNumber('33', 2026, 1)).toThrow(RangeError);
    expect(() => certificateNumber('3374', 2026, 1_000_000)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 2000, max: 2999 }), (sequence, year) => {
        expect(parseCertificateNumber(certificateNumber('3301', year, sequence))).toEqual({ regencyCode: '3301', year, sequence });
      }),
    );
  });
});

describe('waiting list', () => {
  it('offers places first come, first served, ties by id', () => {
    const order = waitlistOrder([
      { id: 'c', waitlistedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'b', waitlistedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'a', waitlistedAt: '2026-01-02T00:00:00.000Z' },
    ]);
    expect(order.map((entry) => entry.id)).toEqual(['b', 'a', 'c']);
  });
});
