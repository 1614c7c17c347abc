import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sentence stream's revision on the sentence view, so `GET /sentences/:id` can answer it (body and ETag) for
 * If-Match on the next sentence command. Rows stored before this migration get the revision of their last milestone
 * (or 0): never higher than the stream's, so a stale one can only be refused (409), never let a write through
 * unseen; `npm run projections:rebuild sentence-view` sets them exactly.
 */
export class SentenceViewRevision1765100000000 implements MigrationInterface {
  name = 'SentenceViewRevision1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE sentence_view ADD COLUMN revision bigint NOT NULL DEFAULT 0');
    await queryRunner.query(
      `UPDATE sentence_view v SET revision = m.revision
         FROM (SELECT sentence_id, max(stream_revision) AS revision FROM sentence_view_milestones GROUP BY sentence_id) m
        WHERE m.sentence_id = v.sentence_id`,
    );
    await queryRunner.query('ALTER TABLE sentence_view ALTER COLUMN revision DROP DEFAULT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE sentence_view DROP COLUMN revision');
  }
}
