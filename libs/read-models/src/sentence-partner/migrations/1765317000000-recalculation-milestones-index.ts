import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Release dates moved by a change in the law are found by their recalculation (issue 17: "a view that shows the VLO who
 * is affected"). A partial expression index: only release-date-changed milestones are in it, so it costs nothing for
 * every other stage.
 */
export class RecalculationMilestonesIndex1765317000000 implements MigrationInterface {
  name = 'RecalculationMilestonesIndex1765317000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX sentence_view_milestones_recalculation_idx ON sentence_view_milestones ((detail->>'recalculationId'))
        WHERE kind = 'release-date-changed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX sentence_view_milestones_recalculation_idx');
  }
}
