import { ApiProperty } from '@nestjs/swagger';

/** What a sentence command answers (the shape of CommandResult, for the OpenAPI document): ids and revisions only. */
export class SentenceCommandResultResponse {
  @ApiProperty({ example: 'sentence-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90' })
  streamId: string;

  @ApiProperty({ format: 'uuid', description: 'The sentence id' })
  id: string;

  @ApiProperty({
    example: '2',
    description: "The sentence record's revision after the command (also the ETag): send it back as If-Match",
  })
  revision: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '1042/1042',
    description: 'Global position of the last event ("commit/prepare"), for queries to wait on',
  })
  position: string | null;

  @ApiProperty({ type: [String], example: ['SentenceMilestoneReached'] })
  events: string[];
}

export class MilestoneRecordedResponse extends SentenceCommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the milestone recorded (yours, or a new one)' })
  milestoneId: string;
}

export class MeetingRecordedResponse extends SentenceCommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the meeting recorded (yours, or a new one)' })
  meetingId: string;
}
