import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_STAGES, NotificationStage } from '@vcs/domain';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsUkPhoneNumber, LowerCase, NON_BLANK_PLAIN_TEXT } from '../../victims/shared/validation';

const CONTACT_DETAIL_RULE =
  'phone or email is required: the letter asks the victim to contact you using the details below the signature';

/** The victim liaison officer who signs the letter and how the victim reaches them (staff details, printed in the letter). */
export class LetterSignatureDto {
  @ApiProperty({ example: 'Sam Officer', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'name must be plain text, not blank' })
  name: string;

  @ApiPropertyOptional({
    example: '0113 496 0000',
    description:
      'UK phone number. A phone number, an email address or both is required: every letter asks the victim to contact the officer "using the details below".',
  })
  // Optional only when there is an email address: a letter must never promise details it does not give.
  @ValidateIf((signature: LetterSignatureDto) => signature.phone != null || signature.email == null)
  @IsDefined({ message: CONTACT_DETAIL_RULE })
  @IsString()
  @IsUkPhoneNumber()
  phone?: string;

  @ApiPropertyOptional({ example: 'sam.officer@justice.gov.uk', maxLength: 254 })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string;
}

/**
 * Draft a letter from the plain-English template for a stage, or for a scheduled notification. The text is written by
 * the service from the victim's record (name, address, language) and the sentence's facts; the VLO then edits it.
 */
export class DraftLetterDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'UUID chosen by the caller; generated when absent (the answer carries it)',
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('4')
  letterId?: string;

  @ApiPropertyOptional({
    enum: NOTIFICATION_STAGES,
    description: 'The stage the letter is about; optional when notificationId is given (it must then match)',
  })
  @IsOptional()
  @IsIn(NOTIFICATION_STAGES)
  stage?: NotificationStage;

  @ApiPropertyOptional({ format: 'uuid', description: 'The scheduled letter notification this letter will answer' })
  @IsOptional()
  @LowerCase()
  @IsUUID('all')
  notificationId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The sentence the letter is about; defaults to the notification's, else the referral sentence",
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('all')
  sentenceId?: string;

  @ApiProperty({ type: () => LetterSignatureDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LetterSignatureDto)
  signature: LetterSignatureDto;
}
