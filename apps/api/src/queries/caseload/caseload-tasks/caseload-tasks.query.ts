import { BadRequestException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope, CaseloadTaskKind } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../commands/clock';
import { staffNameOf } from '../../../staff/staff-name.sql';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { SCOPE_PROJECTION } from '../../shared/access-scope.sql';
import { ADMIN_TASK_KINDS, CASELOAD_PROJECTIONS, caseloadRowInScope, grantedVictimIds } from '../shared/caseload-scope';
import { CaseloadTaskResponse, CaseloadTasksPageResponse, CaseloadTasksQueryDto } from './caseload-tasks.dto';

export class GetCaseloadTasksQuery {
  constructor(
    readonly filters: CaseloadTasksQueryDto,
    readonly scope: AccessScope,
  ) {}
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
  kind: CaseloadTaskKind;
  victim_id: string | null;
  sentence_id: string;
  contact_id: string | null;
  vlo_id: string | null;
  vlo_name: string | null;
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
  letter_id: string | null;
  letter_stage: string | null;
}

/** Tasks about one notification, whose id is `<kind>:<notification id>`. */
const NOTIFICATION_TASK_KINDS: readonly CaseloadTaskKind[] = [
  'notification-failed',
  'notification-safety-check',
  'notification-letter',
  'notification-undelivered',
  'ask-victim-about-reconsideration',
  'ask-victim-about-public-hearing',
  'phone-victim-offender-at-large',
];
const NOTIFICATION_TASK = `caseload_tasks.kind IN (${NOTIFICATION_TASK_KINDS.map((kind) => `'${kind}'`).join(', ')})`;
const ID_AFTER_KIND = 'substr(caseload_tasks.task_id, length(caseload_tasks.kind) + 2)';

/**
 * The notification a task is for (stage, channel, its letter if one is drafted), from the victim's caseload row, so a
 * VLO drafting the letter knows the stage and notification; and the letter a returned-letter task is for (its stage).
 */
const TASK_NOTIFICATION_SQL = `
  CASE WHEN ${NOTIFICATION_TASK} THEN ${ID_AFTER_KIND} END AS notification_id,
  CASE WHEN ${NOTIFICATION_TASK} THEN (
    SELECT v.notifications -> ${ID_AFTER_KIND} FROM caseload_victims v WHERE v.victim_id = caseload_tasks.victim_id
  ) END AS notification,
  CASE WHEN caseload_tasks.kind IN ('letter-returned', 'letter-not-sent') THEN ${ID_AFTER_KIND} END AS letter_id,
  CASE WHEN caseload_tasks.kind IN ('letter-returned', 'letter-not-sent') THEN (
    SELECT v.letters -> ${ID_AFTER_KIND} ->> 'stage' FROM caseload_victims v WHERE v.victim_id = caseload_tasks.victim_id
  ) END AS letter_stage`;

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
    const granted = await grantedVictimIds(this.dataSource, scope);

    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const todayParam = param(today);
    // Retention reviews are administrators' decisions (GET /retention-reviews), not case work.
    const where: string[] = [`kind <> ALL(${param(ADMIN_TASK_KINDS)})`];
    // Only the caller's units' tasks (and those of cases opened to them), in the query: page, total and order alike.
    where.push(caseloadRowInScope(scope, granted, params));
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
        `SELECT task_id, kind, victim_id, sentence_id, contact_id, vlo_id, ${staffNameOf('caseload_tasks.vlo_id')} AS vlo_name, region, due_on::text AS due_on, due_date_problem,
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
    vloName: row.vlo_name,
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
    letter: row.letter_id !== null ? { letterId: row.letter_id, stage: row.letter_stage } : null,
    parkedWork: null,
  };
}
