import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, ValidateNested, ArrayMaxSize, IsArray } from 'class-validator';
import { Type } from 'class-transformer';
import { NOTIFICATION_KIND_NAMES, type NotificationKind } from '#domain';

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KIND_NAMES })
  @IsIn(NOTIFICATION_KIND_NAMES, { message: `kind must be one of ${NOTIFICATION_KIND_NAMES.join(', ')}` })
  kind: NotificationKind;

  @ApiProperty({ description: 'Also send this kind by e-mail' })
  @IsBoolean({ message: 'email must be true or false' })
  email: boolean;
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto] })
  @IsArray({ message: 'preferences must be a list of { kind, email }' })
  @ArrayMaxSize(NOTIFICATION_KIND_NAMES.length, { message: `preferences may list each of the ${NOTIFICATION_KIND_NAMES.length} kinds once` })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  preferences: NotificationPreferenceDto[];
}
