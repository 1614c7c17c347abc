import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-offers before release (issue 17) on the caseload's per-victim facts: the VLO's task for a victim who declined or
 * never answered. Rows stored before this migration have none (rebuild the projection to add those raised since).
 */
export class CaseloadReoffers1765319000000 implements MigrationInterface {
  name = 'CaseloadReoffers1765319000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE caseload_victims ADD COLUMN reoffers jsonb NOT NULL DEFAULT '{}'::jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE caseload_victims DROP COLUMN reoffers');
  }
}
