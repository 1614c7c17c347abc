import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Caseload tasks for notifications (docs/read-models/caseload.md): what the task rules need per victim to see a
 * notification that failed for good, one waiting for a safety check or an approved letter, and one undelivered.
 * Ids, codes and dates only. The tasks themselves go in caseload_tasks (kind is open-ended, no change there).
 *
 * Existing rows get the defaults; rebuild the projection after deploying (`npm run projections:rebuild
 * caseload-tasks`, no downtime) so victims with notification events already in the history get their tasks.
 */
export class CaseloadNotificationTasks1763908300000 implements MigrationInterface {
  name = 'CaseloadNotificationTasks1763908300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE caseload_victims
        ADD COLUMN preferences_updated_on date,
        ADD COLUMN safety_checks jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN notifications jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN letters jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN personal_data_erased boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE caseload_victims
        DROP COLUMN personal_data_erased,
        DROP COLUMN letters,
        DROP COLUMN notifications,
        DROP COLUMN safety_checks,
        DROP COLUMN preferences_updated_on`);
  }
}
