import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child victim's month of turning 18 and the day contact was handed to them, on the case view. Rows stored before this
 * migration have none: rebuild the projection to add the months recorded since.
 */
export class VictimCaseComingOfAge1765517171000 implements MigrationInterface {
  name = 'VictimCaseComingOfAge1765517171000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE victim_case_view ADD COLUMN coming_of_age jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE victim_case_view DROP COLUMN coming_of_age');
  }
}
