import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ACCOMMODATIONS, DISABILITY_KINDS, EMPLOYMENT_TYPES, LANGUAGE_LEVELS, type Accommodation, type DisabilityKind, type EmploymentType, type LanguageLevel } from '#domain';

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const REGENCY = /^[0-9]{4}$/;
const CODE = /^[A-Za-z0-9._-]{1,40}$/;
// PostgreSQL text cannot hold NUL; other control characters have no place in a name or an address.
const PLAIN_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

export class IdentityDto {
  @ApiPropertyOptional({ example: '3374014503980001', description: '16 digits; leave out to keep the NIK already saved' })
  @IsOptional()
  @IsString({ message: 'nik must be a string of 16 digits' })
  @MaxLength(32, { message: 'nik must be 16 digits' })
  nik?: string;

  @ApiProperty({ example: '1998-03-05' })
  @IsString({ message: 'birthDate must be a date YYYY-MM-DD' })
  @Matches(DATE, { message: 'birthDate must be a date YYYY-MM-DD, such as 1998-03-05' })
  birthDate: string;

  @ApiProperty({ enum: ['F', 'M'] })
  @IsIn(['F', 'M'], { message: 'gender must be F (female) or M (male), as on the KTP' })
  gender: 'F' | 'M';

  @ApiProperty({ example: '3374', description: 'The regency or city of domicile (GET /api/reference/regions)' })
  @IsString({ message: 'domicileRegencyCode must be a 4-digit regency code such as 3374' })
  @Matches(REGENCY, { message: 'domicileRegencyCode must be a 4-digit regency code such as 3374' })
  domicileRegencyCode: string;

  @ApiPropertyOptional({ example: 'Jl. Pemuda No. 12, Semarang' })
  @IsOptional()
  @IsString({ message: 'address must be text' })
  @MaxLength(300, { message: 'address must be at most 300 characters' })
  @Matches(PLAIN_TEXT, { message: 'address must not contain control characters' })
  address?: string;
}

export class EducationDto {
  @ApiProperty({ example: 'SMK', description: 'GET /api/reference/education-levels' })
  @IsString({ message: 'educationLevel must be an education level code such as SMK' })
  @Matches(CODE, { message: 'educationLevel must be an education level code such as SMK' })
  educationLevel: string;

  @ApiPropertyOptional({ example: 'tata-busana', description: 'GET /api/reference/fields-of-study' })
  @IsOptional()
  @IsString({ message: 'fieldOfStudy must be a field-of-study code' })
  @Matches(CODE, { message: 'fieldOfStudy must be a field-of-study code such as tata-busana' })
  fieldOfStudy?: string;
}

export class WorkHistoryItemDto {
  @ApiProperty({ example: '7533', description: 'GET /api/reference/occupations' })
  @IsString({ message: 'occupationCode must be an occupation code' })
  @Matches(CODE, { message: 'occupationCode must be an occupation code such as 7533' })
  occupationCode: string;

  @ApiProperty({ example: 'Penjahit' })
  @IsString({ message: 'title must be text' })
  @MinLength(2, { message: 'title must be 2 to 120 characters' })
  @MaxLength(120, { message: 'title must be 2 to 120 characters' })
  @Matches(PLAIN_TEXT, { message: 'title must not contain control characters' })
  title: string;

  @ApiProperty({ example: 'CV Maju Jaya' })
  @IsString({ message: 'employerName must be text' })
  @MinLength(2, { message: 'employerName must be 2 to 120 characters' })
  @MaxLength(120, { message: 'employerName must be 2 to 120 characters' })
  @Matches(PLAIN_TEXT, { message: 'employerName must not contain control characters' })
  employerName: string;

  @ApiProperty({ example: '2021-07' })
  @IsString({ message: 'startMonth must be a month YYYY-MM' })
  @Matches(MONTH, { message: 'startMonth must be a month YYYY-MM, such as 2021-07' })
  startMonth: string;

  @ApiPropertyOptional({ example: '2023-12', description: 'Leave out while the job goes on' })
  @IsOptional()
  @IsString({ message: 'endMonth must be a month YYYY-MM' })
  @Matches(MONTH, { message: 'endMonth must be a month YYYY-MM, such as 2023-12' })
  endMonth?: string;
}

export class WorkHistoryDto {
  @ApiProperty({ type: [WorkHistoryItemDto] })
  @IsArray({ message: 'items must be a list of jobs' })
  @ArrayMaxSize(30, { message: 'items may list at most 30 jobs' })
  @ValidateNested({ each: true })
  @Type(() => WorkHistoryItemDto)
  items: WorkHistoryItemDto[];
}

export class SkillItemDto {
  @ApiProperty({ example: 12, description: 'GET /api/reference/skills' })
  @IsInt({ message: 'skillId must be a whole number (a skill id)' })
  @Min(1, { message: 'skillId must be a skill id' })
  @Max(2_147_483_647, { message: 'skillId must be a skill id' })
  skillId: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'level must be a whole number from 1 to 5' })
  @Min(1, { message: 'level must be a whole number from 1 to 5' })
  @Max(5, { message: 'level must be a whole number from 1 to 5' })
  level: number;
}

