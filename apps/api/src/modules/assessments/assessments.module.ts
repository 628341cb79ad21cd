import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { AdminPsychometricsController } from './admin-psychometrics.controller.js';
import { AdminPsychometricsService } from './admin-psychometrics.service.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsRepository } from './assessments.repository.js';
import { AssessmentsService } from './assessments.service.js';
import { CounsellorAssessmentsController } from './counsellor-assessments.controller.js';

@Module({
  imports: [MessagingModule],
  controllers: [AssessmentsController, CounsellorAssessmentsController, AdminPsychometricsController],
  providers: [AssessmentsRepository, AssessmentsService, AdminPsychometricsService],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
