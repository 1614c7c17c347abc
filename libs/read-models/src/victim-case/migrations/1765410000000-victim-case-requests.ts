import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The victim's requests and their answers on the case view (issue 17). Rows stored before this migration have none:
 * `npm run projections:rebuild victim-case-view` fills them from the history (docs/read-models/victim-case.md).
 */
export class VictimCaseRequests1765410000000 implements MigrationInterface {
  name = 'VictimCaseRequests1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE victim_case_view ADD COLUMN requests jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE victim_case_view DROP COLUMN requests');
  }
}
