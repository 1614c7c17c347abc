import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where sending an approved letter has got to (docs/letters.md "Sending a letter drafted on its own"): queued, sent or
 * not sent, and why not. Letters stored before this migration take it from their status and their notification's row
 * in the schedule read model (a rebuild of `letters` gives the same from the events).
 */
export class LettersSending1765600000000 implements MigrationInterface {
  name = 'LettersSending1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE letters ADD COLUMN sending_state text CHECK (sending_state IN ('queued', 'sent', 'not-sent'))",
    );
    await queryRunner.query('ALTER TABLE letters ADD COLUMN sending_reason text');
    await queryRunner.query("UPDATE letters SET sending_state = 'sent' WHERE status = 'sent'");
    await queryRunner.query(`
      UPDATE letters l
         SET sending_state = CASE WHEN s.status IN ('cancelled', 'failed') THEN 'not-sent' ELSE 'queued' END,
             sending_reason = CASE s.status WHEN 'cancelled' THEN s.cancel_reason WHEN 'failed' THEN s.last_error_code END
        FROM notification_schedule s
       WHERE l.status = 'approved' AND s.notification_id::text = l.notification_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE letters DROP COLUMN sending_reason');
    await queryRunner.query('ALTER TABLE letters DROP COLUMN sending_state');
  }
}
