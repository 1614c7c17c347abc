import { randomUUID } from 'node:crypto';
import { DataKeySource } from '@vcs/security';
import { DataSource, EntityManager } from 'typeorm';
import { Accepted, NotificationChannelPort, OutgoingMessage, RecordedSend } from './channel';
import { sealOutboxWords } from './outbox-sealing';

/**
 * The local channel (the default): every message is a row of notification_outbox, read at GET /outbox. The
 * reference is unique, so the same message can never be there twice, whatever happens to the processor. Recipient,
 * subject and body are sealed under the victim's data key before they are written (`outbox-sealing.ts`).
 */
export class OutboxChannel implements NotificationChannelPort {
  readonly name = 'outbox' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: DataKeySource,
  ) {}

  async send(message: OutgoingMessage, manager: EntityManager = this.dataSource.manager): Promise<Accepted> {
    const words = (await sealOutboxWords(this.keys, [message]))(message);
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
        JSON.stringify(words.recipient),
        words.subject,
        words.body,
      ],
    );
    if (inserted.length > 0) return { providerReference: inserted[0].id };
    const existing = await this.findAccepted(message.reference, manager);
    if (!existing) throw new Error('outbox row vanished between insert and read');
    return existing;
  }

  /**
   * Many messages in one statement: the outbox rows (a reference already there keeps its first row) and each
   * notification's attempt marked `accepted` with the row id, committed together. Answers reference → row id.
   */
  async sendRecorded(entries: readonly RecordedSend[]): Promise<ReadonlyMap<string, Accepted>> {
    const unique = [...new Map(entries.map((entry) => [entry.message.reference, entry])).values()];
    if (unique.length === 0) return new Map();
    const seal = await sealOutboxWords(
      this.keys,
      unique.map((entry) => entry.message),
    );
    const sealed = new Map(unique.map((entry) => [entry.message.reference, seal(entry.message)]));
    const words = (entry: RecordedSend) => sealed.get(entry.message.reference) as ReturnType<typeof seal>;
    const column = <T>(pick: (entry: RecordedSend) => T): T[] => unique.map(pick);
    const rows: { reference: string; provider_reference: string }[] = await this.dataSource.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::text[], $11::int[])
           AS t(id, reference, notification_id, victim_id, channel, stage, language, recipient, subject, body, attempt)
       ), sent AS (
         INSERT INTO notification_outbox (id, reference, notification_id, victim_id, channel, stage, language, recipient, subject, body)
         SELECT id, reference, notification_id, victim_id, channel, stage, language, recipient, subject, body FROM input
         ON CONFLICT (reference) DO NOTHING
         RETURNING reference, id
       ), accepted AS (
         SELECT reference, id FROM sent
         UNION ALL
         SELECT o.reference, o.id FROM notification_outbox o JOIN input USING (reference)
       ), recorded AS (
         INSERT INTO notification_attempts (notification_id, victim_id, reference, channel, attempt, state, provider_reference, started_at, finished_at)
         SELECT input.notification_id, input.victim_id, input.reference, 'outbox', input.attempt, 'accepted', accepted.id::text, now(), now()
           FROM input JOIN accepted USING (reference)
         ON CONFLICT (notification_id) DO UPDATE
           SET state = 'accepted', provider_reference = EXCLUDED.provider_reference, channel = EXCLUDED.channel,
               attempt = GREATEST(notification_attempts.attempt, EXCLUDED.attempt), last_error_code = NULL, finished_at = now()
         RETURNING reference, provider_reference
       )
       SELECT reference, provider_reference FROM recorded`,
      [
        column(() => randomUUID()),
        column((e) => e.message.reference),
        column((e) => e.message.notificationId),
        column((e) => e.message.victimId),
        column((e) => e.message.channel),
        column((e) => e.message.stage),
        column((e) => e.message.language),
        column((e) => JSON.stringify(words(e).recipient)),
        column((e) => words(e).subject),
        column((e) => words(e).body),
        column((e) => e.attempt),
      ],
    );
    return new Map(rows.map((row) => [row.reference, { providerReference: row.provider_reference }]));
  }

  async findAccepted(
    reference: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Accepted | undefined> {
    const rows: { id: string }[] = await manager.query(
      'SELECT id::text FROM notification_outbox WHERE reference = $1',
      [reference],
    );
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
