import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { VacancyFilterDto } from '../vacancies/dto/vacancy.dto.js';

export class CreateSavedSearchDto {
  @ApiProperty({ example: 'Penjahit di Semarang' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'name must be text' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name: string;

  @ApiProperty({ type: VacancyFilterDto, description: 'The same filters as GET /vacancies' })
  @IsDefined({ message: 'query must be an object with the filters of GET /api/vacancies' })
  @IsObject({ message: 'query must be an object with the filters of GET /api/vacancies' })
  @ValidateNested()
  @Type(() => VacancyFilterDto)
  query: VacancyFilterDto;
}
