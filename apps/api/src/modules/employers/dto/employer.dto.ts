import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { EMPLOYER_SECTORS, EMPLOYER_SIZES, NIB_MESSAGE, type EmployerSize } from '#domain';
import { PageQueryDto } from '../../../common/dto/pagination.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateEmployerDto {
  @ApiProperty({ example: 'PT Sinar Jaya Garmen' })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @Length(2, 160, { message: 'name must be 2 to 160 characters' })
  name: string;

  @ApiProperty({ enum: EMPLOYER_SECTORS })
  @IsIn(EMPLOYER_SECTORS, { message: `sector must be one of ${EMPLOYER_SECTORS.join(', ')}` })
  sector: string;

  @ApiProperty({ enum: EMPLOYER_SIZES })
  @IsIn(EMPLOYER_SIZES, { message: `size must be one of ${EMPLOYER_SIZES.join(', ')}` })
  size: EmployerSize;

  @ApiProperty({ example: 'Jl. Pemuda No. 12, Semarang' })
  @Transform(trim)
  @IsString({ message: 'address must be text' })
  @Length(5, 300, { message: 'address must be 5 to 300 characters' })
  address: string;

  @ApiProperty({ example: '3374', description: 'A regency code from GET /reference/regions' })
  @IsString({ message: 'regencyCode must be a regency code from GET /api/reference/regions, such as 3374' })
  @Matches(/^[0-9]{4}$/, { message: 'regencyCode must be a regency code from GET /api/reference/regions, such as 3374' })
  regencyCode: string;
}

export class CreateEmployerDto extends UpdateEmployerDto {
  @ApiProperty({ example: '9120001234567', description: 'Nomor Induk Berusaha: 13 digits' })
  @IsString({ message: NIB_MESSAGE })
  @MaxLength(40, { message: NIB_MESSAGE })
  nib: string;
}

export class PatchEmployerDto extends PartialType(UpdateEmployerDto) {}

export class InviteMemberDto {
  @ApiProperty({ example: 'budi@example.org' })
  @Transform(trim)
  @IsString({ message: 'email must be an e-mail address such as budi@example.org' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address such as budi@example.org' })
  email: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the e-mailed link' })
  @IsString({ message: 'token must be the token from the e-mailed link' })
  @Length(20, 200, { message: 'token must be the token from the e-mailed link' })
  token: string;
}

export class EmployerReviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'verified', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'verified', 'rejected'], { message: 'status must be pending, verified or rejected' })
  status?: 'pending' | 'verified' | 'rejected';
}

export class RejectEmployerDto {
  @ApiProperty({ example: 'The NIB belongs to another company in OSS.' })
  @Transform(trim)
  @IsString({ message: 'reason must be text saying why' })
  @Length(5, 1000, { message: 'reason must be 5 to 1000 characters saying why, so the company can correct it' })
  reason: string;
}

export class DecisionDto {
  @ApiProperty()
  @IsBoolean({ message: 'approve must be true or false' })
  approve: boolean;

  @ApiProperty({ example: 'Height rule required by Perkap 24/2007 for security staff.' })
  @Transform(trim)
  @IsString({ message: 'reason must be text saying why' })
  @Length(5, 1000, { message: 'reason must be 5 to 1000 characters saying why' })
  reason: string;
}
