import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCESSIBLE_FORMATS,
  AccessibleFormat,
  CONTACT_CHANNELS,
  ContactChannel,
  MILESTONE_KINDS,
  MilestoneKind,
  STAGE_CHOICES,
  StageChoice,
  WEEKDAYS,
  Weekday,
} from '@vcs/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { EMAIL_MAX, PostalAddressDto } from '../shared/personal-details.dto';
import { CLOCK_TIME_PATTERN, IsUkPhoneNumber, LANGUAGE_TAG_PATTERN } from '../shared/validation';

const TIMES_NOT_TO_CALL_MAX = 14;

export class StagesToHearAboutDto {
  @ApiProperty({ enum: STAGE_CHOICES })
  @IsIn(STAGE_CHOICES)
  choice: StageChoice;

  @ApiPropertyOptional({
    enum: MILESTONE_KINDS,
    isArray: true,
    maxItems: MILESTONE_KINDS.length,
    description: 'Only with chosen-stages',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MILESTONE_KINDS.length)
  @IsIn(MILESTONE_KINDS, { each: true })
  chosenStages?: MilestoneKind[];
}

/** A window in which the victim must not be phoned (personal: it reveals their routine). */
export class TimeNotToCallDto {
  @ApiProperty({ enum: WEEKDAYS, isArray: true, minItems: 1, maxItems: WEEKDAYS.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEEKDAYS.length)
  @IsIn(WEEKDAYS, { each: true })
  days: Weekday[];

  @ApiProperty({ example: '17:00', description: 'HH:MM, local time' })
  @IsString()
  @Matches(CLOCK_TIME_PATTERN, { message: 'from must be a time written HH:MM' })
  from: string;

  @ApiProperty({
    example: '19:30',
    description: 'HH:MM, local time, after from (split a window that crosses midnight)',
  })
  @IsString()
  @Matches(CLOCK_TIME_PATTERN, { message: 'to must be a time written HH:MM' })
  to: string;
}

/** How to reach the victim or whoever acts for them, and how to communicate (all personal data). */
export class ContactPreferencesPersonalDto {
  @ApiPropertyOptional({ type: () => PostalAddressDto, description: 'Needed for letters' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  address?: PostalAddressDto;

  @ApiPropertyOptional({ example: 'jane@example.org', maxLength: EMAIL_MAX, description: 'Needed for email' })
  @IsOptional()
  @IsString()
  @MaxLength(EMAIL_MAX)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: '0113 496 0000', description: 'UK phone number; needed for phone calls' })
  @IsOptional()
  @IsString()
  @IsUkPhoneNumber()
  phone?: string;

  @ApiPropertyOptional({ example: '07700 900123', description: 'UK mobile number; needed for SMS' })
  @IsOptional()
  @IsString()
  @IsUkPhoneNumber()
  mobile?: string;

  @ApiProperty({ example: 'en', maxLength: 35, description: 'BCP 47 language tag, e.g. en, cy, pl' })
  @IsString()
  @MaxLength(35)
  @Matches(LANGUAGE_TAG_PATTERN, { message: 'language must be a language tag such as en, cy or pl' })
  language: string;

  @ApiPropertyOptional({
    enum: ACCESSIBLE_FORMATS,
    isArray: true,
    maxItems: ACCESSIBLE_FORMATS.length,
    description: 'None when absent',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACCESSIBLE_FORMATS.length)
  @IsIn(ACCESSIBLE_FORMATS, { each: true })
  accessibleFormats?: AccessibleFormat[];

  @ApiPropertyOptional({ type: [TimeNotToCallDto], maxItems: TIMES_NOT_TO_CALL_MAX, description: 'None when absent' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TIMES_NOT_TO_CALL_MAX)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TimeNotToCallDto)
  timesNotToCall?: TimeNotToCallDto[];
}

/** The whole of the victim's contact preferences: they replace what was recorded before. */
export class UpdateContactPreferencesDto {
  @ApiProperty({ example: '2026-10-20', description: 'The day the victim gave these preferences (YYYY-MM-DD)' })
  @IsCivilDate()
  updatedOn: string;

  @ApiProperty({
    enum: CONTACT_CHANNELS,
    isArray: true,
    minItems: 1,
    maxItems: CONTACT_CHANNELS.length,
    description: 'In order of preference',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CONTACT_CHANNELS.length)
  @IsIn(CONTACT_CHANNELS, { each: true })
  channels: ContactChannel[];

  @ApiProperty({ type: () => StagesToHearAboutDto })
  @IsObject()
  @ValidateNested()
  @Type(() => StagesToHearAboutDto)
  stages: StagesToHearAboutDto;

  @ApiProperty({
    description: 'Domestic-abuse or other safety concern: someone must check it is safe before any letter is sent',
  })
  @IsBoolean()
  safetyCheckBeforeLetters: boolean;

  @ApiProperty({ type: () => ContactPreferencesPersonalDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPreferencesPersonalDto)
  personal: ContactPreferencesPersonalDto;
}
