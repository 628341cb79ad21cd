import { Module } from '@nestjs/common';
import { QueueDashboardController } from './queue-dashboard.controller.js';

@Module({ controllers: [QueueDashboardController] })
export class AdminModule {}
