import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import { victimInScope } from '../shared/access-scope.sql';
import { DataSource } from 'typeorm';
import { Page } from '../shared/page.query';
import { OutboxMessage, OutboxQuery } from './outbox.query';
import { OutboxPageResponse } from './outbox.responses';

interface OutboxRow {
  id: string;
  reference: string;
  notification_id: string;
  victim_id: string;
  channel: string;
  stage: string;
  language: string | null;
  recipient: Record<string, unknown> | null;
  subject: string | null;
  body: string | null;
  status: string;
  created_at: Date;
}

/**
 * The local outbox: what the default channel "sent" (letters, emails and texts as they would have gone out). It
 * holds recipients and message text, so every read is audited with the victims it showed.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('outbox')
export class OutboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('VLO', 'VLO_MANAGER', 'ADMIN')
  @ApiOperation({
    summary: "The local outbox's messages (newest first), optionally one victim's or by status; every read is audited",
  })
  @ApiHeader({ name: 'X-Purpose', required: false, description: 'Why you are reading this (required for ADMIN)' })
  @ApiOkResponse({ type: OutboxPageResponse, description: 'A page of messages' })
  @ApiBadRequestResponse({ description: 'A filter is not valid; `problems` names the field' })
  @AuditedRead({
    action: 'read notification outbox',
    resourceType: 'notification-outbox',
    victimIdsOf: (result) => [...new Set((result as Page<OutboxMessage>).items.map((item) => item.victimId))],
  })
  async list(@Query() query: OutboxQuery, @CallerScope() scope: AccessScope): Promise<Page<OutboxMessage>> {
    const values: unknown[] = [];
    // Only messages to the caller's victims (an ADMIN with the national unit: all), in the query.
    const conditions: string[] = [victimInScope(scope, 'victim_id', values)];
    if (query.victimId) {
      values.push(query.victimId);
      conditions.push(`victim_id = $${values.length}`);
    }
    if (query.status) {
      values.push(query.status);
      conditions.push(`status = $${values.length}`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM notification_outbox ${where}`,
      values,
    );
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id::text, reference, notification_id::text, victim_id::text, channel, stage, language, recipient, subject, body, status, created_at
         FROM notification_outbox ${where}
        ORDER BY created_at DESC, id DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      page: query.page,
      pageSize: query.pageSize,
      total,
      items: rows.map((row) => ({
        id: row.id,
        reference: row.reference,
        notificationId: row.notification_id,
        victimId: row.victim_id,
        channel: row.channel,
        stage: row.stage,
        language: row.language,
        recipient: row.recipient,
        subject: row.subject,
        body: row.body,
        status: row.status,
        createdAt: row.created_at.toISOString(),
      })),
    };
  }
}
