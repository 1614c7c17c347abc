import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which victim liaison unit holds each case, and the cross-unit access grants: what every query joins to answer
 * only with the caller's cases (docs/privacy.md). Written only by the `case-access` projection.
 */
export class CreateCaseAccess1763913100000 implements MigrationInterface {
  name = 'CreateCaseAccess1763913100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_units (
        victim_id uuid PRIMARY KEY,
        unit text NOT NULL,
        referral_sentence_id text NOT NULL,
        unit_derived boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query('CREATE INDEX case_units_unit_idx ON case_units (unit, victim_id)');
    // The probation region of each sentence: the unit of a referral recorded before units existed.
    await queryRunner.query('CREATE TABLE case_unit_sentences (sentence_id text PRIMARY KEY, region text NOT NULL)');
    await queryRunner.query(`
      CREATE TABLE case_access_grants (
        grant_id text PRIMARY KEY,
        victim_id uuid NOT NULL,
        case_unit text NOT NULL,
        grantee_user_id text NOT NULL,
        grantee_unit text NOT NULL,
        reason text NOT NULL,
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by text
      )`);
    await queryRunner.query(
      'CREATE INDEX case_access_grants_grantee_idx ON case_access_grants (grantee_user_id, expires_at, victim_id)',
    );
    await queryRunner.query('CREATE INDEX case_access_grants_victim_idx ON case_access_grants (victim_id)');
    await queryRunner.query(
      'CREATE INDEX case_access_grants_case_unit_idx ON case_access_grants (case_unit, expires_at)',
    );
    await queryRunner.query(
      'CREATE INDEX case_access_grants_grantee_unit_idx ON case_access_grants (grantee_unit, expires_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_access_grants');
    await queryRunner.query('DROP TABLE case_unit_sentences');
    await queryRunner.query('DROP TABLE case_units');
  }
}
