import { DataSource, type DataSourceOptions } from 'typeorm';
import { OutboxEmailEntity } from './entities/outbox-email.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import {
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
import { UserTokenEntity } from './entities/user-token.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { AccountsAndOutbox1732200000000 } from './migrations/1732200000000-accounts-and-outbox.js';
import { ReferenceData1732200000001 } from './migrations/1732200000001-reference-data.js';
import { ExchangeCore1732200000002 } from './migrations/1732200000002-exchange-core.js';
import { Notifications1732200000005 } from './migrations/1732200000005-notifications.js';
import { Applications1732200000030 } from './migrations/1732200000030-applications.js';
import { Assessments1732200000040 } from './migrations/1732200000040-assessments.js';
import { Matching1732200000050 } from './migrations/1732200000050-matching.js';
import { Training1732200000060 } from './migrations/1732200000060-training.js';
import { Counselling1732200000070 } from './migrations/1732200000070-counselling.js';
import { JobSeekerProfile1732200000010 } from './migrations/1732200000010-job-seeker-profile.js';
import { EmployersAndVacancies1732200000020 } from './migrations/1732200000020-employers-and-vacancies.js';
import { VacancySearchIndex1732200000021 } from './migrations/1732200000021-vacancy-search-index.js';
import { VacancyTitleVector1732200000022 } from './migrations/1732200000022-vacancy-title-vector.js';

export const entities = [
  UserEntity,
  RefreshTokenEntity,
  UserTokenEntity,
  OutboxEmailEntity,
  RegionEntity,
  EducationLevelEntity,
  FieldOfStudyEntity,
  OccupationEntity,
  SkillGroupEntity,
  SkillEntity,
  SkillRelationEntity,
  OccupationSkillEntity,
  ReferenceDataVersionEntity,
];

/** In the order they run; a new migration is appended here. */
// One per line, in order: each feature adds its own line.
export const migrations = [
  AccountsAndOutbox1732200000000,
  ReferenceData1732200000001,
  ExchangeCore1732200000002,
  Notifications1732200000005,
  JobSeekerProfile1732200000010,
  EmployersAndVacancies1732200000020,
  VacancySearchIndex1732200000021,
  VacancyTitleVector1732200000022,
  Applications1732200000030,
  Assessments1732200000040,
  Matching1732200000050,
  Training1732200000060,
  Counselling1732200000070,
];

/** TypeORM options for the platform's PostgreSQL. The schema changes only through migrations. */
export function dataSourceOptions(url: string, poolSize = 10, applicationName = 'kerjaku'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName,
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  };
}

export function createDataSource(url: string, poolSize?: number, applicationName?: string): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize, applicationName));
}
