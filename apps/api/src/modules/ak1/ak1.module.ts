import { Module } from '@nestjs/common';
import { JobSeekersModule } from '../job-seekers/job-seekers.module.js';
import { Ak1VerifyLimiter } from './ak1-verify-limiter.service.js';
import { Ak1Controller } from './ak1.controller.js';
import { Ak1Service } from './ak1.service.js';

@Module({ imports: [JobSeekersModule], controllers: [Ak1Controller], providers: [Ak1Service, Ak1VerifyLimiter] })
export class Ak1Module {}
