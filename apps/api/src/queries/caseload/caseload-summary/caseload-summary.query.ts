import { ForbiddenException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope, addCalendarDays, dayOfWeek, IsoDate } from '@vcs/domain';
import { OPEN_CASE } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { Clock } from '../../../commands/clock';
import { staffNameOf } from '../../../staff/staff-name.sql';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { SCOPE_PROJECTION } from '../../shared/access-scope.sql';
import { ADMIN_TASK_KINDS, CASELOAD_PROJECTIONS, caseloadRowInScope, grantedVictimIds } from '../shared/caseload-scope';
import { CaseloadSummaryQueryDto, CaseloadSummaryResponse, CaseloadSummaryRowResponse } from './caseload-summary.dto';

export interface CaseloadCaller {
  readonly userId: string;
  readonly role: string;
}

export class GetCaseloadSummaryQuery {
  constructor(
    readonly filters: CaseloadSummaryQueryDto,
    readonly caller: CaseloadCaller,
    readonly scope: AccessScope,
  ) {}
}

/** Monday to Sunday of the week `today` falls in (today is already the civil date in Europe/London). */
export function weekOf(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = addCalendarDays(today, -((dayOfWeek(today) + 6) % 7));
  return { from, to: addCalendarDays(from, 6) };
}

interface SummaryRow {
  key: string | null;
  name: string | null;
  open_cases: number;
  open_tasks: number;
  due_this_week: number;
  overdue: number;
  due_date_unknown: number;
}

@QueryHandler(GetCaseloadSummaryQuery)
export class GetCaseloadSummaryHandler implements IQueryHandler<GetCaseloadSummaryQuery, CaseloadSummaryResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly clock: Clock,
  ) {}

  async execute({ filters, caller, scope: access }: GetCaseloadSummaryQuery): Promise<CaseloadSummaryResponse> {
    // A VLO sees their own figures; regional and other officers' figures are for managers.
    let vloId = filters.vloId;
    if (caller.role === 'VLO') {
      if (filters.groupBy === 'region')
        throw new ForbiddenException({
          statusCode: 403,
          error: 'Forbidden',
          message: 'regional figures are for managers; a VLO sees their own caseload (groupBy=vlo)',
        });
      if (vloId !== undefined && vloId !== caller.userId)
        throw new ForbiddenException({
          statusCode: 403,
          error: 'Forbidden',
          message: "a VLO sees their own caseload figures, not a colleague's",
        });
      vloId = caller.userId;
    }
    await this.freshness.waitFor([...CASELOAD_PROJECTIONS, SCOPE_PROJECTION], filters.minPosition);
    const today = this.clock.today();
    const week = weekOf(today);

    const params: unknown[] = [today, week.from, week.to];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const scope: string[] = [];
    if (filters.region !== undefined) scope.push(`region = ${param(filters.region)}`);
    if (vloId !== undefined) scope.push(`vlo_id = ${param(vloId)}`);
    // Figures count the caller's units' cases and tasks only (and those opened to them).
    const granted = await grantedVictimIds(this.dataSource, access);
    const inScope = ` AND ${caseloadRowInScope(access, granted, params)}`;
    const and = scope.map((s) => ` AND ${s}`).join('');
    const column = filters.groupBy === 'region' ? 'region' : 'vlo_id';

    // Officers most overdue first; the row of what nobody holds (null: unallocated cases and the unit's own tasks)
    // is not an officer, so it comes last wherever its figures would put it.
    const rows = await this.dataSource.query<SummaryRow[]>(
      `WITH cases AS (
         SELECT ${column} AS key, count(*)::int AS open_cases
           FROM caseload_victims WHERE ${OPEN_CASE}${and}${inScope} GROUP BY ${column}
       ), tasks AS (
         SELECT ${column} AS key,
                count(*)::int AS open_tasks,
                (count(*) FILTER (WHERE due_on BETWEEN $2::date AND $3::date))::int AS due_this_week,
                (count(*) FILTER (WHERE due_on < $1::date))::int AS overdue,
                (count(*) FILTER (WHERE due_on IS NULL))::int AS due_date_unknown
           FROM caseload_tasks WHERE done_at IS NULL AND kind <> ALL(${param(ADMIN_TASK_KINDS)})${and}${inScope} GROUP BY ${column}
       )
       SELECT coalesce(c.key, t.key) AS key, ${filters.groupBy === 'vlo' ? staffNameOf('coalesce(c.key, t.key)') : 'NULL'} AS name,
              coalesce(c.open_cases, 0) AS open_cases, coalesce(t.open_tasks, 0) AS open_tasks,
              coalesce(t.due_this_week, 0) AS due_this_week, coalesce(t.overdue, 0) AS overdue, coalesce(t.due_date_unknown, 0) AS due_date_unknown
         FROM cases c FULL JOIN tasks t ON coalesce(c.key, '') = coalesce(t.key, '')
        ORDER BY coalesce(c.key, t.key) IS NULL, coalesce(t.overdue, 0) DESC, coalesce(c.key, t.key) ASC`,
      params,
    );
    if (vloId !== undefined && rows.length === 0)
      rows.push({
        key: vloId,
        name: null,
        open_cases: 0,
        open_tasks: 0,
        due_this_week: 0,
        overdue: 0,
        due_date_unknown: 0,
      });
    return {
      today,
      week,
      groupBy: filters.groupBy,
      rows: rows.map((row): CaseloadSummaryRowResponse => ({
        ...(filters.groupBy === 'region' ? { region: row.key } : { vloId: row.key, vloName: row.name }),
        openCases: row.open_cases,
        openTasks: row.open_tasks,
        dueThisWeek: row.due_this_week,
        overdue: row.overdue,
        dueDateUnknown: row.due_date_unknown,
      })),
    };
  }
}
