import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Caseload and deadlines (docs/read-models/caseload.md). Three tables, all written only by the `caseload-tasks`
 * projection: the tasks, the per-victim state the task rules need (also the open-case count), and the
 * per-sentence facts the missed-referral rule and the victims' region need. No personal data anywhere.
 *
 * Scale the indexes are sized for: ~100,000 victims, 60,000 sentences, several tasks per victim (~400,000
 * task rows, of which a minority open). Open-task indexes are partial (`WHERE done_at IS NULL`) so they stay
 * small however much history accumulates.
 */
export class CreateCaseload1763903000000 implements MigrationInterface {
  name = 'CreateCaseload1763903000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE caseload_tasks (
        task_id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]{0,63}$'),
        victim_id text,
        sentence_id text NOT NULL,
        contact_id text,
        vlo_id text,
        region text,
        due_on date,
        due_date_problem text,
        opened_at timestamptz NOT NULL,
        reopened_at timestamptz,
        done_at timestamptz,
        closed_because text,
        description text NOT NULL,
        rule text NOT NULL,
        CHECK (due_on IS NOT NULL OR due_date_problem IS NOT NULL),
        CHECK ((done_at IS NULL) = (closed_because IS NULL))
      )`);
    // GET /caseload/tasks?vloId=…(&overdue=true|dueBefore=…) and GET /caseload/summary for one VLO / groupBy=vlo
    // within a region: open tasks of one officer, already in due order (range scan for overdue / this week).
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_open_vlo_due_idx ON caseload_tasks (vlo_id, due_on, task_id) WHERE done_at IS NULL',
    );
    // GET /caseload/tasks?region=… (managers' regional worklist, oldest due first) and GET /caseload/summary?region=…
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_open_region_due_idx ON caseload_tasks (region, due_on, task_id) WHERE done_at IS NULL',
    );
    // GET /caseload/tasks with no VLO/region filter (national overdue list, dueBefore=…): open tasks in due order.
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_open_due_idx ON caseload_tasks (due_on, task_id) WHERE done_at IS NULL',
    );
    // GET /caseload/tasks?status=done&vloId=… / &region=…: finished tasks, which grow with history, kept apart.
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_done_vlo_due_idx ON caseload_tasks (vlo_id, due_on, task_id) WHERE done_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_done_region_due_idx ON caseload_tasks (region, due_on, task_id) WHERE done_at IS NOT NULL',
    );
    // The projection: reassigning a victim's open tasks to a new officer (UPDATE … WHERE victim_id = $1 AND done_at IS NULL).
    await queryRunner.query(
      'CREATE INDEX caseload_tasks_victim_idx ON caseload_tasks (victim_id) WHERE victim_id IS NOT NULL',
    );

    await queryRunner.query(`
      CREATE TABLE caseload_victims (
        victim_id text PRIMARY KEY,
        sentence_id text NOT NULL,
        region text,
        sentence_date date,
        referred_for text NOT NULL,
        referral_received_on date NOT NULL,
        participation text NOT NULL,
        vlo_id text,
        safety_check_before_letters boolean NOT NULL DEFAULT false,
        letters_chosen boolean NOT NULL DEFAULT false,
        contacts jsonb NOT NULL DEFAULT '[]'::jsonb
      )`);
    // GET /caseload/summary open cases: enrolled victims per officer (groupBy=vlo, one VLO's own figures).
    await queryRunner.query(
      "CREATE INDEX caseload_victims_open_vlo_idx ON caseload_victims (vlo_id) WHERE participation = 'enrolled'",
    );
    // GET /caseload/summary open cases per region (groupBy=region, and groupBy=vlo&region=…).
    await queryRunner.query(
      "CREATE INDEX caseload_victims_open_region_idx ON caseload_victims (region, vlo_id) WHERE participation = 'enrolled'",
    );

    await queryRunner.query(`
      CREATE TABLE caseload_sentences (
        sentence_id text PRIMARY KEY,
        region text,
        sentence_date date,
        referrals integer NOT NULL DEFAULT 0
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE caseload_sentences');
    await queryRunner.query('DROP TABLE caseload_victims');
    await queryRunner.query('DROP TABLE caseload_tasks');
  }
}
