import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { VICTIM_CASE_VIEW_PROJECTION } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { SCOPE_PROJECTION, victimInScope } from '../../queries/shared/access-scope.sql';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';
import { victimNotFound } from '../../queries/shared/victim-in-scope';
import { VictimRecordResponse } from './victim-record.responses';

// As libs/read-models/src/caseload/caseload-tasks.projection.ts names them (as the retention reviews' query does).
const CASELOAD_TASKS_PROJECTION = 'caseload-tasks';
const RETENTION_REVIEW_TASK = 'retention-review';

/** One victim's record as an administrator sees it before acting: 404 for an id not known, or outside the caller's units. */
export class GetVictimRecord {
  constructor(
    readonly victimId: string,
    readonly scope: AccessScope,
    readonly minPosition: string | undefined,
  ) {}
}

@QueryHandler(GetVictimRecord)
export class GetVictimRecordHandler implements IQueryHandler<GetVictimRecord, VictimRecordResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute({ victimId, scope, minPosition }: GetVictimRecord): Promise<VictimRecordResponse> {
    await this.freshness.waitFor(
      [VICTIM_CASE_VIEW_PROJECTION, CASELOAD_TASKS_PROJECTION, SCOPE_PROJECTION],
      minPosition,
    );
    const values: unknown[] = [victimId, RETENTION_REVIEW_TASK];
    const inScope = victimInScope(scope, 'v.victim_id', values);
    const [row]: Record<string, string | boolean | null>[] = await this.dataSource.query(
      `SELECT v.status, v.scheme, v.probation_region, v.personal_data_erased,
              v.enrolment->'closure'->>'closedOn' AS closed_on, v.enrolment->'closure'->>'reason' AS closure_reason,
              (SELECT to_char(min(t.due_on), 'YYYY-MM-DD') FROM caseload_tasks t
                WHERE t.victim_id = v.victim_id::text AND t.kind = $2 AND t.done_at IS NULL) AS review_raised_on
         FROM victim_case_view v WHERE v.victim_id = $1 AND ${inScope}`,
      values,
    );
    if (!row) throw victimNotFound(victimId);
    return {
      victimId,
      status: row.status as string,
      scheme: row.scheme as string | null,
      probationRegion: row.probation_region as string | null,
      closedOn: row.closed_on as string | null,
      closureReason: row.closure_reason as string | null,
      personalDataErased: row.personal_data_erased as boolean,
      retentionReviewRaisedOn: row.review_raised_on as string | null,
    };
  }
}
