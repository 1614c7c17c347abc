import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { LETTER_ADDRESS_MAX, LETTER_BODY_MAX } from '@vcs/domain';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { NON_BLANK_PLAIN_TEXT } from '../../victims/shared/validation';

/** The letter's new words and/or address block (personal data). The language is not edited: it follows the victim's choice. */
export class LetterTextDto {
  @ApiPropertyOptional({
    maxLength: LETTER_BODY_MAX,
    description: 'From "Dear …" to the signature; paragraphs separated by a blank line',
  })
  @IsOptional()
  @IsString()
  @Length(1, LETTER_BODY_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'body must be plain text, not blank' })
  body?: string;

  @ApiPropertyOptional({
    maxLength: LETTER_ADDRESS_MAX,
    description: 'The address as printed in the envelope window, one line per line',
  })
  @IsOptional()
  @IsString()
  @Length(1, LETTER_ADDRESS_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'addressBlock must be plain text, not blank' })
  @Matches(/^[^\n]*(\n[^\n]*){0,7}$/, { message: 'addressBlock must have at most 8 lines to fit the envelope window' })
  addressBlock?: string;
}

export class EditLetterDto {
  @ApiProperty({ type: () => LetterTextDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LetterTextDto)
  personal: LetterTextDto;
}
