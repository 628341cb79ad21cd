import { Module } from '@nestjs/common';
import { NikCipher } from '#domain';
import { MessagingModule } from '#platform';
import { JobSeekersController } from './job-seekers.controller.js';
import { JobSeekersRepository } from './job-seekers.repository.js';
import { JobSeekersService } from './job-seekers.service.js';
import { nikCipherProvider } from './nik-cipher.provider.js';

@Module({
  imports: [MessagingModule],
  controllers: [JobSeekersController],
  providers: [JobSeekersRepository, JobSeekersService, nikCipherProvider],
  exports: [JobSeekersRepository, JobSeekersService, NikCipher],
})
export class JobSeekersModule {}
