import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RecalculatedSentenceResponse {
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty({
    format: 'uuid',
    description: 'The release-date-changed milestone, derived from the recalculation and sentence ids',
  })
  milestoneId: string;
  @ApiProperty({
    enum: ['recorded', 'unchanged'],
    description: 'unchanged: this recalculation already recorded the same date',
  })
  outcome: 'recorded' | 'unchanged';
  @ApiProperty({ description: "The sentence stream's revision after the request (If-Match for its next command)" })
  revision: string;
}

export class RecalculationRecordedResponse {
  @ApiProperty({ format: 'uuid' }) recalculationId: string;
  @ApiProperty() lawChange: string;
  @ApiProperty({ description: 'Sentences whose date this request recorded' }) recorded: number;
  @ApiProperty({ description: 'Sentences this recalculation had already recorded with the same date' })
  unchanged: number;
  @ApiProperty({ type: [RecalculatedSentenceResponse] }) sentences: RecalculatedSentenceResponse[];
}

export class AffectedVictimResponse {
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ description: 'The pseudonymous victim reference' }) victimReference: string;
  @ApiProperty({ description: 'referred, enrolled, declined, withdrawn, closed … (the sentence view’s status)' })
  status: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The victim liaison officer holding the case' })
  vloId: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Alex Morgan',
    description: "The officer's name from the staff directory; null when unallocated or when it has none for them",
  })
  vloName: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      'The pending expected-release-month notice, moved to the new date (its due time), if the victim gets one',
  })
  releaseMonthNoticeDueAt: string | null;
}

export class AffectedSentenceResponse {
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty() reference: string;
  @ApiProperty() probationRegion: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ description: 'The new expected release date' }) expectedReleaseDate: string;
  @ApiProperty({ description: 'The day the change was recorded as happening' }) changedOn: string;
  @ApiProperty({ type: [AffectedVictimResponse], description: 'The victims of the sentence the caller may see' })
  victims: AffectedVictimResponse[];
}

export class RecalculationViewResponse {
  @ApiProperty({ format: 'uuid' }) recalculationId: string;
  @ApiProperty({ type: [AffectedSentenceResponse] }) sentences: AffectedSentenceResponse[];
}
