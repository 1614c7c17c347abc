import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refused calls are audited too (a wrong role, a missing or unlisted X-Purpose, a malformed id): why, in a code.
 * Null for calls that were answered.
 */
export class AccessAuditRefusals1763913200000 implements MigrationInterface {
  name = 'AccessAuditRefusals1763913200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE access_audit ADD COLUMN refusal_reason text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE access_audit DROP COLUMN refusal_reason');
  }
}
