import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '#domain';
import { PageQueryDto } from '../../../common/dto/pagination.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const REGENCY_MESSAGE = 'regencyCode must be a regency code from GET /api/reference/regions, such as 3374';
const DATE_MESSAGE = (field: string) => `${field} must be a date such as 2026-12-01`;

export class CreateCentreDto {
  @ApiProperty({ example: 'UPTD BLK Kota Semarang' })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @Length(2, 160, { message: 'name must be 2 to 160 characters' })
  name: string;

  @ApiProperty({ example: '3374' })
  @IsString({ message: REGENCY_MESSAGE })
  @Matches(/^[0-9]{4}$/, { message: REGENCY_MESSAGE })
  regencyCode: string;

  @ApiProperty({ example: 'Jl. Brigjen Sudiarto No. 118, Semarang' })
  @Transform(trim)
  @IsString({ message: 'address must be text' })
  @Length(5, 300, { message: 'address must be 5 to 300 characters' })
  address: string;
}

export class InviteCentreMemberDto {
  @ApiProperty({ example: 'instruktur@example.org' })
  @Transform(trim)
  @IsString({ message: 'email must be an e-mail address such as budi@example.org' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address such as budi@example.org' })
  email: string;

  @ApiProperty({ enum: ['staff', 'instructor'] })
  @IsIn(['staff', 'instructor'], { message: 'role must be staff or instructor' })
  role: 'staff' | 'instructor';
}

export class AcceptCentreInvitationDto {
  @ApiProperty({ description: 'The token from the e-mailed link' })
  @IsString({ message: 'token must be the token from the e-mailed link' })
  @Length(20, 200, { message: 'token must be the token from the e-mailed link' })
  token: string;
}

export class CentreReviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'verified', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'verified', 'rejected'], { message: 'status must be pending, verified or rejected' })
  status?: 'pending' | 'verified' | 'rejected';
}

export class ReasonDto {
  @ApiProperty({ example: 'The centre has no operating licence from the regency.' })
  @Transform(trim)
  @IsString({ message: 'reason must be text saying why' })
  @Length(5, 1000, { message: 'reason must be 5 to 1000 characters saying why' })
  reason: string;
}

export class ProgrammeDto {
  @ApiProperty({ example: 'Menjahit pakaian' })
  @Transform(trim)
  @IsString({ message: 'title must be text' })
  @Length(3, 160, { message: 'title must be 3 to 160 characters' })
  title: string;

  @ApiProperty({ example: 'Garmen' })
  @Transform(trim)
  @IsString({ message: 'vocationalField must be text such as Garmen or Otomotif' })
  @Length(2, 80, { message: 'vocationalField must be 2 to 80 characters' })
  vocationalField: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'description must be text' })
  @Length(10, 5000, { message: 'description must be 10 to 5000 characters' })
  description: string;

  @ApiProperty({ type: [Number], description: 'Skill ids conferred, from GET /api/reference/skills' })
  @IsArray({ message: 'skills must be a list of skill ids from GET /api/reference/skills' })
  @ArrayMinSize(1, { message: 'skills must name at least one skill the programme confers' })
  @ArrayMaxSize(30, { message: 'skills may list at most 30 skills' })
  @ArrayUnique({ message: 'skills must not list a skill twice' })
  @IsInt({ each: true, message: 'skills must be a list of skill ids (whole numbers)' })
  @Min(1, { each: true, message: 'skills must be a list of skill ids from GET /api/reference/skills' })
  @Max(2_000_000_000, { each: true, message: 'skills must be a list of skill ids from GET /api/reference/skills' })
  skills: number[];

  @ApiProperty({ example: 240 })
  @IsInt({ message: 'hours must be a whole number of training hours' })
  @Min(1, { message: 'hours must be at least 1' })
  @Max(5000, { message: 'hours must be at most 5000' })
  hours: number;

  @ApiProperty({ example: 0, description: 'Rupiah; 0 = free' })
  @IsInt({ message: 'cost must be a whole number of rupiah (0 when free)' })
  @Min(0, { message: 'cost must be 0 (free) or more' })
  @Max(1_000_000_000, { message: 'cost must be at most 1000000000' })
  cost: number;

  @ApiProperty({ example: 'SMP', description: 'An education level code from GET /api/reference/education-levels' })
  @IsString({ message: 'educationMin must be an education level code such as SMP' })
  @Length(1, 10, { message: 'educationMin must be an education level code such as SMP' })
  educationMin: string;

  @ApiPropertyOptional({ nullable: true, description: 'Only with ageLegalBasis' })
  @IsOptional()
  @IsInt({ message: 'ageMin must be a whole number of years' })
  @Min(14, { message: 'ageMin must be 14 or more' })
  @Max(100, { message: 'ageMin must be at most 100' })
  ageMin?: number | null;

  @ApiPropertyOptional({ nullable: true, description: 'Only with ageLegalBasis' })
  @IsOptional()
  @IsInt({ message: 'ageMax must be a whole number of years' })
  @Min(14, { message: 'ageMax must be 14 or more' })
  @Max(100, { message: 'ageMax must be at most 100' })
  ageMax?: number | null;

  @ApiPropertyOptional({ nullable: true, example: 'Permenaker 8/2008 (pemagangan)', description: 'The law that sets the age limits' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'ageLegalBasis must be text naming the law' })
  @Length(5, 300, { message: 'ageLegalBasis must be 5 to 300 characters naming the law' })
  ageLegalBasis?: string | null;

  @ApiPropertyOptional({ example: '3374', description: "Where it is held, if not at the centre's regency" })
  @IsOptional()
  @IsString({ message: REGENCY_MESSAGE })
  @Matches(/^[0-9]{4}$/, { message: REGENCY_MESSAGE })
  regencyCode?: string | null;

  @ApiPropertyOptional({ description: "Where it is held, if not at the centre's address" })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'address must be text' })
  @Length(5, 300, { message: 'address must be 5 to 300 characters' })
  address?: string | null;
}

