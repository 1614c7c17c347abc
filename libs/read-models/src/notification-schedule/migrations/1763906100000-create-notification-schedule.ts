import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification schedule (projection `notification-schedule`): one row per notification, fed by the notification
 * events of victim streams. No personal data: ids, stages, channels, times and codes only.
 */
export class CreateNotificationSchedule1763906100000 implements MigrationInterface {
  name = 'CreateNotificationSchedule1763906100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_schedule (
        notification_id uuid PRIMARY KEY,
        victim_id uuid NOT NULL,
        sentence_id uuid NOT NULL,
        stage text NOT NULL,
        channel text NOT NULL,
        reason text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL,
        letter_id uuid,
        attempts integer NOT NULL DEFAULT 0,
        last_error_code text,
        provider_reference text,
        sent_at timestamptz,
        delivery_status text,
        cancel_reason text,
        scheduled_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT notification_schedule_status CHECK (status IN ('scheduled', 'waiting-safety-check', 'waiting-approval', 'sent', 'failed', 'cancelled'))
      )`);
    // Resync and the dispatcher: every notification still to send, soonest first.
    await queryRunner.query(
      `CREATE INDEX notification_schedule_pending_idx ON notification_schedule (due_at, notification_id)
       WHERE status IN ('scheduled', 'waiting-safety-check', 'waiting-approval')`,
    );
    // One victim's notifications (case view, cancellation on withdrawal, re-enqueue after a safety check).
    await queryRunner.query(
      'CREATE INDEX notification_schedule_victim_idx ON notification_schedule (victim_id, due_at)',
    );

    // What the waiting states need per victim, kept from their events: the safety flag, when the contact details
    // last changed, and the last safety check per channel ({"letter": "2026-03-02"}).
    await queryRunner.query(`
      CREATE TABLE notification_schedule_victims (
        victim_id uuid PRIMARY KEY,
        safety_flag boolean NOT NULL DEFAULT false,
        preferences_updated_on date,
        safety_checks jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    // Letters and where they are in the approval workflow (only an approved letter is sent).
    await queryRunner.query(`
      CREATE TABLE notification_schedule_letters (
        letter_id uuid PRIMARY KEY,
        victim_id uuid NOT NULL,
        notification_id uuid,
        status text NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX notification_schedule_letters_notification_idx ON notification_schedule_letters (notification_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_schedule_letters');
    await queryRunner.query('DROP TABLE notification_schedule_victims');
    await queryRunner.query('DROP TABLE notification_schedule');
  }
}
