import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { AdminMatchingService } from './admin-matching.service.js';
import { ExplanationQueryDto, JobMatchesQueryDto, MatchPageQueryDto, UpdateMatchWeightsDto } from './dto/matching.dto.js';
import { MatchingService } from './matching.service.js';

@ApiTags('matching')
@ApiBearerAuth()
@Roles('job_seeker', 'counsellor', 'admin')
@Controller('matching')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('jobs')
  @ApiOperation({
    summary:
      'Recommended vacancies with their reasons and missing skills: a job seeker their own; a counsellor (seekerId, of their regency) or an admin any seeker. accommodations=only scores live over vacancies offering every accommodation the seeker recorded',
  })
  jobs(@CurrentUser() user: AuthUser, @Query() query: JobMatchesQueryDto) {
    return this.matching.jobs(user, query);
  }

  @Get('explanation')
  @ApiOperation({ summary: 'Why a seeker and a vacancy match as they do, or why the pair is in no list ("why not")' })
  explanation(@CurrentUser() user: AuthUser, @Query() query: ExplanationQueryDto) {
    return this.matching.explanation(user, query);
  }
}

// No @Roles: whoever is not a member of the vacancy's company gets the same 404 as for a missing vacancy.
@ApiTags('matching')
@ApiBearerAuth()
@Controller('vacancies')
export class VacancyCandidatesController {
  constructor(private readonly matching: MatchingService) {}

  @Get(':id/candidates')
  @ApiOperation({ summary: "A vacancy's best candidates with their reasons (members of its company; no interest fit, psychometric or disability data)" })
  candidates(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: MatchPageQueryDto) {
    return this.matching.candidates(user, id, query);
  }
}

@ApiTags('matching')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/matching')
export class AdminMatchingController {
  constructor(private readonly admin: AdminMatchingService) {}

  @Get('weights')
  @ApiOperation({ summary: 'The active weight set, the defaults and the latest sets' })
  weights() {
    return this.admin.weights();
  }

  @Put('weights')
  @ApiOperation({ summary: 'Store new weights as the active set (422 listing each problem) and queue a rebuild of every list' })
  updateWeights(@CurrentUser() user: AuthUser, @Body() dto: UpdateMatchWeightsDto) {
    return this.admin.updateWeights(user, dto);
  }

  @Get('status')
  @ApiOperation({ summary: 'Active weights, rebuild progress, changes still to match, stored lists' })
  status() {
    return this.admin.status();
  }
}
