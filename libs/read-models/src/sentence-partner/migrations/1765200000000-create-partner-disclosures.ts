import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a VLO disclosed to each recipient (projection `partner-representations`): one row per representation and
 * recipient, the latest approved version. Partners read representations only through this table.
 */
export class CreatePartnerDisclosures1765200000000 implements MigrationInterface {
  name = 'CreatePartnerDisclosures1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_disclosures (
        representation_id uuid NOT NULL,
        recipient text NOT NULL,
        sentence_id uuid NOT NULL,
        victim_id uuid NOT NULL,
        statement_text text,
        condition_descriptions jsonb NOT NULL,
        approved_by text NOT NULL,
        disclosed_on date NOT NULL,
        flagged text[] NOT NULL,
        personal_data_erased boolean NOT NULL,
        stream_revision bigint NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (representation_id, recipient)
      )`);
    // GET /sentences/:sentenceId/representations for a partner: what went to their organisation on the sentence.
    await queryRunner.query(
      'CREATE INDEX partner_disclosures_sentence_idx ON partner_disclosures (sentence_id, recipient)',
    );
    await queryRunner.query('CREATE INDEX partner_disclosures_victim_idx ON partner_disclosures (victim_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_disclosures');
  }
}
