import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANNEL_REASONS,
  ChannelReason,
  CONTACT_DIRECTIONS,
  CONTACT_METHODS,
  CONTACT_RESULTS,
  ContactDirection,
  ContactMethod,
  ContactResult,
} from '@vcs/domain';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { TEXT_MAX } from '../shared/personal-details.dto';
import { LowerCase, NON_BLANK_PLAIN_TEXT, STAFF_ID_PATTERN } from '../shared/validation';

/** Who checked it was safe to send a letter to a victim with a safety flag, and when. */
export class SafetyCheckDto {
  @ApiProperty({ example: 'vlo-7', description: 'User id of the person who checked' })
  @IsString()
  @Matches(STAFF_ID_PATTERN, {
    message: 'checkedBy must be a staff user id (letters, digits and _ . : -, at most 100)',
  })
  checkedBy: string;

  @ApiProperty({ example: '2026-10-21', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  checkedOn: string;
}

/** What was said and agreed (personal data). */
export class ContactNotesDto {
  @ApiProperty({ minLength: 1, maxLength: TEXT_MAX })
  @IsString()
  @Length(1, TEXT_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'summary must be plain text, not blank' })
  summary: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'outcome must be plain text, not blank' })
  outcome?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: 'The other reason (channelReason "other")' })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'channelReasonDetail must be plain text, not blank' })
  channelReasonDetail?: string;
}

export class RecordContactDto {
  @ApiPropertyOptional({
    description: 'UUID chosen by the caller; generated when absent (the answer carries it)',
    format: 'uuid',
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('4')
  contactId?: string;

  @ApiProperty({ enum: CONTACT_METHODS })
  @IsIn(CONTACT_METHODS)
  method: ContactMethod;

  @ApiProperty({
    enum: CONTACT_DIRECTIONS,
    description: 'Who started the contact: inbound the victim (or the person acting for them), outbound the VLO',
  })
  @IsIn(CONTACT_DIRECTIONS)
  direction: ContactDirection;

  @ApiProperty({ enum: CONTACT_RESULTS })
  @IsIn(CONTACT_RESULTS)
  result: ContactResult;

  @ApiProperty({ example: '2026-10-21', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  occurredOn: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The contact was with this person nominated to act for the victim',
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('all')
  withActingPersonId?: string;

  @ApiPropertyOptional({ example: '2026-11-04', description: 'When to follow up (YYYY-MM-DD)' })
  @IsOptional()
  @IsCivilDate()
  followUpOn?: string;

  @ApiPropertyOptional({
    type: () => SafetyCheckDto,
    description: 'Needed for an outbound letter when the victim has a safety flag',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SafetyCheckDto)
  safetyCheck?: SafetyCheckDto;

  @ApiPropertyOptional({
    enum: CHANNEL_REASONS,
    description:
      'Why a contact the VLO started went by a channel the victim has not chosen: needed then, refused otherwise ' +
      '(other: describe it in personal.channelReasonDetail)',
  })
  @IsOptional()
  @IsIn(CHANNEL_REASONS)
  channelReason?: ChannelReason;

  @ApiProperty({ type: () => ContactNotesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ContactNotesDto)
  personal: ContactNotesDto;
}
