import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStreamCatalogue1763900002000 implements MigrationInterface {
  name = 'CreateStreamCatalogue1763900002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stream_catalogue (
        stream_id text PRIMARY KEY,
        category text NOT NULL,
        event_count bigint NOT NULL,
        last_revision bigint NOT NULL,
        last_event_type text NOT NULL,
        first_recorded_at timestamptz NOT NULL,
        last_recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX stream_catalogue_category_idx ON stream_catalogue (category, last_recorded_at DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE stream_catalogue');
  }
}
