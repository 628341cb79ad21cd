/** Kinds of goal in an individual action plan, and their states. */
export const GOAL_KINDS = ['apply_jobs', 'attend_training', 'take_assessment', 'get_document', 'other'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
export const GOAL_STATUSES = ['open', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const SESSION_MODES = ['in_person', 'phone', 'video'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const NOTE_VISIBILITIES = ['internal', 'shared'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const CASE_OUTCOMES = ['placed', 'in_training', 'inactive'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * The plan's progress in percent: done goals among those still meant to happen (dropped goals do
 * not count either way). Null when the plan has no such goal yet.
 */
export function planProgress(goals: ReadonlyArray<{ status: GoalStatus }>): number | null {
  const counted = goals.filter((goal) => goal.status !== 'dropped');
  if (counted.length === 0) return null;
  return Math.round((100 * counted.filter((goal) => goal.status === 'done').length) / counted.length);
}

/** Whether a goal is overdue on `today`: still open after its due date. */
export function goalOverdue(goal: { status: GoalStatus; dueOn: string | null }, today: string): boolean {
  return goal.status === 'open' && goal.dueOn !== null && goal.dueOn < today;
}
