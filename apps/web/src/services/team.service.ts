import { ApiClient, Schemas, unwrap } from '../data/api-client';
import { govukDate } from '../views/filters';
import { TaskInWords, taskInWords } from '../views/task-words';

export type OfficerFigures = Schemas['CaseloadSummaryRowResponse'];
export type AccessGrant = Schemas['AccessGrantItem'];

export interface Team {
  readonly today: string;
  /** One row per officer in the manager's units, most overdue first, then one for what no officer holds (vloId null). */
  readonly officers: readonly OfficerFigures[];
  /** Each in words naming "the victim": the case link says which (names are not fetched for this list). */
  readonly overdueTasks: readonly (Schemas['CaseloadTaskResponse'] & { words: TaskInWords })[];
  readonly overdueTotal: number;
  readonly unallocated: readonly Schemas['VictimCaseListItem'][];
  readonly unallocatedTotal: number;
  readonly lettersToApprove: number;
  readonly grants: readonly AccessGrant[];
}

/** The manager's team: caseload figures per officer, overdue tasks, cases nobody is allocated to, letters to approve, cross-unit grants. */
/** `minPosition`: the user's last change, so the page shows it (read-your-writes). */
export async function team(api: ApiClient, minPosition?: string): Promise<Team> {
  const [summary, overdue, unallocated, letters, grants] = await Promise.all([
    api.GET('/caseload/summary', { params: { query: { groupBy: 'vlo', minPosition } } }).then(unwrap),
    api
      .GET('/caseload/tasks', { params: { query: { overdue: 'true', sort: 'dueOn', pageSize: 25, minPosition } } })
      .then(unwrap),
    // Open cases only (an unallocated case is open while referred: enrolling needs an officer), as the figures count
    // them: a victim who declined before anyone was allocated is not a case to allocate.
    api
      .GET('/victims', { params: { query: { unallocated: 'true', status: 'referred', pageSize: 50, minPosition } } })
      .then(unwrap),
    api.GET('/letters/review-queue', { params: { query: { pageSize: 1, minPosition } } }).then(unwrap),
    api.GET('/access-grants', { params: { query: { pageSize: 50, minPosition } } }).then(unwrap),
  ]);
  return {
    today: summary.today,
    officers: summary.rows,
    overdueTasks: overdue.items.map((task) => ({ ...task, words: taskInWords(task, null, govukDate) })),
    overdueTotal: overdue.total,
    unallocated: unallocated.items,
    unallocatedTotal: unallocated.total,
    lettersToApprove: letters.total,
    grants: grants.items,
  };
}
