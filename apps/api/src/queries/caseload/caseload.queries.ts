import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope, addCalendarDays, dayOfWeek, IsoDate } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../commands/clock';
import { ReadModelFreshness } from '../shared/read-model-freshness';
import { SCOPE_PROJECTION, unitInScope, victimInScope } from '../shared/access-scope.sql';
import {
  CaseloadSummaryQueryDto,
  CaseloadSummaryResponse,
  CaseloadSummaryRowResponse,
  CaseloadTaskResponse,
  CaseloadTasksPageResponse,
  CaseloadTasksQueryDto,
} from './caseload.dto';

/** Task kinds that are administrators' work and never appear in a VLO's caseload. */
const ADMIN_TASK_KINDS = ['retention-review'];

/** The projection behind every caseload route (libs/read-models/src/caseload). */
export const CASELOAD_PROJECTIONS = ['caseload-tasks'] as const;

export interface CaseloadCaller {
  readonly userId: string;
  readonly role: string;
}

export class GetCaseloadTasksQuery {
  constructor(
    readonly filters: CaseloadTasksQueryDto,
    readonly scope: AccessScope,
  ) {}
}

export class GetCaseloadSummaryQuery {
  constructor(
    readonly filters: CaseloadSummaryQueryDto,
    readonly caller: CaseloadCaller,
    readonly scope: AccessScope,
  ) {}
}

/** A task about a victim the caller may reach, or (no victim yet: a missed referral) raised for one of their units. */
function taskInScope(scope: AccessScope, values: unknown[]): string {
  return `(CASE WHEN victim_id IS NULL THEN ${unitInScope(scope, 'region', values)} ELSE ${victimInScope(scope, 'victim_id', values, 'text')} END)`;
}

/** Monday to Sunday of the week `today` falls in (today is already the civil date in Europe/London). */
export function weekOf(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = addCalendarDays(today, -((dayOfWeek(today) + 6) % 7));
  return { from, to: addCalendarDays(from, 6) };
}

function problem(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'the request is not valid',
    problems: [{ field, rule, message }],
  });
}

interface TaskRow {
  task_id: string;
  kind: string;
  victim_id: string | null;
  sentence_id: string;
  contact_id: string | null;
  vlo_id: string | null;
  region: string | null;
  due_on: string | null;
  due_date_problem: string | null;
  opened_at: Date;
  reopened_at: Date | null;
  done_at: Date | null;
  closed_because: string | null;
  description: string;
  rule: string;
  overdue: boolean;
  notification_id: string | null;
  notification: { stage: string; channel: string; letterId?: string } | null;
}

/**
 * A notification task's id is `<kind>:<notification id>`: the notification it is for (stage, channel, its letter if
 * one is drafted), from the victim's caseload row, so a VLO drafting the letter knows the stage and notification.
 */
const TASK_NOTIFICATION_SQL = `
  CASE WHEN caseload_tasks.kind LIKE 'notification-%' THEN substr(caseload_tasks.task_id, length(caseload_tasks.kind) + 2) END AS notification_id,
  CASE WHEN caseload_tasks.kind LIKE 'notification-%' THEN (
    SELECT v.notifications -> substr(caseload_tasks.task_id, length(caseload_tasks.kind) + 2) FROM caseload_victims v WHERE v.victim_id = caseload_tasks.victim_id
  ) END AS notification`;

@QueryHandler(GetCaseloadTasksQuery)
export class GetCaseloadTasksHandler implements IQueryHandler<GetCaseloadTasksQuery, CaseloadTasksPageResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly clock: Clock,
  ) {}

  async execute({ filters, scope }: GetCaseloadTasksQuery): Promise<CaseloadTasksPageResponse> {
    if (filters.vloId !== undefined && filters.unassigned === 'true')
      throw problem('unassigned', 'conflict', 'ask for one officer (vloId) or for unassigned tasks, not both');
    if (filters.overdue === 'true' && filters.status === 'done')
      throw problem('overdue', 'conflict', 'only open tasks are overdue: leave out status=done');
    await this.freshness.waitFor([...CASELOAD_PROJECTIONS, SCOPE_PROJECTION], filters.minPosition);
    const today = this.clock.today();

    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const todayParam = param(today);
    // Retention reviews are administrators' decisions (GET /retention-reviews), not case work.
    const where: string[] = [`kind <> ALL(${param(ADMIN_TASK_KINDS)})`];
    // Only the caller's units' tasks (and those of cases opened to them), in the query: page, total and order alike.
    where.push(taskInScope(scope, params));
    const status = filters.overdue === 'true' ? 'open' : filters.status;
    if (status === 'open') where.push('done_at IS NULL');
    if (status === 'done') where.push('done_at IS NOT NULL');
    if (filters.overdue === 'true') where.push(`due_on < ${todayParam}`);
    if (filters.overdue === 'false') where.push(`(done_at IS NOT NULL OR due_on IS NULL OR due_on >= ${todayParam})`);
    if (filters.vloId !== undefined) where.push(`vlo_id = ${param(filters.vloId)}`);
    if (filters.unassigned === 'true') where.push('vlo_id IS NULL');
    if (filters.region !== undefined) where.push(`region = ${param(filters.region)}`);
    if (filters.kind !== undefined) where.push(`kind = ${param(filters.kind)}`);
    if (filters.dueBefore !== undefined) where.push(`due_on < ${param(filters.dueBefore)}::date`);
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    // Matches the (…, due_on, task_id) indexes: forwards for oldest first, backwards for latest first.
    // Qualified: a bare due_on would name the text column selected below and sort every row as text.
    const order =
      filters.sort === '-dueOn'
        ? 'caseload_tasks.due_on DESC NULLS FIRST, task_id DESC'
        : 'caseload_tasks.due_on ASC NULLS LAST, task_id ASC';

    const countParams = [...params];
    const limit = param(filters.pageSize);
    const offset = param((filters.page - 1) * filters.pageSize);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<TaskRow[]>(
        `SELECT task_id, kind, victim_id, sentence_id, contact_id, vlo_id, region, due_on::text AS due_on, due_date_problem,
                opened_at, reopened_at, done_at, closed_because, description, rule,
                (done_at IS NULL AND due_on < ${todayParam}::date) AS overdue, ${TASK_NOTIFICATION_SQL}
           FROM caseload_tasks ${whereSql}
          ORDER BY ${order}
          LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
      // $1 (today) is always bound; name it here too, so the count takes the same parameters whatever the filters.
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total, ${todayParam}::date AS today FROM caseload_tasks ${whereSql}`,
        countParams,
      ),
    ]);
    return { page: filters.page, pageSize: filters.pageSize, total, today, items: rows.map(toResponse) };
  }
}

