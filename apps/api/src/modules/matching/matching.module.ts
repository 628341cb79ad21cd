import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { JobSeekersModule } from '../job-seekers/job-seekers.module.js';
import { AdminMatchingService } from './admin-matching.service.js';
import { MatchContextCache } from './match-context.cache.js';
import { AdminMatchingController, MatchingController, VacancyCandidatesController } from './matching.controller.js';
import { MatchingRepository } from './matching.repository.js';
import { MatchingService } from './matching.service.js';

/** Recommendations both ways served from the stored lists, explanations, and the admin's weights. */
@Module({
  imports: [MessagingModule, JobSeekersModule],
  controllers: [MatchingController, VacancyCandidatesController, AdminMatchingController],
  providers: [MatchingRepository, MatchContextCache, MatchingService, AdminMatchingService],
})
export class MatchingModule {}
