import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MessagingModule } from '#platform';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';

@Module({ imports: [AuthModule, MessagingModule], controllers: [AccountsController], providers: [AccountsService] })
export class AccountsModule {}
