import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { NAME_MAX } from '../shared/personal-details.dto';
import { NON_BLANK_PLAIN_TEXT } from '../shared/validation';

/** The corrected name and/or date of birth (personal data); give at least one. */
export class VictimIdentityCorrectionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: NAME_MAX })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'fullName must be plain text, not blank' })
  fullName?: string;

  @ApiPropertyOptional({ example: '1980-05-01', description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCivilDate()
  dateOfBirth?: string;
}

export class UpdateVictimDetailsDto {
  @ApiProperty({ example: '2026-11-20', description: 'The day the correction was made (YYYY-MM-DD)' })
  @IsCivilDate()
  updatedOn: string;

  @ApiProperty({ type: () => VictimIdentityCorrectionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => VictimIdentityCorrectionDto)
  personal: VictimIdentityCorrectionDto;
}