export class SkillsDto {
  @ApiProperty({ type: [SkillItemDto], description: 'Declared skills; certified and assessed ones are kept' })
  @IsArray({ message: 'items must be a list of { skillId, level }' })
  @ArrayMaxSize(60, { message: 'items may list at most 60 skills' })
  @ValidateNested({ each: true })
  @Type(() => SkillItemDto)
  items: SkillItemDto[];
}

export class LanguageItemDto {
  @ApiProperty({ example: 'id', description: 'ISO 639 code: id, en, jv, su, ...' })
  @IsString({ message: 'code must be a language code such as id, en or jv' })
  @Matches(/^[a-z]{2,3}$/, { message: 'code must be a lower-case ISO 639 language code such as id, en or jv' })
  code: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS, { message: `level must be one of ${LANGUAGE_LEVELS.join(', ')}` })
  level: LanguageLevel;
}

export class LanguagesDto {
  @ApiProperty({ type: [LanguageItemDto] })
  @IsArray({ message: 'items must be a list of { code, level }' })
  @ArrayMaxSize(20, { message: 'items may list at most 20 languages' })
  @ValidateNested({ each: true })
  @Type(() => LanguageItemDto)
  items: LanguageItemDto[];
}

export class PreferencesDto {
  @ApiProperty({ example: ['7533'], description: 'Occupation codes, at most 10' })
  @IsArray({ message: 'occupations must be a list of occupation codes' })
  @ArrayMaxSize(10, { message: 'occupations may list at most 10 codes' })
  @IsString({ each: true, message: 'occupations must be a list of occupation codes' })
  @Matches(CODE, { each: true, message: 'occupations must be a list of occupation codes such as 7533' })
  occupations: string[];

  @ApiProperty({ example: ['3374', '3322'] })
  @IsArray({ message: 'regencies must be a list of 4-digit regency codes' })
  @ArrayMaxSize(40, { message: 'regencies may list at most 40 codes' })
  @IsString({ each: true, message: 'regencies must be a list of 4-digit regency codes' })
  @Matches(REGENCY, { each: true, message: 'regencies must be a list of 4-digit regency codes such as 3374' })
  regencies: string[];

  @ApiProperty({ example: 25 })
  @IsInt({ message: 'maxCommuteKm must be a whole number of kilometres from 0 to 500' })
  @Min(0, { message: 'maxCommuteKm must be a whole number of kilometres from 0 to 500' })
  @Max(500, { message: 'maxCommuteKm must be a whole number of kilometres from 0 to 500' })
  maxCommuteKm: number;

  @ApiPropertyOptional({ example: 2_500_000, description: 'Rupiah a month' })
  @IsOptional()
  @IsInt({ message: 'minimumWage must be a whole number of rupiah a month' })
  @Min(0, { message: 'minimumWage must be 0 or more' })
  @Max(1_000_000_000, { message: 'minimumWage must be at most 1000000000 rupiah a month' })
  minimumWage?: number | null;

  @ApiProperty({ enum: EMPLOYMENT_TYPES, isArray: true })
  @IsArray({ message: `employmentTypes must be a list of ${EMPLOYMENT_TYPES.join(', ')}` })
  @ArrayMaxSize(EMPLOYMENT_TYPES.length, { message: 'employmentTypes may list each type once' })
  @IsIn(EMPLOYMENT_TYPES, { each: true, message: `employmentTypes must be a list of ${EMPLOYMENT_TYPES.join(', ')}` })
  employmentTypes: EmploymentType[];

  @ApiProperty()
  @IsBoolean({ message: 'openToRemote must be true or false' })
  openToRemote: boolean;
}

export class DisabilityDto {
  @ApiProperty({ description: 'Must be true: the person agrees to the consent text (GET /job-seekers/me/disability shows it)' })
  @IsIn([true], { message: 'consent must be true: disability information is kept only with your explicit consent' })
  consent: true;

  @ApiProperty({ enum: DISABILITY_KINDS, isArray: true })
  @IsArray({ message: `disabilities must be a list of ${DISABILITY_KINDS.join(', ')}` })
  @ArrayMaxSize(DISABILITY_KINDS.length, { message: 'disabilities may list each kind once' })
  @IsIn(DISABILITY_KINDS, { each: true, message: `disabilities must be a list of ${DISABILITY_KINDS.join(', ')}` })
  disabilities: DisabilityKind[];

  @ApiProperty({ enum: ACCOMMODATIONS, isArray: true })
  @IsArray({ message: `accommodations must be a list of ${ACCOMMODATIONS.join(', ')}` })
  @ArrayMaxSize(ACCOMMODATIONS.length, { message: 'accommodations may list each code once' })
  @IsIn(ACCOMMODATIONS, { each: true, message: `accommodations must be a list of ${ACCOMMODATIONS.join(', ')}` })
  accommodations: Accommodation[];
}

export const READ_PURPOSES = ['counselling', 'placement_support', 'accommodation_planning', 'audit'] as const;

export class DisabilityReadQueryDto {
  @ApiProperty({ enum: READ_PURPOSES, description: 'Why the data is read; recorded in the read log' })
  @IsIn(READ_PURPOSES, { message: `purpose must be one of ${READ_PURPOSES.join(', ')}: every read of disability data is recorded with its reason` })
  purpose: (typeof READ_PURPOSES)[number];
}
