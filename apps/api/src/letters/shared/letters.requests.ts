import { ApiPropertyOptional } from '@nestjs/swagger';
import { PROBATION_REGIONS, ProbationRegion } from '@vcs/domain';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { FreshnessQuery, PageQuery } from '../../queries/shared/page.query';
import { STAFF_ID_PATTERN } from '../../victims/shared/validation';

export class LetterQuery extends FreshnessQuery {}

export class LetterPdfQuery extends FreshnessQuery {
  @ApiPropertyOptional({
    enum: ['true'],
    description:
      'A letter not yet approved may be read as a PDF too, marked on every page as a draft not to be sent (a manager reads it before approving)',
  })
  @IsOptional()
  @IsIn(['true'], { message: 'preview must be true when given' })
  preview?: 'true';
}

export class VictimLettersQuery extends PageQuery {}

export class ReviewQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROBATION_REGIONS, description: 'Only letters for victims of this probation region' })
  @IsOptional()
  @IsIn(PROBATION_REGIONS, { message: 'region must be one of the 12 probation regions, e.g. yorkshire-and-the-humber' })
  region?: ProbationRegion;
}

export class LettersInProgressQuery extends FreshnessQuery {
  @ApiPropertyOptional({
    description: 'The officer (staff user id); defaults to you. A VLO may only ask about themselves.',
  })
  @IsOptional()
  @IsString()
  @Matches(STAFF_ID_PATTERN, { message: 'vloId must be a staff user id' })
  vloId?: string;
}
