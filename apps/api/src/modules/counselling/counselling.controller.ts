import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { CounsellingService } from './counselling.service.js';
import {
  CaseDashboardQueryDto,
  FollowUpDoneDto,
  FollowUpDto,
  GoalDto,
  GoalReviewDto,
  NoteDto,
  OutcomeDto,
  ReassignDto,
  ReferralDto,
  RiskOverrideDto,
  SessionDto,
} from './dto/counselling.dto.js';

const SEEKER = 'seekerId';

/** Counsellors' routes. `:seekerId` names the seeker's case (the open one, else the latest); a case id works too. */
@ApiTags('counselling')
@ApiBearerAuth()
@Roles('counsellor')
@Controller('counselling')
export class CounsellingController {
  constructor(private readonly counselling: CounsellingService) {}

  @Get('cases')
  @ApiOperation({ summary: "My office's open cases, filtered and sorted (mine=true: my own)" })
  dashboard(@CurrentUser() user: AuthUser, @Query() query: CaseDashboardQueryDto) {
    return this.counselling.dashboard(user, query);
  }

  @Get('counsellors')
  @ApiOperation({ summary: "My office's counsellors with their loads (for reassignment)" })
  counsellors(@CurrentUser() user: AuthUser) {
    return this.counselling.counsellors(user);
  }

  @Get('cases/:seekerId')
  @ApiOperation({ summary: 'The seeker page: profile, AK/1, risk, assessments, recommendations, applications, enrolments, plan, sessions, referrals, follow-ups' })
  seeker(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string) {
    return this.counselling.seekerPage(user, seekerId);
  }

  @Post('cases/:seekerId/reassign')
  @HttpCode(200)
  @Roles('counsellor', 'admin')
  @ApiOperation({ summary: 'Moves the case to another counsellor of the office, with a reason (counsellors of the office, admins)' })
  reassign(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Body() dto: ReassignDto) {
    return this.counselling.reassign(user, seekerId, dto);
  }

  @Post('cases/:seekerId/profiling')
  @HttpCode(200)
  @ApiOperation({ summary: 'Computes the risk profile again from the current data' })
  refreshRisk(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string) {
    return this.counselling.refreshRisk(user, seekerId);
  }

  @Put('cases/:seekerId/profiling/override')
  @ApiOperation({ summary: 'Overrides the risk level with a reason (the computed score stays visible)' })
  override(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Body() dto: RiskOverrideDto) {
    return this.counselling.overrideRisk(user, seekerId, dto);
  }

  @Delete('cases/:seekerId/profiling/override')
  @ApiOperation({ summary: 'Removes the override: the computed level counts again' })
  clearOverride(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string) {
    return this.counselling.clearOverride(user, seekerId);
  }

  @Post('cases/:seekerId/sessions')
  @ApiOperation({ summary: 'Records or schedules a session, with notes marked internal or shared (the seeker is notified)' })
  session(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Body() dto: SessionDto) {
    return this.counselling.addSession(user, seekerId, dto);
  }

  @Post('cases/:seekerId/sessions/:sessionId/notes')
  @ApiOperation({ summary: 'Adds a note to a session' })
  note(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Param('sessionId', uuidParam('sessionId')) sessionId: string, @Body() dto: NoteDto) {
    return this.counselling.addNote(user, seekerId, sessionId, dto);
  }

  @Post('cases/:seekerId/goals')
  @ApiOperation({ summary: 'Adds a goal to the action plan' })
  goal(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Body() dto: GoalDto) {
    return this.counselling.addGoal(user, seekerId, dto);
  }

  @Post('cases/:seekerId/goals/:goalId/reviews')
  @ApiOperation({ summary: "Reviews a goal: its new status and a note (the plan's progress follows)" })
  review(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Param('goalId', uuidParam('goalId')) goalId: string, @Body() dto: GoalReviewDto) {
    return this.counselling.reviewGoal(user, seekerId, goalId, dto);
  }

  @Post('cases/:seekerId/referrals')
  @ApiOperation({ summary: 'Refers the seeker to a vacancy (an application marked as referred by the office) or to a training cohort' })
  refer(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Body() dto: ReferralDto) {
    return this.counselling.refer(user, seekerId, dto);
  }

  @Post('cases/:seekerId/follow-ups')
  @ApiOperation({ summary: 'Plans a follow-up; the counsellor is reminded when it comes due' })
  followUp(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Body() dto: FollowUpDto) {
    return this.counselling.addFollowUp(user, seekerId, dto);
  }

  @Post('cases/:seekerId/follow-ups/:followUpId/done')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks a follow-up done' })
  followUpDone(
    @CurrentUser() user: AuthUser,
    @Param(SEEKER, uuidParam(SEEKER)) seekerId: string,
    @Param('followUpId', uuidParam('followUpId')) followUpId: string,
    @Body() dto: FollowUpDoneDto,
  ) {
    return this.counselling.completeFollowUp(user, seekerId, followUpId, dto);
  }

  @Post('cases/:seekerId/outcome')
  @HttpCode(200)
  @ApiOperation({ summary: 'Records the outcome (placed, in_training, inactive) and closes the case' })
  outcome(@CurrentUser() user: AuthUser, @Param(SEEKER, uuidParam(SEEKER)) seekerId: string, @Body() dto: OutcomeDto) {
    return this.counselling.recordOutcome(user, seekerId, dto);
  }
}

@ApiTags('counselling')
@ApiBearerAuth()
@Roles('job_seeker')
@Controller('job-seekers/me/counselling')
export class SeekerCounsellingController {
  constructor(private readonly counselling: CounsellingService) {}

  @Get()
  @ApiOperation({ summary: 'My counsellor and office, upcoming sessions, shared notes, my plan and referrals made for me' })
  mine(@CurrentUser() user: AuthUser) {
    return this.counselling.mine(user);
  }
}
