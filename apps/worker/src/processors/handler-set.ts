import { JobName, JOB_QUEUE, type QueueName } from '#queue';

/** A processor says which queue it serves and which job names it handles. */
export interface JobHandlerSet {
  readonly queue: QueueName;
  readonly handles: readonly JobName[];
}

/** Fails at start when a job name has no handler, or a handler sits on the wrong queue. */
export function assertEveryJobHandled(sets: readonly JobHandlerSet[]): void {
  const problems: string[] = [];
  for (const name of Object.values(JobName)) {
    const owners = sets.filter((set) => set.handles.includes(name));
    if (owners.length === 0) problems.push(`no handler for job "${name}"`);
    if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers`);
    for (const owner of owners) {
      if (owner.queue !== JOB_QUEUE[name]) problems.push(`job "${name}" belongs to queue "${JOB_QUEUE[name]}", handled on "${owner.queue}"`);
    }
  }
  if (problems.length > 0) throw new Error(`Worker job handlers are incomplete: ${problems.join('; ')}`);
}
