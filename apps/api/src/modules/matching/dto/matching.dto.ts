import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

/** Stored lists keep at most 50 entries, so a page never needs more. */
export const MAX_MATCH_PAGE_SIZE = 50;

/** `?page=&limit=` on the match lists: pages count from 1, at most 50 items a page. */
export class MatchPageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be 1 or more' })
  @Max(1_000, { message: 'page must be at most 1000' })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_MATCH_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be 1 or more' })
  @Max(MAX_MATCH_PAGE_SIZE, { message: `limit must be at most ${MAX_MATCH_PAGE_SIZE}` })
  limit = 20;

  get offset(): number {
    return (this.page - 1) * this.limit;
  }
}

export class JobMatchesQueryDto extends MatchPageQueryDto {
  @ApiPropertyOptional({ description: "A job seeker's id, for their counsellor or an admin (a job seeker may pass only their own)" })
  @IsOptional()
  @IsUUID('all', { message: 'seekerId must be the id of a job seeker (a UUID)' })
  seekerId?: string;

  @ApiPropertyOptional({ enum: ['only'], description: 'Only vacancies offering every accommodation the seeker recorded (computed live)' })
  @IsOptional()
  @IsIn(['only'], { message: 'accommodations must be "only", or left out' })
  accommodations?: 'only';
}

export class ExplanationQueryDto {
  @ApiProperty()
  @IsDefined({ message: 'vacancyId is required: the vacancy to explain the match with' })
  @IsUUID('all', { message: 'vacancyId must be the id of a vacancy (a UUID)' })
  vacancyId!: string;

  @ApiPropertyOptional({ description: 'Leave out for yourself (job seeker); a counsellor or an admin names the seeker' })
  @IsOptional()
  @IsUUID('all', { message: 'seekerId must be the id of a job seeker (a UUID)' })
  seekerId?: string;
}

export class UpdateMatchWeightsDto {
  @ApiProperty({
    description: 'A number from 0 to 10 for each component: skills, education, experience, location, wage, employmentType, occupation, interest',
    example: { skills: 4, education: 1.2, experience: 1, location: 1, wage: 0.8, employmentType: 0.5, occupation: 0.5, interest: 1 },
  })
  @IsDefined({ message: 'weights is required: an object with a number for each component' })
  weights!: unknown;

  @ApiProperty({ description: 'Why the weights change (kept with the weight set)', minLength: 3, maxLength: 500 })
  @IsDefined({ message: 'reason is required: say why the weights change' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'reason must be text saying why the weights change' })
  @Length(3, 500, { message: 'reason must be 3 to 500 characters long' })
  reason!: string;
}
