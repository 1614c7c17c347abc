import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RETENTION_BASES, RETENTION_DECISIONS, RetentionBasis, RetentionDecision } from '@vcs/domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';

export class DecideRetentionDto {
  @ApiProperty({
    enum: RETENTION_DECISIONS,
    description: "erase: the victim's personal data may now be erased; retain: keep it (say until when)",
  })
  @IsIn(RETENTION_DECISIONS, { message: `decision must be one of ${RETENTION_DECISIONS.join(', ')}` })
  decision: RetentionDecision;

  @ApiProperty({ enum: RETENTION_BASES, description: 'Why (a code, never free text)' })
  @IsIn(RETENTION_BASES, { message: `basis must be one of ${RETENTION_BASES.join(', ')}` })
  basis: RetentionBasis;

  @ApiPropertyOptional({
    example: '2030-01-31',
    description: 'Only when retaining: the day the next review is due (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsCivilDate()
  retainUntil?: string;
}
