/**
 * Caseload assignment. A counsellor's load is the sum of the weights of their open cases; a
 * priority-group case weighs more because it takes more of a counsellor's time (closer follow-up,
 * more referrals), so the least-loaded counsellor is the one with the most time left.
 */
export const CASE_WEIGHT = 1;
export const PRIORITY_CASE_WEIGHT = 1.5;

/** The weight a new case adds to its counsellor's load. */
export function caseWeight(priority: boolean): number {
  return priority ? PRIORITY_CASE_WEIGHT : CASE_WEIGHT;
}

export interface CounsellorLoad {
  counsellorId: string;
  /** Sum of the weights of the counsellor's open cases. */
  load: number;
}

export interface WaitingSeeker {
  seekerId: string;
  /** How many priority groups the seeker belongs to (0: none). */
  priorityGroupCount: number;
  /** When the seeker started waiting (ISO time or date); earlier first among equals. */
  waitingSince: string;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The least-loaded counsellor, ties broken by id; null when the office has none. */
export function leastLoaded(counsellors: readonly CounsellorLoad[]): string | null {
  let best: CounsellorLoad | null = null;
  for (const c of counsellors) {
    if (!best || c.load < best.load || (c.load === best.load && byId(c.counsellorId, best.counsellorId) < 0)) best = c;
  }
  return best?.counsellorId ?? null;
}

/** The order in which waiting seekers are assigned: priority seekers first, then by waiting time, ties by id. */
export function assignmentOrder(waiting: readonly WaitingSeeker[]): WaitingSeeker[] {
  return [...waiting].sort(
    (a, b) =>
      Number(b.priorityGroupCount > 0) - Number(a.priorityGroupCount > 0) ||
      byId(a.waitingSince, b.waitingSince) ||
      byId(a.seekerId, b.seekerId),
  );
}

/**
 * Assigns every waiting seeker, in assignment order, each to the counsellor least loaded at that
 * moment (loads grow as cases are handed out). Empty when the office has no counsellor.
 */
export function assignWaiting(waiting: readonly WaitingSeeker[], counsellors: readonly CounsellorLoad[]): Array<{ seekerId: string; counsellorId: string }> {
  if (counsellors.length === 0) return [];
  const loads = counsellors.map((c) => ({ ...c }));
  const result: Array<{ seekerId: string; counsellorId: string }> = [];
  for (const seeker of assignmentOrder(waiting)) {
    const chosen = leastLoaded(loads)!;
    loads.find((c) => c.counsellorId === chosen)!.load += caseWeight(seeker.priorityGroupCount > 0);
    result.push({ seekerId: seeker.seekerId, counsellorId: chosen });
  }
  return result;
}
