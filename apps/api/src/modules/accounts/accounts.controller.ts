import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { AccountsService } from './accounts.service.js';
import { CreateStaffAccountDto } from './dto/create-staff-account.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a counsellor or admin account; the owner sets a password through an e-mailed link' })
  create(@CurrentUser() admin: AuthUser, @Body() dto: CreateStaffAccountDto) {
    return this.accounts.createStaffAccount(admin.id, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read any account (admins only)' })
  get(@Param('id', uuidParam()) id: string) {
    return this.accounts.getAccount(id);
  }
}
