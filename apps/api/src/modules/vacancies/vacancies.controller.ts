import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, OptionalAuth, Public, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { DecisionDto } from '../employers/dto/employer.dto.js';
import {
  CloseVacancyDto,
  CreateVacancyDto,
  MyVacanciesQueryDto,
  UpdateVacancyDto,
  VacancySearchQueryDto,
  WordingExceptionDto,
  WordingExceptionQueryDto,
} from './dto/vacancy.dto.js';
import { VacanciesService } from './vacancies.service.js';
import { VacancySearchService } from './vacancy-search.service.js';

@ApiTags('vacancies')
@Controller('vacancies')
export class VacanciesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly searchService: VacancySearchService,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Search published vacancies (Bahasa Indonesia and English), with filters, sorting and highlights' })
  search(@Query() query: VacancySearchQueryDto) {
    return this.searchService.search(query);
  }

  @OptionalAuth()
  @Get(':id')
  @ApiOperation({ summary: "A published vacancy; drafts and closed ones only for its company's members" })
  get(@Req() request: { user?: AuthUser }, @Param('id', uuidParam()) id: string) {
    return this.vacancies.get(request.user, id);
  }

  @ApiBearerAuth()
  @Roles('employer')
  @Post()
  @ApiOperation({ summary: 'Create a draft vacancy for my company' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateVacancyDto) {
    return this.vacancies.create(user.id, dto);
  }

  @ApiBearerAuth()
  @Roles('employer')
  @Patch(':id')
  @ApiOperation({ summary: 'Change a draft or published vacancy of my company' })
  update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: UpdateVacancyDto) {
    return this.vacancies.update(user.id, id, dto);
  }

  @ApiBearerAuth()
  @Roles('employer')
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft (company verified, wording checked)' })
  publish(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.vacancies.publish(user.id, id);
  }

  @ApiBearerAuth()
  @Roles('employer')
  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a vacancy (filled: true when the openings were filled)' })
  close(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: CloseVacancyDto) {
    return this.vacancies.close(user.id, id, dto.filled === true);
  }

  @ApiBearerAuth()
  @Roles('employer')
  @Post(':id/wording-exception')
  @ApiOperation({ summary: 'Ask an admin to allow the flagged wording, with the legal reason' })
  requestException(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: WordingExceptionDto) {
    return this.vacancies.requestException(user.id, id, dto.reason);
  }
}

@ApiTags('employers')
@ApiBearerAuth()
@Roles('employer')
@Controller('employers/mine/vacancies')
export class MyVacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Get()
  @ApiOperation({ summary: "My company's vacancies, every status" })
  list(@CurrentUser() user: AuthUser, @Query() query: MyVacanciesQueryDto) {
    return this.vacancies.mine(user.id, query);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/wording-exceptions')
export class AdminWordingExceptionsController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Get()
  @ApiOperation({ summary: 'Wording exceptions by status' })
  list(@Query() query: WordingExceptionQueryDto) {
    return this.vacancies.listExceptions(query);
  }

  @Post(':id/decide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or refuse a wording exception, with the reason' })
  decide(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: DecisionDto) {
    return this.vacancies.decideException(user.id, id, dto.approve, dto.reason);
  }
}
