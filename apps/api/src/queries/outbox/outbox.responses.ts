import { ApiProperty } from '@nestjs/swagger';

/** One message of the local outbox (for the OpenAPI document). Holds personal data: every read is audited. */
export class OutboxMessageResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The idempotency reference (the notification id)' }) reference: string;
  @ApiProperty({ format: 'uuid' }) notificationId: string;
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ example: 'letter' }) channel: string;
  @ApiProperty({ example: 'parole-hearing-listed' }) stage: string;
  @ApiProperty({ nullable: true, type: String, example: 'en' }) language: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Personal data: name, email, mobile or postal address (null once erased)',
  })
  recipient: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) subject: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The message as sent: plain text (never HTML)' }) body:
    string | null;
  @ApiProperty({ example: 'accepted' }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OutboxPageResponse {
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [OutboxMessageResponse] }) items: OutboxMessageResponse[];
}
