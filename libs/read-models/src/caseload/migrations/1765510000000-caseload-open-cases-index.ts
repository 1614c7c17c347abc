import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An open case is every case a VLO works: referred and awaiting contact, or enrolled (not declined, withdrawn or
 * erased). The summary's open-case indexes held enrolled victims only; they now hold the open ones.
 */
export class CaseloadOpenCasesIndex1765510000000 implements MigrationInterface {
  name = 'CaseloadOpenCasesIndex1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.indexes(queryRunner, "participation IN ('referred', 'enrolled') AND NOT personal_data_erased");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.indexes(queryRunner, "participation = 'enrolled'");
  }

  private async indexes(queryRunner: QueryRunner, open: string): Promise<void> {
    await queryRunner.query('DROP INDEX IF EXISTS caseload_victims_open_vlo_idx');
    await queryRunner.query('DROP INDEX IF EXISTS caseload_victims_open_region_idx');
    await queryRunner.query('DROP INDEX IF EXISTS caseload_victims_open_unit_idx');
    await queryRunner.query(`CREATE INDEX caseload_victims_open_vlo_idx ON caseload_victims (vlo_id) WHERE ${open}`);
    await queryRunner.query(
      `CREATE INDEX caseload_victims_open_region_idx ON caseload_victims (region, vlo_id) WHERE ${open}`,
    );
    await queryRunner.query(
      `CREATE INDEX caseload_victims_open_unit_idx ON caseload_victims (unit, region, vlo_id) WHERE ${open}`,
    );
  }
}
