import { ApiProperty } from '@nestjs/swagger';
import {
  ExpectedMilestoneResponse,
  SentenceMilestoneResponse,
  SentenceSummaryResponse,
} from './sentence-partner.responses';

/**
 * A sentence as a partner (Parole Board, MAPPA) sees it: the sentence and its key dates, never a victim. The
 * representations and meetings disclosed to the partner are their own routes.
 */
export class PartnerSentenceResponse extends SentenceSummaryResponse {
  @ApiProperty({
    type: [SentenceMilestoneResponse],
    description: 'Stages so far (hearings listed, decisions, releases, recalls), in the order they happened',
  })
  milestones: SentenceMilestoneResponse[];
  @ApiProperty({
    type: [ExpectedMilestoneResponse],
    description: 'Key dates expected (hearings, parole eligibility, release, end of licence), soonest first',
  })
  expected: ExpectedMilestoneResponse[];
}
