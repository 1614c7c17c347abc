import { ApiProperty } from '@nestjs/swagger';
import { CommandResultResponseOf } from '../../commands/command-result.response';

/** What a sentence command answers: ids and revisions only. */
export class SentenceCommandResultResponse extends CommandResultResponseOf({
  record: 'sentence',
  revision: {
    example: '2',
    description: "The sentence record's revision after the command (also the ETag): send it back as If-Match",
  },
  eventExample: 'SentenceMilestoneReached',
}) {}

export class MilestoneRecordedResponse extends SentenceCommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the milestone recorded (yours, or a new one)' })
  milestoneId: string;
}

export class MeetingRecordedResponse extends SentenceCommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the meeting recorded (yours, or a new one)' })
  meetingId: string;
}
