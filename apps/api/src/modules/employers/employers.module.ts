import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { AdminEmployersController, EmployerInvitationsController, EmployersController } from './employers.controller.js';
import { EmployersService } from './employers.service.js';

@Module({
  imports: [MessagingModule],
  controllers: [EmployersController, EmployerInvitationsController, AdminEmployersController],
  providers: [EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
