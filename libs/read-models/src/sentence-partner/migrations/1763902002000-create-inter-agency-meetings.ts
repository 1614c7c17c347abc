import { MigrationInterface, QueryRunner } from 'typeorm';

/** Inter-agency meetings per sentence (projection `inter-agency-meetings`). */
export class CreateInterAgencyMeetings1763902002000 implements MigrationInterface {
  name = 'CreateInterAgencyMeetings1763902002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inter_agency_meetings (
        meeting_id uuid PRIMARY KEY,
        sentence_id uuid NOT NULL,
        kind text NOT NULL,
        mappa_category smallint,
        mappa_level smallint,
        held_on date NOT NULL,
        agencies_present text[] NOT NULL,
        stream_revision bigint NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    // GET /sentences/:sentenceId/inter-agency-meetings: a sentence's meetings, latest first, one page.
    await queryRunner.query(
      'CREATE INDEX inter_agency_meetings_sentence_idx ON inter_agency_meetings (sentence_id, held_on DESC, stream_revision DESC)',
    );

    await queryRunner.query(`
      CREATE TABLE inter_agency_meeting_victims (
        meeting_id uuid NOT NULL,
        victim_id uuid NOT NULL,
        sentence_id uuid NOT NULL,
        victim_reference text NOT NULL,
        position integer NOT NULL,
        views_presented boolean NOT NULL,
        outcome text NOT NULL,
        actions jsonb NOT NULL,
        PRIMARY KEY (meeting_id, victim_id)
      )`);
    // The page's meetings' victims are read by the primary key's meeting_id prefix (meeting_id = ANY(…)).
    // Erasure and the victim case view find a victim's meetings by victim:
    await queryRunner.query(
      'CREATE INDEX inter_agency_meeting_victims_victim_idx ON inter_agency_meeting_victims (victim_id)',
    );

    await queryRunner.query(`
      CREATE TABLE inter_agency_meeting_notes (
        meeting_id uuid NOT NULL,
        victim_id uuid NOT NULL,
        sentence_id uuid NOT NULL,
        views_presented text,
        outcome text,
        notes text,
        action_descriptions jsonb NOT NULL,
        erased boolean NOT NULL,
        PRIMARY KEY (meeting_id, victim_id)
      )`);
    // VLO answers read the notes by the primary key's meeting_id prefix; erasure finds a victim's notes by victim:
    await queryRunner.query(
      'CREATE INDEX inter_agency_meeting_notes_victim_idx ON inter_agency_meeting_notes (victim_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inter_agency_meeting_notes');
    await queryRunner.query('DROP TABLE inter_agency_meeting_victims');
    await queryRunner.query('DROP TABLE inter_agency_meetings');
  }
}
