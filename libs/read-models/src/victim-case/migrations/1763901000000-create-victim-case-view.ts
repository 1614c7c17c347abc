import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Victim case view (projection `victim-case-view`): one row per victim, and the projection's own copy of the
 * sentence facts it needs (reference, date, region), so it never reads another projection's tables.
 *
 * Sized for ~100,000 victims and ~60,000 sentences; every list query is served by one of the indexes below
 * (p99 target 25 ms). Filters that are not indexed (scheme, status) are low-cardinality and are applied to the
 * rows one of the indexed filters already narrowed (a VLO's or a region's caseload).
 */
export class CreateVictimCaseView1763901000000 implements MigrationInterface {
  name = 'CreateVictimCaseView1763901000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE victim_case_sentence (
        sentence_id uuid PRIMARY KEY,
        reference text NOT NULL,
        sentence_date date NOT NULL,
        probation_region text NOT NULL,
        sentence_type text NOT NULL,
        offence_category text NOT NULL
      );

      CREATE TABLE victim_case_view (
        victim_id uuid PRIMARY KEY,
        revision bigint NOT NULL,
        status text NOT NULL,
        scheme text,
        referred_for text NOT NULL,
        circumstance text NOT NULL,
        referral_source text NOT NULL,
        referral_received_on date NOT NULL,
        referral_sentence_id uuid NOT NULL,
        enrolment jsonb,
        vlo_id text,
        probation_region text,
        sentence_ids uuid[] NOT NULL DEFAULT '{}',
        sentence_references text[] NOT NULL DEFAULT '{}',
        sentences jsonb NOT NULL DEFAULT '[]',
        contact_preferences jsonb,
        safety_flag boolean NOT NULL DEFAULT false,
        last_safety_check jsonb,
        contact_details jsonb,
        acting_persons jsonb NOT NULL DEFAULT '[]',
        personal_data_erased boolean NOT NULL DEFAULT false,
        last_contact jsonb,
        last_contact_on date,
        contact_facts jsonb NOT NULL DEFAULT '[]',
        tasks jsonb NOT NULL DEFAULT '[]',
        next_due_on date,
        next_due_task text,
        contact_count integer NOT NULL DEFAULT 0,
        representation_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );

      -- GET /victims?vloId=…[&nextDueBefore=…][&scheme/status=…] sorted by nextDue (the default): a VLO's caseload, soonest deadline first.
      CREATE INDEX victim_case_view_vlo_next_due_idx ON victim_case_view (vlo_id, next_due_on, victim_id);
      -- GET /victims?vloId=…&sort=updatedAt: a VLO's most recently changed cases.
      CREATE INDEX victim_case_view_vlo_updated_idx ON victim_case_view (vlo_id, updated_at DESC, victim_id);
      -- GET /victims?region=…[&nextDueBefore=…] sorted by nextDue: a region's caseload for managers (also unassigned referrals).
      CREATE INDEX victim_case_view_region_next_due_idx ON victim_case_view (probation_region, next_due_on, victim_id);
      -- GET /victims?region=…&sort=updatedAt.
      CREATE INDEX victim_case_view_region_updated_idx ON victim_case_view (probation_region, updated_at DESC, victim_id);
      -- GET /victims?nextDueBefore=… (national, no VLO or region) and the unfiltered list sorted by nextDue.
      CREATE INDEX victim_case_view_next_due_idx ON victim_case_view (next_due_on, victim_id);
      -- GET /victims?sort=updatedAt with no VLO or region.
      CREATE INDEX victim_case_view_updated_idx ON victim_case_view (updated_at DESC, victim_id);
      -- GET /victims?reference=X123456: victims linked to a sentence by its reference (array containment).
      CREATE INDEX victim_case_view_references_idx ON victim_case_view USING gin (sentence_references);
      -- GET /victims?scheme=…&status=… nationally: a composite on the two codes, then next due.
      CREATE INDEX victim_case_view_scheme_status_idx ON victim_case_view (scheme, status, next_due_on);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE victim_case_view; DROP TABLE victim_case_sentence;');
  }
}
