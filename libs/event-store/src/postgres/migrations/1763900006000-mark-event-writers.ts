import { MigrationInterface, QueryRunner } from 'typeorm';
import { appendEventsFunctionSql } from '../event-store.schema';

/**
 * Readers waited for every open transaction on the server (the snapshot's xmin), most of which never write an
 * event: projector batches, audit inserts, a rebuild's build transactions, other databases. `append_events` now
 * marks its transaction as a writer before it has an id, so the read horizon waits for appends only (read-horizon.ts).
 */
export class MarkEventWriters1763900006000 implements MigrationInterface {
  name = 'MarkEventWriters1763900006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(appendEventsFunctionSql({ markWriter: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(appendEventsFunctionSql({ markWriter: false }));
  }
}
