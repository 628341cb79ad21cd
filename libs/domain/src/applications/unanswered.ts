/** An open application untouched this long is reminded to the company (issue 3: 10 days). */
export const REMIND_UNANSWERED_AFTER_DAYS = 10;
/** An open application untouched this long is closed as not answered, so no seeker waits forever (issue 3: 60 days). */
export const CLOSE_UNANSWERED_AFTER_DAYS = 60;

const DAY_MS = 24 * 3600 * 1000;

export type UnansweredAction = 'none' | 'remind' | 'close';

/**
 * What the sweep does with an open application whose last activity (submission, an employer's move,
 * or the time of its latest interview) was at `lastActivityAt`. `remindedFor` is the activity time
 * a reminder was already sent for, so each stall is reminded once.
 */
export function unansweredAction(lastActivityAt: Date, remindedFor: Date | null, now: Date): UnansweredAction {
  const idle = now.getTime() - lastActivityAt.getTime();
  if (idle >= CLOSE_UNANSWERED_AFTER_DAYS * DAY_MS) return 'close';
  if (idle >= REMIND_UNANSWERED_AFTER_DAYS * DAY_MS && remindedFor?.getTime() !== lastActivityAt.getTime()) return 'remind';
  return 'none';
}
