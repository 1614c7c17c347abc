import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISCRETIONARY_REASONS, DiscretionaryReason, SCHEMES, Scheme } from '@vcs/domain';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { TEXT_MAX } from '../shared/personal-details.dto';
import { LowerCase, NON_BLANK_PLAIN_TEXT, STAFF_ID_PATTERN } from '../shared/validation';

export class EnrolmentPersonalDto {
  @ApiPropertyOptional({
    maxLength: TEXT_MAX,
    description: 'Why the discretionary scheme is offered; required when the reason is "other"',
  })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'discretionaryReasonDetail must be plain text, not blank' })
  discretionaryReasonDetail?: string;
}

export class EnrolVictimDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The sentence whose facts make the victim eligible (linked to the victim)',
  })
  @LowerCase()
  @IsUUID('all')
  sentenceId: string;

  @ApiProperty({ enum: SCHEMES })
  @IsIn(SCHEMES)
  scheme: Scheme;

  @ApiPropertyOptional({
    enum: DISCRETIONARY_REASONS,
    description: 'Required for, and only for, the discretionary scheme',
  })
  @IsOptional()
  @IsIn(DISCRETIONARY_REASONS)
  discretionaryReason?: DiscretionaryReason;

  @ApiProperty({ example: '2026-10-20', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  enrolledOn: string;

  @ApiProperty({ example: 'vlo-7', description: 'User id of the victim liaison officer assigned to the victim' })
  @IsString()
  @Matches(STAFF_ID_PATTERN, {
    message: 'victimLiaisonOfficerId must be a staff user id (letters, digits and _ . : -, at most 100)',
  })
  victimLiaisonOfficerId: string;

  @ApiPropertyOptional({ type: () => EnrolmentPersonalDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EnrolmentPersonalDto)
  personal?: EnrolmentPersonalDto;
}
