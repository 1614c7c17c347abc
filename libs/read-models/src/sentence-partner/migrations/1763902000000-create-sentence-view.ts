import { MigrationInterface, QueryRunner } from 'typeorm';

/** The sentence view (projection `sentence-view`). No personal data: victims appear by id and pseudonymous reference. */
export class CreateSentenceView1763902000000 implements MigrationInterface {
  name = 'CreateSentenceView1763902000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sentence_view (
        sentence_id uuid PRIMARY KEY,
        reference text NOT NULL,
        offence_category text NOT NULL,
        offence_caused_death boolean NOT NULL,
        sentence_type text NOT NULL,
        length_months integer,
        sentencing_court text NOT NULL,
        sentence_date date NOT NULL,
        probation_region text NOT NULL,
        custody_status text NOT NULL,
        in_open_conditions boolean NOT NULL,
        ended_by text,
        ended_on date,
        milestone_count integer NOT NULL,
        last_milestone_kind text,
        last_milestone_on date,
        recorded_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // GET /sentences (no filter): newest sentence first, keyset-friendly tie-break on the id.
    await queryRunner.query('CREATE INDEX sentence_view_date_idx ON sentence_view (sentence_date DESC, sentence_id)');
    // GET /sentences?region=… (optionally with sentenceType): ~5,000 of 60,000 rows per region, read in page order.
    await queryRunner.query(
      'CREATE INDEX sentence_view_region_idx ON sentence_view (probation_region, sentence_date DESC, sentence_id)',
    );
    // GET /sentences?sentenceType=…: in page order.
    await queryRunner.query(
      'CREATE INDEX sentence_view_type_idx ON sentence_view (sentence_type, sentence_date DESC, sentence_id)',
    );
    // GET /sentences?reference=X123456: the offender's case reference (CRN), one or a few sentences.
    await queryRunner.query('CREATE INDEX sentence_view_reference_idx ON sentence_view (reference)');

    await queryRunner.query(`
      CREATE TABLE sentence_view_milestones (
        milestone_id uuid PRIMARY KEY,
        sentence_id uuid NOT NULL,
        kind text NOT NULL,
        occurred_on date NOT NULL,
        detail jsonb NOT NULL,
        stream_revision bigint NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    // GET /sentences/:sentenceId: the sentence's milestones in the order they happened.
    await queryRunner.query(
      'CREATE INDEX sentence_view_milestones_sentence_idx ON sentence_view_milestones (sentence_id, occurred_on, stream_revision)',
    );

    await queryRunner.query(`
      CREATE TABLE sentence_view_expected (
        sentence_id uuid NOT NULL,
        kind text NOT NULL,
        expected_on date,
        detail jsonb NOT NULL,
        set_by_milestone_id uuid NOT NULL,
        set_on date NOT NULL,
        PRIMARY KEY (sentence_id, kind)
      )`);
    // GET /sentences/:sentenceId reads the expected stages by the primary key's sentence_id prefix.
    // Upcoming dates across sentences (e.g. hearings next week, for a future caseload query):
    await queryRunner.query(
      'CREATE INDEX sentence_view_expected_on_idx ON sentence_view_expected (kind, expected_on) WHERE expected_on IS NOT NULL',
    );

    await queryRunner.query(`
      CREATE TABLE sentence_view_victims (
        sentence_id uuid NOT NULL,
        victim_id uuid NOT NULL,
        victim_reference text NOT NULL,
        linked_on date NOT NULL,
        linked_via text NOT NULL,
        PRIMARY KEY (sentence_id, victim_id)
      )`);
    // GET /sentences/:sentenceId reads the linked victims by the primary key's sentence_id prefix.
    // The sentences a victim is linked to (victim case view joins, erasure tooling):
    await queryRunner.query('CREATE INDEX sentence_view_victims_victim_idx ON sentence_view_victims (victim_id)');

    await queryRunner.query(`
      CREATE TABLE sentence_view_victim_status (
        victim_id uuid PRIMARY KEY,
        referred_for text,
        scheme text,
        status text NOT NULL,
        status_on date NOT NULL
      )`);
    // Joined to sentence_view_victims by its primary key.
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE sentence_view_victim_status');
    await queryRunner.query('DROP TABLE sentence_view_victims');
    await queryRunner.query('DROP TABLE sentence_view_expected');
    await queryRunner.query('DROP TABLE sentence_view_milestones');
    await queryRunner.query('DROP TABLE sentence_view');
  }
}
