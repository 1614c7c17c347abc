import { ApiPropertyOptional } from '@nestjs/swagger';
import { PROBATION_REGIONS, ProbationRegion, SENTENCE_TYPES, SentenceType } from '@vcs/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../shared/page.query';

/** The read models these routes read (projection names; they key the checkpoints read-your-writes waits on). */
export const SENTENCE_VIEW = 'sentence-view';
export const PARTNER_REPRESENTATIONS = 'partner-representations';
export const INTER_AGENCY_MEETINGS = 'inter-agency-meetings';

export class ListSentencesQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: PROBATION_REGIONS, description: 'Only sentences managed in this probation region' })
  @IsOptional()
  @IsIn(PROBATION_REGIONS)
  region?: ProbationRegion;

  @ApiPropertyOptional({ enum: SENTENCE_TYPES })
  @IsOptional()
  @IsIn(SENTENCE_TYPES)
  sentenceType?: SentenceType;

  @ApiPropertyOptional({ example: 'X123456', description: "The offender's case reference (CRN), exactly" })
  @IsOptional()
  @Matches(/^[A-Z]\d{6}$/, {
    message: 'reference must be a case reference: one capital letter and six digits, e.g. X123456',
  })
  reference?: string;
}
