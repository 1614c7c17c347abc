import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Representations for partners (projection `partner-representations`). Holds the VPS text and exclusion-zone
 * descriptions (personal data the issue allows partners to read), never a name, address, phone or email.
 */
export class CreatePartnerRepresentations1763902001000 implements MigrationInterface {
  name = 'CreatePartnerRepresentations1763902001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_representations (
        representation_id uuid PRIMARY KEY,
        sentence_id uuid NOT NULL,
        victim_id uuid NOT NULL,
        victim_reference text NOT NULL,
        kind text NOT NULL,
        requested_conditions jsonb NOT NULL,
        statement_text text,
        vps_presentation text,
        sent_to text[] NOT NULL,
        submitted_on date NOT NULL,
        personal_data_erased boolean NOT NULL,
        stream_revision bigint NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    // GET /sentences/:sentenceId/representations: a sentence's representations, newest first, one page.
    await queryRunner.query(
      'CREATE INDEX partner_representations_sentence_idx ON partner_representations (sentence_id, submitted_on DESC, recorded_at DESC, representation_id)',
    );
    // Erasing one victim's data in place (a future VictimPersonalDataErased event) finds their rows by victim.
    await queryRunner.query('CREATE INDEX partner_representations_victim_idx ON partner_representations (victim_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_representations');
  }
}
