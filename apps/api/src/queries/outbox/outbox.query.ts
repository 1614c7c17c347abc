import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../shared/page.query';

export const OUTBOX_STATUSES = ['sent', 'erased'] as const;

/** GET /outbox: the local channel's messages, newest first. */
export class OutboxQuery extends PaginationQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this victim's messages" })
  @IsOptional()
  @IsUUID()
  victimId?: string;

  @ApiPropertyOptional({
    enum: OUTBOX_STATUSES,
    description: "sent, or erased (the victim's personal data was erased: recipient and text removed)",
  })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: (typeof OUTBOX_STATUSES)[number];
}

export interface OutboxMessage {
  readonly id: string;
  /** The idempotency reference (the notification id). */
  readonly reference: string;
  readonly notificationId: string;
  readonly victimId: string;
  readonly channel: string;
  readonly stage: string;
  readonly language: string | null;
  /** Personal data: name, email, mobile or postal address (null once erased). */
  readonly recipient: Record<string, unknown> | null;
  readonly subject: string | null;
  readonly body: string | null;
  readonly status: string;
  readonly createdAt: string;
}
