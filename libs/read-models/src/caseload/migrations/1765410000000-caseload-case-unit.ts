import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit holding each case on the caseload's rows (`caseload_victims.unit`, `caseload_tasks.unit`; a region-level
 * task's unit is its region), so the caseload routes filter by unit on an indexed column instead of
 * `victim_id IN (SELECT … FROM case_units WHERE unit = ANY(…))`, a hashed subplan of every case of the caller's units
 * built for each query (76–87 ms per caseload query at national scale, bench/HISTORY.md).
 *
 * Existing rows are filled from `case_units` (the case-access projection's answer to the same question); the
 * projection keeps the column from here on (`ReferralReceived`, `VictimCaseTransferred`), and a rebuild fills it from
 * the history. The indexes match the routes' WHERE and ORDER BY: a unit's open tasks in due order (the team page's
 * overdue list and its count, index-only), the summary's counts by region or officer within units (index-only), and
 * a unit's open cases.
 */
export class CaseloadCaseUnit1765410000000 implements MigrationInterface {
  name = 'CaseloadCaseUnit1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE caseload_victims ADD COLUMN unit text');
    await queryRunner.query(
      'UPDATE caseload_victims v SET unit = cu.unit FROM case_units cu WHERE cu.victim_id::text = v.victim_id',
    );
    // No unit known (no case_units row): a unit nobody holds, as case-access writes for such a referral.
    await queryRunner.query("UPDATE caseload_victims SET unit = 'unknown' WHERE unit IS NULL");
    await queryRunner.query('ALTER TABLE caseload_victims ALTER COLUMN unit SET NOT NULL');
    await queryRunner.query('ALTER TABLE caseload_tasks ADD COLUMN unit text');
    await queryRunner.query(
      'UPDATE caseload_tasks t SET unit = v.unit FROM caseload_victims v WHERE v.victim_id = t.victim_id',
    );
    await queryRunner.query('UPDATE caseload_tasks SET unit = region WHERE victim_id IS NULL');

    // GET /caseload/tasks for a unit (the manager's team page: overdue, oldest first) and its total: index-only.
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_open_unit_due_idx ON caseload_tasks (unit, due_on, task_id) INCLUDE (kind, region, vlo_id) WHERE done_at IS NULL',
    );
    // GET /caseload/summary by region or officer, within the caller's units: the summary index carries the unit too.
    await queryRunner.query('DROP INDEX caseload_tasks_open_summary_idx');
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_open_summary_idx ON caseload_tasks (region, vlo_id, due_on) INCLUDE (kind, unit) WHERE done_at IS NULL',
    );
    // GET /caseload/summary: a unit's open cases by region or officer.
    await queryRunner.query(
      "CREATE INDEX caseload_victims_open_unit_idx ON caseload_victims (unit, region, vlo_id) WHERE participation = 'enrolled'",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX caseload_victims_open_unit_idx');
    await queryRunner.query('DROP INDEX caseload_tasks_open_summary_idx');
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_open_summary_idx ON caseload_tasks (region, vlo_id, due_on) INCLUDE (kind) WHERE done_at IS NULL',
    );
    await queryRunner.query('DROP INDEX caseload_tasks_open_unit_due_idx');
    await queryRunner.query('ALTER TABLE caseload_tasks DROP COLUMN unit');
    await queryRunner.query('ALTER TABLE caseload_victims DROP COLUMN unit');
  }
}
