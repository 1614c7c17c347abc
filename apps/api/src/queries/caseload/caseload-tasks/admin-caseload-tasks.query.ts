import { BadRequestException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope, CaseloadTaskKind } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../commands/clock';
import { victimInScope } from '../../shared/access-scope.sql';
import { CaseloadTaskResponse, CaseloadTasksPageResponse, CaseloadTasksQueryDto } from './caseload-tasks.dto';

/** The kind of an administrator's task for a consumer's parked stream (`parked_work_tasks`). */
export const PARKED_WORK_TASK_KIND = 'parked-work' satisfies CaseloadTaskKind;

const DESCRIPTION =
  'Parked work: a consumer could not handle this event after every attempt; the rest of its stream waits behind it, ' +
  'every other stream goes on. Find the cause from the error class and the worker log, fix it, then retry ' +
  '(POST /parked-work/retry or npm run consumers:retry).';
const RULE =
  'One failing event never holds back the others (issue 11): it is retried a bounded number of times, then parked ' +
  'until an administrator retries it after a fix. The task closes when the retry handles it.';

/** Filters that are about VLOs' case work and mean nothing on an administrator's caseload. */
const CASEWORK_FILTERS = ['vloId', 'unassigned', 'region', 'dueBefore'] as const;

export class GetAdminCaseloadTasksQuery {
  constructor(
    readonly filters: CaseloadTasksQueryDto,
    readonly scope: AccessScope,
  ) {}
}

interface ParkedTaskRow {
  consumer: string;
  stream_id: string;
  victim_id: string | null;
  sentence_id: string | null;
  event_id: string;
  event_type: string;
  error_class: string;
  parked_at: Date;
  opened_at: Date;
  reopened_at: Date | null;
  done_at: Date | null;
  closed_because: string | null;
}

/**
 * An ADMIN's caseload (issue 11 §1, "a task for an ADMIN on the caseload"): one `parked-work` task per consumer's
 * parked stream, open while anything of it is parked and closed (`retried`) when a retry handles the last of it.
 * No personal data: consumer, event type, stream and victim or sentence id, the error's class, when it was parked.
 * A task about a victim is shown only to an ADMIN who may reach that victim (units, grants); one about a sentence or
 * another stream to every ADMIN, as `GET /parked-work` shows it.
 */
@QueryHandler(GetAdminCaseloadTasksQuery)
export class GetAdminCaseloadTasksHandler implements IQueryHandler<
  GetAdminCaseloadTasksQuery,
  CaseloadTasksPageResponse
> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ filters, scope }: GetAdminCaseloadTasksQuery): Promise<CaseloadTasksPageResponse> {
    const casework = CASEWORK_FILTERS.find((field) => filters[field] !== undefined);
    if (casework !== undefined)
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'the request is not valid',
        problems: [
          {
            field: casework,
            rule: 'not-for-admin',
            message: `${casework} filters VLOs' case work; an administrator's caseload has parked-work tasks only`,
          },
        ],
      });
    const today = this.clock.today();
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`(victim_id IS NULL OR ${victimInScope(scope, 'parked_work_tasks.victim_id', params)})`];
    const status = filters.overdue === 'true' ? 'open' : filters.status;
    if (status === 'open') where.push('done_at IS NULL');
    if (status === 'done') where.push('done_at IS NOT NULL');
    // Parked work has no due date, so nothing of it is overdue.
    if (filters.overdue === 'true') where.push('FALSE');
    if (filters.kind !== undefined) where.push(`${param(filters.kind)}::text = '${PARKED_WORK_TASK_KIND}'`);
    const order =
      filters.sort === '-dueOn' ? 'parked_at DESC, consumer DESC, stream_id DESC' : 'parked_at, consumer, stream_id';
    const whereSql = `WHERE ${where.join(' AND ')}`;
    const countParams = [...params];
    const limit = param(filters.pageSize);
    const offset = param((filters.page - 1) * filters.pageSize);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<ParkedTaskRow[]>(
        `SELECT consumer, stream_id, victim_id::text, sentence_id::text, event_id::text, event_type, error_class,
                parked_at, opened_at, reopened_at, done_at, closed_because
           FROM parked_work_tasks ${whereSql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM parked_work_tasks ${whereSql}`,
        countParams,
      ),
    ]);
    return { page: filters.page, pageSize: filters.pageSize, total, today, items: rows.map(toResponse) };
  }
}

function toResponse(row: ParkedTaskRow): CaseloadTaskResponse {
  return {
    taskId: `${PARKED_WORK_TASK_KIND}:${row.consumer}:${row.stream_id}`,
    kind: PARKED_WORK_TASK_KIND,
    victimId: row.victim_id,
    sentenceId: row.sentence_id,
    contactId: null,
    vloId: null,
    vloName: null,
    region: null,
    dueOn: null,
    dueDateProblem: null,
    status: row.done_at === null ? 'open' : 'done',
    overdue: false,
    openedAt: row.opened_at.toISOString(),
    reopenedAt: row.reopened_at?.toISOString() ?? null,
    doneAt: row.done_at?.toISOString() ?? null,
    closedBecause: row.closed_because,
    description: DESCRIPTION,
    rule: RULE,
    notification: null,
    letter: null,
    parkedWork: {
      consumer: row.consumer,
      eventType: row.event_type,
      streamId: row.stream_id,
      eventId: row.event_id,
      errorClass: row.error_class,
      parkedAt: row.parked_at.toISOString(),
    },
  };
}
