import { Module } from '@nestjs/common';
import { MessagingModule } from '#platform';
import { CertificateVerifyLimiter } from './certificate-verify-limiter.service.js';
import { CertificatesService } from './certificates.service.js';
import { EnrolmentsService } from './enrolments.service.js';
import { ProgrammesService } from './programmes.service.js';
import { SkillGapsService } from './skill-gaps.service.js';
import { TrainingAccess } from './training-access.js';
import {
  AdminTrainingCentresController,
  CertificatesController,
  CohortsController,
  EnrolmentsController,
  ProgrammesController,
  SkillGapsController,
  TrainingCentreInvitationsController,
  TrainingCentresController,
  TrainingsController,
} from './training-centres.controller.js';
import { TrainingCentresService } from './training-centres.service.js';

@Module({
  imports: [MessagingModule],
  controllers: [
    TrainingCentresController,
    TrainingCentreInvitationsController,
    AdminTrainingCentresController,
    ProgrammesController,
    CohortsController,
    EnrolmentsController,
    TrainingsController,
    CertificatesController,
    SkillGapsController,
  ],
  providers: [TrainingAccess, TrainingCentresService, ProgrammesService, EnrolmentsService, CertificatesService, CertificateVerifyLimiter, SkillGapsService],
  exports: [EnrolmentsService, TrainingAccess],
})
export class TrainingCentresModule {}
