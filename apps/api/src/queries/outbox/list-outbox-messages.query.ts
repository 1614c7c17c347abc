import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { openOutboxWords } from '@vcs/notifications';
import { VictimDataKeyStore } from '@vcs/security';
import { DataSource } from 'typeorm';
import { victimInScope } from '../shared/access-scope.sql';
import { Page } from '../shared/page.query';
import { OutboxMessage, OutboxQuery } from './outbox.query';

/** The local outbox's messages to the caller's victims, newest first, filtered as asked. */
export class ListOutboxMessages {
  constructor(
    readonly query: OutboxQuery,
    readonly scope: AccessScope,
  ) {}
}

interface OutboxRow {
  id: string;
  reference: string;
  notification_id: string;
  victim_id: string;
  channel: string;
  stage: string;
  language: string | null;
  /** Sealed under the victim's key at rest, as are subject and body: opened below for this page. */
  recipient: unknown;
  subject: string | null;
  body: string | null;
  status: string;
  created_at: Date;
}

@QueryHandler(ListOutboxMessages)
export class ListOutboxMessagesHandler implements IQueryHandler<ListOutboxMessages, Page<OutboxMessage>> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async execute({ query, scope }: ListOutboxMessages): Promise<Page<OutboxMessage>> {
    const values: unknown[] = [];
    // Only messages to the caller's victims (an ADMIN with the national unit: all), in the query.
    const conditions: string[] = [victimInScope(scope, 'notification_outbox.victim_id', values)];
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
    const open = await openOutboxWords(this.keys, rows);
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
        ...(open(row) as { recipient: Record<string, unknown> | null; subject: string | null; body: string | null }),
        status: row.status,
        createdAt: row.created_at.toISOString(),
      })),
    };
  }
}
