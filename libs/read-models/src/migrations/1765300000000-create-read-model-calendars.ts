import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published bank holiday list each read model's working-day deadlines were counted with (not a read model: never
 * emptied by a rebuild, which records its own list when it swaps its tables in). When a newer list is deployed, the
 * projector re-dates the stored open deadlines from the first day the two lists disagree (docs/notifications.md).
 */
export class CreateReadModelCalendars1765300000000 implements MigrationInterface {
  name = 'CreateReadModelCalendars1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_model_calendars (
        projection text PRIMARY KEY,
        calendar_version text NOT NULL,
        calendar jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE read_model_calendars');
  }
}
