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
