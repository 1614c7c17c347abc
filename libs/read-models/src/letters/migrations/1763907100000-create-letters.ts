import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters and their workflow (docs/letters.md): one row per letter, plus the per-victim and per-sentence facts the
 * letters need (region for the managers' review queue, large print for the PDF). Written only by the `letters`
 * projection. The letter's body, address block, language and a manager's comments are personal data: they are kept
 * here (the PDF is rendered from them) and removed when the victim's personal data is erased.
 *
 * Sized for ~40,000 victims in the scheme and a few letters each a year (~200,000 rows over the retention period);
 * letters waiting for a manager or in progress are a small fraction, so their indexes are partial.
 */
export class CreateLetters1763907100000 implements MigrationInterface {
  name = 'CreateLetters1763907100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE letters (
        letter_id text PRIMARY KEY,
        victim_id text NOT NULL,
        notification_id text,
        stage text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'sent')),
        region text,
        authors text[] NOT NULL,
        drafted_by text NOT NULL,
        drafted_on date NOT NULL,
        drafted_at timestamptz NOT NULL,
        last_edited_by text,
        last_edited_at timestamptz,
        submitted_by text,
        submitted_on date,
        submitted_at timestamptz,
        approved_by text,
        approved_on date,
        approved_at timestamptz,
        returned_by text,
        returned_on date,
        returned_at timestamptz,
        sent_at timestamptz,
        body text,
        address_block text,
        language text,
        return_comments text,
        personal_data_erased boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL
      )`);
    // GET /victims/:victimId/letters, newest first.
    await queryRunner.query('CREATE INDEX letters_victim_idx ON letters (victim_id, drafted_at DESC, letter_id)');
    // GET /letters/review-queue?region=…: letters waiting for a manager, oldest first.
    await queryRunner.query(
      "CREATE INDEX letters_review_region_idx ON letters (region, submitted_at, letter_id) WHERE status = 'submitted'",
    );
    await queryRunner.query(
      "CREATE INDEX letters_review_idx ON letters (submitted_at, letter_id) WHERE status = 'submitted'",
    );
    // GET /letters/in-progress: a VLO's letters not yet approved.
    await queryRunner.query(
      "CREATE INDEX letters_in_progress_idx ON letters (drafted_by) WHERE status IN ('draft', 'submitted', 'returned')",
    );
    // NotificationSent: the letter a notification sent.
    await queryRunner.query(
      'CREATE INDEX letters_notification_idx ON letters (notification_id) WHERE notification_id IS NOT NULL',
    );

    await queryRunner.query(`
      CREATE TABLE letter_victims (
        victim_id text PRIMARY KEY,
        region text,
        large_print boolean NOT NULL DEFAULT false,
        revision bigint NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE letter_sentences (
        sentence_id text PRIMARY KEY,
        region text NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE letter_sentences');
    await queryRunner.query('DROP TABLE letter_victims');
    await queryRunner.query('DROP TABLE letters');
  }
}
