import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Accepted, NotificationChannelPort, OutgoingMessage } from './channel';

/**
 * The local channel (the default): every message is a row of notification_outbox, read at GET /outbox. The
 * reference is unique, so the same message can never be there twice, whatever happens to the processor.
 */
export class OutboxChannel implements NotificationChannelPort {
  readonly name = 'outbox' as const;

  constructor(private readonly dataSource: DataSource) {}

  async send(message: OutgoingMessage, manager: EntityManager = this.dataSource.manager): Promise<Accepted> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO notification_outbox (id, reference, notification_id, victim_id, channel, stage, language, recipient, subject, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)
       ON CONFLICT (reference) DO NOTHING RETURNING id::text`,
      [
        randomUUID(),
        message.reference,
        message.notificationId,
        message.victimId,
        message.channel,
        message.stage,
        message.language,
        JSON.stringify(message.recipient),
        message.subject,
        message.body,
      ],
    );
    if (inserted.length > 0) return { providerReference: inserted[0].id };
    const existing = await this.findAccepted(message.reference, manager);
    if (!existing) throw new Error('outbox row vanished between insert and read');
    return existing;
  }

  async findAccepted(reference: string, manager: EntityManager = this.dataSource.manager): Promise<Accepted | undefined> {
    const rows: { id: string }[] = await manager.query('SELECT id::text FROM notification_outbox WHERE reference = $1', [reference]);
    return rows.length > 0 ? { providerReference: rows[0].id } : undefined;
  }

  /** The outbox is "delivered" the moment it is written. */
  async deliveryState(): Promise<undefined> {
    return undefined;
  }
}

/**
 * Erasure: the victim's outbox messages keep their ids, channel, stage and time (what was sent, for the record)
 * but lose recipient, subject, body and language. Called by the erasure handling in the same transaction as the
 * rest of its work.
 */
export async function eraseOutboxFor(victimId: string, manager: EntityManager): Promise<number> {
  // TypeORM answers an UPDATE with [rows, rowCount].
  const [, count]: [unknown[], number] = await manager.query(
    `UPDATE notification_outbox
        SET recipient = NULL, subject = NULL, body = NULL, language = NULL, personal_data_erased = true, status = 'erased'
      WHERE victim_id = $1 AND NOT personal_data_erased
      RETURNING id`,
    [victimId],
  );
  return count;
}
