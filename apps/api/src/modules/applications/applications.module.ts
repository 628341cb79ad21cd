import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { ApplicationsController, PlacementsController, VacancyApplicationsController } from './applications.controller.js';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsService } from './applications.service.js';

@Module({
  imports: [MessagingModule],
  controllers: [ApplicationsController, VacancyApplicationsController, PlacementsController],
  providers: [ApplicationsRepository, ApplicationsService],
})
export class ApplicationsModule {}
