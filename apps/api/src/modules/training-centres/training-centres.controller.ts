import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import {
  AcceptCentreInvitationDto,
  AddSessionsDto,
  AttendanceDto,
  CentreReviewQueryDto,
  CohortDto,
  CreateCentreDto,
  EnrolmentListQueryDto,
  InviteCentreMemberDto,
  PatchCohortDto,
  PatchProgrammeDto,
  ProgrammeDto,
  ProgrammeListQueryDto,
  ReasonDto,
  SkillGapQueryDto,
  TrainingSearchQueryDto,
} from './dto/training.dto.js';
import { CertificateVerifyLimiter } from './certificate-verify-limiter.service.js';
import { CertificatesService } from './certificates.service.js';
import { EnrolmentsService } from './enrolments.service.js';
import { ProgrammesService } from './programmes.service.js';
import { SkillGapsService } from './skill-gaps.service.js';
import { TrainingCentresService } from './training-centres.service.js';

@ApiTags('training-centres')
@ApiBearerAuth()
@Roles('training_centre')
@Controller('training-centres')
export class TrainingCentresController {
  constructor(private readonly centres: TrainingCentresService) {}

  @Post()
  @ApiOperation({ summary: 'Register my training centre (I become its first staff member); an admin verifies it' })
  register(@CurrentUser() user: AuthUser, @Body() dto: CreateCentreDto) {
    return this.centres.register(user.id, dto);
  }

  @Get('mine')
  @ApiOperation({ summary: 'My centre, its review status, its members and my role' })
  mine(@CurrentUser() user: AuthUser) {
    return this.centres.mine(user.id);
  }

  @Post('mine/invitations')
  @ApiOperation({ summary: 'Invite a staff member or an instructor by e-mail (staff)' })
  invite(@CurrentUser() user: AuthUser, @Body() dto: InviteCentreMemberDto) {
    return this.centres.invite(user.id, dto.email, dto.role);
  }
}

