import { AccessScope, VLO_UNITS } from '@vcs/domain';
import { OPEN_CASE } from '@vcs/read-models';
import { Role } from '@vcs/security';
import { Clock } from '../../apps/api/src/commands/clock';
import { CaseloadSummaryQueryDto } from '../../apps/api/src/queries/caseload/caseload-summary/caseload-summary.dto';
import {
  GetCaseloadSummaryQuery,
  weekOf,
} from '../../apps/api/src/queries/caseload/caseload-summary/caseload-summary.query';
import { CaseloadTasksQueryDto } from '../../apps/api/src/queries/caseload/caseload-tasks/caseload-tasks.dto';
import { GetCaseloadTasksQuery } from '../../apps/api/src/queries/caseload/caseload-tasks/caseload-tasks.query';
import { GetSentenceRepresentationsQuery } from '../../apps/api/src/queries/sentence-partner/sentence-representations/sentence-representations.query';
import { GetCaseTimeline } from '../../apps/api/src/queries/victim-case/get-case-timeline/get-case-timeline.query';
import { GetVictimCase } from '../../apps/api/src/queries/victim-case/get-victim-case/get-victim-case.query';
import { ListVictimCases } from '../../apps/api/src/queries/victim-case/list-victim-cases/list-victim-cases.query';
import { ADMIN_TASK_KINDS, caseloadRowInScope } from '../../apps/api/src/queries/caseload/shared/caseload-scope';
import { victimInScope, victimInScopeByProbes } from '../../apps/api/src/queries/shared/access-scope.sql';

/** The bench's callers work in every unit (but the team page's manager): the scope filter is in every query, as for a real caller. */
const scopeOf = (userId: string, units: readonly string[] = VLO_UNITS): AccessScope => ({
  userId,
  units: [...units],
  national: false,
});

/** What the query phase picks its requests from (sampled from the read models at scale). */
export interface QueryTargets {
  readonly victimIds: readonly string[];
  readonly sentenceIdsWithRepresentations: readonly string[];
  readonly regions: readonly string[];
  readonly vloIds: readonly string[];
}

/** One SQL statement the handler issues, for EXPLAIN (ANALYZE, BUFFERS). Kept in step with apps/api/src/queries by hand. */
export interface ExplainedStatement {
  readonly label: string;
  readonly sql: string;
  readonly params: unknown[];
}

export interface QueryCase {
  readonly name: string;
  readonly role: Role;
  readonly userId: string;
  /** The caller's units (default: every unit). */
  readonly units?: readonly string[];
  readonly purpose?: string;
  path(i: number): string;
  /** The same read through the QueryBus (no HTTP, no validation, no audit). */
  query(i: number): object;
  explain(i: number): ExplainedStatement[];
}

const PAGE = 25;
/** The team page's unit: the first probation region. */
const UNIT_OF_TEAM = VLO_UNITS[0];
const at = <T>(values: readonly T[], i: number): T => values[i % values.length];

