import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { AcceptInvitationDto, CreateEmployerDto, EmployerReviewQueryDto, InviteMemberDto, PatchEmployerDto, RejectEmployerDto } from './dto/employer.dto.js';
import { EmployersService } from './employers.service.js';

@ApiTags('employers')
@ApiBearerAuth()
@Roles('employer')
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @ApiOperation({ summary: 'Register my company (I become its owner); an admin verifies it' })
  register(@CurrentUser() user: AuthUser, @Body() dto: CreateEmployerDto) {
    return this.employers.register(user.id, dto);
  }

  @Get('mine')
  @ApiOperation({ summary: 'My company, its review status and members' })
  mine(@CurrentUser() user: AuthUser) {
    return this.employers.mine(user.id);
  }

  @Patch('mine')
  @ApiOperation({ summary: "Change my company's details (owner)" })
  update(@CurrentUser() user: AuthUser, @Body() dto: PatchEmployerDto) {
    return this.employers.update(user.id, dto);
  }

  @Post('mine/invitations')
  @ApiOperation({ summary: 'Invite a colleague by e-mail (owner)' })
  invite(@CurrentUser() user: AuthUser, @Body() dto: InviteMemberDto) {
    return this.employers.invite(user.id, dto.email);
  }
}

@ApiTags('employers')
@ApiBearerAuth()
@Roles('employer')
@Controller('employer-invitations')
export class EmployerInvitationsController {
  constructor(private readonly employers: EmployersService) {}

  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join the company that invited my e-mail address' })
  accept(@CurrentUser() user: AuthUser, @Body() dto: AcceptInvitationDto) {
    return this.employers.accept(user.id, dto.token);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/employers')
export class AdminEmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Get()
  @ApiOperation({ summary: 'Companies by review status' })
  list(@Query() query: EmployerReviewQueryDto) {
    return this.employers.listForReview(query);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a company; its members are notified' })
  verify(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.employers.verify(user.id, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse a company with a reason; its members are notified' })
  reject(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: RejectEmployerDto) {
    return this.employers.reject(user.id, id, dto.reason);
  }
}
