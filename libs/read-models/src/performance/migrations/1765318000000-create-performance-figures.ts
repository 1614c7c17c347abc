import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The managers' figures (how the unit is doing): referrals and first contact, eligible sentences and their referral
 * deadline, decisions and when victims were told, notifications' outcomes, letters' workflow times. Ids, codes, dates
 * and times only: no personal data. Written only by the `performance-figures` projection; rebuildable.
 */
export class CreatePerformanceFigures1765318000000 implements MigrationInterface {
  name = 'CreatePerformanceFigures1765318000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE performance_referrals (
        victim_id uuid PRIMARY KEY,
        sentence_id uuid NOT NULL,
        referred_for text NOT NULL,
        received_on date NOT NULL,
        contact_due_on date,
        first_contact_on date
      )`);
    await queryRunner.query('CREATE INDEX performance_referrals_received_idx ON performance_referrals (received_on)');
    await queryRunner.query(`
      CREATE TABLE performance_sentences (
        sentence_id uuid PRIMARY KEY,
        region text NOT NULL,
        referral_due_on date,
        first_referral_on date
      )`);
    await queryRunner.query(
      'CREATE INDEX performance_sentences_due_idx ON performance_sentences (region, referral_due_on)',
    );
    await queryRunner.query(`
      CREATE TABLE performance_milestones (
        milestone_id uuid PRIMARY KEY,
        sentence_id uuid NOT NULL,
        kind text NOT NULL,
        recorded_at timestamptz NOT NULL,
        same_day_deadline date
      )`);
    await queryRunner.query(`
      CREATE TABLE performance_notifications (
        notification_id uuid PRIMARY KEY,
        victim_id uuid NOT NULL,
        stage text NOT NULL,
        channel text NOT NULL,
        reason text NOT NULL,
        milestone_id uuid,
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        failed_at timestamptz,
        delivery_status text,
        cancelled boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query('CREATE INDEX performance_notifications_due_idx ON performance_notifications (due_at)');
    await queryRunner.query(
      'CREATE INDEX performance_notifications_milestone_idx ON performance_notifications (milestone_id)',
    );
    await queryRunner.query(`
      CREATE TABLE performance_letters (
        letter_id uuid PRIMARY KEY,
        victim_id uuid NOT NULL,
        drafted_at timestamptz NOT NULL,
        submitted_at timestamptz,
        approved_at timestamptz,
        sent_at timestamptz,
        returns integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query('CREATE INDEX performance_letters_drafted_idx ON performance_letters (drafted_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'performance_letters',
      'performance_notifications',
      'performance_milestones',
      'performance_sentences',
      'performance_referrals',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
