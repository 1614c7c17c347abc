import { DataSource } from 'typeorm';

export type AttemptState = 'sending' | 'accepted' | 'failed';

export interface AttemptRow {
  readonly notificationId: string;
  readonly reference: string;
  readonly channel: string;
  readonly attempt: number;
  readonly state: AttemptState;
  readonly providerReference: string | null;
}

/**
 * notification_attempts: the processor's record, written and committed BEFORE the channel is called, of which
 * message it is about to hand over and under which idempotency reference. A row in state `sending` after a crash
 * means "the channel may have accepted it": the next attempt asks the channel by reference before sending.
 */
export class NotificationAttempts {
  constructor(private readonly dataSource: DataSource) {}

  async find(notificationId: string): Promise<AttemptRow | undefined> {
    const rows: {
      notification_id: string;
      reference: string;
      channel: string;
      attempt: number;
      state: AttemptState;
      provider_reference: string | null;
    }[] = await this.dataSource.query(
      'SELECT notification_id::text, reference, channel, attempt, state, provider_reference FROM notification_attempts WHERE notification_id = $1',
      [notificationId],
    );
    const row = rows[0];
    return row
      ? {
          notificationId: row.notification_id,
          reference: row.reference,
          channel: row.channel,
          attempt: row.attempt,
          state: row.state,
          providerReference: row.provider_reference,
        }
      : undefined;
  }

  /** Records that attempt `attempt` is about to call the channel with `reference`. */
  async begin(entry: {
    notificationId: string;
    victimId: string;
    reference: string;
    channel: string;
    attempt: number;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_attempts (notification_id, victim_id, reference, channel, attempt, state, started_at)
       VALUES ($1, $2, $3, $4, $5, 'sending', now())
       ON CONFLICT (notification_id) DO UPDATE
         SET attempt = EXCLUDED.attempt, channel = EXCLUDED.channel, state = 'sending', last_error_code = NULL, started_at = now(), finished_at = NULL`,
      [entry.notificationId, entry.victimId, entry.reference, entry.channel, entry.attempt],
    );
  }

  async accepted(notificationId: string, providerReference: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_attempts SET state = 'accepted', provider_reference = $2, finished_at = now() WHERE notification_id = $1`,
      [notificationId, providerReference],
    );
  }

  async failed(notificationId: string, errorCode: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_attempts SET state = 'failed', last_error_code = $2, finished_at = now() WHERE notification_id = $1 AND state <> 'accepted'`,
      [notificationId, errorCode],
    );
  }
}
