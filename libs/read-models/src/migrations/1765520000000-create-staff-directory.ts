import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The officers and managers the service knows, and the units they work in, as their last sign-in said (the token's
 * `units` claim): what an allocation is checked against (an officer of the case's unit) and what a manager chooses an
 * officer from. Staff user ids and unit codes only; no victim's data.
 */
export class CreateStaffDirectory1765520000000 implements MigrationInterface {
  name = 'CreateStaffDirectory1765520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_directory (
        user_id text PRIMARY KEY,
        roles text[] NOT NULL,
        units text[] NOT NULL,
        last_seen_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX staff_directory_units_idx ON staff_directory USING gin (units)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE staff_directory');
  }
}
