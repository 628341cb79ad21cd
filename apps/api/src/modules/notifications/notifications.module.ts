import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

@Module({ imports: [MessagingModule], controllers: [NotificationsController], providers: [NotificationsService], exports: [MessagingModule] })
export class NotificationsModule {}
