import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCESS_GRANT_REASONS, AccessGrantReason, MAX_ACCESS_GRANT_HOURS, VLO_UNITS, VloUnit } from '@vcs/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PLAIN_TEXT } from '../../shared/validation';
import { LowerCase, STAFF_ID_PATTERN } from '../../victims/shared/validation';

export class GrantCaseAccessDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Chosen by the caller (a retry with the same id is refused as a duplicate)',
  })
  @LowerCase()
  @IsUUID('all', { message: 'grantId must be a UUID' })
  grantId: string;

  @ApiProperty({ example: 'vlo-london-4', description: 'User id of the person in the other unit' })
  @IsString()
  @Matches(STAFF_ID_PATTERN, {
    message: 'granteeUserId must be a staff user id (letters, digits and _ . : -, at most 100)',
  })
  granteeUserId: string;

  @ApiProperty({ enum: VLO_UNITS, description: 'The unit the person works in' })
  @IsIn(VLO_UNITS)
  granteeUnit: VloUnit;

  @ApiProperty({ enum: ACCESS_GRANT_REASONS })
  @IsIn(ACCESS_GRANT_REASONS)
  reason: AccessGrantReason;

  @ApiProperty({
    minimum: 1,
    maximum: MAX_ACCESS_GRANT_HOURS,
    example: 72,
    description: 'How long the grant lasts, in hours (at most 30 days)',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_ACCESS_GRANT_HOURS)
  hours: number;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why, in words (personal data: kept encrypted in the history)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @Matches(PLAIN_TEXT, { message: 'note must be plain text' })
  note?: string;
}