function toResponse(row: TaskRow): CaseloadTaskResponse {
  return {
    taskId: row.task_id,
    kind: row.kind,
    victimId: row.victim_id,
    sentenceId: row.sentence_id,
    contactId: row.contact_id,
    vloId: row.vlo_id,
    region: row.region,
    dueOn: row.due_on,
    dueDateProblem: row.due_date_problem,
    status: row.done_at === null ? 'open' : 'done',
    overdue: row.overdue,
    openedAt: row.opened_at.toISOString(),
    reopenedAt: row.reopened_at?.toISOString() ?? null,
    doneAt: row.done_at?.toISOString() ?? null,
    closedBecause: row.closed_because,
    description: row.description,
    rule: row.rule,
    notification:
      row.notification_id !== null && row.notification !== null
        ? {
            notificationId: row.notification_id,
            stage: row.notification.stage,
            channel: row.notification.channel,
            letterId: row.notification.letterId ?? null,
          }
        : null,
  };
}

interface SummaryRow {
  key: string | null;
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
    // Figures count the caller's units' cases and tasks only.
    const caseScope = ` AND ${victimInScope(access, 'victim_id', params, 'text')}`;
    const taskScope = ` AND ${taskInScope(access, params)}`;
    const and = scope.map((s) => ` AND ${s}`).join('');
    const column = filters.groupBy === 'region' ? 'region' : 'vlo_id';

    const rows = await this.dataSource.query<SummaryRow[]>(
      `WITH cases AS (
         SELECT ${column} AS key, count(*)::int AS open_cases
           FROM caseload_victims WHERE participation = 'enrolled'${and}${caseScope} GROUP BY ${column}
       ), tasks AS (
         SELECT ${column} AS key,
                count(*)::int AS open_tasks,
                (count(*) FILTER (WHERE due_on BETWEEN $2::date AND $3::date))::int AS due_this_week,
                (count(*) FILTER (WHERE due_on < $1::date))::int AS overdue,
                (count(*) FILTER (WHERE due_on IS NULL))::int AS due_date_unknown
           FROM caseload_tasks WHERE done_at IS NULL AND kind <> ALL(${param(ADMIN_TASK_KINDS)})${and}${taskScope} GROUP BY ${column}
       )
       SELECT coalesce(c.key, t.key) AS key, coalesce(c.open_cases, 0) AS open_cases, coalesce(t.open_tasks, 0) AS open_tasks,
              coalesce(t.due_this_week, 0) AS due_this_week, coalesce(t.overdue, 0) AS overdue, coalesce(t.due_date_unknown, 0) AS due_date_unknown
         FROM cases c FULL JOIN tasks t ON coalesce(c.key, '') = coalesce(t.key, '')
        ORDER BY coalesce(t.overdue, 0) DESC, coalesce(c.key, t.key) ASC NULLS FIRST`,
      params,
    );
    if (vloId !== undefined && rows.length === 0)
      rows.push({ key: vloId, open_cases: 0, open_tasks: 0, due_this_week: 0, overdue: 0, due_date_unknown: 0 });
    return {
      today,
      week,
      groupBy: filters.groupBy,
      rows: rows.map((row): CaseloadSummaryRowResponse => ({
        ...(filters.groupBy === 'region' ? { region: row.key } : { vloId: row.key }),
        openCases: row.open_cases,
        openTasks: row.open_tasks,
        dueThisWeek: row.due_this_week,
        overdue: row.overdue,
        dueDateUnknown: row.due_date_unknown,
      })),
    };
  }
}
