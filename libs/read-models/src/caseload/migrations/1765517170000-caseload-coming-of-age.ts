import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child victim's month of turning 18 and the day contact was handed to them, on the caseload's per-victim facts (the
 * handover task). Rows stored before this migration have none: rebuild the projection to add the months recorded since.
 */
export class CaseloadComingOfAge1765517170000 implements MigrationInterface {
  name = 'CaseloadComingOfAge1765517170000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE caseload_victims ADD COLUMN coming_of_age jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE caseload_victims DROP COLUMN coming_of_age');
  }
}
