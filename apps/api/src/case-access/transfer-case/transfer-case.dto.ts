import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_TRANSFER_REASONS, CaseTransferReason, VLO_UNITS, VloUnit } from '@vcs/domain';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCivilDate, PLAIN_TEXT } from '../../shared/validation';

export class TransferCaseDto {
  @ApiProperty({ enum: VLO_UNITS, example: 'london', description: 'The victim liaison unit that takes the case' })
  @IsIn(VLO_UNITS)
  toUnit: VloUnit;

  @ApiProperty({ enum: CASE_TRANSFER_REASONS })
  @IsIn(CASE_TRANSFER_REASONS)
  reason: CaseTransferReason;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  transferredOn: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why, in words (personal data: kept encrypted in the history)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @Matches(PLAIN_TEXT, { message: 'note must be plain text' })
  note?: string;
}
