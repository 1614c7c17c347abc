import { ApiProperty } from '@nestjs/swagger';

/** One open retention review (for the OpenAPI document). No personal data. */
export class RetentionReviewResponse {
  @ApiProperty({ example: 'retention-review:0b6f1e52-…:2020-03-31' }) taskId: string;
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2020-03-31', description: 'When the case closed' }) closedOn:
    string | null;
  @ApiProperty({ nullable: true, type: String }) closureReason: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-04-01', description: 'When the review was raised' })
  raisedOn: string | null;
  @ApiProperty() description: string;
  @ApiProperty() rule: string;
}

export class RetentionReviewPageResponse {
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [RetentionReviewResponse] }) items: RetentionReviewResponse[];
}
