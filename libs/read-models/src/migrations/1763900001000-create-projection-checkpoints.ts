import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjectionCheckpoints1763900001000 implements MigrationInterface {
  name = 'CreateProjectionCheckpoints1763900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        projection text PRIMARY KEY,
        commit_position numeric(20, 0),
        prepare_position numeric(20, 0),
        events_applied bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT projection_checkpoints_position_whole CHECK ((commit_position IS NULL) = (prepare_position IS NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_checkpoints');
  }
}
