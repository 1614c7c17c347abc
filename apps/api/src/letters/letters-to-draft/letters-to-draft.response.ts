import { ApiProperty } from '@nestjs/swagger';

/** A scheduled notification that goes by letter: the officer drafts its letter (naming notificationId) for a manager to approve. */
export class LetterToDraftResponse {
  @ApiProperty({ format: 'uuid' }) notificationId: string;
  @ApiProperty({
    description: 'The stage the letter tells the victim about (draft the letter with this stage or none)',
  })
  stage: string;
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty({ format: 'date-time', description: 'When it is due to go' }) dueAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'The letter drafted for it, when there is one' }) letterId:
    string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['draft', 'submitted', 'returned', 'approved', 'sent'],
    description: "That letter's status",
  })
  letterStatus: string | null;
}

export class LettersToDraftResponse {
  @ApiProperty({ type: [LetterToDraftResponse], description: 'Soonest due first' }) items: LetterToDraftResponse[];
}
