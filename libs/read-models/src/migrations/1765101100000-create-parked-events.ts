import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work a consumer (projector, notification planner or dispatcher, erasure completion) could not do: the event it
 * failed on after a bounded number of attempts, and every later event of the same stream, which waits behind it so
 * the stream's order is kept. Not a read model: never rebuilt or emptied. No personal data: ids, types, positions
 * and an error summary (docs/ARCHITECTURE.md, "Parked work").
 */
export class CreateParkedEvents1765101100000 implements MigrationInterface {
  name = 'CreateParkedEvents1765101100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE parked_events (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        stream_id text NOT NULL,
        event_type text NOT NULL,
        commit_position numeric(20, 0) NOT NULL,
        prepare_position numeric(20, 0) NOT NULL,
        reason text NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now(),
        retry_requested_at timestamptz,
        PRIMARY KEY (consumer, event_id),
        CONSTRAINT parked_events_reason CHECK (reason IN ('failed', 'behind-parked'))
      )`);
    await queryRunner.query(
      'CREATE INDEX parked_events_order_idx ON parked_events (consumer, commit_position, prepare_position)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE parked_events');
  }
}
