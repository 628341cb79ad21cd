import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { AssessmentsService, type WithStatus } from './assessments.service.js';
import { PageAnswersDto, StartAssessmentDto, SuggestionsQueryDto } from './dto/assessments.dto.js';

const pageIndex = () =>
  new ParseIntPipe({ exceptionFactory: () => new BadRequestException('index must be a page number counted from 0, such as 0 or 3') });

function send<T>(reply: FastifyReply, response: WithStatus<T>): T {
  void reply.status(response.status);
  return response.body;
}

// Routes that take an id carry no @Roles: whoever may not see the assessment gets the same 404 as
// for a missing one, whatever their role.
@ApiTags('assessments')
@ApiBearerAuth()
@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get('instruments')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'The interest and personality inventories a seeker can take' })
  instruments() {
    return this.assessments.instruments();
  }

  @Post()
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Start an inventory (201), or get the session already in progress (200)' })
  async start(@CurrentUser() user: AuthUser, @Body() dto: StartAssessmentDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, await this.assessments.start(user, dto.instrumentId, dto.locale));
  }

  @Get('mine')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'My assessments, newest first' })
  mine(@CurrentUser() user: AuthUser) {
    return this.assessments.mine(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my sessions: progress and status' })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.assessments.get(user, id);
  }

  @Get(':id/pages/:index')
  @ApiOperation({ summary: 'One page of items with my answers so far (the server records when it first showed the page)' })
  page(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('index', pageIndex()) index: number) {
    return this.assessments.page(user, id, index);
  }

  @Put(':id/pages/:index')
  @ApiOperation({ summary: 'Answer every item of a page (null skips one); a page after the current one is refused (409)' })
  answer(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('index', pageIndex()) index: number, @Body() dto: PageAnswersDto) {
    return this.assessments.answer(user, id, index, dto.answers);
  }

  @Post(':id/submit')
  @HttpCode(202)
  @ApiOperation({ summary: 'Submit for scoring (202); 409 while pages are unanswered, naming them' })
  submit(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.assessments.submit(user, id);
  }

  @Get(':id/result')
  @ApiOperation({ summary: 'The result (200), or 202 while it is being scored; a counsellor of the seeker also sees metrics and flag details' })
  async result(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, await this.assessments.result(user, id));
  }

  @Get(':id/suggestions')
  @ApiOperation({ summary: 'Occupations ranked by interest-profile correlation, in the chosen job zones, with vacancies and trainings' })
  suggestions(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: SuggestionsQueryDto) {
    const zones = query.jobZones ? [...new Set(query.jobZones.split(',').map(Number))] : [];
    return this.assessments.suggestions(user, id, zones, query.limit);
  }
}
