import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name each member of staff signed in with (the token's name claim), so the pages say "Priya Shah" where they
 * said the user id: a colleague's name, shown only beside the ids a caller may already read. Null until they next
 * sign in, or when their token carries no name.
 */
export class StaffDirectoryNames1765531000000 implements MigrationInterface {
  name = 'StaffDirectoryNames1765531000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE staff_directory ADD COLUMN display_name text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE staff_directory DROP COLUMN display_name');
  }
}