@ApiTags('training-centres')
@ApiBearerAuth()
@Roles('training_centre')
@Controller('training-centre-invitations')
export class TrainingCentreInvitationsController {
  constructor(private readonly centres: TrainingCentresService) {}

  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join the centre that invited my e-mail address' })
  accept(@CurrentUser() user: AuthUser, @Body() dto: AcceptCentreInvitationDto) {
    return this.centres.accept(user.id, dto.token);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/training-centres')
export class AdminTrainingCentresController {
  constructor(private readonly centres: TrainingCentresService) {}

  @Get()
  @ApiOperation({ summary: 'Training centres by review status' })
  list(@Query() query: CentreReviewQueryDto) {
    return this.centres.listForReview(query);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a training centre; its members are notified' })
  verify(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.centres.verify(user.id, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse a training centre with a reason; its members are notified' })
  reject(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: ReasonDto) {
    return this.centres.reject(user.id, id, dto.reason);
  }
}

@ApiTags('training-centres')
@ApiBearerAuth()
@Roles('training_centre')
@Controller('training-programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @ApiOperation({ summary: "Write a programme for my centre (a draft until published); age limits only with the law's name in ageLegalBasis" })
  create(@CurrentUser() user: AuthUser, @Body() dto: ProgrammeDto) {
    return this.programmes.create(user.id, dto);
  }

  @Get()
  @ApiOperation({ summary: "My centre's programmes" })
  list(@CurrentUser() user: AuthUser, @Query() query: ProgrammeListQueryDto) {
    return this.programmes.mineList(user.id, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my centre\'s programmes with its cohorts' })
  one(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.programmes.mineOne(user.id, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a programme (staff)' })
  update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: PatchProgrammeDto) {
    return this.programmes.update(user.id, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a programme (the centre must be verified)' })
  publish(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.programmes.setStatus(user.id, id, 'published');
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a programme back to draft' })
  unpublish(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.programmes.setStatus(user.id, id, 'draft');
  }

  @Post(':id/cohorts')
  @ApiOperation({ summary: 'Open a cohort of a programme: dates, capacity, instructor, sessions, selection' })
  createCohort(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: CohortDto) {
    return this.programmes.createCohort(user.id, id, dto);
  }

  @Get(':id/cohorts')
  @ApiOperation({ summary: "A programme's cohorts with places taken and waiting" })
  cohorts(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.programmes.cohortsOfProgramme(user.id, id);
  }
}

@ApiTags('training-centres')
@ApiBearerAuth()
@Controller('cohorts')
export class CohortsController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @Get(':id')
  @Roles('training_centre')
  @ApiOperation({ summary: "One of my centre's cohorts with its sessions" })
  one(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.programmes.mineCohort(user.id, id);
  }

  @Patch(':id')
  @Roles('training_centre')
  @ApiOperation({ summary: 'Change capacity, instructor, selection or cancel (staff); more places move the waiting list up' })
  update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: PatchCohortDto) {
    return this.programmes.updateCohort(user.id, id, dto);
  }

  @Post(':id/sessions')
  @Roles('training_centre')
  @ApiOperation({ summary: 'Add sessions to a cohort (staff)' })
  addSessions(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: AddSessionsDto) {
    return this.programmes.addSessions(user.id, id, dto.sessions);
  }

  @Get(':id/enrolments')
  @Roles('training_centre')
  @ApiOperation({ summary: "A cohort's enrolments: applicants first, then trainees, then the waiting list in order" })
  list(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: EnrolmentListQueryDto) {
    return this.enrolments.ofCohort(user, id, query);
  }

  @Post(':id/enrolments')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Apply to a cohort: 422 naming why when not eligible; accepted, applied (selection) or waitlisted' })
  apply(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.apply(user.id, id);
  }

  @Get(':id/attendance')
  @Roles('training_centre')
  @ApiOperation({ summary: "The cohort's attendance sheet with each trainee's rate and whether they may complete" })
  attendance(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.attendanceSheet(user, id);
  }

  @Put(':id/sessions/:sessionId/attendance')
  @Roles('training_centre')
  @ApiOperation({ summary: "Record a session's attendance (the cohort's instructor or staff): present, absent or excused" })
  recordAttendance(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('sessionId', uuidParam('sessionId')) sessionId: string,
    @Body() dto: AttendanceDto,
  ) {
    return this.enrolments.recordAttendance(user, id, sessionId, dto.records);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles('training_centre')
  @ApiOperation({ summary: 'Complete every trainee with at least 75 % attendance, issuing their certificates; the others are listed with the reason' })
  complete(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.completeCohort(user, id);
  }
}

@ApiTags('training-centres')
@ApiBearerAuth()
@Controller('enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Get('mine')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'My enrolments, with waiting-list positions and certificates' })
  mine(@CurrentUser() user: AuthUser) {
    return this.enrolments.mine(user.id);
  }

  @Get(':id')
  @Roles('job_seeker', 'training_centre')
  @ApiOperation({ summary: 'One enrolment with its history (the seeker, or the cohort centre\'s members)' })
  one(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.one(user, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Withdraw my enrolment; a freed place goes to the first on the waiting list' })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.transition(user, id, 'withdrawn');
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('training_centre')
  @ApiOperation({ summary: 'Accept an applicant or a waitlisted seeker (staff; 409 when the cohort is full)' })
  accept(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.transition(user, id, 'accepted');
  }

  @Post(':id/waitlist')
  @HttpCode(200)
  @Roles('training_centre')
  @ApiOperation({ summary: 'Put an applicant on the waiting list (staff)' })
  waitlist(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.transition(user, id, 'waitlisted');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('training_centre')
  @ApiOperation({ summary: 'Reject an applicant with a reason (staff)' })
  reject(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: ReasonDto) {
    return this.enrolments.transition(user, id, 'rejected', dto.reason);
  }

  @Post(':id/drop')
  @HttpCode(200)
  @Roles('training_centre')
  @ApiOperation({ summary: 'Drop a trainee with a reason (staff); the place goes to the waiting list' })
  drop(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: ReasonDto) {
    return this.enrolments.transition(user, id, 'dropped', dto.reason);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles('training_centre')
  @ApiOperation({ summary: "Complete a trainee (the cohort's instructor or staff): needs 75 % attendance; issues the certificate once" })
  complete(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.enrolments.complete(user, id);
  }
}

@ApiTags('trainings')
@Public()
@Controller('trainings')
export class TrainingsController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @ApiOperation({ summary: 'Public: published programmes with upcoming open cohorts, by words, regency and skill' })
  search(@Query() query: TrainingSearchQueryDto) {
    return this.programmes.search(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Public: one published programme with its upcoming open cohorts' })
  one(@Param('id', uuidParam()) id: string) {
    return this.programmes.publicProgramme(id);
  }
}

@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly limiter: CertificateVerifyLimiter,
  ) {}

  @Get('mine')
  @Roles('job_seeker')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My training certificates' })
  mine(@CurrentUser() user: AuthUser) {
    return this.certificates.mine(user.id);
  }

  @Get(':id/certificate.pdf')
  @Roles('job_seeker')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'One of my certificates as a PDF with a QR code that verifies it' })
  async pdf(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { number, pdf } = await this.certificates.pdf(user.id, id);
    void reply.header('content-type', 'application/pdf');
    void reply.header('content-disposition', `inline; filename="sertifikat-${number}.pdf"`);
    void reply.header('cache-control', 'private, no-store');
    return pdf;
  }

  @Public()
  @Get(':number/verify')
  @ApiOperation({ summary: 'Public: is this training certificate genuine? Initials, programme, centre, hours and date only (60 checks a minute per address)' })
  async verify(@Param('number') number: string, @Ip() ip: string) {
    await this.limiter.consume(ip);
    return this.certificates.verify(number);
  }
}

@ApiTags('training-centres')
@ApiBearerAuth()
@Controller('job-seekers')
export class SkillGapsController {
  constructor(private readonly skillGaps: SkillGapsService) {}

  @Get('me/skill-gaps')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'The skills I miss most often in my recommended vacancies (or an occupation), with programmes and their nearest upcoming cohorts' })
  mine(@CurrentUser() user: AuthUser, @Query() query: SkillGapQueryDto) {
    return this.skillGaps.gaps(user.id, query.occupation);
  }

  @Get(':seekerId/skill-gaps')
  @Roles('counsellor', 'admin')
  @ApiOperation({ summary: "A seeker's skill gaps (a counsellor of the seeker's regency, or an admin)" })
  async ofSeeker(@CurrentUser() user: AuthUser, @Param('seekerId', uuidParam('seekerId')) seekerId: string, @Query() query: SkillGapQueryDto) {
    await this.skillGaps.seekerFor(user, seekerId);
    return this.skillGaps.gaps(seekerId, query.occupation);
  }
}
