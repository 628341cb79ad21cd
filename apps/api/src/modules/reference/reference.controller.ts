import { Controller, Get, Headers, NotFoundException, Param, ParseEnumPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/decorators/auth.decorators.js';
import { REFERENCE_DATASETS, type ReferenceDataset } from './reference.repository.js';
import { ReferenceService } from './reference.service.js';

const DATASET_ENUM = Object.fromEntries(REFERENCE_DATASETS.map((name) => [name, name]));

@ApiTags('reference')
@Public()
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get(':dataset')
  @ApiOperation({ summary: 'Reference data: regions, education-levels, fields-of-study, occupations, skills (read-only, cached)' })
  @ApiParam({ name: 'dataset', enum: REFERENCE_DATASETS })
  async get(
    @Param('dataset', new ParseEnumPipe(DATASET_ENUM, { exceptionFactory: () => new NotFoundException(`No such reference data set; use one of ${REFERENCE_DATASETS.join(', ')}`) })) dataset: ReferenceDataset,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { body, etag } = await this.reference.get(dataset);
    void reply.header('ETag', etag).header('Cache-Control', 'public, max-age=300');
    if (ifNoneMatch === etag) {
      await reply.status(304).send();
      return;
    }
    await reply.type('application/json; charset=utf-8').send(body);
  }
}
