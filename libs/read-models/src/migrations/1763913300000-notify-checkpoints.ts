import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A projection's checkpoint moving NOTIFYs 'vcs_checkpoints' (once per statement; PostgreSQL folds repeats within a
 * transaction), so a query waiting for its `minPosition` is woken when a read model moves instead of polling.
 */
export class NotifyCheckpoints1763913300000 implements MigrationInterface {
  name = 'NotifyCheckpoints1763913300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION projection_checkpoints_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('vcs_checkpoints', '');
        RETURN NULL;
      END $$;
      CREATE TRIGGER projection_checkpoints_moved AFTER INSERT OR UPDATE ON projection_checkpoints
        FOR EACH STATEMENT EXECUTE FUNCTION projection_checkpoints_notify();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER projection_checkpoints_moved ON projection_checkpoints; DROP FUNCTION projection_checkpoints_notify();',
    );
  }
}
