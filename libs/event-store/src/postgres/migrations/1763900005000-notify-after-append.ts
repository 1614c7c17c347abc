import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement trigger sent NOTIFY inside every append, and PostgreSQL holds a server-wide lock on the notify
 * queue from NOTIFY to the commit's flush: appends queued behind each other (bench/HISTORY.md). The adapter now
 * notifies after an append returns, coalescing concurrent appends; subscribers still poll if one is lost.
 */
export class NotifyAfterAppend1763900005000 implements MigrationInterface {
  name = 'NotifyAfterAppend1763900005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS events_notify ON events; DROP FUNCTION IF EXISTS events_notify();');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('vcs_events', '');
        RETURN NULL;
      END $$;
      CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION events_notify();`);
  }
}
