import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sentence's first referral day is read from its referrals (`min(received_on) WHERE sentence_id = …`) each time the
 * sentence is recorded: without this index that read scanned every referral in the country.
 */
export class IndexPerformanceReferralsBySentence1765321000000 implements MigrationInterface {
  name = 'IndexPerformanceReferralsBySentence1765321000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX performance_referrals_sentence_idx ON performance_referrals (sentence_id, received_on)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX performance_referrals_sentence_idx');
  }
}
