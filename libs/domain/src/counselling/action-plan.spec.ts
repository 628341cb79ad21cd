import { goalOverdue, planProgress } from './action-plan.js';
import { followUpDueNotification, sessionNotification } from './counselling-notifications.js';
import { followUpNeedsReminder, followUpState, nextFollowUpDue } from './follow-ups.js';

describe('action plan', () => {
  it('progress is done among goals not dropped, null without any', () => {
    expect(planProgress([])).toBeNull();
    expect(planProgress([{ status: 'dropped' }])).toBeNull();
    expect(planProgress([{ status: 'done' }, { status: 'open' }, { status: 'dropped' }])).toBe(50);
    expect(planProgress([{ status: 'done' }, { status: 'open' }, { status: 'open' }])).toBe(33);
    expect(planProgress([{ status: 'done' }])).toBe(100);
  });

  it('a goal is overdue when open past its due date', () => {
    expect(goalOverdue({ status: 'open', dueOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(goalOverdue({ status: 'open', dueOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(goalOverdue({ status: 'done', dueOn: '2026-11-01' }, '2026-11-23')).toBe(false);
    expect(goalOverdue({ status: 'open', dueOn: null }, '2026-11-23')).toBe(false);
  });
});

describe('follow-ups', () => {
  it.each([
    [{ dueOn: '2026-11-30', doneAt: null }, 'upcoming'],
    [{ dueOn: '2026-11-24', doneAt: null }, 'due'],
    [{ dueOn: '2026-11-23', doneAt: null }, 'due'],
    [{ dueOn: '2026-11-22', doneAt: null }, 'overdue'],
    [{ dueOn: '2026-11-22', doneAt: '2026-11-22T03:00:00Z' }, 'done'],
  ])('%j is %s on 2026-11-23', (followUp, state) => expect(followUpState(followUp, '2026-11-23')).toBe(state));

  it('reminds once: not when reminded already, done or not yet due', () => {
    expect(followUpNeedsReminder({ dueOn: '2026-11-23', doneAt: null, remindedAt: null }, '2026-11-23')).toBe(true);
    expect(followUpNeedsReminder({ dueOn: '2026-11-23', doneAt: null, remindedAt: new Date() }, '2026-11-23')).toBe(false);
    expect(followUpNeedsReminder({ dueOn: '2026-12-23', doneAt: null, remindedAt: null }, '2026-11-23')).toBe(false);
  });

  it('suggests the next follow-up sooner for higher risk', () => {
    expect(nextFollowUpDue('2026-11-23', 'high')).toBe('2026-12-07');
    expect(nextFollowUpDue('2026-11-23', 'low')).toBe('2027-01-22');
    expect(nextFollowUpDue('2026-11-23', null)).toBe('2026-12-23');
  });

  it('notifications are bilingual and keyed so that a job running twice notifies once', () => {
    const n = followUpDueNotification({ counsellorId: 'c', followUpId: 'f1', seekerId: 's', seekerName: 'Dewi', dueOn: '2026-11-23', overdue: false });
    expect(n).toMatchObject({ userId: 'c', kind: 'counselling', dedupeKey: 'counselling-follow-up:f1', link: '/counselling/cases/s' });
    expect(n.body.id).toContain('Dewi');
    const s = sessionNotification({ seekerId: 's', sessionId: 'x', startsAt: new Date('2026-11-23T02:00:00Z'), mode: 'phone', counsellorName: 'Rina' });
    expect(s.body.en).toContain('2026-11-23 09:00 WIB');
    expect(s.body.id).toContain('telepon');
  });
});
