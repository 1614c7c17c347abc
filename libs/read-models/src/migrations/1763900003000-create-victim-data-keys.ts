import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One data key per victim, wrapped (AES-256-GCM) by a master key from configuration. Erasure sets
 * `wrapped_key` to NULL (crypto-shredding); the row stays as a tombstone so no new key can be created.
 * `destruction_reason` is plain text: it must never hold personal data.
 */
export const CREATE_VICTIM_DATA_KEYS_SQL = `
CREATE TABLE victim_data_keys (
  victim_id uuid PRIMARY KEY,
  master_key_id text NOT NULL,
  wrapped_key bytea NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  destroyed_at timestamptz NULL,
  destroyed_by text NULL,
  destruction_reason text NULL,
  CONSTRAINT victim_data_keys_destroyed_has_no_key CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL)),
  CONSTRAINT victim_data_keys_destruction_recorded CHECK (destroyed_at IS NULL OR (destroyed_by IS NOT NULL AND destruction_reason IS NOT NULL))
);
CREATE INDEX victim_data_keys_master_key_idx ON victim_data_keys (master_key_id) WHERE wrapped_key IS NOT NULL;
`;

export class CreateVictimDataKeys1763900003000 implements MigrationInterface {
  name = 'CreateVictimDataKeys1763900003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CREATE_VICTIM_DATA_KEYS_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE victim_data_keys');
  }
}
