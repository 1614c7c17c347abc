import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who read which victim's data, when and why. Append-only: updates and deletes are refused by the database. */
export class CreateAccessAudit1763900004000 implements MigrationInterface {
  name = 'CreateAccessAudit1763900004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        user_id text NOT NULL,
        role text NOT NULL,
        action text NOT NULL,
        method text NOT NULL,
        route text NOT NULL,
        resource_type text NOT NULL,
        resource_id text,
        victim_ids uuid[] NOT NULL DEFAULT '{}',
        purpose text NOT NULL,
        request_id text,
        status integer NOT NULL
      );
      CREATE INDEX access_audit_victim_idx ON access_audit USING gin (victim_ids);
      CREATE INDEX access_audit_user_idx ON access_audit (user_id, occurred_at DESC);
      CREATE INDEX access_audit_time_idx ON access_audit (occurred_at DESC);
      CREATE FUNCTION access_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_audit is append-only';
      END $$;
      CREATE TRIGGER access_audit_append_only BEFORE UPDATE OR DELETE ON access_audit
        FOR EACH ROW EXECUTE FUNCTION access_audit_is_append_only();
      CREATE TRIGGER access_audit_no_truncate BEFORE TRUNCATE ON access_audit
        FOR EACH STATEMENT EXECUTE FUNCTION access_audit_is_append_only();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_audit; DROP FUNCTION access_audit_is_append_only();');
  }
}
