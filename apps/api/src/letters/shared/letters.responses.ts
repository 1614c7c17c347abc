import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LetterStepResponse {
  @ApiProperty({ description: 'Staff user id' }) by: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Alex Morgan',
    description: 'Their name from the staff directory; null when it has none for them',
  })
  name: string | null;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD' }) on?: string;
  @ApiProperty() at: Date;
}

/** Where sending an approved letter has got to (docs/letters.md "Sending a letter drafted on its own"). */
export class LetterSendingResponse {
  @ApiProperty({
    enum: ['queued', 'waiting-safety-check', 'sent', 'not-sent'],
    description:
      'queued: its notification is waiting for its time or a retry; waiting-safety-check: the victim has a safety flag and a VLO must confirm it is safe to write first; sent; not-sent: it will not be sent (see reason)',
  })
  state: 'queued' | 'waiting-safety-check' | 'sent' | 'not-sent';
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      "Why it was not sent: a rule code (e.g. victim-opted-out, channel-not-chosen), a cancellation's reason, or the channel's error code",
  })
  reason: string | null;
}

/** A letter in a list: the workflow only, never its words, address or comments. */
export class LetterSummaryResponse {
  @ApiProperty({ format: 'uuid' }) letterId: string;
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ description: 'The notification stage the letter is about' }) stage: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['draft', 'submitted', 'returned', 'approved', 'sent'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) notificationId: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ type: LetterStepResponse }) drafted: LetterStepResponse;
  @ApiProperty({ type: LetterStepResponse, nullable: true }) submitted: LetterStepResponse | null;
  @ApiProperty({ type: LetterStepResponse, nullable: true }) approved: LetterStepResponse | null;
  @ApiProperty({ type: LetterStepResponse, nullable: true }) returned: LetterStepResponse | null;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
  @ApiProperty({
    type: LetterSendingResponse,
    nullable: true,
    description:
      'Null until approved, and for a letter drafted on its own approved before the service sent such letters (posted by hand)',
  })
  sending: LetterSendingResponse | null;
  @ApiProperty() updatedAt: Date;
}

export class LetterListResponse {
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [LetterSummaryResponse] }) items: LetterSummaryResponse[];
}

export class ReviewQueueItemResponse extends LetterSummaryResponse {
  @ApiProperty({ description: 'False when you drafted or edited the letter: someone else must approve it (four eyes)' })
  youMayApprove: boolean;
}

export class ReviewQueueResponse {
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [ReviewQueueItemResponse] }) items: ReviewQueueItemResponse[];
}

/** The whole letter, for its author and the reviewing manager. Personal data: the body, address block and comments. */
export class LetterResponse extends LetterSummaryResponse {
  @ApiProperty({ description: "The victim's record revision: send it as If-Match with the next letter command" })
  revision: string;
  @ApiProperty({ type: [String], description: 'Drafted or edited it; none of them may approve it' }) authors: string[];
  @ApiProperty({ type: LetterStepResponse, nullable: true }) lastEdited: LetterStepResponse | null;
  @ApiProperty({ nullable: true, type: String, description: 'BCP 47 tag' }) language: string | null;
  @ApiProperty({ description: 'The victim asked for large print: the PDF is set at 18 pt' }) largePrint: boolean;
  @ApiProperty({ nullable: true, type: String }) addressBlock: string | null;
  @ApiProperty({ nullable: true, type: String }) body: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The manager's comments when the letter was last returned",
  })
  returnComments: string | null;
  @ApiProperty() personalDataErased: boolean;
}

export class LettersInProgressResponse {
  @ApiProperty() vloId: string;
  @ApiProperty({
    description: 'Letters drafted by this officer not yet approved (draft, returned or waiting for a manager)',
  })
  inProgress: number;
  @ApiProperty() draft: number;
  @ApiProperty() returned: number;
  @ApiProperty() submitted: number;
  @ApiProperty({ description: 'The working practice: up to nine letters in progress per officer (not enforced)' })
  workingPractice: number;
  @ApiProperty() atWorkingPractice: boolean;
}
