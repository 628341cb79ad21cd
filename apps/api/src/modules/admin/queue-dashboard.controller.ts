import { Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '#config';
import { Roles } from '../../common/decorators/auth.decorators.js';
import { DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH } from './queue-dashboard.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queue-dashboard')
export class QueueDashboardController {
  constructor(private readonly config: AppConfig) {}

  @Post('session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: `Open the queue dashboard at ${QUEUE_DASHBOARD_PATH} in this browser (sets an HttpOnly cookie)` })
  async open(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const attributes = [
      `${DASHBOARD_COOKIE}=${encodeURIComponent(token)}`,
      `Path=${QUEUE_DASHBOARD_PATH}`,
      `Max-Age=${this.config.auth.accessTtlSeconds}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(this.config.http.appUrl.startsWith('https:') ? ['Secure'] : []),
    ];
    await reply.header('set-cookie', attributes.join('; ')).status(204).send();
  }
}
