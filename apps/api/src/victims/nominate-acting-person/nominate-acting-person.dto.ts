import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTING_PERSON_ROLES, ActingPersonRole } from '@vcs/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { NAME_MAX, PersonDetailsDto } from '../shared/personal-details.dto';
import { LowerCase, NON_BLANK_PLAIN_TEXT } from '../shared/validation';

/** The acting person's name, contact details and relationship to the victim (personal data of the victim's record). */
export class ActingPersonDetailsDto extends PersonDetailsDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX, example: 'brother' })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'relationshipToVictim must be plain text, not blank' })
  relationshipToVictim?: string;
}

export class NominateActingPersonDto {
  @ApiPropertyOptional({
    description: 'UUID chosen by the caller; generated when absent (the answer carries it)',
    format: 'uuid',
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('4')
  actingPersonId?: string;

  @ApiProperty({
    enum: ACTING_PERSON_ROLES,
    description:
      'parent-or-guardian for a child victim only; next-of-kin for a victim who died as a result of the offence only',
  })
  @IsIn(ACTING_PERSON_ROLES)
  role: ActingPersonRole;

  @ApiProperty({ example: '2026-10-20', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  nominatedOn: string;

  @ApiProperty({ description: 'Letters and calls go to this person rather than to the victim' })
  @IsBoolean()
  receivesCommunications: boolean;

  @ApiProperty({ type: () => ActingPersonDetailsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ActingPersonDetailsDto)
  personal: ActingPersonDetailsDto;
}
