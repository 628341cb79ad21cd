import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ADMIN_CREATED_ROLES, type AdminCreatedRole } from '#domain';

export class CreateStaffAccountDto {
  @ApiProperty({ enum: ADMIN_CREATED_ROLES })
  @IsIn(ADMIN_CREATED_ROLES, { message: `role must be one of ${ADMIN_CREATED_ROLES.join(', ')}` })
  role: AdminCreatedRole;

  @ApiProperty({ example: 'Budi Santoso' })
  @IsString()
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  @Matches(/\S/, { message: 'fullName must not be blank' })
  fullName: string;

  @ApiProperty({ example: 'budi@disnaker.jatengprov.go.id', description: 'The account owner sets a password through the e-mailed link.' })
  @IsString()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @ApiPropertyOptional({ example: '081234567890' })
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: 'phone must be at most 20 characters' })
  phone?: string;

  @ApiPropertyOptional({ description: 'The counselling office (required for a counsellor)' })
  @ValidateIf((dto: CreateStaffAccountDto) => dto.role === 'counsellor' || dto.officeId !== undefined)
  @IsUUID('all', { message: 'officeId must be the id of a counselling office (a UUID); a counsellor needs one' })
  officeId?: string;
}
