import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  APPLICATION_STATUSES,
  EMPLOYER_TARGET_STATUSES,
  INTERVIEW_MODES,
  REJECTION_REASONS,
  type ApplicationStatus,
  type EmployerTargetStatus,
  type InterviewMode,
  type RejectionReason,
} from '#domain';
import { PageQueryDto } from '../../../common/dto/pagination.dto.js';

export class ApplyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'vacancyId must be the id of a published vacancy (a UUID)' })
  vacancyId: string;

  @ApiProperty({
    description:
      'Whether the employer may see your assessment summary. Only the choice is stored for now: assessments arrive in a later release, and until then employers see nothing more either way.',
  })
  @IsBoolean({ message: 'shareAssessment must be true or false' })
  shareAssessment: boolean;
}

export class SharingDto {
  @ApiProperty({ description: 'Whether the employer may see your assessment summary (the summary itself arrives with the assessments feature).' })
  @IsBoolean({ message: 'shareAssessment must be true or false' })
  shareAssessment: boolean;
}

export class InterviewDto {
  @ApiProperty({ example: '2026-12-01T09:00:00+07:00', description: 'When it starts, ISO 8601 with a time zone; in the future' })
  @IsString({ message: 'interview.startsAt must be a date and time such as 2026-12-01T09:00:00+07:00' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'interview.startsAt must be a date and time such as 2026-12-01T09:00:00+07:00' })
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, { message: 'interview.startsAt must include a time and a time zone, such as 2026-12-01T09:00:00+07:00' })
  startsAt: string;

  @ApiProperty({ enum: INTERVIEW_MODES })
  @IsIn(INTERVIEW_MODES, { message: `interview.mode must be one of ${INTERVIEW_MODES.join(', ')}` })
  mode: InterviewMode;

  @ApiProperty({ example: 'Jl. Pemuda 12, Semarang', description: 'An address for in_person, a phone number for phone, a link for video' })
  @IsString({ message: 'interview.place must be text: an address, a phone number or a link' })
  @IsNotEmpty({ message: 'interview.place must say where: an address, a phone number or a link' })
  @Matches(/\S/, { message: 'interview.place must not be blank' })
  @MaxLength(500, { message: 'interview.place must be at most 500 characters' })
  @Matches(/^[^\u0000]*$/, { message: 'interview.place must not contain NUL characters' })
  place: string;
}

export class TransitionDto {
  @ApiProperty({ enum: EMPLOYER_TARGET_STATUSES })
  @IsIn(EMPLOYER_TARGET_STATUSES, { message: `to must be one of ${EMPLOYER_TARGET_STATUSES.join(', ')}` })
  to: EmployerTargetStatus;

  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Required with to=rejected' })
  @IsOptional()
  @IsIn(REJECTION_REASONS, { message: `reason must be one of ${REJECTION_REASONS.join(', ')}` })
  reason?: RejectionReason;

  @ApiPropertyOptional({ description: 'A remark kept in the history; seen by the company only' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  @Matches(/^[^\u0000]*$/, { message: 'note must not contain NUL characters' })
  note?: string;

  @ApiPropertyOptional({ type: InterviewDto, description: 'Required with to=interview' })
  @IsOptional()
  @IsDefined({ message: 'interview must be an object { startsAt, mode, place }' })
  // A list would pass the nested validation with nothing in it.
  @IsObject({ message: 'interview must be an object { startsAt, mode, place }, not a list' })
  @ValidateNested()
  @Type(() => InterviewDto)
  interview?: InterviewDto;

  @ApiPropertyOptional({ example: '2026-12-15', description: 'With to=hired: the first working day, if known' })
  @IsOptional()
  @IsString({ message: 'startDate must be a date such as 2026-12-15' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date such as 2026-12-15' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a real date such as 2026-12-15' })
  startDate?: string;
}

export class VacancyApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: `status must be one of ${APPLICATION_STATUSES.join(', ')}` })
  status?: ApplicationStatus;
}
