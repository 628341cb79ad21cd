import fc from 'fast-check';
import { formatWib, interviewNotification, statusChangedNotification } from './application-notifications.js';
import { unansweredAction } from './unanswered.js';

const day = 24 * 3600 * 1000;
const now = new Date('2026-11-22T08:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * day);

describe('unanswered applications', () => {
  it.each([
    [0, null, 'none'],
    [9.9, null, 'none'],
    [10, null, 'remind'],
    [30, null, 'remind'],
    [59.9, null, 'remind'],
    [60, null, 'close'],
    [200, null, 'close'],
  ] as const)('idle %d days, reminded for %s → %s', (days, reminded, action) => {
    expect(unansweredAction(ago(days), reminded, now)).toBe(action);
  });

  it('reminds once per stall: not again for the same activity, again after a new one', () => {
    const activity = ago(12);
    expect(unansweredAction(activity, activity, now)).toBe('none');
    expect(unansweredAction(activity, ago(40), now)).toBe('remind');
    expect(unansweredAction(activity, activity, new Date(now.getTime() + 50 * day))).toBe('close');
  });

  it('closing never comes before reminding would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 24 }), (hours) => {
        const action = unansweredAction(new Date(now.getTime() - hours * 3600 * 1000), null, now);
        if (hours < 240) expect(action).toBe('none');
        else if (hours < 1440) expect(action).toBe('remind');
        else expect(action).toBe('close');
      }),
    );
  });
});

describe('application notifications', () => {
  const context = { applicationId: 'a1', vacancyTitle: 'Operator Jahit', employerName: 'PT Maju Jaya' };

  it('tells the seeker the new status and the reason, in both languages', () => {
    const n = statusChangedNotification('s1', context, 'rejected', 'position_filled');
    expect(n).toMatchObject({ userId: 's1', kind: 'application_status', link: '/applications/a1' });
    expect(n.body.en).toBe('Your application for Operator Jahit at PT Maju Jaya is now not taken further. Reason: the position has been filled.');
    expect(n.body.id).toMatch(/posisi sudah terisi/);
  });

  it('gives the interview time in WIB', () => {
    expect(formatWib(new Date('2026-11-30T02:30:00Z'))).toBe('2026-11-30 09:30');
    const n = interviewNotification('s1', context, { startsAt: new Date('2026-11-30T02:30:00Z'), mode: 'video', place: 'https://meet.example.org/x' }, 'i1');
    expect(n.body.en).toMatch(/2026-11-30 09:30 WIB \(video\): https:\/\/meet.example.org\/x/);
    expect(n.dedupeKey).toBe('interview:i1');
  });
});
