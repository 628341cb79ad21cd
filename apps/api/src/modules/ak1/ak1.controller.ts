import { Controller, Get, HttpCode, Ip, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Roles, type AuthUser } from '../../common/decorators/auth.decorators.js';
import { Ak1VerifyLimiter } from './ak1-verify-limiter.service.js';
import { Ak1Service } from './ak1.service.js';

@ApiTags('ak1')
@Controller('ak1')
export class Ak1Controller {
  constructor(
    private readonly ak1: Ak1Service,
    private readonly limiter: Ak1VerifyLimiter,
  ) {}

  @Post('me')
  @Roles('job_seeker')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Issue my AK/1 card (422 listing what the profile lacks)' })
  issue(@CurrentUser() user: AuthUser) {
    return this.ak1.issue(user.id);
  }

  @Get('me')
  @Roles('job_seeker')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My AK/1 card and its status' })
  mine(@CurrentUser() user: AuthUser) {
    return this.ak1.mine(user.id);
  }

  @Post('me/reconfirm')
  @HttpCode(200)
  @Roles('job_seeker')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Re-confirm my AK/1 card (every six months)' })
  reconfirm(@CurrentUser() user: AuthUser) {
    return this.ak1.reconfirm(user.id);
  }

  @Get('me/card.pdf')
  @Roles('job_seeker')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'My AK/1 card as a printable PDF with a QR code that verifies it' })
  async pdf(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { number, pdf } = await this.ak1.pdf(user.id);
    void reply.header('content-type', 'application/pdf');
    void reply.header('content-disposition', `inline; filename="ak1-${number}.pdf"`);
    void reply.header('cache-control', 'private, no-store');
    return pdf;
  }

  @Public()
  @Get('verify/:number')
  @ApiOperation({ summary: 'Public: is this AK/1 card valid? Status, issuing regency and initials only (60 checks a minute per address)' })
  async verify(@Param('number') number: string, @Ip() ip: string) {
    await this.limiter.consume(ip);
    return this.ak1.verify(number);
  }
}
