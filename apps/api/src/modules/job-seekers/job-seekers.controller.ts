import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import {
  DisabilityDto,
  DisabilityReadQueryDto,
  EducationDto,
  IdentityDto,
  LanguagesDto,
  PreferencesDto,
  SkillsDto,
  WorkHistoryDto,
} from './dto/job-seeker.dto.js';
import { JobSeekersService } from './job-seekers.service.js';

@ApiTags('job-seekers')
@ApiBearerAuth()
@Controller('job-seekers')
export class JobSeekersController {
  constructor(private readonly seekers: JobSeekersService) {}

  @Get('me')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'My profile, with what is still missing and my AK/1 card' })
  me(@CurrentUser() user: AuthUser) {
    return this.seekers.profile(user.id);
  }

  @Put('me/identity')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'NIK (checked against birth date, gender and the regency codes), birth date, gender, domicile, address' })
  identity(@CurrentUser() user: AuthUser, @Body() dto: IdentityDto) {
    return this.seekers.updateIdentity(user.id, dto);
  }

  @Put('me/education')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Highest education level and field of study' })
  education(@CurrentUser() user: AuthUser, @Body() dto: EducationDto) {
    return this.seekers.updateEducation(user.id, dto);
  }

  @Put('me/work-history')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Replace my work history; experience months are computed from it' })
  workHistory(@CurrentUser() user: AuthUser, @Body() dto: WorkHistoryDto) {
    return this.seekers.updateWorkHistory(user.id, dto);
  }

  @Put('me/skills')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Replace my declared skills (certified and assessed skills are kept)' })
  skills(@CurrentUser() user: AuthUser, @Body() dto: SkillsDto) {
    return this.seekers.updateSkills(user.id, dto);
  }

  @Put('me/languages')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Replace my languages' })
  languages(@CurrentUser() user: AuthUser, @Body() dto: LanguagesDto) {
    return this.seekers.updateLanguages(user.id, dto);
  }

  @Put('me/preferences')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Occupations, regencies, commute, wage and employment types I am looking for' })
  preferences(@CurrentUser() user: AuthUser, @Body() dto: PreferencesDto) {
    return this.seekers.updatePreferences(user.id, dto);
  }

  @Get('me/disability')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'My disability information and consent (the read is recorded)' })
  myDisability(@CurrentUser() user: AuthUser) {
    return this.seekers.myDisability(user);
  }

  @Put('me/disability')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Give consent and save my disability information and needed accommodations' })
  saveDisability(@CurrentUser() user: AuthUser, @Body() dto: DisabilityDto) {
    return this.seekers.saveDisability(user, dto);
  }

  @Delete('me/disability')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Withdraw consent: my disability information is erased' })
  withdrawDisability(@CurrentUser() user: AuthUser) {
    return this.seekers.withdrawDisabilityConsent(user);
  }

  @Get('me/disability/reads')
  @Roles('job_seeker')
  @ApiOperation({ summary: 'Who read my disability information, when and why' })
  disabilityReads(@CurrentUser() user: AuthUser) {
    return this.seekers.disabilityReads(user.id);
  }

  @Get(':id')
  @ApiOperation({ summary: "A job seeker's profile: admins, and counsellors of the seeker's regency office" })
  one(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.seekers.profileFor(user, id);
  }

  @Get(':id/disability')
  @ApiOperation({ summary: "A job seeker's disability information, for a stated purpose (recorded): admins and the regency's counsellors" })
  disability(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: DisabilityReadQueryDto) {
    return this.seekers.disabilityOf(user, id, query.purpose);
  }
}
