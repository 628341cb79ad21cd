export { createDataSource, dataSourceOptions, entities, migrations } from './data-source.js';
export { OutboxEmailEntity } from './entities/outbox-email.entity.js';
export { RefreshTokenEntity } from './entities/refresh-token.entity.js';
export {
  EducationLevelEntity,
  FieldOfStudyEntity,
  OccupationEntity,
  OccupationSkillEntity,
  ReferenceDataVersionEntity,
  RegionEntity,
  SkillEntity,
  SkillGroupEntity,
  SkillRelationEntity,
} from './entities/reference.entity.js';
export { UserTokenEntity } from './entities/user-token.entity.js';
export { UserEntity } from './entities/user.entity.js';
export { loadReferenceData, type ReferenceLoadReport } from './reference-loader.js';
export { clearVacancySearchCache, vacancyFilterSql, type FilterSql, type SqlRunner } from './queries/vacancy-search.js';
export * as psychometrics from './assessments/psychometrics.js';
export { findInstrument, InstrumentVersionConflictError, latestInstruments, loadShippedInstruments, publishInstrument } from './assessments/instrument-store.js';
export { scoreSubmissions, unscoredSubmissions, type ScoringOutcome } from './assessments/scoring-store.js';
export {
  markMatchChanges,
  matchChangeStamp,
  pendingMatchChangeCount,
  settleMatchChange,
  staleMatchChanges,
  type MatchChangeKind,
} from './matching/match-changes.js';
export { copyMatchLists } from './matching/match-lists-copy.js';
export { deleteMatchLists, storeMatchLists, type MatchListDirection, type MatchListToStore } from './matching/match-lists.js';
export {
  VACANCY_OPEN_SQL,
  loadActiveWeightSet,
  loadMatchReference,
  loadMatchSeekers,
  loadMatchVacancies,
  streamMatchSeekers,
  streamMatchVacancies,
} from './matching/match-loaders.js';
export {
  advanceMatchRebuild,
  dropClosedCandidateLists,
  moveMatchRebuild,
  openVacancyIdsAfter,
  outdatedMatchLists,
  runningMatchRebuild,
  seekerIdsAfter,
  startMatchRebuild,
  streamStoredMatchLists,
  type MatchRebuild,
} from './matching/match-rebuilds.js';
