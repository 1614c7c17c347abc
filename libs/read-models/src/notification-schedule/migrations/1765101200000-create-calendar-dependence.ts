import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification planner's own record (not a read model, never rebuilt) of the notifications whose due time rested
 * on projected bank holidays, under which calendar version; and the calendar versions it has re-planned them for.
 * When a newer published list is added, the planner re-plans those notifications once (docs/notifications.md).
 */
export class CreateCalendarDependence1765101200000 implements MigrationInterface {
  name = 'CreateCalendarDependence1765101200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_calendar_dependence (
        notification_id uuid PRIMARY KEY,
        victim_id uuid NOT NULL,
        calendar_version text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX notification_calendar_dependence_version_idx ON notification_calendar_dependence (calendar_version)',
    );
    await queryRunner.query(`
      CREATE TABLE calendar_replans (
        calendar_version text PRIMARY KEY,
        notifications integer NOT NULL,
        completed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE calendar_replans');
    await queryRunner.query('DROP TABLE notification_calendar_dependence');
  }
}
