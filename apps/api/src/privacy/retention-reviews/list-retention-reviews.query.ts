import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { VICTIM_CASE_VIEW_PROJECTION } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { SCOPE_PROJECTION, victimInScope } from '../../queries/shared/access-scope.sql';
import { Page, PageQuery } from '../../queries/shared/page.query';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';

// As libs/read-models/src/caseload/caseload-tasks.projection.ts names them (the caseload area is not exported from the index).
const CASELOAD_TASKS_PROJECTION = 'caseload-tasks';
const RETENTION_REVIEW_TASK = 'retention-review';

/** One open retention review: which victim, when their case closed and why, when the review was raised. No personal data. */
export interface RetentionReview {
  readonly taskId: string;
  readonly victimId: string;
  readonly region: string | null;
  readonly closedOn: string | null;
  readonly closureReason: string | null;
  readonly raisedOn: string | null;
  readonly description: string;
  readonly rule: string;
}

/** The open retention reviews of the caller's units' cases, oldest first. */
export class ListRetentionReviews {
  constructor(
    readonly query: PageQuery,
    readonly scope: AccessScope,
  ) {}
}

@QueryHandler(ListRetentionReviews)
export class ListRetentionReviewsHandler implements IQueryHandler<ListRetentionReviews, Page<RetentionReview>> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute({ query, scope }: ListRetentionReviews): Promise<Page<RetentionReview>> {
    await this.freshness.waitFor(
      [CASELOAD_TASKS_PROJECTION, VICTIM_CASE_VIEW_PROJECTION, SCOPE_PROJECTION],
      query.minPosition,
    );
    const values: unknown[] = [RETENTION_REVIEW_TASK];
    // Reviews of the caller's units' cases only (an ADMIN with the national unit: all), in the query.
    const inScope = victimInScope(scope, 't.victim_id', values, 'text');
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM caseload_tasks t WHERE t.kind = $1 AND t.done_at IS NULL AND ${inScope}`,
      values,
    );
    const rows: Record<string, string | null>[] = await this.dataSource.query(
      `SELECT t.task_id, t.victim_id, t.region, to_char(t.due_on, 'YYYY-MM-DD') AS raised_on, t.description, t.rule,
              v.enrolment->'closure'->>'closedOn' AS closed_on, v.enrolment->'closure'->>'reason' AS closure_reason
         FROM caseload_tasks t LEFT JOIN victim_case_view v ON v.victim_id::text = t.victim_id
        WHERE t.kind = $1 AND t.done_at IS NULL AND ${inScope}
        ORDER BY t.due_on, t.task_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      page: query.page,
      pageSize: query.pageSize,
      total,
      items: rows.map((row) => ({
        taskId: row.task_id as string,
        victimId: row.victim_id as string,
        region: row.region,
        closedOn: row.closed_on ?? closedOnOf(row.task_id as string),
        closureReason: row.closure_reason,
        raisedOn: row.raised_on,
        description: row.description as string,
        rule: row.rule as string,
      })),
    };
  }
}

/** The task id ends with the closure date (retention-review:<victim>:<closedOn>). */
function closedOnOf(taskId: string): string | null {
  return /:(\d{4}-\d{2}-\d{2})$/.exec(taskId)?.[1] ?? null;
}
