import { addDays } from '../common/calendar.js';
import type { RiskLevel } from './profiling.js';

/** A follow-up is announced to its counsellor this many days before it is due (and on the day, if created late). */
export const FOLLOW_UP_REMINDER_DAYS = 1;

/** Suggested days to the next follow-up after contact, by risk: the higher the risk, the sooner. */
export const FOLLOW_UP_INTERVAL_DAYS: Record<RiskLevel, number> = { high: 14, medium: 30, low: 60 };

export type FollowUpState = 'done' | 'overdue' | 'due' | 'upcoming';

export interface FollowUpFacts {
  dueOn: string;
  doneAt: string | Date | null;
}

/** done; overdue after the due day; due from FOLLOW_UP_REMINDER_DAYS before it; upcoming before that. */
export function followUpState(followUp: FollowUpFacts, today: string): FollowUpState {
  if (followUp.doneAt) return 'done';
  if (followUp.dueOn < today) return 'overdue';
  if (followUp.dueOn <= addDays(today, FOLLOW_UP_REMINDER_DAYS)) return 'due';
  return 'upcoming';
}

/** The last due day the reminder job picks up on `today` (due within the reminder window, or overdue). */
export function reminderHorizon(today: string): string {
  return addDays(today, FOLLOW_UP_REMINDER_DAYS);
}

/** Whether the counsellor is still to be reminded: not done, not reminded, and due or overdue. */
export function followUpNeedsReminder(followUp: FollowUpFacts & { remindedAt: string | Date | null }, today: string): boolean {
  const state = followUpState(followUp, today);
  return followUp.remindedAt === null && (state === 'due' || state === 'overdue');
}

/** The suggested next follow-up after a contact on `contactDay`. */
export function nextFollowUpDue(contactDay: string, level: RiskLevel | null): string {
  return addDays(contactDay, FOLLOW_UP_INTERVAL_DAYS[level ?? 'medium']);
}
