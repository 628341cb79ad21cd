import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { AdminPsychometricsService } from './admin-psychometrics.service.js';

@ApiTags('assessments')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin')
export class AdminPsychometricsController {
  constructor(private readonly admin: AdminPsychometricsService) {}

  @Post('instruments')
  @ApiOperation({ summary: 'Publish a new instrument version (JSON definition); 400 lists every problem, 409 for an existing id and version' })
  upload(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.admin.upload(user, body);
  }

  @Get('instruments')
  @ApiOperation({ summary: 'Every published instrument version' })
  instruments() {
    return this.admin.instruments();
  }

  @Get('psychometrics/reliability')
  @ApiOperation({ summary: "Latest Cronbach's alpha per scale, with an alarm under .70 or negative" })
  reliability() {
    return this.admin.reliability();
  }

  @Get('psychometrics/norms')
  @ApiOperation({ summary: 'Norm versions (draft, active, retired) with their groups and sizes' })
  norms() {
    return this.admin.norms();
  }

  @Post('psychometrics/norms/:version/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a reviewed norm version; new results get norm-referenced scores from it' })
  activate(@CurrentUser() user: AuthUser, @Param('version') version: string) {
    return this.admin.activate(user, version);
  }
}
