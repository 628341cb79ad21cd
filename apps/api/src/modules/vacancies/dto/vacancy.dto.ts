import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACCOMMODATIONS, EMPLOYMENT_TYPES, SKILL_IMPORTANCES, VACANCY_SORTS, VACANCY_STATUSES, type Accommodation, type EmploymentType, type VacancySort } from '#domain';
import { PageQueryDto } from '../../../common/dto/pagination.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const REGENCY = /^[0-9]{4}$/;
const REGENCY_MESSAGE = 'must be a regency code from GET /api/reference/regions, such as 3374';

export class VacancySkillDto {
  @ApiProperty({ example: 12 })
  @IsInt({ message: 'skillId must be a skill id from GET /api/reference/skills' })
  @Min(1, { message: 'skillId must be a skill id from GET /api/reference/skills' })
  @Max(2_147_483_647, { message: 'skillId must be a skill id from GET /api/reference/skills' })
  skillId: number;

  @ApiProperty({ enum: SKILL_IMPORTANCES })
  @IsIn(SKILL_IMPORTANCES, { message: 'importance must be required or preferred' })
  importance: 'required' | 'preferred';

  @ApiPropertyOptional({ minimum: 0.1, maximum: 5, default: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'weight must be a number from 0.1 to 5' })
  @Min(0.1, { message: 'weight must be a number from 0.1 to 5' })
  @Max(5, { message: 'weight must be a number from 0.1 to 5' })
  weight?: number;
}

/**
 * A vacancy's fields. There is deliberately no field for gender, religion, marital status,
 * appearance or age: the whitelist refuses them (400), so such requirements cannot be set.
 */
export class CreateVacancyDto {
  @ApiProperty({ example: '7531', description: 'An occupation code from GET /reference/occupations' })
  @IsString({ message: 'occupationCode must be an occupation code from GET /api/reference/occupations' })
  @Matches(/^[0-9]{4}$/, { message: 'occupationCode must be an occupation code from GET /api/reference/occupations, such as 7531' })
  occupationCode: string;

  @ApiProperty({ example: 'Penjahit Garmen' })
  @Transform(trim)
  @IsString({ message: 'title must be text' })
  @Length(3, 160, { message: 'title must be 3 to 160 characters' })
  title: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'description must be text' })
  @Length(20, 10_000, { message: 'description must be 20 to 10000 characters' })
  description: string;

  @ApiPropertyOptional({ example: '3374', nullable: true })
  @IsOptional()
  @IsString({ message: `regencyCode ${REGENCY_MESSAGE}` })
  @Matches(REGENCY, { message: `regencyCode ${REGENCY_MESSAGE}` })
  regencyCode?: string | null;

  @ApiProperty()
  @IsBoolean({ message: 'isRemote must be true or false' })
  isRemote: boolean;

  @ApiPropertyOptional({ example: 3_000_000, nullable: true })
  @IsOptional()
  @IsInt({ message: 'wageMin must be a whole number of rupiah a month' })
  @Min(0, { message: 'wageMin must be 0 or more' })
  @Max(1_000_000_000, { message: 'wageMin must be at most 1000000000' })
  wageMin?: number | null;

  @ApiPropertyOptional({ example: 3_800_000, nullable: true })
  @IsOptional()
  @IsInt({ message: 'wageMax must be a whole number of rupiah a month' })
  @Min(0, { message: 'wageMax must be 0 or more' })
  @Max(1_000_000_000, { message: 'wageMax must be at most 1000000000' })
  wageMax?: number | null;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES, { message: `employmentType must be one of ${EMPLOYMENT_TYPES.join(', ')}` })
  employmentType: EmploymentType;

  @ApiProperty({ minimum: 1 })
  @IsInt({ message: 'openings must be a whole number' })
  @Min(1, { message: 'openings must be 1 or more' })
  @Max(10_000, { message: 'openings must be at most 10000' })
  openings: number;

  @ApiProperty({ example: 'SMK', description: 'An education level code from GET /reference/education-levels' })
  @IsString({ message: 'educationMin must be an education level code from GET /api/reference/education-levels' })
  @Length(1, 10, { message: 'educationMin must be an education level code from GET /api/reference/education-levels' })
  educationMin: string;

  @ApiProperty({ type: [String] })
  @IsArray({ message: 'fieldsOfStudy must be a list of codes from GET /api/reference/fields-of-study' })
  @ArrayMaxSize(20, { message: 'fieldsOfStudy may list at most 20 fields' })
  @ArrayUnique({ message: 'fieldsOfStudy lists a field twice' })
  @IsString({ each: true, message: 'fieldsOfStudy must be a list of codes from GET /api/reference/fields-of-study' })
  @MaxLength(60, { each: true, message: 'fieldsOfStudy must be a list of codes from GET /api/reference/fields-of-study' })
  fieldsOfStudy: string[];

  @ApiProperty({ minimum: 0 })
  @IsInt({ message: 'experienceMinMonths must be a whole number of months' })
  @Min(0, { message: 'experienceMinMonths must be 0 or more' })
  @Max(600, { message: 'experienceMinMonths must be at most 600' })
  experienceMinMonths: number;

  @ApiProperty({ enum: ACCOMMODATIONS, isArray: true })
  @IsArray({ message: `accommodations must be a list of: ${ACCOMMODATIONS.join(', ')}` })
  @ArrayUnique({ message: 'accommodations lists one twice' })
  @IsIn(ACCOMMODATIONS, { each: true, message: `accommodations must be a list of: ${ACCOMMODATIONS.join(', ')}` })
  accommodations: Accommodation[];

  @ApiPropertyOptional({ example: '2026-12-31', nullable: true })
  @IsOptional()
  @IsString({ message: 'deadline must be a date such as 2026-12-31' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'deadline must be a date such as 2026-12-31' })
  deadline?: string | null;

  @ApiProperty({ type: [VacancySkillDto] })
  @IsArray({ message: 'skills must be a list of { skillId, importance, weight? }' })
  @ArrayMaxSize(40, { message: 'skills may list at most 40 skills' })
  @ValidateNested({ each: true })
  @Type(() => VacancySkillDto)
  skills: VacancySkillDto[];
}

