import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';
import { SCOPE_PROJECTION, victimInScope } from '../../queries/shared/access-scope.sql';
import { ReviewQueueResponse } from '../shared/letters.responses';
import { LETTERS_PROJECTION, Row, SUMMARY_COLUMNS, summaryOf } from '../shared/letter-summary';

export class GetReviewQueue {
  constructor(
    readonly scope: AccessScope,
    readonly userId: string,
    readonly region: string | undefined,
    readonly page: number,
    readonly pageSize: number,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetReviewQueue)
export class GetReviewQueueHandler implements IQueryHandler<GetReviewQueue, ReviewQueueResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute(query: GetReviewQueue): Promise<ReviewQueueResponse> {
    await this.freshness.waitFor([LETTERS_PROJECTION, SCOPE_PROJECTION], query.minPosition);
    // Partial indexes on (region, submitted_at, letter_id) / (submitted_at, letter_id) WHERE status = 'submitted'.
    const values: unknown[] = query.region === undefined ? [] : [query.region];
    const byRegion = query.region === undefined ? "status = 'submitted'" : "status = 'submitted' AND region = $1";
    // Only letters to the caller's units' victims (and those opened to them), in the query.
    const where = `${byRegion} AND ${victimInScope(query.scope, 'victim_id', values, 'text')}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM letters WHERE ${where}`,
      values,
    );
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM letters l WHERE ${where} ORDER BY submitted_at, letter_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      page: query.page,
      pageSize: query.pageSize,
      total,
      items: rows.map((r) => ({ ...summaryOf(r), youMayApprove: !(r.authors as string[]).includes(query.userId) })),
    };
  }
}
