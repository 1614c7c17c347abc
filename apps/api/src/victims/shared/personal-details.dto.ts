import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { IsUkPhoneNumber, NON_BLANK_PLAIN_TEXT, UK_POSTCODE_PATTERN } from './validation';

/** Bounds shared by the victims routes (the domain's own limits are the same or wider). */
export const NAME_MAX = 200;
export const ADDRESS_LINE_MAX = 120;
export const ADDRESS_LINES_MAX = 6;
export const EMAIL_MAX = 254;
export const TEXT_MAX = 10_000;

/** A postal address (personal data). */
export class PostalAddressDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: ADDRESS_LINES_MAX,
    example: ['12 Acacia Avenue', 'Leeds'],
    description:
      'One to six lines, without the postcode. A postcode alone is refused: a letter cannot be sent to it (docs/DOMAIN-RULES.md)',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'lines must have at least the first line: a letter cannot be sent to a postcode alone' })
  @ArrayMaxSize(ADDRESS_LINES_MAX)
  @IsString({ each: true })
  @Length(1, ADDRESS_LINE_MAX, { each: true })
  @Matches(NON_BLANK_PLAIN_TEXT, { each: true, message: 'each address line must be plain text, not blank' })
  lines: string[];

  @ApiPropertyOptional({
    example: 'LS1 4AB',
    description: 'UK postcode; leave it out for an address abroad and put the foreign postcode in the lines',
  })
  @IsOptional()
  @IsString()
  @Matches(UK_POSTCODE_PATTERN, { message: 'postcode must be a UK postcode, e.g. LS1 4AB' })
  postcode?: string;
}

/** Name, date of birth, address, phone and email of a victim or of a person acting for them (all personal data). */
export class PersonDetailsDto {
  @ApiProperty({ minLength: 1, maxLength: NAME_MAX, example: 'Jane Example' })
  @IsString()
  @Length(1, NAME_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'fullName must be plain text, not blank' })
  fullName: string;

  @ApiPropertyOptional({ example: '1980-05-01', description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCivilDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ type: () => PostalAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  address?: PostalAddressDto;

  @ApiPropertyOptional({ example: '0113 496 0000', description: 'UK phone number' })
  @IsOptional()
  @IsString()
  @IsUkPhoneNumber()
  phone?: string;

  @ApiPropertyOptional({ example: 'jane@example.org', maxLength: EMAIL_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(EMAIL_MAX)
  @IsEmail()
  email?: string;
}

/** Why the victim said no (personal: it may identify or locate them). Optional. */
export class ReasonDto {
  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: "The victim's reason, if they gave one" })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'reason must be plain text, not blank' })
  reason?: string;
}

/** `personal: { reason }` on a command where the victim says no (declining, withdrawing): optional. */
export function PersonalReason(): PropertyDecorator {
  // In the order the decorators stood on the property (applied bottom up), so problems come in the same order.
  return applyDecorators(
    Type(() => ReasonDto),
    ValidateNested(),
    IsObject(),
    IsOptional(),
    ApiPropertyOptional({ type: () => ReasonDto }),
  );
}
