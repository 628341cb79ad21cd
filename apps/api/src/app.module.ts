import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '#config';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter.js';
import { HttpDrain } from './common/http-drain.js';
import { JwtAuthGuard } from './common/guards/jwt-auth.guard.js';
import { RolesGuard } from './common/guards/roles.guard.js';
import { ConfigModule, DatabaseModule, loggerOptions } from '#platform';
import { RedisModule } from './common/infrastructure/redis.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { Ak1Module } from './modules/ak1/ak1.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { JobSeekersModule } from './modules/job-seekers/job-seekers.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { CounsellingModule } from './modules/counselling/counselling.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { EmployersModule } from './modules/employers/employers.module.js';
import { SavedSearchesModule } from './modules/saved-searches/saved-searches.module.js';
import { VacanciesModule } from './modules/vacancies/vacancies.module.js';
import { TrainingCentresModule } from './modules/training-centres/training-centres.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config.logLevel, 'api')),
        DatabaseModule.forRoot('kerjaku-api'),
        RedisModule,
        AuthModule,
        AccountsModule,
        ReferenceModule,
        HealthModule,
        AdminModule,
        NotificationsModule,
        ApplicationsModule,
        JobSeekersModule,
        Ak1Module,
        EmployersModule,
        VacanciesModule,
        SavedSearchesModule,
        AssessmentsModule,
        MatchingModule,
        TrainingCentresModule,
        CounsellingModule,
      ],
      providers: [
        HttpDrain,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
