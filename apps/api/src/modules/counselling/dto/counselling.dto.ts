import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CASE_OUTCOMES,
  GOAL_KINDS,
  GOAL_STATUSES,
  NOTE_VISIBILITIES,
  OVERRIDE_REASON_MIN_LENGTH,
  PRIORITY_GROUPS,
  RISK_LEVELS,
  SESSION_MODES,
  type CaseOutcome,
  type GoalKind,
  type GoalStatus,
  type NoteVisibility,
  type PriorityGroup,
  type RiskLevel,
  type SessionMode,
} from '#domain';
import { PageQueryDto } from '../../../common/dto/pagination.dto.js';

export const CASE_SORTS = ['risk', 'lastContact', 'followUpDue', 'planProgress'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

const NO_NUL = /^[^\u0000]*$/;
// Years 1900–2199: a plan's dates, and what PostgreSQL's date type takes without surprises (it has no year 0).
const DATE = /^(19|20|21)\d{2}-\d{2}-\d{2}$/;
const ZONED_TIME = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export class CaseDashboardQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CASE_SORTS, default: 'risk', description: 'risk: highest first; lastContact: longest without contact first; followUpDue: soonest first; planProgress: least progress first' })
  @IsOptional()
  @IsIn(CASE_SORTS, { message: `sort must be one of ${CASE_SORTS.join(', ')}` })
  sort: CaseSort = 'risk';

  @ApiPropertyOptional({ enum: [...PRIORITY_GROUPS, 'any'], description: 'Only seekers in this priority group (any: in at least one)' })
  @IsOptional()
  @IsIn([...PRIORITY_GROUPS, 'any'], { message: `priority must be one of ${[...PRIORITY_GROUPS, 'any'].join(', ')}` })
  priority?: PriorityGroup | 'any';

  @ApiPropertyOptional({ enum: RISK_LEVELS, description: 'The level that counts (the override when there is one)' })
  @IsOptional()
  @IsIn(RISK_LEVELS, { message: `riskLevel must be one of ${RISK_LEVELS.join(', ')}` })
  riskLevel?: RiskLevel;

  @ApiPropertyOptional({ description: 'true: only my own cases' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;
}

export class ReassignDto {
  @ApiProperty({ format: 'uuid', description: 'A counsellor of the same office' })
  @IsUUID('all', { message: 'counsellorId must be the id of a counsellor of the office (a UUID)' })
  counsellorId: string;

  @ApiProperty({ example: 'Caseload rebalanced after a new counsellor joined' })
  @IsString({ message: 'reason must be text saying why the case moves' })
  @Matches(/\S/, { message: 'reason must say why the case moves' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  @Matches(NO_NUL, { message: 'reason must not contain NUL characters' })
  reason: string;
}

export class RiskOverrideDto {
  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS, { message: `level must be one of ${RISK_LEVELS.join(', ')}` })
  level: RiskLevel;

  @ApiProperty({ example: 'Caring for a sick parent; can only work part-time nearby', description: `Why the computed level is wrong, at least ${OVERRIDE_REASON_MIN_LENGTH} characters` })
  @IsString({ message: 'reason must be text saying why the computed level is wrong' })
  @MinLength(OVERRIDE_REASON_MIN_LENGTH, { message: `reason must say why the computed level is wrong, in at least ${OVERRIDE_REASON_MIN_LENGTH} characters` })
  @Matches(/\S.*\S/s, { message: 'reason must not be blank' })
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  @Matches(NO_NUL, { message: 'reason must not contain NUL characters' })
  reason: string;
}

export class NoteDto {
  @ApiProperty({ example: 'Discussed CV; will apply to two garment vacancies this week.' })
  @IsString({ message: 'body must be the text of the note' })
  @Matches(/\S/, { message: 'body must not be blank' })
  @MaxLength(10_000, { message: 'body must be at most 10000 characters' })
  @Matches(NO_NUL, { message: 'body must not contain NUL characters' })
  body: string;

  @ApiProperty({ enum: NOTE_VISIBILITIES, description: 'internal: counsellors only; shared: the seeker sees it too' })
  @IsIn(NOTE_VISIBILITIES, { message: `visibility must be one of ${NOTE_VISIBILITIES.join(', ')}` })
  visibility: NoteVisibility;
}

export class SessionDto {
  @ApiProperty({ enum: SESSION_MODES })
  @IsIn(SESSION_MODES, { message: `mode must be one of ${SESSION_MODES.join(', ')}` })
  mode: SessionMode;

  @ApiProperty({ example: '2026-12-01T09:00:00+07:00', description: 'When it starts (or started), ISO 8601 with a time zone' })
  @IsString({ message: 'startsAt must be a date and time such as 2026-12-01T09:00:00+07:00' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'startsAt must be a date and time such as 2026-12-01T09:00:00+07:00' })
  @Matches(ZONED_TIME, { message: 'startsAt must include a time and a time zone, such as 2026-12-01T09:00:00+07:00' })
  startsAt: string;

  @ApiPropertyOptional({ type: [NoteDto] })
  @IsOptional()
  @IsArray({ message: 'notes must be a list of { body, visibility }' })
  @ArrayMaxSize(20, { message: 'notes must have at most 20 items' })
  @IsObject({ each: true, message: 'each note must be an object { body, visibility }' })
  @ValidateNested({ each: true })
  @Type(() => NoteDto)
  notes?: NoteDto[];
}

export class GoalDto {
  @ApiProperty({ enum: GOAL_KINDS })
  @IsIn(GOAL_KINDS, { message: `kind must be one of ${GOAL_KINDS.join(', ')}` })
  kind: GoalKind;

  @ApiProperty({ example: 'Apply to three garment vacancies' })
  @IsString({ message: 'title must be text' })
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  @Matches(NO_NUL, { message: 'title must not contain NUL characters' })
  title: string;

  @ApiPropertyOptional({ example: '2026-12-15' })
  @IsOptional()
  @IsString({ message: 'dueOn must be a date such as 2026-12-15' })
  @Matches(DATE, { message: 'dueOn must be a date such as 2026-12-15' })
  @IsISO8601({ strict: true }, { message: 'dueOn must be a real date such as 2026-12-15' })
  dueOn?: string;
}

export class GoalReviewDto {
  @ApiProperty({ enum: GOAL_STATUSES, description: 'The goal status after this review' })
  @IsIn(GOAL_STATUSES, { message: `status must be one of ${GOAL_STATUSES.join(', ')}` })
  status: GoalStatus;

  @ApiProperty({ example: 'Applied to two of three; one interview next week.' })
  @IsString({ message: 'note must be text' })
  @Matches(/\S/, { message: 'note must not be blank' })
  @MaxLength(4000, { message: 'note must be at most 4000 characters' })
  @Matches(NO_NUL, { message: 'note must not contain NUL characters' })
  note: string;
}

export const REFERRAL_KINDS = ['vacancy', 'training'] as const;

export class ReferralDto {
  @ApiProperty({ enum: REFERRAL_KINDS })
  @IsIn(REFERRAL_KINDS, { message: `kind must be one of ${REFERRAL_KINDS.join(', ')}` })
  kind: (typeof REFERRAL_KINDS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'With kind=vacancy' })
  @ValidateIf((dto: ReferralDto) => dto.kind === 'vacancy' || dto.vacancyId !== undefined)
  @IsUUID('all', { message: 'vacancyId must be the id of a published vacancy (a UUID); it is required with kind=vacancy' })
  vacancyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With kind=training' })
  @ValidateIf((dto: ReferralDto) => dto.kind === 'training' || dto.cohortId !== undefined)
  @IsUUID('all', { message: 'cohortId must be the id of a training cohort (a UUID); it is required with kind=training' })
  cohortId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  @Matches(NO_NUL, { message: 'note must not contain NUL characters' })
  note?: string;
}

export class FollowUpDto {
  @ApiProperty({ example: '2026-12-15' })
  @IsString({ message: 'dueOn must be a date such as 2026-12-15' })
  @Matches(DATE, { message: 'dueOn must be a date such as 2026-12-15' })
  @IsISO8601({ strict: true }, { message: 'dueOn must be a real date such as 2026-12-15' })
  dueOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  @Matches(NO_NUL, { message: 'note must not contain NUL characters' })
  note?: string;
}

export class FollowUpDoneDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  @Matches(NO_NUL, { message: 'note must not contain NUL characters' })
  note?: string;
}

export class OutcomeDto {
  @ApiProperty({ enum: CASE_OUTCOMES })
  @IsIn(CASE_OUTCOMES, { message: `outcome must be one of ${CASE_OUTCOMES.join(', ')}` })
  outcome: CaseOutcome;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  @Matches(NO_NUL, { message: 'note must not contain NUL characters' })
  note?: string;
}
