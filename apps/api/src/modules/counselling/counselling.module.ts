import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { JobSeekersModule } from '../job-seekers/job-seekers.module.js';
import { TrainingCentresModule } from '../training-centres/training-centres.module.js';
import { CounsellingController, SeekerCounsellingController } from './counselling.controller.js';
import { CounsellingRepository } from './counselling.repository.js';
import { CounsellingService } from './counselling.service.js';

@Module({
  imports: [MessagingModule, JobSeekersModule, AssessmentsModule, TrainingCentresModule],
  controllers: [CounsellingController, SeekerCounsellingController],
  providers: [CounsellingRepository, CounsellingService],
})
export class CounsellingModule {}
