import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery state that is not a read model (never rebuilt from events, never emptied by a rebuild):
 * - notification_attempts: one row per notification, written BEFORE the channel is called, with the idempotency
 *   reference (= notification id) the channel is given. After a crash the processor finds it and asks the channel
 *   whether that reference was accepted, instead of sending again.
 * - notification_outbox: the local channel's "sent" messages. recipient and body are personal data: they are
 *   nulled when the victim's personal data is erased (eraseOutboxFor).
 */
export class CreateNotificationDelivery1763906101000 implements MigrationInterface {
  name = 'CreateNotificationDelivery1763906101000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_attempts (
        notification_id uuid PRIMARY KEY,
        victim_id uuid NOT NULL,
        reference text NOT NULL UNIQUE,
        channel text NOT NULL,
        attempt integer NOT NULL,
        state text NOT NULL,
        provider_reference text,
        last_error_code text,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        CONSTRAINT notification_attempts_state CHECK (state IN ('sending', 'accepted', 'failed'))
      )`);
    await queryRunner.query('CREATE INDEX notification_attempts_victim_idx ON notification_attempts (victim_id)');

    await queryRunner.query(`
      CREATE TABLE notification_outbox (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        notification_id uuid NOT NULL,
        victim_id uuid NOT NULL,
        channel text NOT NULL,
        stage text NOT NULL,
        language text,
        recipient jsonb,
        subject text,
        body text,
        status text NOT NULL DEFAULT 'sent',
        personal_data_erased boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_outbox_status CHECK (status IN ('sent', 'erased'))
      )`);
    // GET /outbox?victimId=: one victim's messages, newest first; and the whole outbox newest first.
    await queryRunner.query(
      'CREATE INDEX notification_outbox_victim_idx ON notification_outbox (victim_id, created_at DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX notification_outbox_created_idx ON notification_outbox (created_at DESC, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_outbox');
    await queryRunner.query('DROP TABLE notification_attempts');
  }
}