export class UpdateVacancyDto extends PartialType(CreateVacancyDto) {}

export class CloseVacancyDto {
  @ApiPropertyOptional({ description: 'true when the openings were filled; otherwise closed' })
  @IsOptional()
  @IsBoolean({ message: 'filled must be true or false' })
  filled?: boolean;
}

export class MyVacanciesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES })
  @IsOptional()
  @IsIn(VACANCY_STATUSES, { message: `status must be one of ${VACANCY_STATUSES.join(', ')}` })
  status?: string;
}

export class WordingExceptionDto {
  @ApiProperty({ example: 'Perkap 24/2007 sets a minimum height for security guards.' })
  @Transform(trim)
  @IsString({ message: 'reason must be text naming the legal reason' })
  @Length(10, 2000, { message: 'reason must be 10 to 2000 characters naming the legal reason' })
  reason: string;
}

export class WordingExceptionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'], { message: 'status must be pending, approved or rejected' })
  status?: 'pending' | 'approved' | 'rejected';
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value);
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter((item) => item.length > 0) : value;

/** Search filters: from a query string (GET /vacancies) or a JSON body (saved searches). */
export class VacancyFilterDto {
  @ApiPropertyOptional({ description: 'Words to look for, in Bahasa Indonesia or English; "quotes", OR and -minus work' })
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;

  @ApiPropertyOptional({ example: '3374' })
  @IsOptional()
  @IsString({ message: `regency ${REGENCY_MESSAGE}` })
  @Matches(REGENCY, { message: `regency ${REGENCY_MESSAGE}` })
  regency?: string;

  @ApiPropertyOptional({ description: 'With regency: also regencies whose centre is within this many km' })
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'withinKm must be a whole number of kilometres' })
  @Min(0, { message: 'withinKm must be 0 or more' })
  @Max(1000, { message: 'withinKm must be at most 1000' })
  withinKm?: number;

  @ApiPropertyOptional({ example: '7531' })
  @IsOptional()
  @IsString({ message: 'occupation must be an occupation code such as 7531' })
  @Matches(/^[0-9]{4}$/, { message: 'occupation must be an occupation code such as 7531' })
  occupation?: string;

  @ApiPropertyOptional({ example: 'SMK', description: 'My education: vacancies asking for this level or less' })
  @IsOptional()
  @IsString({ message: 'education must be an education level code' })
  @Length(1, 10, { message: 'education must be an education level code' })
  education?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES, { message: `employmentType must be one of ${EMPLOYMENT_TYPES.join(', ')}` })
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ description: 'Vacancies paying at least this much a month (their upper wage)' })
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'minWage must be a whole number of rupiah' })
  @Min(0, { message: 'minWage must be 0 or more' })
  @Max(1_000_000_000, { message: 'minWage must be at most 1000000000' })
  minWage?: number;

  @ApiPropertyOptional({ description: 'Comma-separated; vacancies offering all of them', example: 'wheelchair_access,flexible_hours' })
  @IsOptional()
  @Transform(toList)
  @IsArray({ message: `accommodations must be a comma-separated list of: ${ACCOMMODATIONS.join(', ')}` })
  @ArrayMaxSize(ACCOMMODATIONS.length, { message: 'accommodations lists too many' })
  @IsIn(ACCOMMODATIONS, { each: true, message: `accommodations must be a comma-separated list of: ${ACCOMMODATIONS.join(', ')}` })
  accommodations?: Accommodation[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'remote must be true or false' })
  remote?: boolean;
}

export class VacancySearchQueryDto extends VacancyFilterDto {
  @ApiPropertyOptional({ enum: VACANCY_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(VACANCY_SORTS, { message: `sort must be one of ${VACANCY_SORTS.join(', ')}` })
  sort?: VacancySort;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be 1 or more' })
  @Max(500, { message: 'page must be at most 500; narrow the search instead' })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be 1 or more' })
  @Max(100, { message: 'limit must be at most 100' })
  limit = 20;
}
