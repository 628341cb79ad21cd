import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { PageQueryDto } from '../../common/dto/pagination.dto.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { AssessmentsService } from './assessments.service.js';

@ApiTags('assessments')
@ApiBearerAuth()
@Roles('counsellor')
@Controller('counsellor')
export class CounsellorAssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get('assessments')
  @ApiOperation({ summary: 'Recent results of seekers living in my office regency, with their validity flags' })
  feed(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.assessments.counsellorFeed(user, query.page, query.limit);
  }

  @Get('seekers/:seekerId/assessments')
  @ApiOperation({ summary: "A seeker's results with flags and metrics (404 for a seeker outside my office regency)" })
  seeker(@CurrentUser() user: AuthUser, @Param('seekerId', uuidParam('seekerId')) seekerId: string) {
    return this.assessments.counsellorSeeker(user, seekerId);
  }
}
