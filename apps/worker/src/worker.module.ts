import { Logger, Module, type BeforeApplicationShutdown, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '#config';
import { ConfigModule, DatabaseModule, loggerOptions, MessagingModule } from '#platform';
import { QueuesModule } from './infrastructure/queues.module.js';
import { MailTransport } from './mail/mail-transport.js';
import { CounsellingProcessor } from './processors/counselling.processor.js';
import { AssessmentScoringProcessor } from './processors/assessment-scoring.processor.js';
import { AssessmentStatisticsRepository } from './processors/assessment-statistics.repository.js';
import { ApplicationsProcessor } from './processors/applications.processor.js';
import { Ak1Processor } from './processors/ak1.processor.js';
import { EmailProcessor } from './processors/email.processor.js';
import { assertEveryJobHandled } from './processors/handler-set.js';
import { MaintenanceProcessor } from './processors/maintenance.processor.js';
import { MatchingProcessor } from './processors/matching.processor.js';
import { OutboxRepository } from './processors/outbox.repository.js';
import { UnansweredApplicationsRepository } from './processors/unanswered-applications.repository.js';
import { VacanciesProcessor } from './processors/vacancies.processor.js';
import { TrainingProcessor } from './processors/training.processor.js';
import { SchedulesService } from './schedules/schedules.service.js';

@Module({})
export class WorkerModule implements OnModuleInit, BeforeApplicationShutdown {
  constructor(
    private readonly email: EmailProcessor,
    private readonly maintenance: MaintenanceProcessor,
    private readonly applications: ApplicationsProcessor,
    private readonly ak1: Ak1Processor,
    private readonly vacancies: VacanciesProcessor,
    private readonly assessments: AssessmentScoringProcessor,
    private readonly matching: MatchingProcessor,
    private readonly training: TrainingProcessor,
    private readonly counselling: CounsellingProcessor,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config.logLevel, 'worker')),
        DatabaseModule.forRoot('kerjaku-worker'),
        QueuesModule.forRoot(config),
        MessagingModule,
      ],
      providers: [
        MailTransport,
        OutboxRepository,
        EmailProcessor,
        MaintenanceProcessor,
        UnansweredApplicationsRepository,
        ApplicationsProcessor,
        Ak1Processor,
        VacanciesProcessor,
        AssessmentStatisticsRepository,
        AssessmentScoringProcessor,
        MatchingProcessor,
        TrainingProcessor,
        CounsellingProcessor,
        SchedulesService,
      ],
    };
  }

  onModuleInit(): void {
    assertEveryJobHandled([this.email, this.maintenance, this.applications, this.ak1, this.vacancies, this.assessments, this.matching, this.training, this.counselling]);
  }

  /**
   * Stops taking jobs and waits for the active ones to finish, before the database connection
   * closes (Nest runs this hook before any module's shutdown hook).
   */
  async beforeApplicationShutdown(): Promise<void> {
    const started = Date.now();
    await Promise.all([
      this.email.worker.close(),
      this.maintenance.worker.close(),
      this.applications.worker.close(),
      this.ak1.worker.close(),
      this.vacancies.worker.close(),
      this.assessments.worker.close(),
      this.training.worker.close(),
      this.counselling.worker.close(),
      // Also stops the index build of a worker closing right after its start.
      this.matching.stop(),
    ]);
    new Logger('WorkerModule').log(`Workers stopped after finishing their active jobs (${Date.now() - started} ms)`);
  }
}
