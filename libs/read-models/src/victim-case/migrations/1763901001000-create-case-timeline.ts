import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case timeline (projection `case-timeline`): every event on a victim and on the sentences linked to them, as
 * plain words without personal data. Sentence events are kept once per sentence too, so a victim linked later
 * gets the sentence's earlier entries copied deterministically (a rebuild produces the same rows).
 *
 * Scale: ~2,000,000 events; a victim's timeline is tens to a few hundred entries.
 */
export class CreateCaseTimeline1763901001000 implements MigrationInterface {
  name = 'CreateCaseTimeline1763901001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_timeline_sentence (
        sentence_id uuid PRIMARY KEY,
        reference text NOT NULL
      );

      -- Primary key (sentence_id, victim_id): a sentence event fans out to the victims linked to it.
      CREATE TABLE case_timeline_sentence_victim (
        sentence_id uuid NOT NULL,
        victim_id uuid NOT NULL,
        PRIMARY KEY (sentence_id, victim_id)
      );

      -- Primary key (sentence_id, commit, prepare): copying a sentence's entries to a newly linked victim.
      CREATE TABLE case_timeline_sentence_entry (
        sentence_id uuid NOT NULL,
        commit_position bigint NOT NULL,
        prepare_position bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        stream_id text NOT NULL,
        stream_revision bigint NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_user_id text NOT NULL,
        actor_role text NOT NULL,
        summary text NOT NULL,
        PRIMARY KEY (sentence_id, commit_position, prepare_position)
      );

      -- Primary key (victim_id, commit, prepare): GET /victims/:victimId/timeline reads one victim's entries in
      -- history order (either direction) and counts them, from this index alone.
      CREATE TABLE case_timeline_entry (
        victim_id uuid NOT NULL,
        commit_position bigint NOT NULL,
        prepare_position bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        stream_id text NOT NULL,
        stream_revision bigint NOT NULL,
        sentence_id uuid,
        occurred_at timestamptz NOT NULL,
        actor_user_id text NOT NULL,
        actor_role text NOT NULL,
        summary text NOT NULL,
        PRIMARY KEY (victim_id, commit_position, prepare_position)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TABLE case_timeline_entry; DROP TABLE case_timeline_sentence_entry; DROP TABLE case_timeline_sentence_victim; DROP TABLE case_timeline_sentence;',
    );
  }
}
