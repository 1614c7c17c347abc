import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { UpdateContactPreferencesDto } from '../update-contact-preferences/update-contact-preferences.dto';

/** The victim's own contact preferences, given at the handover (recorded as of the handover's day). */
export class HandoverContactPreferencesDto extends OmitType(UpdateContactPreferencesDto, ['updatedOn'] as const) {}

export class HandContactToVictimDto {
  @ApiProperty({
    example: '2027-03-02',
    description: 'The day contact passed to the victim themselves, now 18 (YYYY-MM-DD)',
  })
  @IsCivilDate()
  handedOverOn: string;

  @ApiPropertyOptional({
    type: () => HandoverContactPreferencesDto,
    description: "The victim's own contact preferences, if they gave them at the handover (they replace the parent's)",
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HandoverContactPreferencesDto)
  contactPreferences?: HandoverContactPreferencesDto;
}
