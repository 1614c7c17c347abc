import { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_EVENT_STORE_SQL, DROP_EVENT_STORE_SQL } from '../event-store.schema';

export class CreateEventStore1763900000000 implements MigrationInterface {
  name = 'CreateEventStore1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CREATE_EVENT_STORE_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_EVENT_STORE_SQL);
  }
}
