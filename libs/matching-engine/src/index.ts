// The in-memory matching index (issue 5): exact top-K both ways, and the lists a change touches.
export { MatchIndex } from './match-index.js';
export { rankAllCandidates, rankAllJobs, type RankedList } from './ranked.js';
export { SyntheticWorld, type SyntheticWorldOptions } from './testing/synthetic-world.js';
export { loadWorld, type LoadedWorld } from './testing/world-fixtures.js';