export function queryCases(targets: QueryTargets): QueryCase[] {
  const today = new Clock().today();
  const tasksDto = (filters: Partial<CaseloadTasksQueryDto>) => Object.assign(new CaseloadTasksQueryDto(), filters);
  // The caseload's unit filter as the handlers write it (no grants for the bench's callers): $5 and $6 (page), $3 and $4 (count).
  const caseloadScope = (userId: string, first: number, units?: readonly string[]) => {
    const values: unknown[] = Array.from({ length: first - 1 });
    const sql = caseloadRowInScope(scopeOf(userId, units), [], values);
    return { sql, values: values.slice(first - 1) };
  };
  const overdueTasksSql = (column: 'region' | 'vlo_id', userId: string, target: string) => {
    const page = caseloadScope(userId, 6);
    const count = caseloadScope(userId, 4);
    return [
      {
        label: 'page',
        sql: `SELECT task_id, kind, victim_id, sentence_id, contact_id, vlo_id, region, due_on::text AS due_on, due_date_problem,
              opened_at, reopened_at, done_at, closed_because, description, rule, (done_at IS NULL AND due_on < $1::date) AS overdue
            FROM caseload_tasks WHERE kind <> ALL($5) AND ${page.sql} AND done_at IS NULL AND due_on < $1 AND ${column} = $2
            ORDER BY due_on ASC NULLS LAST, task_id ASC LIMIT $3 OFFSET $4`,
        params: [today, target, PAGE, 0, ADMIN_TASK_KINDS, ...page.values],
      },
      {
        label: 'count',
        sql: `SELECT count(*)::int AS total, $1::date AS today FROM caseload_tasks
            WHERE kind <> ALL($3) AND ${count.sql} AND done_at IS NULL AND due_on < $1 AND ${column} = $2`,
        params: [today, target, ADMIN_TASK_KINDS, ...count.values],
      },
    ];
  };
  const inScopeCheck = (userId: string, victimId: string) => {
    const values: unknown[] = [victimId];
    return {
      label: 'unit scope (VictimInScope)',
      sql: `SELECT 1 WHERE ${victimInScope(scopeOf(userId), '$1::uuid', values)}`,
      params: values,
    };
  };
  return [
    {
      name: 'Victim case view (GET /victims/:id)',
      role: 'VLO',
      userId: 'vlo-bench-reader',
      path: (i) => `/victims/${at(targets.victimIds, i)}`,
      query: (i) => new GetVictimCase(at(targets.victimIds, i)),
      explain: (i) => [
        inScopeCheck('vlo-bench-reader', at(targets.victimIds, i)),
        {
          label: 'row',
          sql: `SELECT victim_id, revision::text, status, scheme, referred_for, circumstance, referral_source, referral_received_on, enrolment, vlo_id,
                  probation_region, sentences, contact_preferences, safety_flag, last_safety_check, contact_details, acting_persons, personal_data_erased,
                  last_contact, tasks, next_due_on, next_due_task, contact_count, representation_count, created_at, updated_at
                FROM victim_case_view WHERE victim_id = $1`,
          params: [at(targets.victimIds, i)],
        },
      ],
    },
    {
      // Names rest sealed under each victim's key (issue 13 §3): this page opens 25 of them, with one key lookup.
      name: 'Caseload of a VLO with names (GET /victims?vloId=)',
      role: 'VLO',
      userId: 'vlo-bench-reader',
      path: (i) => `/victims?vloId=${encodeURIComponent(at(targets.vloIds, i))}&page=1&pageSize=${PAGE}`,
      query: (i) =>
        new ListVictimCases(scopeOf('vlo-bench-reader'), { vloId: at(targets.vloIds, i) }, 'nextDue', 1, PAGE),
      explain: (i) => {
        const values: unknown[] = [at(targets.vloIds, i)];
        const inScope = victimInScopeByProbes(scopeOf('vlo-bench-reader'), 'victim_case_view.victim_id', values);
        return [
          {
            label: 'count',
            sql: `SELECT count(*)::int AS total FROM victim_case_view WHERE ${inScope} AND vlo_id = $1`,
            params: values,
          },
          {
            label: 'page',
            sql: `SELECT victim_id, contact_details, status, scheme, vlo_id, probation_region, sentences, next_due_on, next_due_task,
                  last_contact_on, safety_flag, updated_at
                FROM victim_case_view WHERE ${inScope} AND vlo_id = $1
                ORDER BY victim_case_view.next_due_on ASC NULLS LAST, victim_id LIMIT $4 OFFSET 0`,
            params: [...values, PAGE],
          },
        ];
      },
    },
    {
      name: 'Case timeline, first page (GET /victims/:id/timeline)',
      role: 'VLO',
      userId: 'vlo-bench-reader',
      path: (i) => `/victims/${at(targets.victimIds, i)}/timeline?page=1&pageSize=${PAGE}`,
      query: (i) => new GetCaseTimeline(at(targets.victimIds, i), 1, PAGE, 'asc'),
      explain: (i) => [
        inScopeCheck('vlo-bench-reader', at(targets.victimIds, i)),
        {
          label: 'count',
          sql: 'SELECT count(*)::int AS total FROM case_timeline_entry WHERE victim_id = $1',
          params: [at(targets.victimIds, i)],
        },
        {
          label: 'page',
          sql: `SELECT commit_position::text, prepare_position::text, event_id, event_type, stream_id, stream_revision::text, sentence_id,
                  occurred_at, actor_user_id, actor_role, summary
                FROM case_timeline_entry WHERE victim_id = $1 ORDER BY commit_position ASC, prepare_position ASC LIMIT $2 OFFSET $3`,
          params: [at(targets.victimIds, i), PAGE, 0],
        },
      ],
    },
    {
      name: 'Caseload overdue by region (GET /caseload/tasks?overdue=true&region=)',
      role: 'VLO_MANAGER',
      userId: 'vlo-manager-bench',
      path: (i) => `/caseload/tasks?overdue=true&region=${at(targets.regions, i)}&pageSize=${PAGE}`,
      query: (i) =>
        new GetCaseloadTasksQuery(
          tasksDto({
            overdue: 'true',
            region: at(targets.regions, i) as CaseloadTasksQueryDto['region'],
            pageSize: PAGE,
          }),
          scopeOf('vlo-manager-bench'),
        ),
      explain: (i) => overdueTasksSql('region', 'vlo-manager-bench', at(targets.regions, i)),
    },
    {
      name: 'Caseload overdue by VLO (GET /caseload/tasks?overdue=true&vloId=)',
      role: 'VLO',
      userId: 'vlo-bench-reader',
      path: (i) => `/caseload/tasks?overdue=true&vloId=${at(targets.vloIds, i)}&pageSize=${PAGE}`,
      query: (i) =>
        new GetCaseloadTasksQuery(
          tasksDto({ overdue: 'true', vloId: at(targets.vloIds, i), pageSize: PAGE }),
          scopeOf('vlo-bench-reader'),
        ),
      explain: (i) => overdueTasksSql('vlo_id', 'vlo-bench-reader', at(targets.vloIds, i)),
    },
    {
      // The manager's team page (bench/web): one unit's overdue tasks, no other filter.
      name: "A unit's overdue tasks, one unit's manager (GET /caseload/tasks?overdue=true)",
      role: 'VLO_MANAGER',
      userId: 'vlo-manager-unit-bench',
      units: [UNIT_OF_TEAM],
      path: () => `/caseload/tasks?overdue=true&sort=dueOn&pageSize=${PAGE}`,
      query: () =>
        new GetCaseloadTasksQuery(
          tasksDto({ overdue: 'true', pageSize: PAGE }),
          scopeOf('vlo-manager-unit-bench', [UNIT_OF_TEAM]),
        ),
      explain: () => {
        const page = caseloadScope('vlo-manager-unit-bench', 4, [UNIT_OF_TEAM]);
        const count = caseloadScope('vlo-manager-unit-bench', 3, [UNIT_OF_TEAM]);
        return [
          {
            label: 'page',
            sql: `SELECT task_id, kind, victim_id, due_on::text AS due_on FROM caseload_tasks
                  WHERE kind <> ALL($2) AND ${page.sql} AND done_at IS NULL AND due_on < $1
                  ORDER BY due_on ASC NULLS LAST, task_id ASC LIMIT $3`,
            params: [today, ADMIN_TASK_KINDS, PAGE, ...page.values],
          },
          {
            label: 'count',
            sql: `SELECT count(*)::int AS total FROM caseload_tasks WHERE kind <> ALL($2) AND ${count.sql} AND done_at IS NULL AND due_on < $1`,
            params: [today, ADMIN_TASK_KINDS, ...count.values],
          },
        ];
      },
    },
    {
      name: 'Caseload summary by region (GET /caseload/summary?groupBy=region)',
      role: 'VLO_MANAGER',
      userId: 'vlo-manager-bench',
      path: () => '/caseload/summary?groupBy=region',
      query: () =>
        new GetCaseloadSummaryQuery(
          Object.assign(new CaseloadSummaryQueryDto(), { groupBy: 'region' }),
          { userId: 'vlo-manager-bench', role: 'VLO_MANAGER' },
          scopeOf('vlo-manager-bench'),
        ),
      explain: () => {
        const week = weekOf(today);
        const scope = caseloadScope('vlo-manager-bench', 5);
        return [
          {
            label: 'summary',
            sql: `WITH cases AS (SELECT region AS key, count(*)::int AS open_cases FROM caseload_victims WHERE ${OPEN_CASE} AND ${scope.sql} GROUP BY region),
                  tasks AS (SELECT region AS key, count(*)::int AS open_tasks,
                              (count(*) FILTER (WHERE due_on BETWEEN $2::date AND $3::date))::int AS due_this_week,
                              (count(*) FILTER (WHERE due_on < $1::date))::int AS overdue,
                              (count(*) FILTER (WHERE due_on IS NULL))::int AS due_date_unknown
                            FROM caseload_tasks WHERE done_at IS NULL AND kind <> ALL($4) AND ${scope.sql} GROUP BY region)
                  SELECT coalesce(c.key, t.key) AS key, c.open_cases, t.open_tasks, t.due_this_week, t.overdue, t.due_date_unknown
                  FROM cases c FULL JOIN tasks t ON coalesce(c.key, '') = coalesce(t.key, '')
                  ORDER BY coalesce(t.overdue, 0) DESC, coalesce(c.key, t.key) ASC NULLS FIRST`,
            params: [today, week.from, week.to, ADMIN_TASK_KINDS, ...scope.values],
          },
        ];
      },
    },
    {
      name: 'Partner representations for a sentence (GET /sentences/:id/representations, PAROLE_BOARD)',
      role: 'PAROLE_BOARD',
      userId: 'parole-board-bench',
      purpose: 'parole review PB-2026-0113',
      path: (i) =>
        `/sentences/${at(targets.sentenceIdsWithRepresentations, i)}/representations?page=1&pageSize=${PAGE}`,
      query: (i) =>
        new GetSentenceRepresentationsQuery(
          at(targets.sentenceIdsWithRepresentations, i),
          'PAROLE_BOARD',
          1,
          PAGE,
          undefined,
          undefined,
        ),
      explain: (i) => [
        {
          label: 'exists',
          sql: 'SELECT 1 FROM sentence_view WHERE sentence_id = $1',
          params: [at(targets.sentenceIdsWithRepresentations, i)],
        },
        {
          label: 'count',
          sql: 'SELECT count(*)::int AS total FROM partner_representations WHERE sentence_id = $1',
          params: [at(targets.sentenceIdsWithRepresentations, i)],
        },
        {
          label: 'page',
          sql: `SELECT representation_id, victim_id, victim_reference, kind, requested_conditions, statement_text, vps_presentation, sent_to,
                  submitted_on::text AS submitted_on, personal_data_erased
                FROM partner_representations WHERE sentence_id = $1 ORDER BY submitted_on DESC, recorded_at DESC, representation_id LIMIT $2 OFFSET $3`,
          params: [at(targets.sentenceIdsWithRepresentations, i), PAGE, 0],
        },
      ],
    },
  ];
}
