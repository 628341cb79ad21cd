import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { PageQueryDto } from '../../common/dto/pagination.dto.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { ApplicationsService } from './applications.service.js';
import { ApplyDto, SharingDto, TransitionDto, VacancyApplicationsQueryDto } from './dto/applications.dto.js';

// Routes that take an id carry no @Roles: whoever is neither the applicant nor a member of the
// company gets the same 404 as for a missing application, whatever their role.
@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Apply to a published vacancy (409 while an application of yours to it is open)' })
  apply(@CurrentUser() user: AuthUser, @Body() dto: ApplyDto) {
    return this.applications.apply(user, dto);
  }

  @Get('mine')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'My applications, newest first' })
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.applications.mine(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One application with its history (the applicant, or members of the company)' })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.applications.get(user, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw my open application' })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.applications.withdraw(user, id);
  }

  @Put(':id/sharing')
  @ApiOperation({
    summary: 'Choose whether the employer may see my assessment summary',
    description: 'When shared, the company sees the interest code and its themes of my latest usable interest result on this application, never scale scores.',
  })
  sharing(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: SharingDto) {
    return this.applications.setSharing(user, id, dto.shareAssessment);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an application along the pipeline (members of the company); a refused move says which are allowed' })
  transition(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: TransitionDto) {
    return this.applications.transition(user, id, dto);
  }
}

@ApiTags('applications')
@ApiBearerAuth()
@Controller('vacancies')
export class VacancyApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get(':id/applications')
  @ApiOperation({ summary: "A vacancy's applications with what the company may see of each applicant (members of the company)" })
  list(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: VacancyApplicationsQueryDto) {
    return this.applications.forVacancy(user, id, query);
  }
}

@ApiTags('applications')
@ApiBearerAuth()
@Controller('employers/mine/placements')
export class PlacementsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @Roles('employer')
  @ApiOperation({ summary: "My company's placements (hires), newest first" })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.applications.placements(user, query);
  }
}
