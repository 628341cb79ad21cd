import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, SELF_REGISTRATION_ROLES, type SelfRegistrationRole } from '#domain';

export class RegisterDto {
  @ApiProperty({ enum: SELF_REGISTRATION_ROLES, description: 'Counsellor and admin accounts are created by an admin.' })
  @IsIn(SELF_REGISTRATION_ROLES, {
    message: `role must be one of ${SELF_REGISTRATION_ROLES.join(', ')}; counsellor and admin accounts are created by an admin`,
  })
  role: SelfRegistrationRole;

  @ApiProperty({ example: 'Siti Rahayu' })
  @IsString()
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  @Matches(/\S/, { message: 'fullName must not be blank' })
  fullName: string;

  @ApiPropertyOptional({ example: 'siti@example.org', description: 'E-mail or phone (or both) is required.' })
  @IsOptional()
  @IsString()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email?: string;

  @ApiPropertyOptional({ example: '081234567890' })
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: 'phone must be at most 20 characters' })
  phone?: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}

export class LoginDto {
  @ApiProperty({ example: 'siti@example.org', description: 'E-mail address or phone number' })
  @IsString()
  @IsNotEmpty({ message: 'login must be your e-mail address or phone number' })
  @MaxLength(254, { message: 'login must be at most 254 characters' })
  login: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200, { message: 'refreshToken must be the token you received at login' })
  refreshToken: string;
}

export class EmailTokenDto {
  @ApiProperty({ description: 'The token from the e-mailed link' })
  @IsString()
  @Length(20, 200, { message: 'token must be the token from the e-mailed link' })
  token: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'siti@example.org' })
  @IsString()
  @IsNotEmpty({ message: 'email must be the address of your account' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;
}

export class PasswordResetConfirmDto extends EmailTokenDto {
  @ApiProperty({ minLength: 8 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}
