import { ApiProperty } from '@nestjs/swagger';

/** What an administrator sees of a victim's record before acting on it: codes and dates, no personal data. */
export class VictimRecordResponse {
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ enum: ['referred', 'enrolled', 'declined', 'withdrawn', 'rejoined'] }) status: string;
  @ApiProperty({ type: String, nullable: true, enum: ['vcs-statutory', 'vcs-discretionary', 'vns'] }) scheme:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'london' }) probationRegion: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-01-31', description: 'When the case closed, if it has' })
  closedOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the case closed (a code)' })
  closureReason: string | null;
  @ApiProperty({ description: "The victim's personal data was erased" }) personalDataErased: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2027-02-01',
    description: 'When the open retention review was raised; null when none is open',
  })
  retentionReviewRaisedOn: string | null;
}
