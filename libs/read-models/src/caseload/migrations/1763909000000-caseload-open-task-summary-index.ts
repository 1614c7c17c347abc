import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload summary (GET /caseload/summary) counts open tasks by region or officer, by due date and kind. Done
 * tasks pile up with every contact's follow-up (at national scale 93 % of caseload_tasks), and without an index that
 * carries `kind` the summary read every task, open or done (Seq Scan, 228 ms at 511,000 tasks). This partial index
 * holds only the open ones with every column the summary reads: an index-only scan.
 */
export class CaseloadOpenTaskSummaryIndex1763909000000 implements MigrationInterface {
  name = 'CaseloadOpenTaskSummaryIndex1763909000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_open_summary_idx ON caseload_tasks (region, vlo_id, due_on) INCLUDE (kind) WHERE done_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX caseload_tasks_open_summary_idx');
  }
}
