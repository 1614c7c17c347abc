import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recorded facts of a sentence (codes, dates and numbers only: `sentenceFactsFrom`) on caseload_sentences, so that
 * the activation of a suspended sentence (issue 17) can raise the missed-referral task a sentence of 12 months or more
 * raises. Rows stored before this migration have none: their activations raise nothing until the projection is
 * rebuilt.
 */
export class CaseloadSentenceFacts1765320000000 implements MigrationInterface {
  name = 'CaseloadSentenceFacts1765320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE caseload_sentences ADD COLUMN facts jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE caseload_sentences DROP COLUMN facts');
  }
}