export class PatchProgrammeDto extends PartialType(ProgrammeDto) {}

export class ProgrammeListQueryDto extends PageQueryDto {}

export class SessionDto {
  @ApiProperty({ example: '2026-12-01T08:00:00+07:00' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be a date and time such as 2026-12-01T08:00:00+07:00' })
  startsAt: string;

  @ApiProperty({ example: '2026-12-01T12:00:00+07:00' })
  @IsISO8601({ strict: true }, { message: 'endsAt must be a date and time such as 2026-12-01T12:00:00+07:00' })
  endsAt: string;
}

export class CohortDto {
  @ApiProperty({ example: '2026-12-01' })
  @IsString({ message: DATE_MESSAGE('startsOn') })
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: DATE_MESSAGE('startsOn') })
  startsOn: string;

  @ApiProperty({ example: '2026-12-20' })
  @IsString({ message: DATE_MESSAGE('endsOn') })
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: DATE_MESSAGE('endsOn') })
  endsOn: string;

  @ApiProperty({ example: 16 })
  @IsInt({ message: 'capacity must be a whole number of places' })
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(1000, { message: 'capacity must be at most 1000' })
  capacity: number;

  @ApiPropertyOptional({ description: "A member of the centre with role instructor" })
  @IsOptional()
  @IsUUID('all', { message: 'instructorUserId must be the user id of one of your instructors' })
  instructorUserId?: string | null;

  @ApiPropertyOptional({ default: false, description: 'true: staff accept applicants; false: eligible applicants take free places in order' })
  @IsOptional()
  @IsBoolean({ message: 'selection must be true or false' })
  selection?: boolean;

  @ApiPropertyOptional({ type: [SessionDto] })
  @IsOptional()
  @IsArray({ message: 'sessions must be a list of {startsAt, endsAt}' })
  @ArrayMaxSize(300, { message: 'sessions may list at most 300 sessions' })
  @ValidateNested({ each: true })
  @Type(() => SessionDto)
  sessions?: SessionDto[];
}

export class PatchCohortDto {
  @ApiPropertyOptional({ example: '2026-12-08', description: 'Only before the cohort starts; every session must stay within the dates' })
  @IsOptional()
  @IsString({ message: DATE_MESSAGE('startsOn') })
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: DATE_MESSAGE('startsOn') })
  startsOn?: string;

  @ApiPropertyOptional({ example: '2026-12-27' })
  @IsOptional()
  @IsString({ message: DATE_MESSAGE('endsOn') })
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: DATE_MESSAGE('endsOn') })
  endsOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number of places' })
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(1000, { message: 'capacity must be at most 1000' })
  capacity?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'instructorUserId must be the user id of one of your instructors' })
  instructorUserId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'selection must be true or false' })
  selection?: boolean;

  @ApiPropertyOptional({ enum: ['open', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'cancelled'], { message: 'status must be open or cancelled' })
  status?: 'open' | 'cancelled';
}

export class AddSessionsDto {
  @ApiProperty({ type: [SessionDto] })
  @IsArray({ message: 'sessions must be a list of {startsAt, endsAt}' })
  @ArrayMinSize(1, { message: 'sessions must list at least one session' })
  @ArrayMaxSize(300, { message: 'sessions may list at most 300 sessions' })
  @ValidateNested({ each: true })
  @Type(() => SessionDto)
  sessions: SessionDto[];
}

export class AttendanceRecordDto {
  @ApiProperty()
  @IsUUID('all', { message: 'enrolmentId must be the id of an enrolment in this cohort' })
  enrolmentId: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES, { message: `status must be one of ${ATTENDANCE_STATUSES.join(', ')}` })
  status: AttendanceStatus;
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendanceRecordDto] })
  @IsArray({ message: 'records must be a list of {enrolmentId, status}' })
  @ArrayMinSize(1, { message: 'records must list at least one trainee' })
  @ArrayMaxSize(1000, { message: 'records may list at most 1000 trainees' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceRecordDto)
  records: AttendanceRecordDto[];
}

export class TrainingSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words in the title, field or description' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'q must be text' })
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;

  @ApiPropertyOptional({ example: '3374' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'regency must be a regency code such as 3374' })
  regency?: string;

  @ApiPropertyOptional({ description: 'A skill id the programme confers' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'skill must be a skill id (a whole number)' })
  @Min(1, { message: 'skill must be a skill id' })
  @Max(2_000_000_000, { message: 'skill must be a skill id' })
  skill?: number;
}

export class EnrolmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['applied', 'waitlisted', 'accepted', 'attending', 'completed', 'rejected', 'dropped', 'withdrawn'], { message: 'status must be an enrolment status such as applied' })
  status?: string;
}

export class SkillGapQueryDto {
  @ApiPropertyOptional({ description: "A counsellor's or admin's way to name the seeker on /me/skill-gaps (or use /:seekerId/skill-gaps)" })
  @IsOptional()
  @IsUUID('all', { message: 'seekerId must be the id of a job seeker' })
  seekerId?: string;

  @ApiPropertyOptional({ description: 'An occupation code (KBJI) to compare against, instead of the stored top jobs' })
  @IsOptional()
  @IsString({ message: 'occupation must be an occupation code from GET /api/reference/occupations' })
  @Matches(/^[0-9A-Za-z.-]{1,12}$/, { message: 'occupation must be an occupation code from GET /api/reference/occupations' })
  occupation?: string;
}
