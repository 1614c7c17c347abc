import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const OUTBOX_STATUSES = ['sent', 'erased'] as const;

/** GET /outbox: the local channel's messages, newest first. */
export class OutboxQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this victim's messages" })
  @IsOptional()
  @IsUUID()
  victimId?: string;

  @ApiPropertyOptional({ enum: OUTBOX_STATUSES, description: 'sent, or erased (the victim\'s personal data was erased: recipient and text removed)' })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: (typeof OUTBOX_STATUSES)[number];

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 25;
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
