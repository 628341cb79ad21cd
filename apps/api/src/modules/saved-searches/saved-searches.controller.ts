import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { PageQueryDto } from '../../common/dto/pagination.dto.js';
import { uuidParam } from '../../common/pipes/uuid.pipe.js';
import { CreateSavedSearchDto } from './saved-searches.dto.js';
import { SavedSearchesService } from './saved-searches.service.js';

@ApiTags('saved-searches')
@ApiBearerAuth()
@Roles('job_seeker')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Post()
  @ApiOperation({ summary: 'Save a vacancy search; new matches come in a daily e-mail' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSavedSearchDto) {
    return this.savedSearches.create(user.id, dto);
  }

  @Get()
  @ApiOperation({ summary: 'My saved searches' })
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto) {
    return this.savedSearches.list(user.id, page);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of my saved searches' })
  async remove(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.savedSearches.remove(user.id, id);
  }
}
