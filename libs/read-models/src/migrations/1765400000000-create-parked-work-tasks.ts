import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An administrator's task for each consumer's parked stream (issue 11: parked work is "a task for an ADMIN on the
 * caseload"): opened when the stream's first event is parked, closed when a retry releases the last of them, kept as
 * history after. Written with `parked_events`, by the same calls (`libs/read-models/src/parked-work.ts`); like it, not
 * a read model (never rebuilt or emptied). No personal data: consumer, stream, the victim or sentence id the stream
 * names, the event id and type, the error's class and when it was parked.
 */
export class CreateParkedWorkTasks1765400000000 implements MigrationInterface {
  name = 'CreateParkedWorkTasks1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE parked_work_tasks (
        consumer text NOT NULL,
        stream_id text NOT NULL,
        victim_id uuid,
        sentence_id uuid,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        error_class text NOT NULL,
        parked_at timestamptz NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        reopened_at timestamptz,
        done_at timestamptz,
        closed_because text,
        PRIMARY KEY (consumer, stream_id),
        CONSTRAINT parked_work_tasks_closed CHECK ((done_at IS NULL) = (closed_because IS NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX parked_work_tasks_open_idx ON parked_work_tasks (parked_at) WHERE done_at IS NULL',
    );
    // Work parked before this table existed: one open task per parked stream, from its first parked event.
    await queryRunner.query(`
      INSERT INTO parked_work_tasks (consumer, stream_id, victim_id, sentence_id, event_id, event_type, error_class, parked_at)
      SELECT DISTINCT ON (consumer, stream_id) consumer, stream_id,
             CASE WHEN stream_id ~* '^victim-[0-9a-f-]{36}$' THEN substr(stream_id, 8)::uuid END,
             CASE WHEN stream_id ~* '^sentence-[0-9a-f-]{36}$' THEN substr(stream_id, 10)::uuid END,
             event_id, event_type, coalesce(substring(error FROM '^[^ :\\[]+'), 'Error'), parked_at
        FROM parked_events
       ORDER BY consumer, stream_id, commit_position, prepare_position`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE parked_work_tasks');
  }
}
