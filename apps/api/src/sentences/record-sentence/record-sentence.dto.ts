import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OFFENCE_CATEGORIES,
  OffenceCategory,
  PROBATION_REGIONS,
  ProbationRegion,
  SENTENCE_TYPES,
  SentenceType,
} from '@vcs/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsCivilDate, PLAIN_TEXT } from '../../shared/validation';

export class RecordSentenceDto {
  @ApiPropertyOptional({ description: 'UUID chosen by the caller; generated when absent', format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  sentenceId?: string;

  @ApiProperty({ description: 'Case reference (CRN): one letter and six digits', example: 'X123456' })
  @Matches(/^[A-Z]\d{6}$/, {
    message: 'reference must be a case reference: one capital letter and six digits, e.g. X123456',
  })
  reference: string;

  @ApiProperty({ enum: OFFENCE_CATEGORIES })
  @IsIn(OFFENCE_CATEGORIES)
  offenceCategory: OffenceCategory;

  @ApiProperty({ description: "The offence caused the victim's death (bereaved relatives are in the scheme)" })
  @IsBoolean()
  offenceCausedDeath: boolean;

  @ApiPropertyOptional({
    description:
      'The offender is subject to the sex-offender notification requirements (Sexual Offences Act 2003 Part 2) for this offence: statutory VCS with custody of 12 months or more (DVCV Act 2004 s.45(2)(b)). Absent: no.',
  })
  @IsOptional()
  @IsBoolean()
  sexOffenderNotification?: boolean;

  @ApiPropertyOptional({
    description:
      'An offence against a child (DVCV Act 2004 s.45(2)(c)): statutory VCS with custody of 12 months or more. Absent: no.',
  })
  @IsOptional()
  @IsBoolean()
  offenceAgainstChild?: boolean;

  @ApiProperty({ enum: SENTENCE_TYPES })
  @IsIn(SENTENCE_TYPES)
  sentenceType: SentenceType;

  @ApiPropertyOptional({ description: 'Custodial term in months (fixed-term custody only)', minimum: 1, maximum: 1200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  lengthMonths?: number;

  @ApiProperty({ example: 'Leeds Crown Court' })
  @IsString()
  @Length(2, 120)
  @Matches(PLAIN_TEXT, { message: 'sentencingCourt must be plain text' })
  sentencingCourt: string;

  @ApiProperty({ example: '2026-10-01', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  sentenceDate: string;

  @ApiProperty({ enum: PROBATION_REGIONS })
  @IsIn(PROBATION_REGIONS)
  probationRegion: ProbationRegion;
}
