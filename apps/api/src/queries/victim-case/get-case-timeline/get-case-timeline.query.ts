import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { mentionedStaff, withStaffNames } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { staffNameOf } from '../../../staff/staff-name.sql';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { TimelineOrder } from '../victim-case.requests';
import { CaseTimelineResponse, TimelineEntryResponse } from '../victim-case.responses';
import { CASE_TIMELINE, Row, victimNotFound } from '../shared/victim-case-reading';
import { timelineActor } from './timeline-actor';

export class GetCaseTimeline {
  constructor(
    readonly victimId: string,
    readonly page: number,
    readonly pageSize: number,
    readonly order: TimelineOrder,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetCaseTimeline)
export class GetCaseTimelineHandler implements IQueryHandler<GetCaseTimeline, CaseTimelineResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute(query: GetCaseTimeline): Promise<CaseTimelineResponse> {
    await this.freshness.waitFor([CASE_TIMELINE], query.minPosition);
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    // Both statements read the (victim_id, commit_position, prepare_position) primary key only.
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS total FROM case_timeline_entry WHERE victim_id = $1',
      [query.victimId],
    );
    if (total === 0) throw victimNotFound(query.victimId);
    const rows: Row[] = await this.dataSource.query(
      `SELECT commit_position::text, prepare_position::text, event_id, event_type, stream_id, stream_revision::text, sentence_id,
              occurred_at, actor_user_id, actor_role, summary,
              ${staffNameOf('case_timeline_entry.actor_user_id')} AS actor_name
       FROM case_timeline_entry WHERE victim_id = $1
       ORDER BY case_timeline_entry.commit_position ${direction}, case_timeline_entry.prepare_position ${direction}
       LIMIT $2 OFFSET $3`,
      [query.victimId, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const names = await this.staffNames(rows.flatMap((r) => mentionedStaff(r.summary as string)));
    const items: TimelineEntryResponse[] = rows.map((r) => ({
      what: withStaffNames(r.summary as string, names),
      who: timelineActor(r.actor_user_id as string, r.actor_role as string, r.actor_name as string | null),
      occurredAt: r.occurred_at as Date,
      eventType: r.event_type as string,
      eventId: r.event_id as string,
      stream: r.stream_id as string,
      streamRevision: r.stream_revision as string,
      position: `${r.commit_position as string}/${r.prepare_position as string}`,
      sentenceId: r.sentence_id as string | null,
    }));
    return { victimId: query.victimId, page: query.page, pageSize: query.pageSize, total, order: query.order, items };
  }

  /**
   * The names of the staff the page's lines mention (an officer allocated, who approved a letter, whom a case was
   * opened to): people who held or acted on this case, which the caller may read. One indexed lookup, only when some
   * line mentions someone.
   */
  private async staffNames(userIds: readonly string[]): Promise<ReadonlyMap<string, string | null>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; display_name: string | null }[] = await this.dataSource.query(
      'SELECT user_id, display_name FROM staff_directory WHERE user_id = ANY($1::text[])',
      [[...new Set(userIds)]],
    );
    return new Map(rows.map((row) => [row.user_id, row.display_name]));
  }
}
