import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { EmployersModule } from '../employers/employers.module.js';
import { AdminWordingExceptionsController, MyVacanciesController, VacanciesController } from './vacancies.controller.js';
import { VacanciesService } from './vacancies.service.js';
import { VacancySearchService } from './vacancy-search.service.js';

@Module({
  imports: [MessagingModule, EmployersModule],
  controllers: [MyVacanciesController, VacanciesController, AdminWordingExceptionsController],
  providers: [VacanciesService, VacancySearchService],
  exports: [VacanciesService, VacancySearchService],
})
export class VacanciesModule {}
