import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

export class StartAssessmentDto {
  @ApiProperty({ example: 'riasec-48' })
  @IsString({ message: 'instrumentId must be the id of an instrument, such as riasec-48 or ipip-bfm-50' })
  @MaxLength(64, { message: 'instrumentId must be at most 64 characters' })
  instrumentId: string;

  @ApiProperty({ enum: ['id', 'en'] })
  @IsIn(['id', 'en'], { message: "locale must be 'id' or 'en'" })
  locale: 'id' | 'en';
}

export class AnswerDto {
  @ApiProperty({ example: 'R1' })
  @IsString({ message: 'itemId must be the id of an item on this page' })
  @MaxLength(64, { message: 'itemId must be at most 64 characters' })
  itemId: string;

  @ApiProperty({ nullable: true, description: 'A value of the response scale, or null to skip the item' })
  @ValidateIf((answer: AnswerDto) => answer.value !== null)
  @IsInt({ message: 'value must be a whole number of the response scale, or null to skip the item' })
  @Min(-32_768, { message: 'value must be on the response scale' })
  @Max(32_767, { message: 'value must be on the response scale' })
  value: number | null;
}

export class PageAnswersDto {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray({ message: 'answers must be a list of { itemId, value }' })
  @ArrayMinSize(1, { message: 'answers must list every item of the page' })
  @ArrayMaxSize(200, { message: 'answers may list at most 200 items' })
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}

export class SuggestionsQueryDto {
  @ApiPropertyOptional({ description: 'Job zones to include, comma-separated (1–5), e.g. 2,3; all when absent', example: '2,3' })
  @IsOptional()
  @IsString({ message: 'jobZones must be a comma-separated list such as 2,3' })
  @Matches(/^[1-5](,[1-5]){0,4}$/, { message: 'jobZones must be a comma-separated list of job zones 1 to 5, such as 2,3' })
  jobZones?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 10 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be 1 or more' })
  @Max(30, { message: 'limit must be at most 30' })
  limit = 10;
}
